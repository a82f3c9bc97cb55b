/** window.aicostPreview: cells read as the engine holds them and as the sheet shows them, read-only (issue 13). */
import { automationHandle } from "../../src/preview/automation";
import { loadSampleWorkbook } from "../../src/preview/sampleWorkbook";
import { PreviewWorkbook } from "../../src/preview/workbook";

const workbook = new PreviewWorkbook();
loadSampleWorkbook(workbook);
const handle = automationHandle(workbook);

describe("the preview's automation handle", () => {
  it("lists the sheets in tab order", () => {
    expect(handle.sheets()).toEqual(["Worked example", "Scenarios", "Catalogue"]);
  });

  it("reads a value, its formula and its text as the sheet shows it", () => {
    expect(handle.cell("Worked example!B5")).toEqual({
      value: 0.0225,
      formula: '=AICOST.MODEL_REQUEST_COST("claude-sonnet-4",5000,500)',
      display: "$0.0225",
    });
    expect(handle.cell("'Worked example'!$A$4")).toEqual({
      value: "Per request (5,000 input and 500 output tokens)",
      display: "Per request (5,000 input and 500 output tokens)",
    });
    expect(handle.cell("Scenarios!Z99")).toEqual({ value: null, display: "" });
  });

  it("reads an error as its code and message", () => {
    const sheet = workbook.sheetId("Worked example");
    workbook.setCell(sheet, 49, 7, "=AICOST.FT_BREAKEVEN(17500,100,1250)");
    expect(handle.cell("Worked example!H50")).toEqual({
      value: {
        error: "#N/A",
        message: "never breaks even: maintenance $1,250/month exceeds savings $100/month",
      },
      formula: "=AICOST.FT_BREAKEVEN(17500,100,1250)",
      display: "#N/A",
    });
  });

  it("is read-only, and says how to name a cell it cannot find", () => {
    expect(Object.isFrozen(handle)).toBe(true);
    expect(() => handle.cell("B5")).toThrow('B5: give the sheet and the cell, as in "Worked example!B5"');
  });
});

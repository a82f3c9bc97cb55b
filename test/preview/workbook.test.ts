/**
 * The preview's workbook as Excel behaves (issue 13): typed numbers read as Excel reads them,
 * results that spill again once the way is cleared, #SPILL! naming the cell in the way, and
 * results sized by a cell that are sized anew when that cell changes.
 */
import { listModels } from "../../src/engine";
import { excelNumbers, PreviewWorkbook, typedEntry } from "../../src/preview/workbook";

function sheet() {
  const workbook = new PreviewWorkbook();
  const id = workbook.addSheet("Sheet1");
  return { workbook, id, cell: (row: number, column: number) => workbook.cell(id, row, column) };
}

describe("typed entries", () => {
  it.each([
    ["50,000", 50000, "#,##0"],
    ["$17,500", 17500, "$#,##0"],
    ["$17,500.25", 17500.25, "$#,##0.00"],
    ["10%", 0.1, "0%"],
    ["12.5%", 0.125, "0.0%"],
    ["-$5", -5, "$#,##0"],
    ["5000", 5000, undefined],
    ["1e6", 1_000_000, undefined],
  ])("%s is the number %d, formatted %s", (typed, value, format) => {
    expect(typedEntry(typed)).toEqual(format ? { content: value, format } : { content: value });
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 0, 0, typed);
    expect(cell(0, 0).value).toBe(value);
    expect(cell(0, 0).numberFormat).toBe(format);
  });

  it("keeps text, formulas, TRUE and a leading apostrophe as Excel does", () => {
    const { workbook, id, cell } = sheet();
    for (const [column, typed] of ["gpt-4o", "5,00", "'50,000", "TRUE", "=1+1"].entries())
      workbook.setCell(id, 0, column, typed);
    expect([0, 1, 2, 3, 4].map((column) => cell(0, column).value)).toEqual(["gpt-4o", "5,00", "50,000", true, 2]);
  });

  it("reads numbers with an exponent in a formula, as Excel does: =1E+3 and 1E+6 requests", () => {
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 0, 0, "=1E+3");
    workbook.setCell(id, 0, 1, "=2.5E-3*1E3");
    workbook.setCell(id, 0, 2, "=AICOST.FT_GPU_MONTHLY_COST(1E+6,1000,200,4,2000,20000,0.5)");
    // Text in quotes keeps what was typed, and so does a sheet named like a number.
    workbook.setCell(id, 0, 3, '="1E+3"&A1');
    expect([0, 1, 2, 3].map((column) => cell(0, column).value)).toEqual([1000, 2.5, 2920, "1E+31000"]);
    expect(excelNumbers("='Q1E3'!A1+SUM(A1:E3)+LOG10(1E3)")).toBe("='Q1E3'!A1+SUM(A1:E3)+LOG10(1e3)");
  });

  it("reads a typed amount in a formula's reference: =H4+50000 adds", () => {
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 3, 7, "$17,500");
    workbook.setCell(id, 4, 7, "=H4+50000");
    expect(cell(4, 7).value).toBe(67500);
  });
});

describe("spills as Excel does them", () => {
  it("says which cell is in the way, and spills again once it is cleared", () => {
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 10, 1, "in the way");
    workbook.setCell(id, 8, 1, "=AICOST.TCO_SERIES(100,0.01,1000,3)");
    expect(cell(8, 1).error).toEqual({
      code: "#SPILL!",
      message: "The result needs B9:B12, and B11 is in the way: clear it and the result spills there.",
    });
    workbook.setCell(id, 10, 1, "");
    expect([8, 9, 10, 11].map((row) => cell(row, 1).value)).toEqual([100, 110, 120, 130]);
    expect(cell(10, 1).spilled).toBe(true);
  });

  it("sizes a result by the cell it depends on, and anew when that cell changes", () => {
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 0, 0, "2");
    workbook.setCell(id, 0, 1, "=AICOST.TCO_SERIES(100,0.01,1000,A1)");
    expect([0, 1, 2, 3].map((row) => cell(row, 1).value)).toEqual([100, 110, 120, null]);
    workbook.setCell(id, 0, 0, "4");
    expect([0, 1, 2, 3, 4, 5].map((row) => cell(row, 1).value)).toEqual([100, 110, 120, 130, 140, null]);
    workbook.setCell(id, 0, 0, "1");
    expect([0, 1, 2].map((row) => cell(row, 1).value)).toEqual([100, 110, null]);
  });

  it("lists a provider's models from a cell (Z1), resized when the provider changes", () => {
    const { workbook, id, cell } = sheet();
    workbook.setCell(id, 0, 25, "anthropic");
    workbook.setCell(id, 0, 0, "=AICOST.MODELS(Z1)");
    const rows = (provider: string) => listModels(provider, false, "2026-12-05").length + 1;
    expect(cell(rows("anthropic") - 1, 0).value).toBe(listModels("anthropic", false, "2026-12-05").at(-1)?.id);
    workbook.setCell(id, 0, 25, "openai");
    expect(cell(rows("openai") - 1, 0).value).toBe(listModels("openai", false, "2026-12-05").at(-1)?.id);
    expect(cell(rows("openai"), 0).value).toBeNull();
  });
});

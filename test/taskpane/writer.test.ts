/**
 * The workbook writer against office-addin-mock and a small stand-in for the worksheet: the
 * sheet name it picks, the exact addresses, formulas and formats it writes, the colour scale, the
 * chart, and its refusal to write over anything.
 */
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { buildSheetPlan, FORMATS } from "../../src/taskpane/sheetPlan";
import { candidateSheetNames, ExcelWorkbookWriter, PartialWriteError } from "../../src/taskpane/writer";
import { installExcel, StandInSheet } from "../helpers/excelStandIn";

function answers() {
  const model = new Questionnaire();
  for (let step = 0; step < 3; step++) model.next();
  return model.answers();
}

const modelPlan = () => buildSheetPlan(answers(), { scope: "model", date: "2026-11-29" });

describe("Write to sheet", () => {
  it("adds a sheet with a name not yet taken", async () => {
    const { added } = installExcel({ sheetNames: ["Sheet1", "AI cost model", "AI cost model (2)"] });
    const name = await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    expect(name).toBe("AI cost model (3)");
    expect(added.map((sheet) => sheet.name)).toEqual(["AI cost model (3)"]);
    expect(added[0].activated).toBe(true);
  });

  it("keeps generated names within Excel's 31 characters", () => {
    const names = candidateSheetNames("A very long worksheet name: more than 31", 12);
    expect(names.every((name) => name.length <= 31)).toBe(true);
    expect(names[11]).toMatch(/ \(12\)$/);
    expect(names[0]).not.toContain(":");
  });

  it("writes the inputs, with formats and the input style", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    expect(sheet.range("A1").values).toEqual([["AI cost model: fine-tune, memory or the larger model?"]]);
    expect(sheet.range("A5").values).toEqual([["What does the model do?"]]);
    expect(sheet.range("B5").values).toEqual([["classification"]]);
    expect(sheet.range("B5").numberFormat).toEqual([[FORMATS.text]]);
    expect(sheet.range("B10").values).toEqual([[500000]]);
    expect(sheet.range("B10").numberFormat).toEqual([["#,##0"]]);
    expect(sheet.range("B10").format.font.color).toBe("#0000FF");
    expect(sheet.range("C10").values).toEqual([["requests/month"]]);
    expect(sheet.range("B15").values).toEqual([[150]]);
    expect(sheet.range("B15").numberFormat).toEqual([["$#,##0"]]);
  });

  it("writes the results as live AICOST formulas on the input cells", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    const formula = (a1: string) => (sheet.range(a1).formulas as string[][])[0][0];
    expect(formula("B30")).toBe("=AICOST.FT_DECISION($B$5,$B$6,$B$7,$B$10,$B$8,$B$16,$B$9)");
    expect(formula("B31")).toBe("=AICOST.MODEL_REQUEST_COST($B$13,$B$11,$B$12)");
    expect(formula("B32")).toBe("=AICOST.FT_SERVING_COST($B$14,$B$11,$B$12)");
    expect(formula("B33")).toBe("=AICOST.FT_MONTHLY_SAVINGS($B$31,$B$32,$B$10)");
    expect(formula("B34")).toBe("=AICOST.FT_UPFRONT_COST($B$17,$B$15,$B$18,$B$19,$B$20)");
    expect(formula("B35")).toBe("=AICOST.FT_MAINTENANCE_MONTHLY($B$21,$B$15,$B$22,$B$18,$B$23,$B$24)");
    expect(formula("B36")).toBe("=AICOST.FT_RUNNING_MONTHLY($B$14,$B$35)");
    expect(formula("B37")).toBe("=AICOST.FT_BREAKEVEN($B$34,$B$33,$B$36)");
    expect(formula("B38")).toBe("=AICOST.FT_NET_SAVINGS($B$34,$B$33,12,$B$36)");
    expect(formula("B39")).toBe("=AICOST.FT_NET_SAVINGS($B$34,$B$33,24,$B$36)");
    expect(formula("A42")).toBe("=AICOST.FT_DECISION_REASONS($B$5,$B$6,$B$7,$B$10,$B$8,$B$16,$B$9)");
    expect(formula("A52")).toBe("=AICOST.FT_COMPARE($B$13,$B$14,$B$11,$B$12,$B$10,24,$B$34,$B$35,$B$25,$B$26,$B$27)");
    expect(sheet.range("B32").numberFormat).toEqual([["$#,##0.0000"]]);
    expect(sheet.range("B37").numberFormat).toEqual([["0.0"]]);
    expect(sheet.range("B30").format.fill.color).toBe("#E6F2EA");
    expect(sheet.range("A52:F55").numberFormat?.[1]).toEqual([
      "General",
      "$#,##0.0000",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
    ]);
  });

  it("writes the scenario grid with a colour scale", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    expect(sheet.range("I6").formulas).toEqual([['=AICOST.ASSUMPTION("upfront_total","low")']]);
    expect(sheet.range("L6").formulas).toEqual([["=$B$34"]]);
    expect(sheet.range("H7").values).toEqual([[50000]]);
    expect(sheet.range("H12").values).toEqual([[2000000]]);
    expect(sheet.range("J9").formulas).toEqual([
      ["=AICOST.FT_BREAKEVEN(J$6,AICOST.FT_MONTHLY_SAVINGS($B$31,$B$32,$H9),$B$36)"],
    ]);
    const scale = sheet.range("I7:L12").colourScales;
    expect(scale).toHaveLength(1);
    expect(scale[0].type).toBe("ColorScale");
    expect(scale[0].colorScale.criteria).toEqual({
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
    });
  });

  it("draws the cumulative cost of the three strategies from TCO_SERIES", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    expect(sheet.range("I17").formulas).toEqual([["=AICOST.TCO_SERIES(0,$B$31,$B$10,24)"]]);
    expect(sheet.range("J17").formulas).toEqual([["=AICOST.TCO_SERIES($B$34,$B$32,$B$10,24,$B$36)"]]);
    expect(sheet.range("K17").formulas).toEqual([["=AICOST.TCO_SERIES($B$27,$B$55,$B$10,24,$B$26)"]]);
    expect(sheet.range("I16").values).toEqual([["Larger model"]]);
    expect(sheet.chartsAdded).toEqual([
      {
        type: "Line",
        source: "I16:K41",
        seriesBy: "Columns",
        title: { text: "Cumulative cost over 24 months" },
        legend: { position: "Bottom" },
        position: ["N4", "V23"],
        xValues: ["H17:H41", "H17:H41", "H17:H41"],
      },
    ]);
  });
});

describe("Write at selection", () => {
  const plan = (origin: { row: number; column: number }) =>
    buildSheetPlan(answers(), { origin, scope: "inputs-and-results", date: "2026-11-29" });

  it("refuses when a target cell is in use, names it and writes nothing", async () => {
    const active = new StandInSheet(
      "Budget",
      new Map([
        ["E10", { value: "note to self" }],
        ["F20", { formula: "=1+1", value: 2 }],
        ["J3", { value: "outside the block" }],
      ]),
    );
    installExcel({ active, selection: { row: 2, column: 3 } });
    const outcome = await new ExcelWorkbookWriter().writeAtSelection(plan);
    expect(outcome).toEqual({ written: false, inTheWay: ["E10", "F20"], address: "D3:I57" });
    expect(active.written()).toEqual([]);
  });

  it("writes the inputs and results from the selected cell when the area is empty", async () => {
    const active = new StandInSheet("Budget", new Map([["J3", { value: "just outside" }]]));
    installExcel({ active, selection: { row: 2, column: 3 } });
    const outcome = await new ExcelWorkbookWriter().writeAtSelection(plan);
    expect(outcome).toEqual({ written: true, address: "D3:I57" });
    expect(active.range("D3").values).toEqual([["AI cost model: fine-tune, memory or the larger model?"]]);
    expect(active.range("E32").formulas).toEqual([["=AICOST.FT_DECISION($E$7,$E$8,$E$9,$E$12,$E$10,$E$18,$E$11)"]]);
    expect(active.chartsAdded).toEqual([]);
    expect(active.written().some((range) => range.address === "J3")).toBe(false);
  });
});

describe("a write that fails part way", () => {
  // Excel does not roll a failed batch back: what the writer queued before the failure stays.
  it("removes the sheet it added and says so", async () => {
    const { added } = installExcel({ failSyncs: [2] });
    await expect(new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan())).rejects.toThrow(
      'InvalidArgument: The argument is invalid or missing. The partly written sheet "AI cost model" was removed.',
    );
    expect(added.map((sheet) => [sheet.name, sheet.deleted])).toEqual([["AI cost model", true]]);
  });

  it("clears the cells it had started to fill at the selection", async () => {
    const active = new StandInSheet("Sheet1");
    installExcel({ active, selection: { row: 2, column: 3 }, failSyncs: [3] });
    const writer = new ExcelWorkbookWriter();
    const plan = (origin: { row: number; column: number }) =>
      buildSheetPlan(answers(), { origin, scope: "inputs-and-results", date: "2026-11-29" });
    await expect(writer.writeAtSelection(plan)).rejects.toThrow(/were cleared again\.$/);
    const extent = plan({ row: 2, column: 3 }).extent;
    expect(active.ranges.filter((range) => range.address === extent).map((range) => range.clearedWith)).toContain(
      "All",
    );
  });

  it("says what may be left when it cannot clean up either", async () => {
    installExcel({ failSyncs: [2, 3] });
    const failed = new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    await expect(failed).rejects.toBeInstanceOf(PartialWriteError);
    await expect(failed).rejects.toThrow('The sheet "AI cost model" may be partly written: delete it.');
  });
});

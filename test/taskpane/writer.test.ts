/**
 * The workbook writer against office-addin-mock and a small stand-in for the worksheet: the
 * sheet name it picks, the exact addresses, formulas and formats it writes, the colour scale, the
 * chart, and its refusal to write over anything.
 */
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { FORMATS } from "../../src/sheet/formats";
import { buildSheetPlan } from "../../src/sheet/plan";
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
    expect(sheet.range("A9").values).toEqual([["What does the model do?"]]);
    expect(sheet.range("B9").values).toEqual([["classification"]]);
    expect(sheet.range("B9").numberFormat).toEqual([[FORMATS.text]]);
    expect(sheet.range("B14").values).toEqual([[500000]]);
    expect(sheet.range("B14").numberFormat).toEqual([["#,##0"]]);
    expect(sheet.range("B14").format.font.color).toBe("#0000FF");
    expect(sheet.range("C14").values).toEqual([["requests/month"]]);
    expect(sheet.range("A16").values).toEqual([["Input tokens per request once fine-tuned"]]);
    expect(sheet.range("B16").values).toEqual([[2500]]);
    // The start date, today's on the tests' clock, as an Excel date the comparison reads.
    expect(sheet.range("A20").values).toEqual([["The first month starts on"]]);
    expect(sheet.range("B20").values).toEqual([[46361]]);
    expect(sheet.range("B20").numberFormat).toEqual([["yyyy-mm-dd"]]);
    expect(sheet.range("B21").values).toEqual([[0]]);
    expect(sheet.range("B21").numberFormat).toEqual([["0.0%"]]);
    expect(sheet.range("B23").values).toEqual([[150]]);
    expect(sheet.range("B23").numberFormat).toEqual([["$#,##0"]]);
    expect(sheet.range("A36").values).toEqual([["Fine-tuned model: share of requests handed to the larger model"]]);
  });

  it("leads with FT_RECOMMEND over the live verdict and comparison, then the results as live formulas", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    const formula = (a1: string) => (sheet.range(a1).formulas as string[][])[0][0];
    expect(sheet.range("A4").values).toEqual([["Recommendation"]]);
    expect(formula("A5")).toBe("=AICOST.FT_RECOMMEND($B$58,$A$40:$F$44)");
    expect(sheet.range("A5").format.fill.color).toBe("#E6F2EA");
    expect(formula("A40")).toBe(
      "=AICOST.FT_COMPARE($B$18,$B$19,$B$15,$B$17,$B$14,24,$B$50,$B$51,$B$33,$B$34,$B$35,,$B$16,$B$36,$B$37,$B$21,$B$22,,$B$20)",
    );
    // The costs per request are the comparison's, fallback included.
    expect(formula("B47")).toBe("=$B$41");
    expect(formula("B48")).toBe("=$B$42");
    expect(formula("B49")).toBe("=AICOST.FT_MONTHLY_SAVINGS($B$47,$B$48,$B$14)");
    expect(formula("B50")).toBe("=AICOST.FT_UPFRONT_COST($B$25,$B$23,$B$26,$B$27,$B$28)");
    expect(formula("B51")).toBe("=AICOST.FT_MAINTENANCE_MONTHLY($B$29,$B$23,$B$30,$B$26,$B$31,$B$32)");
    expect(formula("B52")).toBe("=AICOST.FT_RUNNING_MONTHLY($B$19,$B$51)");
    expect(formula("B53")).toBe("=AICOST.FT_BREAKEVEN($B$50,$B$49,$B$52)");
    expect(formula("B54")).toBe("=AICOST.FT_NET_SAVINGS($B$50,$B$49,12,$B$52)");
    // Over the whole horizon, the comparison's own saving for the fine-tuned row (a re-tune included).
    expect(formula("B55")).toBe("=$F$42");
    expect(formula("B58")).toBe("=AICOST.FT_DECISION($B$9,$B$10,$B$11,$B$14,$B$12,$B$24,$B$13)");
    expect(formula("A59")).toBe("=AICOST.FT_DECISION_REASONS($B$9,$B$10,$B$11,$B$14,$B$12,$B$24,$B$13)");
    expect(sheet.range("B48").numberFormat).toEqual([["$#,##0.0000"]]);
    expect(sheet.range("B53").numberFormat).toEqual([["0.0"]]);
    expect(sheet.range("B58").format.fill.color).toBe("#E6F2EA");
    expect(sheet.range("A40:F44").numberFormat?.[1]).toEqual([
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
    expect(sheet.range("I10").formulas).toEqual([['=AICOST.ASSUMPTION("upfront_total","low")']]);
    expect(sheet.range("L10").formulas).toEqual([["=$B$50"]]);
    expect(sheet.range("H11").values).toEqual([[50000]]);
    expect(sheet.range("H16").values).toEqual([[2000000]]);
    expect(sheet.range("J13").formulas).toEqual([
      ["=AICOST.FT_BREAKEVEN(J$10,AICOST.FT_MONTHLY_SAVINGS($B$47,$B$48,$H13),$B$52)"],
    ]);
    const scale = sheet.range("I11:L16").colourScales;
    expect(scale).toHaveLength(1);
    expect(scale[0].type).toBe("ColorScale");
    expect(scale[0].colorScale.criteria).toEqual({
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
    });
  });

  it("draws the cumulative cost of the three strategies from TCO_SERIES, on the comparison's costs", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    expect(sheet.range("I21").formulas).toEqual([["=AICOST.TCO_SERIES(0,$B$47,$B$14,24)"]]);
    expect(sheet.range("J21").formulas).toEqual([["=AICOST.TCO_SERIES($B$50,$B$48,$B$14,24,$B$52)"]]);
    expect(sheet.range("K21").formulas).toEqual([["=AICOST.TCO_SERIES($B$35,$B$43,$B$14,24,$B$34)"]]);
    expect(sheet.range("I20").values).toEqual([["Larger model"]]);
    expect(sheet.chartsAdded).toEqual([
      {
        type: "Line",
        source: "I20:K45",
        seriesBy: "Columns",
        title: { text: "Cumulative cost over 24 months" },
        legend: { position: "Bottom" },
        position: ["N8", "V27"],
        xValues: ["H21:H45", "H21:H45", "H21:H45"],
      },
      {
        type: "BarClustered",
        source: "D88:E91",
        seriesBy: "Columns",
        title: { text: "Net savings after 24 months, each input at its low and its high" },
        legend: { position: "Bottom" },
        position: ["H87", "N104"],
        xValues: ["A89:A91", "A89:A91"],
        // The largest swing on top, as the table lists it.
        categoryAxis: { reversePlotOrder: true },
      },
    ]);
  });

  it("writes the low and high figures beside the most likely, the live risk table and the tornado", async () => {
    const { added } = installExcel({});
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", modelPlan());
    const sheet = added[0];
    const formula = (a1: string) => (sheet.range(a1).formulas as string[][])[0][0];
    expect(sheet.range("A68").values).toEqual([["How sure are you? The figures that move the result, low to high"]]);
    expect([sheet.range("B69").values, formula("C69"), sheet.range("D69").values]).toEqual([
      [[5000]],
      "=$B$50",
      [[30000]],
    ]);
    expect(sheet.range("B69").format.font.color).toBe("#0000FF");
    expect([sheet.range("B70").values, formula("C70"), sheet.range("D70").values]).toEqual([
      [[500]],
      "=$B$51",
      [[2000]],
    ]);
    // The volume's low and high follow the volume, as in the pane, until the analyst types one.
    expect([formula("B71"), formula("C71"), formula("D71")]).toEqual(["=$B$14*0.5", "=$B$14", "=$B$14*1.5"]);
    expect(formula("B72")).toBe("=AICOST.FT_MONTHLY_SAVINGS($B$47,$B$48,$B$71:$D$71)");
    expect(formula("B73")).toBe("=AICOST.FT_RUNNING_MONTHLY($B$19,$B$70:$D$70)");
    expect(sheet.range("A74").values?.[0][0]).toMatch(/^Keep each low at or below its most likely figure/);
    expect(formula("A77")).toBe("=AICOST.FT_PAYBACK_RISK($B$69:$D$69,$B$72:$D$72,$B$73:$D$73,12,0,10000,1)");
    expect(sheet.range("A77:B85").numberFormat?.map((row) => row[1])).toEqual([
      "General",
      "0.0%",
      "0.0%",
      "0.0",
      "0.0",
      "0.0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
    ]);
    expect(formula("A88")).toBe("=AICOST.FT_SENSITIVITY($B$69:$D$69,$B$72:$D$72,$B$73:$D$73,24)");
    expect(sheet.range("A88:F91").numberFormat?.[1]).toEqual([
      "General",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
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
    expect(outcome).toEqual({ written: false, inTheWay: ["E10", "F20"], address: "D3:I93" });
    expect(active.written()).toEqual([]);
  });

  it("writes the inputs and results from the selected cell when the area is empty", async () => {
    const active = new StandInSheet("Budget", new Map([["J3", { value: "just outside" }]]));
    installExcel({ active, selection: { row: 2, column: 3 } });
    const outcome = await new ExcelWorkbookWriter().writeAtSelection(plan);
    expect(outcome).toEqual({ written: true, address: "D3:I93" });
    expect(active.range("D3").values).toEqual([["AI cost model: fine-tune, memory or the larger model?"]]);
    expect(active.range("E60").formulas).toEqual([["=AICOST.FT_DECISION($E$11,$E$12,$E$13,$E$16,$E$14,$E$26,$E$15)"]]);
    expect(active.range("D7").formulas).toEqual([["=AICOST.FT_RECOMMEND($E$60,$D$42:$I$46)"]]);
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

/**
 * The workbook writer against office-addin-mock and a small stand-in for the worksheet: the
 * sheet name it picks, the exact addresses, formulas and formats it writes, the colour scale, the
 * chart, and its refusal to write over anything.
 */
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { FORMATS } from "../../src/sheet/formats";
import { buildSheetPlan } from "../../src/sheet/plan";
import { candidateSheetNames, ExcelWorkbookWriter, PartialWriteError } from "../../src/taskpane/writer";
import type { AnswerKey } from "../../src/sheet/answers";
import type { FigureName } from "../../src/sheet/bindings";
import { installExcel, payload, REQUEST_PAYLOAD_LIMIT, StandInSheet } from "../helpers/excelStandIn";
import { serialFromIso } from "../../src/engine";
import { usageLayout, USAGE_SHEET_NAME } from "../../src/sheet/usageSheet";
import type { UsageLog } from "../../src/usage";
import { absolute, beside, relative } from "../helpers/addresses";

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
    const plan = modelPlan();
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", plan);
    const sheet = added[0];
    const { inputs } = plan.where;
    const value = (key: AnswerKey) => sheet.range(relative(inputs[key])).values;
    const format = (key: AnswerKey) => sheet.range(relative(inputs[key])).numberFormat;
    const label = (key: AnswerKey) => sheet.range(beside(inputs[key], -1)).values;
    expect(sheet.range("A1").values).toEqual([["AI cost model: fine-tune, memory or the larger model?"]]);
    expect(label("taskType")).toEqual([["What does the model do?"]]);
    expect(value("taskType")).toEqual([["classification"]]);
    expect(format("taskType")).toEqual([[FORMATS.text]]);
    expect(value("requestsPerMonth")).toEqual([[500000]]);
    expect(format("requestsPerMonth")).toEqual([["#,##0"]]);
    expect(sheet.range(relative(inputs.requestsPerMonth)).format.font.color).toBe("#0000FF");
    expect(sheet.range(beside(inputs.requestsPerMonth, 1)).values).toEqual([["requests/month"]]);
    expect(label("ftInputTokens")).toEqual([["Input tokens per request once fine-tuned"]]);
    // Half the prompt, as a formula on the prompt's cell until the analyst types their own.
    expect(sheet.range(relative(inputs.ftInputTokens)).formulas).toEqual([[`=${absolute(inputs.inputTokens)}*0.5`]]);
    // The start date, today's on the tests' clock, as an Excel date the comparison reads.
    expect(label("startDate")).toEqual([["The first month starts on"]]);
    expect(value("startDate")).toEqual([[46361]]);
    expect(format("startDate")).toEqual([["yyyy-mm-dd"]]);
    expect(value("cachedShare")).toEqual([[0]]);
    expect(format("cachedShare")).toEqual([["0.0%"]]);
    expect(value("hourlyRate")).toEqual([[150]]);
    expect(format("hourlyRate")).toEqual([["$#,##0"]]);
    expect(label("fallbackShare")).toEqual([["Fine-tuned model: share of requests handed to the larger model"]]);
  });

  it("leads with FT_RECOMMEND over the live verdict and comparison, then the results as live formulas", async () => {
    const { added } = installExcel({});
    const plan = modelPlan();
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", plan);
    const sheet = added[0];
    const formula = (a1: string | undefined) => (sheet.range(relative(a1)).formulas as string[][])[0][0];
    const { inputs, figures } = plan.where;
    const input = (key: AnswerKey) => absolute(inputs[key]);
    const figure = (name: FigureName) => absolute(figures[name]);
    const comparison = `${absolute(plan.anchors.comparison)}:${absolute(plan.blocks.comparison?.split(":")[1])}`;
    expect(sheet.range(beside(plan.anchors.recommendation, 0, -1)).values).toEqual([["Recommendation"]]);
    expect(formula(plan.anchors.recommendation)).toBe(`=AICOST.FT_RECOMMEND(${figure("verdict")},${comparison})`);
    expect(sheet.range(relative(plan.anchors.recommendation)).format.fill.color).toBe("#E6F2EA");
    // Every argument at its declared place, from the answer or the figure the binding table names.
    expect(formula(plan.anchors.comparison)).toBe(
      `=AICOST.FT_COMPARE(${input("largeModel")},${input("smallModel")},${input("inputTokens")},` +
        `${input("outputTokens")},${input("requestsPerMonth")},${input("horizonMonths")},${figure("upfront")},${figure("maintenance")},` +
        `${input("recallTokens")},${input("memoryMonthlyCost")},${input("memorySetupCost")},,${input("ftInputTokens")},` +
        `${input("fallbackShare")},${input("memoryFallbackShare")},${input("cachedShare")},${input("batchShare")},` +
        `${input("discountRate")},${input("startDate")},,` +
        `IF(${input("servedOnGpus")},${figure("gpuMonthly")},0))`,
    );
    // The GPUs' cost has a cell of its own, computed whether or not the question is ticked.
    expect(formula(figures.gpuMonthly)).toBe(
      `=AICOST.FT_GPU_MONTHLY_COST(${input("requestsPerMonth")},${input("ftInputTokens")},` +
        `${input("outputTokens")},${input("gpuHourlyPrice")},${input("gpuTokensPerSecond")},,${input("gpuUtilization")})`,
    );
    // The costs per request are the comparison's, fallback included: its rows and columns by name.
    const compared = (row: number, column: number) => absolute(beside(plan.anchors.comparison, column, row));
    expect(formula(figures.largeCost)).toBe(`=${compared(1, 1)}`);
    expect(formula(figures.fineTunedCost)).toBe(`=${compared(2, 1)}`);
    expect(formula(figures.savings)).toBe(
      `=AICOST.FT_MONTHLY_SAVINGS(${figure("largeCost")},${figure("fineTunedCost")},${input("requestsPerMonth")})`,
    );
    expect(formula(figures.upfront)).toBe(
      `=AICOST.FT_UPFRONT_COST(${input("trainingDataHours")},${input("hourlyRate")},${input("trainingRunCost")},` +
        `${input("evalBuildHours")},${input("pipelineHours")})`,
    );
    expect(formula(figures.maintenance)).toBe(
      `=AICOST.FT_MAINTENANCE_MONTHLY(${input("retrainIntervalMonths")},${input("hourlyRate")},` +
        `${input("retrainDataHours")},${input("trainingRunCost")},${input("retrainEvalCost")},${input("retrainDeployHours")})`,
    );
    expect(formula(figures.running)).toBe(
      `=AICOST.FT_RUNNING_MONTHLY(${input("smallModel")},${figure("maintenance")})`,
    );
    expect(formula(figures.breakEven)).toBe(
      `=AICOST.FT_BREAKEVEN(${figure("upfront")},${figure("savings")},${figure("running")},${input("discountRate")})`,
    );
    // The CFO's horizon and rate, from their input cells: no literal horizon or rate in any formula.
    expect(formula(figures.netSavings)).toBe(
      `=AICOST.FT_NET_SAVINGS(${figure("upfront")},${figure("savings")},${input("horizonMonths")},` +
        `${figure("running")},${input("discountRate")})`,
    );
    // Over the whole horizon, the comparison's own saving for the fine-tuned row (a re-tune included).
    expect(formula(figures.fineTunedSaving)).toBe(`=${compared(2, 5)}`);
    const decision =
      `${input("taskType")},${input("distinctPatterns")},${input("stableMonths")},${input("requestsPerMonth")},` +
      `${input("needsGeneralQueries")},${input("engineeringHours")},${input("knowledgeChanges")}`;
    expect(formula(figures.verdict)).toBe(`=AICOST.FT_DECISION(${decision})`);
    expect(formula(figures.reasons)).toBe(`=AICOST.FT_DECISION_REASONS(${decision})`);
    expect(sheet.range(relative(figures.fineTunedCost)).numberFormat).toEqual([["$#,##0.0000"]]);
    expect(sheet.range(relative(figures.breakEven)).numberFormat).toEqual([["0.0"]]);
    expect(sheet.range(relative(figures.verdict)).format.fill.color).toBe("#E6F2EA");
    expect(
      sheet.range(plan.blocks.comparison?.replace(/^[A-Z]+\d+/, plan.anchors.comparison) ?? "").numberFormat?.[1],
    ).toEqual(["General", "$#,##0.0000", "$#,##0", "$#,##0", "$#,##0", "$#,##0"]);
  });

  it("writes the scenario grid with a colour scale", async () => {
    const { added } = installExcel({});
    const plan = modelPlan();
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", plan);
    const sheet = added[0];
    const { figures } = plan.where;
    const grid = plan.colourScale?.range ?? "";
    const first = grid.split(":")[0];
    // Upfront costs across the row above the grid, volumes down the column to its left.
    expect(sheet.range(beside(first, 0, -1)).formulas).toEqual([['=AICOST.ASSUMPTION("upfront_total","low")']]);
    expect(sheet.range(beside(first, 3, -1)).formulas).toEqual([[`=${absolute(figures.upfront)}`]]);
    expect(sheet.range(beside(first, -1)).values).toEqual([[50000]]);
    expect(sheet.range(beside(first, -1, 5)).values).toEqual([[2000000]]);
    const upfront = beside(first, 1, -1).replace(/(\d+)$/, "$$$1");
    const volume = `$${beside(first, -1, 2)}`;
    expect(sheet.range(beside(first, 1, 2)).formulas).toEqual([
      [
        `=AICOST.FT_BREAKEVEN(${upfront},AICOST.FT_MONTHLY_SAVINGS(${absolute(figures.largeCost)},` +
          `${absolute(figures.fineTunedCost)},${volume}),${absolute(figures.running)},${absolute(plan.where.inputs.discountRate)})`,
      ],
    ]);
    const scale = sheet.range(grid).colourScales;
    expect(scale).toHaveLength(1);
    expect(scale[0].type).toBe("ColorScale");
    expect(scale[0].colorScale.criteria).toEqual({
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
    });
  });

  it("draws the cumulative cost of every strategy across the horizon typed, on the comparison's costs", async () => {
    const { added } = installExcel({});
    const plan = modelPlan();
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", plan);
    const sheet = added[0];
    const { inputs, figures } = plan.where;
    const [line, bars] = plan.charts ?? [];
    const names = line.seriesRange.split(":")[0];
    const series = (index: number) => sheet.range(beside(names, index, 1)).formulas;
    const volume = absolute(inputs.requestsPerMonth);
    const [horizon, rate] = [absolute(inputs.horizonMonths), absolute(inputs.discountRate)];
    // Month 0 and 24 steps across the horizon, each a formula on the horizon's cell.
    const months = line.categoryRange;
    const [first, last] = months.split(":");
    expect(sheet.range(first).formulas).toEqual([[`=ROUND(0*${horizon}/24,0)`]]);
    expect(sheet.range(last).formulas).toEqual([[`=ROUND(24*${horizon}/24,0)`]]);
    const over = absolute(first) + ":" + absolute(last);
    expect(series(0)).toEqual([[`=AICOST.TCO(0,${absolute(figures.largeCost)},${volume},${over},,${rate})`]]);
    expect(series(1)).toEqual([
      [
        `=AICOST.TCO(${absolute(figures.upfront)},${absolute(figures.fineTunedCost)},${volume},${over},` +
          `${absolute(figures.running)},${rate})`,
      ],
    ]);
    expect(series(2)).toEqual([
      [
        `=AICOST.TCO(${absolute(inputs.memorySetupCost)},${absolute(figures.memoryCost)},${volume},${over},` +
          `${absolute(inputs.memoryMonthlyCost)},${rate})`,
      ],
    ]);
    // The GPUs' monthly cost is in their cost per request; #N/A (no line) until they are priced.
    expect(series(3)).toEqual([
      [
        `=AICOST.TCO(${absolute(figures.upfront)},${absolute(figures.dedicatedCost)},${volume},${over},` +
          `${absolute(figures.maintenance)},${rate})`,
      ],
    ]);
    expect(sheet.range(names).values).toEqual([["Larger model"]]);
    // Each title reads the heading that names the horizon, a formula on its cell.
    const heading = (cell: string | undefined) => sheet.range(relative(cell)).formulas?.[0][0];
    expect(heading(line.titleCell)).toBe(
      `="Cumulative cost over "&${horizon}&IF(${horizon}=1," month"," months")` +
        `&IF(${rate}>0,", discounted at "&ROUND(${rate}*100,2)&"% a year","")&" (US dollars)"`,
    );
    expect(heading(bars.titleCell)).toBe(
      `="What moves net savings after "&${horizon}&IF(${horizon}=1," month"," months")&" most (FT_SENSITIVITY)"`,
    );
    const titleFormula = (cell: string | undefined) => `='AI cost model'!${cell}`;
    expect(sheet.chartsAdded).toEqual([
      {
        type: "XYScatterLinesNoMarkers",
        source: line.seriesRange,
        seriesBy: "Columns",
        title: { text: "Cumulative cost over the horizon", formula: titleFormula(line.titleCell) },
        legend: { position: "Bottom" },
        position: [line.topLeft, line.bottomRight],
        xValues: [line.categoryRange, line.categoryRange, line.categoryRange, line.categoryRange],
      },
      {
        type: "BarClustered",
        source: bars.seriesRange,
        seriesBy: "Columns",
        title: { text: "What moves net savings after the horizon most", formula: titleFormula(bars.titleCell) },
        legend: { position: "Bottom" },
        position: [bars.topLeft, bars.bottomRight],
        xValues: [bars.categoryRange, bars.categoryRange],
        // The largest swing on top, as the table lists it.
        categoryAxis: { reversePlotOrder: true },
      },
    ]);
  });

  it("writes the low and high figures beside the most likely, the live risk table and the tornado", async () => {
    const { added } = installExcel({});
    const plan = modelPlan();
    await new ExcelWorkbookWriter().writeNewSheet("AI cost model", plan);
    const sheet = added[0];
    const formula = (a1: string) => (sheet.range(a1).formulas as string[][])[0][0];
    const { inputs, figures } = plan.where;
    const row = (name: FigureName) => [0, 1, 2].map((k) => beside(figures[name], k));
    const range = (name: FigureName) => `${absolute(figures[name])}:${absolute(beside(figures[name], 2))}`;
    expect(sheet.range(beside(figures.upfrontRange, -1, -1)).values).toEqual([
      ["How sure are you? The figures that move the result, low to high"],
    ]);
    const [upfrontLow, upfrontLikely, upfrontHigh] = row("upfrontRange");
    expect([sheet.range(upfrontLow).values, formula(upfrontLikely), sheet.range(upfrontHigh).values]).toEqual([
      [[5000]],
      `=${absolute(figures.upfront)}`,
      [[30000]],
    ]);
    expect(sheet.range(upfrontLow).format.font.color).toBe("#0000FF");
    const [maintenanceLow, maintenanceLikely, maintenanceHigh] = row("maintenanceRange");
    expect([
      sheet.range(maintenanceLow).values,
      formula(maintenanceLikely),
      sheet.range(maintenanceHigh).values,
    ]).toEqual([[[500]], `=${absolute(figures.maintenance)}`, [[2000]]]);
    // The volume's low and high follow the volume, as in the pane, until the analyst types one.
    const volume = absolute(inputs.requestsPerMonth);
    expect(row("volumeRange").map(formula)).toEqual([`=${volume}*0.5`, `=${volume}`, `=${volume}*1.5`]);
    expect(formula(relative(figures.savingsRange))).toBe(
      `=AICOST.FT_MONTHLY_SAVINGS(${absolute(figures.largeCost)},${absolute(figures.fineTunedCost)},${range("volumeRange")})`,
    );
    expect(formula(relative(figures.runningRange))).toBe(
      `=AICOST.FT_RUNNING_MONTHLY(${absolute(inputs.smallModel)},${range("maintenanceRange")})`,
    );
    expect(sheet.range(beside(figures.runningRange, -1, 1)).values?.[0][0]).toMatch(
      /^Keep each low at or below its most likely figure/,
    );
    // The simulation's savings: the same row from lowest to highest.
    const cells = row("savingsRange").map(absolute).join(",");
    expect(row("savingsOrdered").map(formula)).toEqual([`=MIN(${cells})`, `=MEDIAN(${cells})`, `=MAX(${cells})`]);
    const spreads = `${range("upfrontRange")},${range("savingsOrdered")},${range("runningRange")}`;
    const [horizon, rate] = [absolute(inputs.horizonMonths), absolute(inputs.discountRate)];
    expect(formula(relative(plan.anchors.risk))).toBe(`=AICOST.FT_PAYBACK_RISK(${spreads},${horizon},${rate},10000,1)`);
    expect(
      sheet
        .range(plan.blocks.risk?.replace(/^[A-Z]+\d+/, plan.anchors.risk) ?? "")
        .numberFormat?.map((line) => line[1]),
    ).toEqual(["General", FORMATS.chance, FORMATS.chance, "0.0", "0.0", "0.0", "$#,##0", "$#,##0", "$#,##0"]);
    expect(formula(relative(plan.anchors.sensitivity))).toBe(`=AICOST.FT_SENSITIVITY(${spreads},${horizon},${rate})`);
    expect(
      sheet.range(`${plan.anchors.sensitivity}:${beside(plan.anchors.sensitivity, 5, 3)}`).numberFormat?.[1],
    ).toEqual(["General", "$#,##0", "$#,##0", "$#,##0", "$#,##0", "$#,##0"]);
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
    expect(outcome).toEqual({ written: false, inTheWay: ["E10", "F20"], address: plan({ row: 2, column: 3 }).extent });
    expect(active.written()).toEqual([]);
  });

  it("writes the inputs and results from the selected cell when the area is empty", async () => {
    const active = new StandInSheet("Budget", new Map([["J3", { value: "just outside" }]]));
    installExcel({ active, selection: { row: 2, column: 3 } });
    const outcome = await new ExcelWorkbookWriter().writeAtSelection(plan);
    const written = plan({ row: 2, column: 3 });
    expect(outcome).toEqual({ written: true, address: written.extent });
    expect(active.range("D3").values).toEqual([["AI cost model: fine-tune, memory or the larger model?"]]);
    // Every reference moves with the origin: the verdict reads the inputs written from D3 on.
    const input = (key: AnswerKey) => absolute(written.where.inputs[key]);
    expect(input("taskType")).toBe("$E$11");
    expect(active.range(relative(written.anchors.verdict)).formulas).toEqual([
      [
        `=AICOST.FT_DECISION(${input("taskType")},${input("distinctPatterns")},${input("stableMonths")},` +
          `${input("requestsPerMonth")},${input("needsGeneralQueries")},${input("engineeringHours")},` +
          `${input("knowledgeChanges")})`,
      ],
    ]);
    const comparison = `${absolute(written.anchors.comparison)}:${absolute(written.blocks.comparison?.split(":")[1])}`;
    expect(active.range(written.anchors.recommendation).formulas).toEqual([
      [`=AICOST.FT_RECOMMEND(${absolute(written.anchors.verdict)},${comparison})`],
    ]);
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

describe("a usage log's many rows", () => {
  /** A log of `rows` requests over six months, two models, with a model name that reads as a formula. */
  function bigLog(rows: number): UsageLog {
    const from = serialFromIso("2026-06-01");
    return {
      fileName: "spend.csv",
      format: "litellm",
      formatLabel: "LiteLLM spend log (CSV)",
      rows,
      dates: Float64Array.from({ length: rows }, (_, i) => from + (i / rows) * 183 + 0.375),
      models: ["gpt-4o-mini", '=HYPERLINK("http://x")'],
      modelOf: Uint32Array.from({ length: rows }, (_, i) => i % 2),
      inputTokens: Float64Array.from({ length: rows }, (_, i) => 1000 + (i % 977)),
      outputTokens: Float64Array.from({ length: rows }, (_, i) => 200 + (i % 131)),
      firstDay: from,
      lastDay: from + 182,
      skipped: [],
    };
  }

  it("go a chunk a request, each within Excel on the web's 5 MB, every row once, model names as text", async () => {
    const { added } = installExcel({});
    const log = bigLog(120_000);
    const { layout } = usageLayout(log, log, { model: undefined, kind: "as read" });
    await new ExcelWorkbookWriter().writeNewSheet(USAGE_SHEET_NAME, layout);
    expect(payload.largest).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
    const chunks = added[0].ranges.filter((range) => /^A\d+:D\d+$/.test(range.address) && range.wrote.values);
    expect(chunks.length).toBeGreaterThan(1);
    const rows = chunks.flatMap((range) => range.wrote.values ?? []);
    expect(rows).toHaveLength(120_000);
    expect(chunks[0].address.startsWith("A11:")).toBe(true);
    expect(rows[1]).toEqual([log.dates[1], '=HYPERLINK("http://x")', log.inputTokens[1], log.outputTokens[1]]);
    // Text format is set before the values in the same batch, so Excel keeps "=..." as text.
    for (const range of chunks) {
      expect(range.wrote.numberFormat?.every((row) => row[1] === FORMATS.text)).toBe(true);
      expect(range.order).toEqual(["numberFormat", "values"]);
    }
  });

  it("counts a model name's UTF-8 bytes: 254-character CJK names still go within the limit", async () => {
    const { added } = installExcel({});
    const log = { ...bigLog(60_000), models: ["模".repeat(254), "型".repeat(254)] };
    const { layout } = usageLayout(log, log, { model: undefined, kind: "as read" });
    await new ExcelWorkbookWriter().writeNewSheet(USAGE_SHEET_NAME, layout);
    expect(payload.largest).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
    const rows = added[0].ranges
      .filter((range) => /^A\d+:D\d+$/.test(range.address))
      .flatMap((r) => r.wrote.values ?? []);
    expect(rows).toHaveLength(60_000);
  });

  it("a chunk that fails removes the sheet, as the model's write does", async () => {
    const { added } = installExcel({ failSyncs: [3] });
    const log = bigLog(120_000);
    const { layout } = usageLayout(log, log, { model: undefined, kind: "as read" });
    await expect(new ExcelWorkbookWriter().writeNewSheet(USAGE_SHEET_NAME, layout)).rejects.toThrow(
      /The partly written sheet "Usage" was removed\.$/,
    );
    expect(added.map((sheet) => [sheet.name, sheet.deleted])).toEqual([["Usage", true]]);
  });

  it("the stand-in refuses a batch over 5 MB, as Excel on the web does", async () => {
    const { added } = installExcel({});
    const log = bigLog(120_000);
    const { layout } = usageLayout(log, log, { model: undefined, kind: "as read" });
    // The same rows in one table: a single request, which Excel on the web refuses.
    const rows = layout.rows?.[0];
    if (!rows) throw new Error("no rows planned");
    const oneTable = {
      ...layout,
      rows: [],
      tables: [
        {
          range: `A11:D${10 + rows.count}`,
          values: Array.from({ length: rows.count }, (_, i) => rows.row(i)),
          columnFormats: rows.columnFormats,
        },
      ],
    };
    await expect(new ExcelWorkbookWriter().writeNewSheet(USAGE_SHEET_NAME, oneTable)).rejects.toThrow(
      /^RequestPayloadSizeLimitExceeded/,
    );
    expect(added[0].deleted).toBe(true);
  });
});

/**
 * The written formulas really compute: the workbook "Write to sheet" writes is rebuilt in
 * HyperFormula with every AICOST function registered through the same runner Excel uses, and its
 * verdict, break-even, net savings, reasons, comparison and chart series must equal what the pane
 * showed. A formula Excel would reject (a syntax error, an unknown function, a spill that does
 * not fit) shows as an error cell, and the test fails.
 */
import { DetailedCellError } from "hyperformula";
import { isPriced } from "../../src/engine";
import { unpricedReason } from "../../src/functions/messages";
import { parseAddress } from "../../src/preview/hyperformulaSheet";
import type { AnswerKey, RawAnswer } from "../../src/sheet/answers";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { address } from "../../src/sheet/layout";
import { buildSheetPlan, GRID_VOLUMES, type SheetPlan } from "../../src/sheet/plan";
import { answeredToResult } from "../helpers/questionnaire";
import { evaluatePlan } from "../helpers/workbook";
import { expectNear } from "../helpers/tolerance";

const shift = (a1: string, rows: number, columns: number): string => {
  const { row, column } = parseAddress(a1.replace(/\$/g, ""));
  return address(row + rows, column + columns);
};

const answered = answeredToResult;

const CASES: [string, Partial<Record<AnswerKey, RawAnswer>>][] = [
  ["the article's workload at the published midpoints", {}],
  ["50,000 requests a month (never breaks even)", { requestsPerMonth: "50000" }],
  [
    "GPT-4o against a fine-tuned Azure GPT-4.1 mini with hosting",
    { largeModel: "gpt-4o", smallModel: "azure/gpt-4.1-mini", requestsPerMonth: "2,000,000", trainingRunCost: "275" },
  ],
  [
    "two models priced by the analyst",
    {
      largeModel: "house-70b",
      largeInputPrice: "2",
      largeOutputPrice: "6",
      smallModel: "house-3b",
      smallInputPrice: "0.1",
      smallOutputPrice: "0.3",
      smallFtInputPrice: "0.15",
      smallFtOutputPrice: "0.45",
      // No training price is known for a model typed in: the run is the analyst's quote.
      trainingRunCost: "275",
    },
  ],
  [
    "negotiated prices for a catalogue model",
    { largeModel: "gpt-4o", largeOwnPrices: true, largeInputPrice: "2", largeOutputPrice: "8" },
  ],
  [
    "an Azure small model at negotiated prices, keeping its hosting and fine-tuning terms",
    {
      largeModel: "gpt-4o",
      smallModel: "azure/gpt-4.1-mini",
      smallOwnPrices: true,
      smallInputPrice: "0.3",
      smallOutputPrice: "1.2",
      requestsPerMonth: "2,000,000",
      trainingRunCost: "275",
    },
  ],
  [
    "domain Q&A with changing knowledge at the high end of costs",
    { taskType: "domain_qa", knowledgeChanges: true, costLevel: "high" },
  ],
  [
    "a shorter fine-tuned prompt, caching, batch and both fallbacks",
    {
      largeModel: "gpt-5.4",
      smallModel: "gpt-4.1-mini",
      ftInputTokens: "1200",
      cachedShare: "40%",
      batchShare: "0.25",
      fallbackShare: "0.05",
      memoryFallbackShare: "0.15",
    },
  ],
  ["memory cheaper than the fine-tuning the rule prefers", { ftInputTokens: "5000", recallTokens: "0" }],
  [
    "the models swapped: the small one costs more",
    { largeModel: "gemini-2.5-flash-lite", smallModel: "fireworks/llama-3.3-70b-instruct", ftInputTokens: "5000" },
  ],
  // Anthropic sells no fine-tuning of Claude Haiku 4.5: its row and the figures built on it are #N/A saying so.
  ["a small model that cannot be fine-tuned", { smallModel: "claude-haiku-4.5" }],
  [
    "a small model retiring within the horizon, re-tuned in its retirement month",
    { largeModel: "gpt-5.5", smallModel: "gpt-4.1-mini" },
  ],
  [
    "a start date after OpenAI's last fine-tuning jobs",
    { largeModel: "gpt-5.5", smallModel: "gpt-4.1-mini", startDate: "2027-01-06" },
  ],
];

function check(model: Questionnaire, plan: SheetPlan): void {
  const results = model.results();
  const sheet = evaluatePlan(plan);
  const tuned = results.fineTuned;

  // Where the fine-tuned model costs more per request, its savings fall as the volume rises: the row of
  // low, most likely and high savings runs the wrong way, and the simulation refuses it (SPEC 3.10).
  const refused = (error: { address: string; error: string }) =>
    tuned !== undefined &&
    !tuned.risk &&
    // The risk table, the tornado and the tornado's words beside it.
    [
      plan.anchors.risk,
      plan.anchors.sensitivity,
      ...[1, 2, 3].map((k) => shift(plan.anchors.sensitivity, k, 6)),
    ].includes(error.address) &&
    /^#VALUE! monthly_savings must run low ≤ most likely ≤ high/.test(error.error);
  // A strategy FT_COMPARE cannot price is #N/A saying why, in its row and in every figure built on it.
  const unpriced = results.comparison.rows.flatMap((row) =>
    isPriced(row) ? [] : [`#N/A ${unpricedReason(row.unpriced)}`],
  );
  expect(results.rows.flatMap((row) => (row.unpriced ? [`#N/A ${row.unpriced}`] : []))).toEqual(unpriced);
  const unexpected = sheet
    .errors()
    .filter(
      (error) => !/^#N\/A never breaks even/.test(error.error) && !refused(error) && !unpriced.includes(error.error),
    );
  expect(unexpected).toEqual([]);

  // The chance of paying back and the tornado are the pane's, figure for figure.
  if (tuned?.risk) {
    const { risk } = tuned;
    const value = (a1: string, rows: number) => sheet.value(shift(a1, rows, 1));
    expect(value(plan.anchors.risk, 1)).toBe(risk.chanceWithin);
    expect(value(plan.anchors.risk, 2)).toBe(risk.chanceNever);
    risk.breakEvenMonths.forEach((months, k) => {
      const cell = value(plan.anchors.risk, 3 + k);
      if (months === Infinity) expect((cell as DetailedCellError).value).toBe("#N/A");
      else expectNear(cell, months, 12);
    });
    risk.netSavings.forEach((net, k) => expectNear(value(plan.anchors.risk, 6 + k), net, 9));
    tuned.sensitivity.forEach((row, k) => {
      expectNear(sheet.value(shift(plan.anchors.sensitivity, 1 + k, 3)), row.netAtLow, 9);
      expectNear(sheet.value(shift(plan.anchors.sensitivity, 1 + k, 4)), row.netAtHigh, 9);
    });
  }

  expect(sheet.value(plan.anchors.recommendation)).toBe(results.recommendation.recommendation);
  expect(sheet.value(shift(plan.anchors.recommendation, 1, 0))).toBe(results.reason);
  expect(sheet.value(plan.anchors.verdict)).toBe(results.decision.verdict);
  const breakEven = sheet.value(plan.anchors.breakEven);
  if (!tuned) {
    // The pane says why fine-tuning has no figures; the sheet's cells say the same.
    for (const anchor of [plan.anchors.breakEven, plan.anchors.netSavings, plan.anchors.netSavingsCompared]) {
      const cell = sheet.value(anchor) as DetailedCellError;
      expect([cell.value, cell.message]).toEqual(["#N/A", results.unpricedReason]);
    }
  } else {
    if (typeof tuned.breakEven === "number") expectNear(breakEven, tuned.breakEven, 9);
    else expect((breakEven as DetailedCellError).message).toBe(tuned.breakEven.message);
    expectNear(sheet.value(plan.anchors.netSavings), tuned.netSavings, 6);
    expectNear(sheet.value(plan.anchors.netSavingsCompared), tuned.netSavingsCompared, 6);
  }

  const reasons = results.decision.checks.map(
    (check, index) =>
      `${check.passed ? "✓" : "✗"} ${check.text}${index === results.decision.decidedBy ? ` → ${results.decision.verdict}` : ""}`,
  );
  reasons.forEach((line, index) => expect(sheet.value(shift(plan.anchors.reasons, index, 0))).toBe(line));

  results.comparison.rows.forEach((row, index) => {
    const at = (column: number) => sheet.value(shift(plan.anchors.comparison, index + 1, column));
    expect(at(0)).toBe(row.strategy);
    expectNear(at(3), row.upfront, 6);
    if (!isPriced(row)) {
      for (const column of [1, 2, 4, 5]) {
        const cell = at(column) as DetailedCellError;
        expect([cell.value, cell.message]).toEqual(["#N/A", unpricedReason(row.unpriced)]);
      }
      return;
    }
    expectNear(at(1), row.costPerRequest, 12);
    expectNear(at(2), row.monthlyCost, 6);
    expectNear(at(4), row.total, 6);
    expectNear(at(5), row.savingVsLarger, 6);
  });
  // The start date the pane priced is an input cell the comparison reads.
  const start = plan.cells.find((cell) => cell.value === model.answers().startDate && cell.style === "input");
  expect(start?.numberFormat).toBe("yyyy-mm-dd");
  const absolute = (start?.address ?? "").replace(
    /^([A-Z]+)(\d+)$/,
    (_, column: string, row: string) => `$${column}$${row}`,
  );
  expect(plan.cells.find((cell) => cell.formula?.startsWith("=AICOST.FT_COMPARE("))?.formula).toContain(absolute);
}

/** Every cell a plan fills, a spill's whole room included; an address twice is two blocks on one cell. */
function occupied(plan: SheetPlan): string[] {
  const cells = plan.cells.map((cell) => cell.address);
  const spilled = plan.spills.flatMap((spill) => {
    const [from, to] = spill.range.split(":").map((a1) => parseAddress(a1));
    const room: string[] = [];
    for (let row = from.row; row <= to.row; row++) {
      for (let column = from.column; column <= to.column; column++) room.push(address(row, column));
    }
    return room.filter((a1) => a1 !== spill.anchor);
  });
  return [...cells, ...spilled];
}

describe("the model written to a new sheet computes what the pane shows", () => {
  it.each(CASES)("%s", (_, changes) => {
    const model = answered(changes);
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-11-29" });
    check(model, plan);
    const cells = occupied(plan);
    expect(cells.filter((a1, index) => cells.indexOf(a1) !== index)).toEqual([]);
    // The reason is one long sentence: nothing to its right cuts it short.
    const reason = shift(plan.anchors.recommendation, 1, 0);
    const reasonRow = parseAddress(reason).row;
    expect(cells.filter((a1) => a1 !== reason && parseAddress(a1).row === reasonRow)).toEqual([]);

    const sheet = evaluatePlan(plan);
    const results = model.results();
    const chart = plan.charts?.[0];
    if (!chart) throw new Error("the model has a chart");
    const lastRow = parseAddress(chart.seriesRange.split(":")[1]).row;
    // The chart draws the strategies served per token; a re-tune is in FT_COMPARE's total, not in its line.
    results.comparison.rows.slice(0, 3).forEach((row, index) => {
      const column = parseAddress(chart.seriesRange.split(":")[0]).column + index;
      if (!isPriced(row)) return;
      const retune = row.strategy === "Fine-tuned small model" ? (results.comparison.retirement?.cost ?? 0) : 0;
      expectNear(sheet.value(address(lastRow, column)), row.total - retune, 6);
      expectNear(sheet.value(address(lastRow - 24, column)), row.upfront, 6);
    });

    const scale = plan.colourScale?.range ?? "";
    const gridTop = parseAddress(scale.split(":")[0]);
    const volume = model.answers().requestsPerMonth;
    const gridRow = GRID_VOLUMES.indexOf(volume);
    if (gridRow >= 0 && typeof results.fineTuned?.breakEven === "number") {
      expectNear(sheet.value(address(gridTop.row + gridRow, gridTop.column + 3)), results.fineTuned.breakEven, 9);
    }
  });

  it("writing at a selection computes the same results from there", () => {
    const model = answered({ requestsPerMonth: "250000" });
    const plan = buildSheetPlan(model.answers(), {
      scope: "inputs-and-results",
      origin: { row: 2, column: 3 },
      date: "2026-11-29",
    });
    expect(plan.cells[0].address).toBe("D3");
    expect(plan.charts).toBeUndefined();
    check(model, plan);
  });
});

describe("an input changed after writing", () => {
  it("a horizon, a rate or a range typed into the sheet moves every figure, title and chart as the pane would", () => {
    const plan = buildSheetPlan(answered({}).answers(), { scope: "model", date: "2026-11-29" });
    const sheet = evaluatePlan(plan);
    const changes = { horizonMonths: "12", discountRate: "0.1", upfrontHigh: "45000", volumeLow: "100000" };
    const { inputs, figures } = plan.where;
    sheet.set(inputs.horizonMonths ?? "", 12);
    sheet.set(inputs.discountRate ?? "", 0.1);
    sheet.set(shift(figures.upfrontRange ?? "", 0, 2), 45000);
    sheet.set(figures.volumeRange ?? "", 100000);
    // The same answers given in the pane: a sheet written with them holds the same values everywhere.
    const fresh = buildSheetPlan(answered(changes).answers(), { scope: "model", date: "2026-11-29" });
    const expected = evaluatePlan(fresh);
    expect(fresh.cells.map((cell) => cell.address)).toEqual(plan.cells.map((cell) => cell.address));
    const room = occupied(fresh);
    for (const a1 of room) {
      const [got, want] = [sheet.value(a1), expected.value(a1)];
      if (typeof want === "number") expectNear(got, want, 9);
      else expect([a1, got]).toEqual([a1, want]);
    }
    // A grid cell that never breaks even at that rate says so in both, and so does the chart's column
    // of dedicated GPUs, not priced (no line); nothing else is an error.
    expect(sheet.errors()).toEqual(expected.errors());
    const gpus = (figures.dedicatedCost ?? "").replace(/\$/g, "");
    expect(
      sheet
        .errors()
        .every(
          (cell) =>
            cell.formula.startsWith("=AICOST.FT_BREAKEVEN(") ||
            (cell.formula.startsWith("=AICOST.TCO(") && cell.formula.replace(/\$/g, "").includes(gpus)),
        ),
    ).toBe(true);
    // Titles name the horizon typed and the rate the figures are discounted at; the chart runs to it.
    const heading = (prefix: string) =>
      room.map((a1) => sheet.value(a1)).find((value) => typeof value === "string" && value.startsWith(prefix));
    expect(heading("Four strategies over")).toBe("Four strategies over 12 months, discounted at 10% a year");
    expect(heading("Cumulative cost over")).toBe(
      "Cumulative cost over 12 months, discounted at 10% a year (US dollars)",
    );
    expect(heading("Net savings after")).toBe("Net savings after 12 months, discounted at 10% a year");
    expect(heading("chance of breaking even")).toBe("chance of breaking even within 12 months");
    const chart = fresh.charts?.[0];
    expect(sheet.value(chart?.categoryRange.split(":")[1] ?? "")).toBe(12);
    expect(chart && sheet.value(chart.titleCell?.replace(/\$/g, "") ?? "")).toBe(heading("Cumulative cost over"));
  });

  it("when the comparison cannot be priced, the recommendation passes its #N/A on, naming what is missing", () => {
    const plan = buildSheetPlan(answered({}).answers(), { scope: "model", date: "2026-11-29" });
    const sheet = evaluatePlan(plan);
    const input = (label: string) => {
      const cell = plan.cells.find((candidate) => candidate.value === label);
      if (!cell) throw new Error(label);
      return shift(cell.address, 0, 1);
    };
    sheet.set(input("The small model to fine-tune or give memory"), "azure/gpt-4.1-mini");
    sheet.set(input("Share of requests sent in batch"), 0.25);
    const message = "azure/gpt-4.1-mini has no batch_input price: it is not offered for this model.";
    for (const a1 of [plan.anchors.comparison, plan.anchors.recommendation]) {
      const value = sheet.value(a1) as DetailedCellError;
      expect([value.value, value.message.startsWith(message)]).toEqual(["#N/A", true]);
    }
    sheet.set(input("Share of requests sent in batch"), 0);
    expect(typeof sheet.value(plan.anchors.recommendation)).toBe("string");
  });
});

describe("the check itself", () => {
  const model = answered({});
  const plan = buildSheetPlan(model.answers(), { scope: "inputs-and-results", date: "2026-11-29" });
  const broken = (edit: (formula: string) => string): SheetPlan => ({
    ...plan,
    cells: plan.cells.map((cell) =>
      cell.address === plan.anchors.verdict.replace(/\$/g, "") && cell.formula
        ? { ...cell, formula: edit(cell.formula) }
        : cell,
    ),
  });

  it.each([
    ["a missing parenthesis", (formula: string) => formula.slice(0, -1)],
    ["a misspelt function", (formula: string) => formula.replace("FT_DECISION", "FT_DECISIONS")],
    ["a semicolon separator", (formula: string) => formula.replace(/,/g, ";")],
  ])("catches %s", (_, edit) => {
    expect(evaluatePlan(broken(edit)).errors().length).toBeGreaterThan(0);
  });

  it("catches a spill into a written cell", () => {
    const crowded = {
      ...plan,
      cells: [...plan.cells, { address: shift(plan.anchors.comparison, 2, 2), value: "in the way" }],
    };
    const errors = evaluatePlan(crowded).errors();
    expect(errors.find((error) => error.address === plan.anchors.comparison)?.error).toMatch(/^#SPILL!/);
  });
});

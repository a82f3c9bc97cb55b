/**
 * What "Write to sheet" writes, as data: every cell's value or live AICOST formula, number
 * formats, styles, the scenario grid's colour scale and the chart. The Excel writer applies a
 * plan with Office.js; tests evaluate the same plan in a spreadsheet engine. Formulas use Excel's
 * en-US syntax (comma separators), as Range.formulas expects.
 */
import { DECISION_CHECK_COUNT, HOURS_PER_MONTH, STRATEGIES } from "../engine";
import { FIELDS, isCustomModel, type Answers, type AnswerKey } from "./answers";
import { HORIZON_MONTHS } from "./results";

export type CellStyle = "title" | "note" | "heading" | "label" | "input" | "result" | "unit" | "header";

export interface PlannedCell {
  /** A1 address on the sheet, such as "B5". */
  address: string;
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

/** Room left empty for a formula's spilled result, with number formats per column. */
export interface PlannedSpill {
  anchor: string;
  range: string;
  rows: number;
  columns: number;
  columnFormats: string[];
}

export interface PlannedChart {
  title: string;
  /** Series values with their names in the first row, one series per column. */
  seriesRange: string;
  /** The x-axis values (months). */
  categoryRange: string;
  seriesNames: string[];
  topLeft: string;
  bottomRight: string;
}

export interface SheetPlan {
  cells: PlannedCell[];
  spills: PlannedSpill[];
  colourScale?: { range: string };
  chart?: PlannedChart;
  columnWidths: { column: string; points: number }[];
  /** The smallest range holding everything, spills included. */
  extent: string;
  /** Addresses of the key results, for the caller to report and tests to read. */
  anchors: Record<"verdict" | "breakEven" | "netSavings12" | "netSavings24" | "comparison" | "reasons", string>;
}

export const FORMATS = {
  text: "@",
  count: "#,##0",
  months: "0.0",
  money: "$#,##0",
  price: "$#,##0.00",
  perRequest: "$#,##0.0000",
  flag: "General",
} as const;

/** The column letters of a 0-based index: 0 is A, 27 is AB. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based row and column; absolute with $ when asked. */
export function address(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row + 1}` : `${columnName(column)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

const INPUT_FORMATS: Partial<Record<AnswerKey, string>> = {
  requestsPerMonth: FORMATS.count,
  inputTokens: FORMATS.count,
  outputTokens: FORMATS.count,
  recallTokens: FORMATS.count,
  distinctPatterns: FORMATS.count,
  hourlyRate: FORMATS.money,
  trainingRunCost: FORMATS.money,
  retrainEvalCost: FORMATS.money,
  memoryMonthlyCost: FORMATS.money,
  memorySetupCost: FORMATS.money,
};

/** Inputs written to the sheet, in order; the model's own prices go to a price table instead. */
const INPUT_KEYS: AnswerKey[] = [
  "taskType",
  "distinctPatterns",
  "stableMonths",
  "needsGeneralQueries",
  "knowledgeChanges",
  "requestsPerMonth",
  "inputTokens",
  "outputTokens",
  "largeModel",
  "smallModel",
  "hourlyRate",
  "engineeringHours",
  "trainingDataHours",
  "trainingRunCost",
  "evalBuildHours",
  "pipelineHours",
  "retrainIntervalMonths",
  "retrainDataHours",
  "retrainEvalCost",
  "retrainDeployHours",
  "recallTokens",
  "memoryMonthlyCost",
  "memorySetupCost",
];

const PRICE_TABLE_HEADER = ["model", "input", "output", "cached input", "ft training", "ft input", "ft output"];

/** Volumes down the scenario grid, requests per month. */
export const GRID_VOLUMES = [50_000, 100_000, 250_000, 500_000, 1_000_000, 2_000_000];
const GRID_LEVELS = ["low", "mid", "high"] as const;

export interface PlanOptions {
  /** Top-left cell of the block, 0-based; A1 for a new sheet. */
  origin?: { row: number; column: number };
  /** The whole model (new sheet), or the inputs and results alone (write at selection). */
  scope: "model" | "inputs-and-results";
  /** Date written in the note, as text. */
  date: string;
}

/** Builds the plan of the live model for a set of answers. */
export function buildSheetPlan(answers: Answers, options: PlanOptions): SheetPlan {
  const top = options.origin?.row ?? 0;
  const left = options.origin?.column ?? 0;
  const cells: PlannedCell[] = [];
  const spills: PlannedSpill[] = [];
  const put = (row: number, column: number, cell: Omit<PlannedCell, "address">) =>
    cells.push({ address: address(top + row, left + column), ...cell });
  const at = (row: number, column: number, absolute = false) => address(top + row, left + column, absolute);

  put(0, 0, { value: "AI cost model: fine-tune, memory or the larger model?", style: "title" });
  put(1, 0, {
    value: `Blue cells are inputs: change one and every result updates. Written ${options.date} by the AI Cost add-in.`,
    style: "note",
  });

  let row = 3;
  put(row, 0, { value: "Inputs", style: "heading" });
  put(row, 1, { value: "Value", style: "header" });
  put(row, 2, { value: "Unit", style: "header" });
  const inputs = {} as Record<AnswerKey, string>;
  for (const key of INPUT_KEYS) {
    row += 1;
    const field = FIELDS.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`no question for ${key}`);
    put(row, 0, { value: field.label, style: "label" });
    const value = answers[key] as string | number | boolean;
    put(row, 1, {
      value,
      style: "input",
      numberFormat: typeof value === "string" ? FORMATS.text : (INPUT_FORMATS[key] ?? FORMATS.flag),
    });
    put(row, 2, {
      value: field.kind === "number" ? field.unit : field.kind === "boolean" ? "TRUE/FALSE" : "",
      style: "unit",
    });
    inputs[key] = at(row, 1, true);
  }

  let priceTable = "";
  const customRows = (
    [
      [answers.largeModel, answers.largeInputPrice, answers.largeOutputPrice, undefined, undefined],
      [
        answers.smallModel,
        answers.smallInputPrice,
        answers.smallOutputPrice,
        answers.smallFtInputPrice,
        answers.smallFtOutputPrice,
      ],
    ] as const
  ).filter(([name, input, output]) => isCustomModel(name) && input !== undefined && output !== undefined);
  if (customRows.length > 0) {
    row += 2;
    put(row, 0, { value: "Your prices (US dollars per 1M tokens; blank = not offered)", style: "heading" });
    row += 1;
    const first = row;
    PRICE_TABLE_HEADER.forEach((heading, column) => put(row, column, { value: heading, style: "header" }));
    for (const [name, input, output, ftInput, ftOutput] of customRows) {
      row += 1;
      put(row, 0, { value: name, style: "input", numberFormat: FORMATS.text });
      [input, output, undefined, undefined, ftInput, ftOutput].forEach((price, index) => {
        if (price !== undefined) put(row, index + 1, { value: price, style: "input", numberFormat: FORMATS.price });
      });
    }
    priceTable = `,${address(top + first, left, true)}:${address(top + row, left + PRICE_TABLE_HEADER.length - 1, true)}`;
  }

  const tokens = `${inputs.inputTokens},${inputs.outputTokens}`;
  row += 2;
  put(row, 0, { value: "Results", style: "heading" });
  put(row, 1, { value: "Value", style: "header" });
  put(row, 2, { value: "Unit", style: "header" });
  const result = (label: string, formula: string, unit: string, numberFormat: string): string => {
    row += 1;
    put(row, 0, { value: label, style: "label" });
    put(row, 1, { formula, style: "result", numberFormat });
    put(row, 2, { value: unit, style: "unit" });
    return at(row, 1, true);
  };
  const verdict = result(
    "Verdict",
    `=AICOST.FT_DECISION(${inputs.taskType},${inputs.distinctPatterns},${inputs.stableMonths},${inputs.requestsPerMonth},` +
      `${inputs.needsGeneralQueries},${inputs.engineeringHours},${inputs.knowledgeChanges})`,
    "",
    FORMATS.flag,
  );
  const largeCost = result(
    "Larger model: cost per request",
    `=AICOST.MODEL_REQUEST_COST(${inputs.largeModel},${tokens}${priceTable})`,
    "$/request",
    FORMATS.perRequest,
  );
  const fineTunedCost = result(
    "Fine-tuned small model: cost per request",
    `=IFERROR(AICOST.FT_REQUEST_COST(${inputs.smallModel},${tokens}${priceTable}),` +
      `AICOST.MODEL_REQUEST_COST(${inputs.smallModel},${tokens}${priceTable}))`,
    "$/request",
    FORMATS.perRequest,
  );
  const savings = result(
    "Monthly savings from fine-tuning",
    `=AICOST.FT_MONTHLY_SAVINGS(${largeCost},${fineTunedCost},${inputs.requestsPerMonth})`,
    "$/month",
    FORMATS.money,
  );
  const upfront = result(
    "Upfront cost of fine-tuning",
    `=AICOST.FT_UPFRONT_COST(${inputs.trainingDataHours},${inputs.hourlyRate},${inputs.trainingRunCost},` +
      `${inputs.evalBuildHours},${inputs.pipelineHours})`,
    "$",
    FORMATS.money,
  );
  const maintenance = result(
    "Maintenance (retraining)",
    `=AICOST.FT_MAINTENANCE_MONTHLY(${inputs.retrainIntervalMonths},${inputs.hourlyRate},${inputs.retrainDataHours},` +
      `${inputs.trainingRunCost},${inputs.retrainEvalCost},${inputs.retrainDeployHours})`,
    "$/month",
    FORMATS.money,
  );
  const hosting = result(
    "Hosting of the fine-tuned model",
    `=IFERROR(AICOST.MODEL_PRICE(${inputs.smallModel},"ft_hosting_hour"${priceTable}),0)*${HOURS_PER_MONTH}`,
    "$/month",
    FORMATS.money,
  );
  const running = `${maintenance}+${hosting}`;
  const breakEven = result(
    "Break-even",
    `=AICOST.FT_BREAKEVEN(${upfront},${savings},${running})`,
    "months",
    FORMATS.months,
  );
  const net12 = result(
    "Net savings after 12 months",
    `=AICOST.FT_NET_SAVINGS(${upfront},${savings},12,${running})`,
    "$",
    FORMATS.money,
  );
  const net24 = result(
    `Net savings after ${HORIZON_MONTHS} months`,
    `=AICOST.FT_NET_SAVINGS(${upfront},${savings},${HORIZON_MONTHS},${running})`,
    "$",
    FORMATS.money,
  );

  row += 2;
  put(row, 0, { value: "Why: each rule of the decision (✓ pass, ✗ fail)", style: "heading" });
  row += 1;
  const reasons = at(row, 0);
  put(row, 0, {
    formula:
      `=AICOST.FT_DECISION_REASONS(${inputs.taskType},${inputs.distinctPatterns},${inputs.stableMonths},` +
      `${inputs.requestsPerMonth},${inputs.needsGeneralQueries},${inputs.engineeringHours},${inputs.knowledgeChanges})`,
  });
  spills.push({
    anchor: reasons,
    range: rangeAddress(top + row, left, top + row + DECISION_CHECK_COUNT - 1, left),
    rows: DECISION_CHECK_COUNT,
    columns: 1,
    columnFormats: [FORMATS.flag],
  });
  row += DECISION_CHECK_COUNT;

  row += 1;
  put(row, 0, { value: `Three strategies over ${HORIZON_MONTHS} months`, style: "heading" });
  row += 1;
  const comparison = at(row, 0);
  put(row, 0, {
    formula:
      `=AICOST.FT_COMPARE(${inputs.largeModel},${inputs.smallModel},${tokens},${inputs.requestsPerMonth},${HORIZON_MONTHS},` +
      `${upfront},${maintenance},${inputs.recallTokens},${inputs.memoryMonthlyCost},${inputs.memorySetupCost}${priceTable})`,
  });
  const compareRows = STRATEGIES.length + 1;
  const compareFormats = [FORMATS.flag, FORMATS.perRequest, FORMATS.money, FORMATS.money, FORMATS.money, FORMATS.money];
  spills.push({
    anchor: comparison,
    range: rangeAddress(top + row, left, top + row + compareRows - 1, left + compareFormats.length - 1),
    rows: compareRows,
    columns: compareFormats.length,
    columnFormats: compareFormats,
  });
  // The memory strategy is the comparison's last row; its cost per request feeds the chart.
  const memoryCost = at(row + compareRows - 1, 1, true);
  const bottom = row + compareRows - 1;

  const anchors = { verdict, breakEven, netSavings12: net12, netSavings24: net24, comparison, reasons };
  const columnWidths = [
    { column: columnName(left), points: 250 },
    { column: columnName(left + 1), points: 110 },
    { column: columnName(left + 2), points: 90 },
  ];
  if (options.scope === "inputs-and-results") {
    return { cells, spills, columnWidths, extent: rangeAddress(top, left, top + bottom, left + 5), anchors };
  }

  // The scenario grid and the chart sit to the right of the model.
  const gridLeft = left + 7;
  put(3, 7, { value: "Break-even months by volume and upfront cost", style: "heading" });
  put(4, 7, { value: "Upfront cost →", style: "header" });
  ["Low", "Mid", "High", "Yours"].forEach((label, index) => put(4, 8 + index, { value: label, style: "header" }));
  put(5, 7, { value: "Requests per month ↓", style: "header" });
  GRID_LEVELS.forEach((level, index) =>
    put(5, 8 + index, {
      formula: `=AICOST.ASSUMPTION("upfront_total","${level}")`,
      style: "result",
      numberFormat: FORMATS.money,
    }),
  );
  put(5, 11, { formula: `=${upfront}`, style: "result", numberFormat: FORMATS.money });
  GRID_VOLUMES.forEach((volume, index) => {
    const gridRow = 6 + index;
    put(gridRow, 7, { value: volume, style: "input", numberFormat: FORMATS.count });
    for (let column = 8; column <= 11; column++) {
      const upfrontCell = `${columnName(left + column)}$${top + 6}`;
      const volumeCell = `$${columnName(gridLeft)}${top + gridRow + 1}`;
      put(gridRow, column, {
        formula: `=AICOST.FT_BREAKEVEN(${upfrontCell},AICOST.FT_MONTHLY_SAVINGS(${largeCost},${fineTunedCost},${volumeCell}),${running})`,
        numberFormat: FORMATS.months,
      });
    }
  });
  const gridBottom = 6 + GRID_VOLUMES.length - 1;
  put(gridBottom + 1, 7, { value: "#N/A: never breaks even at that volume.", style: "note" });

  const chartTop = gridBottom + 3;
  put(chartTop, 7, { value: `Cumulative cost over ${HORIZON_MONTHS} months (US dollars)`, style: "heading" });
  const seriesNames = ["Larger model", "Fine-tuned small model", "Small model + memory"];
  put(chartTop + 1, 7, { value: "Month", style: "header" });
  seriesNames.forEach((name, index) => put(chartTop + 1, 8 + index, { value: name, style: "header" }));
  for (let month = 0; month <= HORIZON_MONTHS; month++)
    put(chartTop + 2 + month, 7, { value: month, numberFormat: FORMATS.count });
  const series = [
    `=AICOST.TCO_SERIES(0,${largeCost},${inputs.requestsPerMonth},${HORIZON_MONTHS})`,
    `=AICOST.TCO_SERIES(${upfront},${fineTunedCost},${inputs.requestsPerMonth},${HORIZON_MONTHS},${running})`,
    `=AICOST.TCO_SERIES(${inputs.memorySetupCost},${memoryCost},${inputs.requestsPerMonth},${HORIZON_MONTHS},${inputs.memoryMonthlyCost})`,
  ];
  series.forEach((formula, index) => {
    put(chartTop + 2, 8 + index, { formula });
    spills.push({
      anchor: at(chartTop + 2, 8 + index),
      range: rangeAddress(top + chartTop + 2, left + 8 + index, top + chartTop + 2 + HORIZON_MONTHS, left + 8 + index),
      rows: HORIZON_MONTHS + 1,
      columns: 1,
      columnFormats: [FORMATS.money],
    });
  });
  const seriesBottom = chartTop + 2 + HORIZON_MONTHS;

  return {
    cells,
    spills,
    colourScale: { range: rangeAddress(top + 6, left + 8, top + gridBottom, left + 11) },
    chart: {
      title: `Cumulative cost over ${HORIZON_MONTHS} months`,
      seriesRange: rangeAddress(top + chartTop + 1, left + 8, top + seriesBottom, left + 10),
      categoryRange: rangeAddress(top + chartTop + 2, left + 7, top + seriesBottom, left + 7),
      seriesNames,
      topLeft: at(3, 13),
      bottomRight: at(22, 21),
    },
    columnWidths: [...columnWidths, { column: columnName(gridLeft), points: 150 }],
    extent: rangeAddress(top, left, top + Math.max(bottom, seriesBottom), left + 11),
    anchors,
  };
}

/**
 * What "Write to sheet" writes, as data: every cell's value or live AICOST formula, number
 * formats, styles, the scenario grid's colour scale and the chart. Every written cell is an input,
 * an AICOST call built from the declarations, or a reference to one (the costs per request are
 * FT_COMPARE's, so that every figure prices the same); spill sizes come from the declarations. One
 * small builder per block. The Excel writer applies a plan with Office.js; tests evaluate the same
 * plan in a spreadsheet engine. Formulas use Excel's en-US syntax, as Range.formulas expects.
 */
import { isoFromSerial, PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, STRATEGIES, type Strategy } from "../engine";
import {
  ASSUMPTION,
  FT_BREAKEVEN,
  FT_COMPARE,
  FT_DECISION,
  FT_DECISION_REASONS,
  FT_MAINTENANCE_MONTHLY,
  FT_MONTHLY_SAVINGS,
  FT_NET_SAVINGS,
  FT_PAYBACK_RISK,
  FT_RECOMMEND,
  FT_SENSITIVITY,
  FT_RUNNING_MONTHLY,
  FT_UPFRONT_COST,
  TCO_SERIES,
} from "../functions/declarations";
import { groupDigits } from "../functions/format";
import { call, formula, formulaLiteral } from "../functions/formula";
import type { Param } from "../functions/params";
import { resultSize, type FunctionDeclaration, type Literal } from "../functions/runner";
import { FIELDS, HORIZON_MONTHS, unitOf, VOLUME_RANGE, type Answers, type AnswerKey } from "./answers";
import type { ImportedPrices } from "./priceSheet";
import { priceSource, RISK_MONTHS, RISK_SAMPLES, RISK_SEED, type PriceSource } from "./results";

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
  /** A number format per row where rows differ (FT_PAYBACK_RISK: shares, months, dollars); columnFormats otherwise. */
  rowFormats?: string[];
}

/** The number format of each cell of a spill. */
export function spillFormats(spill: PlannedSpill): string[][] {
  return Array.from({ length: spill.rows }, (_, row) =>
    spill.rowFormats
      ? spill.columnFormats.map((format, column) => (column === 0 ? format : (spill.rowFormats?.[row] ?? format)))
      : [...spill.columnFormats],
  );
}

export interface PlannedChart {
  /** A line chart (cumulative cost) or a clustered bar chart (the tornado). */
  kind: "line" | "bar";
  title: string;
  /** Series values with their names in the first row, one series per column. */
  seriesRange: string;
  /** The category axis' values: months, or the tornado's inputs. */
  categoryRange: string;
  seriesNames: string[];
  topLeft: string;
  bottomRight: string;
}

/** A block of plain values written at once (an imported price table), with a number format per column. */
export interface PlannedTable {
  /** The block's A1 range, such as "A6:O2005". */
  range: string;
  /** Rows of values; null leaves a cell empty. */
  values: (string | number | null)[][];
  columnFormats: string[];
}

/** What a writer puts on a sheet: cells, blocks of values, spills, formats, a chart. */
export interface SheetLayout {
  cells: PlannedCell[];
  tables?: PlannedTable[];
  spills: PlannedSpill[];
  colourScale?: { range: string };
  charts?: PlannedChart[];
  columnWidths: { column: string; points: number }[];
  /** The smallest range holding everything, spills included. */
  extent: string;
}

/** The live model's layout, with where its key results are. */
export interface SheetPlan extends SheetLayout {
  /** Addresses of the key results, for the caller to report and tests to read. */
  anchors: Record<
    | "recommendation"
    | "verdict"
    | "breakEven"
    | "netSavings12"
    | "netSavings24"
    | "comparison"
    | "reasons"
    | "risk"
    | "sensitivity",
    string
  >;
}

export const FORMATS = {
  text: "@",
  count: "#,##0",
  months: "0.0",
  money: "$#,##0",
  price: "$#,##0.00",
  perRequest: "$#,##0.0000",
  flag: "General",
  share: "0.0%",
  chance: "0.0%",
  date: "yyyy-mm-dd",
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

function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

const INPUT_FORMATS: Partial<Record<AnswerKey, string>> = {
  startDate: FORMATS.date,
  requestsPerMonth: FORMATS.count,
  inputTokens: FORMATS.count,
  ftInputTokens: FORMATS.count,
  outputTokens: FORMATS.count,
  cachedShare: FORMATS.share,
  batchShare: FORMATS.share,
  fallbackShare: FORMATS.share,
  memoryFallbackShare: FORMATS.share,
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
  "ftInputTokens",
  "outputTokens",
  "largeModel",
  "smallModel",
  "startDate",
  "cachedShare",
  "batchShare",
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
  "fallbackShare",
  "memoryFallbackShare",
];

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
  /** Prices imported into the workbook, which the answers may name models from. */
  imported?: ImportedPrices;
  /** What the comparison rests on, as the pane says it (a retirement, own fine-tuned prices), written beside it. */
  notes?: readonly string[];
}

/** Where the cells go: rows and columns relative to the plan's origin, addresses absolute on the sheet. */
export class Canvas {
  readonly cells: PlannedCell[] = [];
  readonly spills: PlannedSpill[] = [];

  constructor(
    readonly top: number,
    readonly left: number,
  ) {}

  put(row: number, column: number, cell: Omit<PlannedCell, "address">): void {
    this.cells.push({ address: this.at(row, column), ...cell });
  }

  at(row: number, column: number, absolute = false): string {
    return address(this.top + row, this.left + column, absolute);
  }

  range(top: number, left: number, bottom: number, right: number): string {
    return rangeAddress(this.top + top, this.left + left, this.top + bottom, this.left + right);
  }

  /**
   * A formula whose result spills: the anchor cell and the room it needs, sized by the declaration.
   * Returns the spill's last row.
   */
  spill(
    row: number,
    column: number,
    text: string,
    size: readonly [number, number],
    columnFormats: string[],
    style?: CellStyle,
  ): number {
    const [rows, columns] = size;
    this.put(row, column, style ? { formula: text, style } : { formula: text });
    this.spills.push({
      anchor: this.at(row, column),
      range: this.range(row, column, row + rows - 1, column + columns - 1),
      rows,
      columns,
      columnFormats,
    });
    return row + rows - 1;
  }
}

/** The rows and columns a call spills for these argument values, from the function's declaration. */
function spillOf<Ps extends readonly Param[]>(
  declaration: FunctionDeclaration<Ps>,
  values: Partial<Record<Ps[number]["name"], Literal | readonly (readonly Literal[])[]>>,
): readonly [number, number] {
  const byName = values as Record<string, unknown>;
  const size = resultSize(
    declaration as FunctionDeclaration,
    declaration.params.map((param) => byName[param.name] ?? null),
  );
  if (!size) throw new Error(`${declaration.id}: the size of its result depends on an argument not given`);
  return size;
}

/** The strategies the cumulative-cost chart draws: those served per token. */
const CHARTED = [
  "Larger model",
  "Fine-tuned small model",
  "Small model + memory",
] as const satisfies readonly Strategy[];

/** The row of a strategy in FT_COMPARE's spill, below its header row. */
const strategyRow = (strategy: Strategy): number => 1 + STRATEGIES.indexOf(strategy);

function titleBlock(canvas: Canvas, date: string): void {
  canvas.put(0, 0, { value: "AI cost model: fine-tune, memory or the larger model?", style: "title" });
  canvas.put(1, 0, {
    value: `Blue cells are inputs: change one and every result updates. Written ${date} by the AI Cost add-in.`,
    style: "note",
  });
}

function header(canvas: Canvas, row: number, title: string): void {
  canvas.put(row, 0, { value: title, style: "heading" });
  canvas.put(row, 1, { value: "Value", style: "header" });
  canvas.put(row, 2, { value: "Unit", style: "header" });
}

/** The answers, one a row with its unit; returns each input's absolute address and the last row. */
function inputsBlock(
  canvas: Canvas,
  row: number,
  answers: Answers,
): { inputs: Record<AnswerKey, string>; last: number } {
  header(canvas, row, "Inputs");
  const inputs = {} as Record<AnswerKey, string>;
  INPUT_KEYS.forEach((key, index) => {
    const at = row + 1 + index;
    const field = FIELDS.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`no question for ${key}`);
    const value = answers[key] as string | number | boolean;
    canvas.put(at, 0, { value: field.label, style: "label" });
    canvas.put(at, 1, {
      value,
      style: "input",
      numberFormat: typeof value === "string" ? FORMATS.text : (INPUT_FORMATS[key] ?? FORMATS.flag),
    });
    canvas.put(at, 2, {
      value: field.kind === "number" ? unitOf(field) : field.kind === "boolean" ? "TRUE/FALSE" : "",
      style: "unit",
    });
    inputs[key] = canvas.at(at, 1, true);
  });
  return { inputs, last: row + INPUT_KEYS.length };
}

/** The absolute reference to an imported price table on its own sheet. */
const importedReference = (imported: ImportedPrices): string =>
  `'${imported.sheet.replace(/'/g, "''")}'!${imported.range}`;

/**
 * The price table the formulas pass as price_table, if any: the imported sheet where it is passed
 * whole, or a table written here of the analyst's own prices (typed or negotiated) and the copied
 * imported rows. Returns its reference, and the last row and column written.
 */
function priceTableBlock(
  canvas: Canvas,
  row: number,
  source: PriceSource,
): { range: string; last: number; columns: number } | undefined {
  if (source.kind === "catalogue") return undefined;
  if (source.kind === "imported") return { range: importedReference(source.imported), last: row - 2, columns: 0 };
  const { rows } = source;
  // Columns up to the last kind any row prices.
  const used = Math.max(
    ...rows.map((priced) =>
      PRICE_TABLE_KINDS.reduce((last, kind, k) => (priced.prices[kind] !== undefined ? k : last), 1),
    ),
  );
  const kinds = PRICE_TABLE_KINDS.slice(0, used + 1);
  const columns = PRICE_TABLE_COLUMNS.slice(0, kinds.length + 1);
  const heading = source.copiedFrom
    ? `Your prices, and rows copied from the sheet “${source.copiedFrom}” (US dollars per 1M tokens; blank = not offered)`
    : "Your prices (US dollars per 1M tokens; blank = not offered)";
  canvas.put(row, 0, { value: heading, style: "heading" });
  columns.forEach((text, column) => canvas.put(row + 1, column, { value: text, style: "header" }));
  rows.forEach((priced, index) => {
    const at = row + 2 + index;
    canvas.put(at, 0, { value: priced.model, style: "input", numberFormat: FORMATS.text });
    kinds.forEach((kind, column) => {
      const price = priced.prices[kind];
      if (price === undefined) return;
      // General shows a price as typed ($0.075, not $0.08); a threshold is a count of tokens.
      const numberFormat = kind === "long_context_threshold" ? FORMATS.count : FORMATS.flag;
      canvas.put(at, column + 1, { value: price, style: "input", numberFormat });
    });
  });
  const last = row + 1 + rows.length;
  return {
    range: `${canvas.at(row + 1, 0, true)}:${canvas.at(last, columns.length - 1, true)}`,
    last,
    columns: columns.length,
  };
}

/** The cells the results, the grid and the chart refer to. */
interface Refs {
  inputs: Record<AnswerKey, string>;
  priceTable: string | undefined;
}

/** Addresses of the key results. */
interface ResultCells {
  largeCost: string;
  fineTunedCost: string;
  savings: string;
  upfront: string;
  maintenance: string;
  running: string;
  breakEven: string;
  netSavings12: string;
  netSavings24: string;
  /** The block's last row. */
  last: number;
}

/** Rows the results block takes below its header. */
const RESULT_ROWS = 9;

/**
 * Fine-tuning against the larger model, row by row: the costs per request are FT_COMPARE's (the
 * fine-tuned one with its fallback), so that these figures, the grid and the chart price what the
 * comparison prices.
 */
function resultsBlock(
  canvas: Canvas,
  row: number,
  refs: Refs,
  costs: { largeCost: string; fineTunedCost: string; fineTunedSaving: string },
): ResultCells {
  const { inputs, priceTable } = refs;
  header(canvas, row, "Fine-tuning against the larger model");
  let at = row;
  const result = (label: string, text: string, unit: string, numberFormat: string): string => {
    at += 1;
    canvas.put(at, 0, { value: label, style: "label" });
    canvas.put(at, 1, { formula: text, style: "result", numberFormat });
    canvas.put(at, 2, { value: unit, style: "unit" });
    return canvas.at(at, 1, true);
  };
  const largeCost = result(
    "Larger model: cost per request (from the comparison)",
    `=${costs.largeCost}`,
    "$/request",
    FORMATS.perRequest,
  );
  const fineTunedCost = result(
    "Fine-tuned small model: cost per request, fallback included",
    `=${costs.fineTunedCost}`,
    "$/request",
    FORMATS.perRequest,
  );
  const savings = result(
    "Monthly savings from fine-tuning",
    formula(FT_MONTHLY_SAVINGS, {
      large_cost_per_request: largeCost,
      small_cost_per_request: fineTunedCost,
      requests_per_month: inputs.requestsPerMonth,
    }),
    "$/month",
    FORMATS.money,
  );
  const upfront = result(
    "Upfront cost of fine-tuning",
    formula(FT_UPFRONT_COST, {
      data_hours: inputs.trainingDataHours,
      hourly_rate: inputs.hourlyRate,
      training_cost: inputs.trainingRunCost,
      eval_hours: inputs.evalBuildHours,
      pipeline_hours: inputs.pipelineHours,
    }),
    "$",
    FORMATS.money,
  );
  const maintenance = result(
    "Maintenance (retraining)",
    formula(FT_MAINTENANCE_MONTHLY, {
      retrain_every_months: inputs.retrainIntervalMonths,
      hourly_rate: inputs.hourlyRate,
      data_hours: inputs.retrainDataHours,
      training_cost: inputs.trainingRunCost,
      eval_cost: inputs.retrainEvalCost,
      deploy_hours: inputs.retrainDeployHours,
    }),
    "$/month",
    FORMATS.money,
  );
  const running = result(
    "Maintenance and hosting of the fine-tuned model",
    formula(FT_RUNNING_MONTHLY, {
      model: inputs.smallModel,
      monthly_maintenance: maintenance,
      price_table: priceTable,
    }),
    "$/month",
    FORMATS.money,
  );
  const breakEven = result(
    "Break-even",
    formula(FT_BREAKEVEN, { upfront_cost: upfront, monthly_savings: savings, monthly_maintenance: running }),
    "months",
    FORMATS.months,
  );
  const netSavings12 = result(
    "Net savings after 12 months",
    formula(FT_NET_SAVINGS, {
      upfront_cost: upfront,
      monthly_savings: savings,
      months: "12",
      monthly_maintenance: running,
    }),
    "$",
    FORMATS.money,
  );
  // Over the whole horizon, the comparison's own saving: a re-tune in a retirement month included.
  const netSavings24 = result(
    `Net savings after ${HORIZON_MONTHS} months (the comparison's saving)`,
    `=${costs.fineTunedSaving}`,
    "$",
    FORMATS.money,
  );
  if (at !== row + RESULT_ROWS) throw new Error(`the results block has ${at - row} rows, not ${RESULT_ROWS}`);
  return {
    largeCost,
    fineTunedCost,
    savings,
    upfront,
    maintenance,
    running,
    breakEven,
    netSavings12,
    netSavings24,
    last: at,
  };
}

function decisionArgs(inputs: Record<AnswerKey, string>) {
  return {
    task_type: inputs.taskType,
    distinct_patterns: inputs.distinctPatterns,
    stable_months: inputs.stableMonths,
    requests_per_month: inputs.requestsPerMonth,
    needs_general_queries: inputs.needsGeneralQueries,
    engineering_hours: inputs.engineeringHours,
    knowledge_changes: inputs.knowledgeChanges,
  };
}

/** Rows FT_DECISION_REASONS spills for these answers. */
const reasonsSize = (answers: Answers) =>
  spillOf(FT_DECISION_REASONS, {
    task_type: answers.taskType,
    distinct_patterns: answers.distinctPatterns,
    stable_months: answers.stableMonths,
    requests_per_month: answers.requestsPerMonth,
  });

/**
 * The decision rule: its verdict, and its reasons spilled below. Returns the verdict's address,
 * where the reasons spill from, and the block's last row.
 */
function ruleBlock(
  canvas: Canvas,
  row: number,
  answers: Answers,
  inputs: Record<AnswerKey, string>,
): { verdict: string; reasons: string; last: number } {
  canvas.put(row, 0, { value: "Why: the decision rule (✓ pass, ✗ fail)", style: "heading" });
  canvas.put(row + 1, 0, { value: "The rule's verdict", style: "label" });
  canvas.put(row + 1, 1, { formula: formula(FT_DECISION, decisionArgs(inputs)), style: "result" });
  const text = formula(FT_DECISION_REASONS, decisionArgs(inputs));
  return {
    verdict: canvas.at(row + 1, 1, true),
    reasons: canvas.at(row + 2, 0),
    last: canvas.spill(row + 2, 0, text, reasonsSize(answers), [FORMATS.flag]),
  };
}

const COMPARE_FORMATS = [FORMATS.flag, FORMATS.perRequest, FORMATS.money, FORMATS.money, FORMATS.money, FORMATS.money];

/** Rows and columns FT_COMPARE spills for these answers. */
const comparisonSize = (answers: Answers) =>
  spillOf(FT_COMPARE, {
    large_model: answers.largeModel,
    small_model: answers.smallModel,
    input_tokens: answers.inputTokens,
    output_tokens: answers.outputTokens,
    requests_per_month: answers.requestsPerMonth,
    months: HORIZON_MONTHS,
    upfront_cost: 0,
    monthly_maintenance: 0,
  });

/** FT_COMPARE spilled below a heading, on the costs the results block computes; returns its spilled range. */
function comparisonBlock(
  canvas: Canvas,
  row: number,
  answers: Answers,
  refs: Refs,
  results: ResultCells,
  notes: readonly string[],
): { range: string; last: number } {
  const { inputs } = refs;
  canvas.put(row, 0, { value: `Four strategies over ${HORIZON_MONTHS} months`, style: "heading" });
  if (notes.length > 0) {
    // Said for the start date the model was written with: a later date in its input cell may change it.
    const start = isoFromSerial(answers.startDate);
    canvas.put(row, 1, {
      value: `When written, for a start on ${start}: ${notes.join(" ")}`,
      style: "note",
      numberFormat: FORMATS.text,
    });
  }
  const text = formula(FT_COMPARE, {
    large_model: inputs.largeModel,
    small_model: inputs.smallModel,
    input_tokens: inputs.inputTokens,
    output_tokens: inputs.outputTokens,
    requests_per_month: inputs.requestsPerMonth,
    months: String(HORIZON_MONTHS),
    upfront_cost: results.upfront,
    monthly_maintenance: results.maintenance,
    recall_tokens: inputs.recallTokens,
    memory_monthly_cost: inputs.memoryMonthlyCost,
    memory_setup_cost: inputs.memorySetupCost,
    price_table: refs.priceTable,
    ft_input_tokens: inputs.ftInputTokens,
    fallback_share: inputs.fallbackShare,
    memory_fallback_share: inputs.memoryFallbackShare,
    cached_share: inputs.cachedShare,
    batch_share: inputs.batchShare,
    start_date: inputs.startDate,
  });
  const [rows, columns] = comparisonSize(answers);
  const last = canvas.spill(row + 1, 0, text, [rows, columns], COMPARE_FORMATS);
  return { range: `${canvas.at(row + 1, 0, true)}:${canvas.at(last, columns - 1, true)}`, last };
}

/** What the risk blocks hand on: where the tables spill, and the tornado's data for its chart. */
interface RiskCells {
  risk: string;
  sensitivity: string;
  tornado: { seriesRange: string; categoryRange: string; top: number };
  last: number;
}

/**
 * How sure the analyst is: the low, most likely and high of the upfront cost, the maintenance and
 * the volume, with the monthly savings and the running cost they give (AICOST calls over each
 * row); then FT_PAYBACK_RISK and FT_SENSITIVITY over those rows. Returns where they are.
 */
function riskBlocks(canvas: Canvas, row: number, answers: Answers, refs: Refs, results: ResultCells): RiskCells {
  const { inputs, priceTable } = refs;
  canvas.put(row, 0, { value: "How sure are you? The figures that move the result, low to high", style: "heading" });
  ["Low", "Most likely", "High", "Unit"].forEach((text, index) =>
    canvas.put(row, 1 + index, { value: text, style: "header" }),
  );
  const line = (offset: number, label: string, unit: string) => {
    canvas.put(row + offset, 0, { value: label, style: "label" });
    canvas.put(row + offset, 4, { value: unit, style: "unit" });
    return canvas.range(row + offset, 1, row + offset, 3).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  };
  /** A low or high: a number, or a formula where it follows the most likely figure. */
  type End = { value: number } | { formula: string };
  const ranged = (offset: number, low: End, likely: string, high: End, format: string) => {
    canvas.put(row + offset, 1, { ...low, style: "input", numberFormat: format });
    canvas.put(row + offset, 2, { formula: `=${likely}`, style: "result", numberFormat: format });
    canvas.put(row + offset, 3, { ...high, style: "input", numberFormat: format });
  };
  // The volume's low and high follow the volume in the sheet as in the pane, until the analyst types one.
  const volumeEnd = (given: number, end: keyof typeof VOLUME_RANGE): End =>
    given === Math.round(answers.requestsPerMonth * VOLUME_RANGE[end])
      ? { formula: `=${inputs.requestsPerMonth}*${VOLUME_RANGE[end]}` }
      : { value: given };
  const upfront = line(1, "Upfront cost", "$");
  ranged(1, { value: answers.upfrontLow }, results.upfront, { value: answers.upfrontHigh }, FORMATS.money);
  const maintenance = line(2, "Maintenance (retraining)", "$/month");
  ranged(2, { value: answers.maintenanceLow }, results.maintenance, { value: answers.maintenanceHigh }, FORMATS.money);
  const volume = line(3, "Requests per month", "requests/month");
  ranged(
    3,
    volumeEnd(answers.volumeLow, "low"),
    inputs.requestsPerMonth,
    volumeEnd(answers.volumeHigh, "high"),
    FORMATS.count,
  );
  // The savings and the running cost of each column: one broadcast call over the row, spilled across.
  const savings = line(4, "Monthly savings from fine-tuning", "$/month");
  const spilledRow = (offset: number, text: string) =>
    canvas.spill(row + offset, 1, text, [1, 3], [FORMATS.money, FORMATS.money, FORMATS.money]);
  spilledRow(
    4,
    formula(FT_MONTHLY_SAVINGS, {
      large_cost_per_request: results.largeCost,
      small_cost_per_request: results.fineTunedCost,
      requests_per_month: volume,
    }),
  );
  const running = line(5, "Maintenance and hosting of the fine-tuned model", "$/month");
  spilledRow(
    5,
    formula(FT_RUNNING_MONTHLY, {
      model: inputs.smallModel,
      monthly_maintenance: maintenance,
      price_table: priceTable,
    }),
  );

  canvas.put(row + 6, 0, {
    value:
      "Keep each low at or below its most likely figure and each high at or above it: the simulation refuses a " +
      `range out of order. The volume's low and high are ${VOLUME_RANGE.low} and ${VOLUME_RANGE.high} times the volume until you type your own.`,
    style: "note",
  });

  const riskRow = row + 8;
  canvas.put(riskRow, 0, {
    value: `The chance of paying back: ${groupDigits(RISK_SAMPLES)} simulated combinations (FT_PAYBACK_RISK)`,
    style: "heading",
  });
  const spreads = { upfront_cost: upfront, monthly_savings: savings, monthly_maintenance: running };
  const riskSize = spillOf(FT_PAYBACK_RISK, { within_months: RISK_MONTHS });
  const riskLast = canvas.spill(
    riskRow + 1,
    0,
    formula(FT_PAYBACK_RISK, {
      ...spreads,
      within_months: String(RISK_MONTHS),
      annual_discount_rate: "0",
      samples: String(RISK_SAMPLES),
      seed: String(RISK_SEED),
    }),
    riskSize,
    [FORMATS.flag, FORMATS.flag],
  );
  // The header, two chances, three break-even months, three net savings.
  canvas.spills[canvas.spills.length - 1].rowFormats = [
    FORMATS.flag,
    FORMATS.chance,
    FORMATS.chance,
    FORMATS.months,
    FORMATS.months,
    FORMATS.months,
    FORMATS.money,
    FORMATS.money,
    FORMATS.money,
  ];

  const tornadoRow = riskLast + 2;
  canvas.put(tornadoRow, 0, {
    value: `What moves net savings after ${HORIZON_MONTHS} months most (FT_SENSITIVITY)`,
    style: "heading",
  });
  const triple = [[0, 0, 0]];
  const size = spillOf(FT_SENSITIVITY, { upfront_cost: triple, monthly_savings: triple, monthly_maintenance: triple });
  const top = tornadoRow + 1;
  const last = canvas.spill(top, 0, formula(FT_SENSITIVITY, { ...spreads, months: String(HORIZON_MONTHS) }), size, [
    FORMATS.flag,
    FORMATS.money,
    FORMATS.money,
    FORMATS.money,
    FORMATS.money,
    FORMATS.money,
  ]);
  return {
    risk: canvas.at(riskRow + 1, 0),
    sensitivity: canvas.at(top, 0),
    tornado: { seriesRange: canvas.range(top, 3, last, 4), categoryRange: canvas.range(top + 1, 0, last, 0), top },
    last,
  };
}

/** The row the recommendation's heading takes, under the title. */
const RECOMMENDATION_ROW = 3;

/**
 * FT_RECOMMEND over the rule's verdict and the comparison, at the top: the recommendation and,
 * below it, why in dollars. Nothing stands to the right of the sentence, so it reads in full.
 */
function recommendationBlock(canvas: Canvas, verdict: string, comparison: string): string {
  canvas.put(RECOMMENDATION_ROW, 0, { value: "Recommendation", style: "heading" });
  const text = formula(FT_RECOMMEND, { verdict, comparison });
  canvas.spill(RECOMMENDATION_ROW + 1, 0, text, spillOf(FT_RECOMMEND, {}), [FORMATS.flag], "result");
  return canvas.at(RECOMMENDATION_ROW + 1, 0);
}

/** The first row below the recommendation: the inputs, and the grid and chart beside them. */
const BODY_ROW = RECOMMENDATION_ROW + 4;

/** Break-even months over volumes down and upfront costs across, with a colour scale. */
function gridBlock(canvas: Canvas, results: ResultCells): { range: string; bottom: number } {
  const left = 7;
  const top = BODY_ROW;
  canvas.put(top, left, { value: "Break-even months by volume and upfront cost", style: "heading" });
  canvas.put(top + 1, left, { value: "Upfront cost →", style: "header" });
  ["Low", "Mid", "High", "Yours"].forEach((label, index) =>
    canvas.put(top + 1, left + 1 + index, { value: label, style: "header" }),
  );
  canvas.put(top + 2, left, { value: "Requests per month ↓", style: "header" });
  GRID_LEVELS.forEach((level, index) =>
    canvas.put(top + 2, left + 1 + index, {
      formula: formula(ASSUMPTION, { name: formulaLiteral("upfront_total"), level: formulaLiteral(level) }),
      style: "result",
      numberFormat: FORMATS.money,
    }),
  );
  canvas.put(top + 2, left + 4, { formula: `=${results.upfront}`, style: "result", numberFormat: FORMATS.money });
  GRID_VOLUMES.forEach((volume, index) => {
    const row = top + 3 + index;
    canvas.put(row, left, { value: volume, style: "input", numberFormat: FORMATS.count });
    for (let column = left + 1; column <= left + 4; column++) {
      // Upfront from the grid's header row, volume from its first column: mixed references fill.
      const upfrontCell = `${columnName(canvas.left + column)}$${canvas.top + top + 3}`;
      const volumeCell = `$${columnName(canvas.left + left)}${canvas.top + row + 1}`;
      const savings = call(FT_MONTHLY_SAVINGS, {
        large_cost_per_request: results.largeCost,
        small_cost_per_request: results.fineTunedCost,
        requests_per_month: volumeCell,
      });
      canvas.put(row, column, {
        formula: formula(FT_BREAKEVEN, {
          upfront_cost: upfrontCell,
          monthly_savings: savings,
          monthly_maintenance: results.running,
        }),
        numberFormat: FORMATS.months,
      });
    }
  });
  const bottom = top + 3 + GRID_VOLUMES.length - 1;
  canvas.put(bottom + 1, left, { value: "#N/A: never breaks even at that volume.", style: "note" });
  return { range: canvas.range(top + 3, left + 1, bottom, left + 4), bottom };
}

/**
 * The cumulative cost of the three strategies served per token, month 0 to the horizon, and a line
 * chart of it. The dedicated GPUs' row is priced only with their monthly cost, which the pane does
 * not ask for: it has no line.
 */
function chartBlock(
  canvas: Canvas,
  top: number,
  refs: Refs,
  results: ResultCells,
  memoryCost: string,
): { chart: PlannedChart; bottom: number } {
  const left = 7;
  const { inputs } = refs;
  canvas.put(top, left, { value: `Cumulative cost over ${HORIZON_MONTHS} months (US dollars)`, style: "heading" });
  canvas.put(top + 1, left, { value: "Month", style: "header" });
  CHARTED.forEach((name, index) => canvas.put(top + 1, left + 1 + index, { value: name, style: "header" }));
  for (let month = 0; month <= HORIZON_MONTHS; month++) {
    canvas.put(top + 2 + month, left, { value: month, numberFormat: FORMATS.count });
  }
  const common = { requests_per_month: inputs.requestsPerMonth, months: String(HORIZON_MONTHS) };
  const series: Record<(typeof CHARTED)[number], string> = {
    "Larger model": formula(TCO_SERIES, { upfront_cost: "0", cost_per_request: results.largeCost, ...common }),
    "Fine-tuned small model": formula(TCO_SERIES, {
      upfront_cost: results.upfront,
      cost_per_request: results.fineTunedCost,
      ...common,
      monthly_fixed_cost: results.running,
    }),
    "Small model + memory": formula(TCO_SERIES, {
      upfront_cost: inputs.memorySetupCost,
      cost_per_request: memoryCost,
      ...common,
      monthly_fixed_cost: inputs.memoryMonthlyCost,
    }),
  };
  const size = spillOf(TCO_SERIES, {
    upfront_cost: 0,
    cost_per_request: 0,
    requests_per_month: 0,
    months: HORIZON_MONTHS,
  });
  CHARTED.forEach((strategy, index) =>
    canvas.spill(top + 2, left + 1 + index, series[strategy], size, [FORMATS.money]),
  );
  const bottom = top + 2 + size[0] - 1;
  return {
    bottom,
    chart: {
      kind: "line",
      title: `Cumulative cost over ${HORIZON_MONTHS} months`,
      seriesRange: canvas.range(top + 1, left + 1, bottom, left + CHARTED.length),
      categoryRange: canvas.range(top + 2, left, bottom, left),
      seriesNames: [...CHARTED],
      topLeft: canvas.at(BODY_ROW, 13),
      bottomRight: canvas.at(BODY_ROW + 19, 21),
    },
  };
}

/**
 * The blocks down column A that every scope writes: the recommendation, the inputs, the
 * comparison, fine-tuning against the larger model and the decision rule, each below the one
 * before with a blank row between. Returns where they are.
 */
function mainBlocks(canvas: Canvas, answers: Answers, priceTable: string | undefined, notes: readonly string[] = []) {
  const { inputs, last: inputsLast } = inputsBlock(canvas, BODY_ROW, answers);
  const refs: Refs = { inputs, priceTable };
  // The comparison comes first and the results read its costs per request; its size is declared,
  // so the results' row is known before either is written.
  const comparisonRow = inputsLast + 2;
  const comparisonAnchor = comparisonRow + 1;
  const costOf = (strategy: Strategy) => canvas.at(comparisonAnchor + strategyRow(strategy), 1, true);
  const resultsRow = comparisonAnchor + comparisonSize(answers)[0] + 1;
  const results = resultsBlock(canvas, resultsRow, refs, {
    largeCost: costOf("Larger model"),
    fineTunedCost: costOf("Fine-tuned small model"),
    fineTunedSaving: canvas.at(comparisonAnchor + strategyRow("Fine-tuned small model"), 5, true),
  });
  const comparison = comparisonBlock(canvas, comparisonRow, answers, refs, results, notes);
  const rule = ruleBlock(canvas, results.last + 2, answers, inputs);
  const recommendation = recommendationBlock(canvas, rule.verdict, comparison.range);
  const risk = riskBlocks(canvas, rule.last + 2, answers, refs, results);
  return {
    refs,
    results,
    rule,
    recommendation,
    risk,
    comparison: { ...comparison, anchor: canvas.at(comparisonAnchor, 0), memoryCost: costOf("Small model + memory") },
    last: risk.last,
    columns: comparisonSize(answers)[1],
  };
}

/** Builds the plan of the live model for a set of answers. */
export function buildSheetPlan(answers: Answers, options: PlanOptions): SheetPlan {
  const origin = { row: options.origin?.row ?? 0, column: options.origin?.column ?? 0 };
  const canvas = new Canvas(origin.row, origin.column);
  titleBlock(canvas, options.date);

  // The price table goes below the other blocks, where nothing stands to its right however many
  // price columns it needs. The blocks above it have the same size whatever it holds: measure
  // them once on a scratch canvas to find its row.
  const priceRow = mainBlocks(new Canvas(origin.row, origin.column), answers, undefined).last + 2;
  const prices = priceTableBlock(canvas, priceRow, priceSource(answers, options.imported));
  const { refs, results, rule, recommendation, risk, comparison, last, columns } = mainBlocks(
    canvas,
    answers,
    prices?.range,
    options.notes,
  );
  const bottom = Math.max(last, prices?.last ?? 0);
  const width = Math.max(columns, prices?.columns ?? 0);

  const anchors = {
    recommendation,
    verdict: rule.verdict,
    breakEven: results.breakEven,
    netSavings12: results.netSavings12,
    netSavings24: results.netSavings24,
    comparison: comparison.anchor,
    reasons: rule.reasons,
    risk: risk.risk,
    sensitivity: risk.sensitivity,
  };
  const columnWidths = [
    { column: columnName(canvas.left), points: 250 },
    { column: columnName(canvas.left + 1), points: 110 },
    { column: columnName(canvas.left + 2), points: 90 },
  ];
  const base = { cells: canvas.cells, spills: canvas.spills, anchors };
  if (options.scope === "inputs-and-results") {
    return { ...base, columnWidths, extent: canvas.range(0, 0, bottom, width - 1) };
  }

  const grid = gridBlock(canvas, results);
  const { chart, bottom: seriesBottom } = chartBlock(canvas, grid.bottom + 3, refs, results, comparison.memoryCost);
  const tornado: PlannedChart = {
    kind: "bar",
    title: `Net savings after ${HORIZON_MONTHS} months, each input at its low and its high`,
    seriesRange: risk.tornado.seriesRange,
    categoryRange: risk.tornado.categoryRange,
    seriesNames: ["net savings at low", "net savings at high"],
    topLeft: canvas.at(risk.tornado.top - 1, 7),
    bottomRight: canvas.at(risk.tornado.top + 16, 13),
  };
  return {
    ...base,
    colourScale: { range: grid.range },
    charts: [chart, tornado],
    columnWidths: [...columnWidths, { column: columnName(canvas.left + 7), points: 150 }],
    extent: canvas.range(0, 0, Math.max(bottom, seriesBottom), Math.max(11, width - 1)),
  };
}

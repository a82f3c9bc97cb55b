/**
 * What "Write to sheet" writes, as data: every cell's value or live AICOST formula, number
 * formats, styles, the scenario grid's colour scale and the charts. Every written cell is an input,
 * a figure of the binding table written as its AICOST call (the grid's cells are the break-even
 * figure over the grid's volume and upfront cost), a reference to one, or a published assumption
 * (the grid's upfront costs); spill sizes come from the declarations. One small builder per block places the figures; the formulas
 * themselves are generated from the binding table. The Excel writer applies a plan with
 * Office.js; tests evaluate the same plan in a spreadsheet engine. Formulas use Excel's en-US
 * syntax, as Range.formulas expects.
 */
import { isoFromSerial, PRICE_TABLE_KINDS, serialFromIso, type Strategy } from "../engine";
import { STALE_AFTER_DAYS } from "../prices/age";
import { ASSUMPTION } from "../functions/declarations";
import { groupDigits } from "../functions/format";
import { call, formula, formulaLiteral } from "../functions/formula";
import { FIELDS, unitOf, type Answers, type AnswerKey } from "./answers";
import { comparedCell } from "../functions/comparisonTable";
import {
  ANSWERS,
  figureSize,
  followed,
  followingFormula,
  FOLLOWS,
  OVERRIDE_WORDS,
  MODEL,
  RISK_SAMPLES,
  SENSITIVITY_WORDS,
  standsFor,
  SWITCH_WORDS,
  WRITTEN_ANSWERS,
  type Figure,
  type FigureName,
  type Source,
} from "./bindings";
import {
  COMPARE_FORMATS,
  COMPARE_RISK_FORMATS,
  FORMATS,
  inputFormat,
  RISK_ROW_FORMATS,
  SENSITIVITY_FORMATS,
  SWITCH_VALUES_FORMATS,
  type NumberFormat,
} from "./formats";
import { Canvas, columnName, POINTS_PER_CHARACTER, type PlannedChart, type SheetLayout } from "./layout";
import type { ImportedPrices } from "./priceSheet";
import { priceSource, pricesDate, sourceTable, type PriceSource } from "./prices";

/** The live model's layout, with where its inputs and figures are. */
export interface SheetPlan extends SheetLayout {
  /** Addresses of the key results, for the caller to report and tests to read. */
  anchors: Record<
    | "recommendation"
    | "verdict"
    | "breakEven"
    | "netSavings"
    | "netSavingsCompared"
    | "comparison"
    | "reasons"
    | "risk"
    | "sensitivity",
    string
  >;
  /**
   * Where each written input (absolute, the lows and highs of the ranges block included) and each
   * figure is: a cell, or the top-left cell of a spill or a row.
   */
  where: { inputs: Partial<Record<AnswerKey, string>>; figures: Partial<Record<FigureName, string>> };
  /** Each block's range (and its chart's, after a comma), top to bottom as the README's table lists them. */
  blocks: Partial<Record<Block, string>>;
}

/** The blocks of the written model. */
export type Block =
  | "title"
  | "recommendation"
  | "inputs"
  | "comparison"
  | "results"
  | "rule"
  | "grid"
  | "gpus"
  | "chart"
  | "ranges"
  | "compareRisk"
  | "switchValues"
  | "risk"
  | "sensitivity";

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
  /**
   * Answers that come from another sheet, with the formula that gives each there (a usage import's
   * Usage sheet): their input cells hold the formula, so that the model follows that sheet.
   */
  linked?: Partial<Record<AnswerKey, string>>;
}

/**
 * The figures that have no cell of their own: the training run, inside the training cost's input
 * cell; the dedicated GPUs' cost where they are priced (IF on the question's cell), inside the
 * comparison's call and the ranges block's row.
 */
const INLINED: readonly FigureName[] = [
  "trainingPrice",
  "trainingRunPriced",
  "publishedRun",
  "trainingRun",
  "dedicated",
  "gpuLeast",
  "gpuMost",
  "dedicatedLeast",
  "dedicatedMost",
];

/**
 * Where the formulas find their arguments: each input's absolute address, each figure's absolute
 * cell or range as it is written, and the price table's reference if there is one.
 */
class Places {
  readonly inputs: Partial<Record<AnswerKey, string>> = {};
  /** The lows and highs, each an input of its own in the ranges block. */
  readonly rangeInputs: Partial<Record<AnswerKey, string>> = {};
  /** Absolute references, a range for a figure of several cells. */
  readonly figures: Partial<Record<FigureName, string>> = {};
  /** Relative top-left cells, for the plan's readers. */
  readonly tops: Partial<Record<FigureName, string>> = {};
  readonly blocks: Partial<Record<Block, string>> = {};

  constructor(
    readonly prices: string | undefined,
    /** Answers given by another sheet's formulas (PlanOptions.linked). */
    readonly linked: Partial<Record<AnswerKey, string>> = {},
  ) {}

  figure(name: FigureName): string {
    const at = this.figures[name];
    if (at !== undefined) return at;
    // A figure with no cell of its own is written inside the formula that reads it.
    if (INLINED.includes(name)) return this.expression(name);
    throw new Error(`${name} is read before it is written`);
  }

  /** The text of a source as an argument. */
  source(source: Source): string | undefined {
    switch (source.kind) {
      case "answer": {
        // An input of the inputs block, or a low or a high of the ranges block written before.
        const at = this.inputs[source.key] ?? this.rangeInputs[source.key];
        if (at === undefined) throw new Error(`the answer ${source.key} has no input cell`);
        return at;
      }
      case "figure":
        return this.figure(source.name as FigureName);
      case "constant":
        return formulaLiteral(source.value);
      case "prices":
        return this.prices;
    }
  }

  /**
   * A figure's call as an expression, `AICOST.ID(...)`, its arguments from the binding table; an
   * argument may be replaced by another expression (the grid's volume and upfront cost).
   */
  expression(name: FigureName, replaced: Readonly<Record<string, string>> = {}): string {
    const node: Figure = MODEL[name];
    if (node.kind === "ifna") {
      return `IFNA(${this.figure(node.of as FigureName)},${this.figure(node.otherwise as FigureName)})`;
    }
    if (node.kind === "when") {
      const asked = this.source({ kind: "answer", key: node.answer });
      return `IF(${asked},${this.figure(node.of as FigureName)},0)`;
    }
    if (node.kind !== "call") throw new Error(`${name} is not a call`);
    const args: Record<string, string> = {};
    for (const [param, source] of Object.entries(node.args)) {
      const text = replaced[param] ?? this.source(source);
      if (text !== undefined) args[param] = text;
    }
    return call(node.fn, args as Parameters<typeof call>[1]);
  }
}

/** A figure written as a formula in one cell. */
function putFigure(
  canvas: Canvas,
  places: Places,
  name: FigureName,
  row: number,
  column: number,
  cell: { numberFormat?: string; style?: "result" },
): string {
  canvas.put(row, column, { formula: `=${places.expression(name)}`, ...cell });
  places.figures[name] = canvas.at(row, column, true);
  places.tops[name] = canvas.at(row, column);
  return places.figures[name] as string;
}

/** A figure written as a formula that spills: its room sized by the declaration. Returns its last row. */
function spillFigure(
  canvas: Canvas,
  places: Places,
  answers: Answers,
  name: FigureName,
  row: number,
  column: number,
  columnFormats: readonly string[],
  style?: "result",
): number {
  const size = figureSize(name, answers);
  const last = canvas.spill(row, column, `=${places.expression(name)}`, size, [...columnFormats], style);
  places.figures[name] = `${canvas.at(row, column, true)}:${canvas.at(last, column + size[1] - 1, true)}`;
  places.tops[name] = canvas.at(row, column);
  return last;
}

/** Where a spilling figure will be, from its declared size, for figures written before it that read it. */
function reserve(canvas: Canvas, places: Places, answers: Answers, name: FigureName, row: number, column: number) {
  const [rows, columns] = figureSize(name, answers);
  places.figures[name] = `${canvas.at(row, column, true)}:${canvas.at(row + rows - 1, column + columns - 1, true)}`;
}

/**
 * A figure that reads a cell of the comparison, found by strategy and column name from the
 * comparison's top-left cell (row and column on the canvas).
 */
function comparedReference(canvas: Canvas, places: Places, name: FigureName, top: number, left: number): void {
  const node: Figure = MODEL[name];
  if (node.kind !== "compared") throw new Error(`${name} is not a cell of the comparison`);
  const { row, column } = comparedCell(node.strategy, node.column);
  places.figures[name] = canvas.at(top + row, left + column, true);
  places.tops[name] = canvas.at(top + row, left + column);
}

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

/**
 * Words that name the horizon, as a formula on its input cell: "Four strategies over " & 24 &
 * " months", so that the title follows the horizon the analyst types; `discounted`, for figures
 * that are, adds the rate where it is above 0 (", discounted at 10% a year"), from its cell too.
 */
function horizonWords(places: Places, before: string, after = "", discounted = false): string {
  const months = places.source({ kind: "answer", key: "horizonMonths" });
  const rate = places.source({ kind: "answer", key: "discountRate" });
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  // The rate as a percentage by ROUND, not TEXT: spreadsheets other than Excel read TEXT's formats differently.
  const discount = discounted ? `&IF(${rate}>0,", discounted at "&ROUND(${rate}*100,2)&"% a year","")` : "";
  return (
    `=${quoted(`${before} `)}&${months}&IF(${months}=1,${quoted(" month")},${quoted(" months")})${discount}` +
    (after ? `&${quoted(after)}` : "")
  );
}

/** An answer as its input cell holds it: a blank optional answer is an empty cell. */
const written = (answers: Answers, key: AnswerKey): string | number | boolean =>
  ((answers as Readonly<Record<AnswerKey, string | number | boolean | undefined>>)[key] ?? "") as
    string | number | boolean;

/**
 * An answer that follows another (FOLLOWS) and still equals what it follows: the formula on that
 * answer's cell, so that the sheet's follows as the pane's does. Undefined otherwise.
 */
function following(places: Places, answers: Answers, key: AnswerKey): string | undefined {
  const rule = FOLLOWS[key];
  if (!rule) return undefined;
  const leader = written(answers, rule.answer);
  const at = places.inputs[rule.answer];
  return at !== undefined && written(answers, key) === followed(key, leader) ? followingFormula(rule, at) : undefined;
}

/** The answers the model reads, one a row with its unit, in the binding table's order; returns the last row. */
function inputsBlock(
  canvas: Canvas,
  places: Places,
  row: number,
  answers: Answers,
  imported: ImportedPrices | undefined,
): number {
  header(canvas, row, "Inputs");
  WRITTEN_ANSWERS.forEach((key, index) => {
    const at = row + 1 + index;
    const field = FIELDS.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`no question for ${key}`);
    const value = written(answers, key);
    // A blank answer that stands for another is a reference to that one's cell: Excel desktop reads a blank as 0.
    const other = value === "" ? standsFor(key) : undefined;
    const follows = following(places, answers, key);
    // A blank answer that a figure stands for holds that figure's formula, which a typed figure replaces.
    const otherwise = (ANSWERS[key] as { otherwise?: FigureName }).otherwise;
    const computed = otherwise && value === "" ? `=${places.expression(otherwise)}` : undefined;
    const linked = places.linked[key];
    const content = linked
      ? { formula: linked }
      : other
        ? { formula: `=${places.inputs[other]}` }
        : follows
          ? { formula: follows }
          : computed
            ? { formula: computed }
            : { value };
    if (otherwise && computed) {
      // Says in the cell which figure stands in: the model's training price, or the published run
      // where no training price is known (a model whose fine-tuning is typed in, or not sold).
      const said = (words: string) => `"${`${field.label} (${words})`.replace(/"/g, '""')}"`;
      canvas.put(at, 0, {
        formula: `=IF(ISNA(${places.expression("trainingPrice")}),${said(OVERRIDE_WORDS.unpriced)},${said(OVERRIDE_WORDS.computed)})`,
        style: "label",
      });
    } else {
      canvas.put(at, 0, {
        value: otherwise ? `${field.label} (${OVERRIDE_WORDS.typed})` : field.label,
        style: "label",
      });
    }
    canvas.put(at, 1, {
      ...content,
      style: "input",
      numberFormat: inputFormat(field.param, other || computed ? 0 : value),
    });
    // A text answer has no unit: its cell stays empty, so a long model id runs on over it as in Excel.
    const unit = field.kind === "number" ? unitOf(field) : field.kind === "boolean" ? "TRUE/FALSE" : "";
    if (unit !== "") canvas.put(at, 2, { value: unit, style: "unit" });
    places.inputs[key] = canvas.at(at, 1, true);
  });
  places.blocks.inputs = canvas.range(row, 0, row + WRITTEN_ANSWERS.length, 2);
  pricesDates(canvas, row, answers, imported);
  return row + WRITTEN_ANSWERS.length;
}

/**
 * Beside each model's input, the date of the prices it is priced at (a reference to the imported
 * sheet's date where that sheet prices it; the catalogue's date when written, else) and, live on
 * the start date, whether they are older than 90 days then.
 */
function pricesDates(canvas: Canvas, row: number, answers: Answers, imported: ImportedPrices | undefined): void {
  const startAt = canvas.at(row + 1 + WRITTEN_ANSWERS.indexOf("startDate"), 1, true);
  let any = false;
  for (const role of ["large", "small"] as const) {
    const dated = pricesDate(answers, imported, role);
    if (!dated) continue;
    any = true;
    const at = row + 1 + WRITTEN_ANSWERS.indexOf(role === "large" ? "largeModel" : "smallModel");
    canvas.put(at, 3, {
      ...(dated.cell ? { formula: `=${dated.cell}` } : { value: serialFromIso(dated.asOf) }),
      numberFormat: FORMATS.date,
      style: "result",
    });
    const old = `older than ${STALE_AFTER_DAYS} days at the start date: check them`;
    canvas.put(at, 4, {
      formula: `=IF(${startAt}-${canvas.at(at, 3)}>${STALE_AFTER_DAYS},"${old}","")`,
      style: "note",
    });
  }
  if (any) canvas.put(row, 3, { value: "Prices as of", style: "header" });
}

/** The absolute reference to an imported price table on its own sheet. */
const importedReference = (imported: ImportedPrices): string =>
  `'${imported.sheet.replace(/'/g, "''")}'!${imported.range}`;

/**
 * The price table the formulas pass as price_table, if any: the imported sheet where it is passed
 * whole, or a table written here of the analyst's own prices (typed or negotiated) and the copied
 * imported rows, with the values the pane's figures read. Returns its reference, and the last row
 * and column written.
 */
function priceTableBlock(
  canvas: Canvas,
  row: number,
  source: PriceSource,
): { range: string; last: number; columns: number } | undefined {
  if (source.kind === "catalogue") return undefined;
  if (source.kind === "imported") return { range: importedReference(source.imported), last: row - 2, columns: 0 };
  const [columns, ...rows] = sourceTable(source) ?? [];
  const heading = source.copiedFrom
    ? `Your prices, and rows copied from the sheet “${source.copiedFrom}” (US dollars per 1M tokens; blank = not offered)`
    : "Your prices (US dollars per 1M tokens; blank = not offered)";
  canvas.put(row, 0, { value: heading, style: "heading" });
  columns.forEach((text, column) => canvas.put(row + 1, column, { value: text ?? "", style: "header" }));
  rows.forEach((values, index) => {
    const at = row + 2 + index;
    values.forEach((value, column) => {
      if (value === null) return;
      // General shows a price as typed ($0.075, not $0.08); a threshold is a count of tokens.
      const numberFormat =
        column === 0
          ? FORMATS.text
          : PRICE_TABLE_KINDS[column - 1] === "long_context_threshold"
            ? FORMATS.count
            : FORMATS.flag;
      canvas.put(at, column, { value, style: "input", numberFormat });
    });
  });
  const last = row + 1 + rows.length;
  return {
    range: `${canvas.at(row + 1, 0, true)}:${canvas.at(last, columns.length - 1, true)}`,
    last,
    columns: columns.length,
  };
}

/** Rows the results block takes below its header. */
const RESULT_ROWS = 10;

/**
 * Fine-tuning against the larger model, row by row: the costs per request are FT_COMPARE's (the
 * fine-tuned one with its fallback), so that these figures, the grid and the chart price what the
 * comparison prices.
 */
function resultsBlock(canvas: Canvas, places: Places, row: number): number {
  header(canvas, row, "Fine-tuning against the larger model");
  let at = row;
  // A label is words, or a formula where it names the horizon.
  const line = (label: string, unit: string) => {
    at += 1;
    canvas.put(at, 0, { ...(label.startsWith("=") ? { formula: label } : { value: label }), style: "label" });
    canvas.put(at, 2, { value: unit, style: "unit" });
  };
  const result = (name: FigureName, label: string, unit: string, numberFormat: string) => {
    line(label, unit);
    putFigure(canvas, places, name, at, 1, { style: "result", numberFormat });
  };
  const reference = (name: FigureName, label: string, unit: string, numberFormat: string) => {
    line(label, unit);
    const comparison = places.figures[name];
    canvas.put(at, 1, { formula: `=${comparison}`, style: "result", numberFormat });
    // The figure is read from here on: the cell that shows it.
    places.figures[name] = canvas.at(at, 1, true);
    places.tops[name] = canvas.at(at, 1);
  };
  reference("largeCost", "Larger model: cost per request (from the comparison)", "$/request", FORMATS.perRequest);
  reference(
    "fineTunedCost",
    "Fine-tuned small model: cost per request, fallback included",
    "$/request",
    FORMATS.perRequest,
  );
  result("savings", "Monthly savings from fine-tuning", "$/month", FORMATS.money);
  result("upfront", "Upfront cost of fine-tuning", "$", FORMATS.money);
  result("maintenance", "Maintenance (retraining)", "$/month", FORMATS.money);
  result("running", "Maintenance and hosting of the fine-tuned model", "$/month", FORMATS.money);
  // Computed whether or not they are priced, so that the analyst sees what ticking the question would add.
  result(
    "gpuMonthly",
    "Dedicated GPUs for the volume, on all month (the fourth row where priced)",
    "$/month",
    FORMATS.money,
  );
  result("breakEven", "Break-even", "months", FORMATS.months);
  result("netSavings", horizonWords(places, "Net savings after", "", true), "$", FORMATS.money);
  // Over the same horizon, the comparison's own saving: a re-tune in a retirement month included.
  reference(
    "fineTunedSaving",
    horizonWords(places, "The comparison's saving over", ", a re-tune included", true),
    "$",
    FORMATS.money,
  );
  if (at !== row + RESULT_ROWS) throw new Error(`the results block has ${at - row} rows, not ${RESULT_ROWS}`);
  places.blocks.results = canvas.range(row, 0, at, 2);
  return at;
}

/** The decision rule: its verdict, and its reasons spilled below. Returns the block's last row. */
function ruleBlock(canvas: Canvas, places: Places, row: number, answers: Answers): number {
  canvas.put(row, 0, { value: "Why: the decision rule (✓ pass, ✗ fail)", style: "heading" });
  canvas.put(row + 1, 0, { value: "The rule's verdict", style: "label" });
  putFigure(canvas, places, "verdict", row + 1, 1, { style: "result" });
  const last = spillFigure(canvas, places, answers, "reasons", row + 2, 0, [FORMATS.flag]);
  places.blocks.rule = canvas.range(row, 0, last, 1);
  return last;
}

/** FT_COMPARE spilled below a heading, with what it rests on beside the heading; returns its last row. */
function comparisonBlock(
  canvas: Canvas,
  places: Places,
  row: number,
  answers: Answers,
  notes: readonly string[],
): number {
  canvas.put(row, 0, { formula: horizonWords(places, "Four strategies over", "", true), style: "heading" });
  if (notes.length > 0) {
    // Said for the start date the model was written with: a later date in its input cell may change it.
    canvas.put(row, 1, {
      value: `When written, for a start on ${isoFromSerial(answers.startDate)}: ${notes.join(" ")}`,
      style: "note",
      numberFormat: FORMATS.text,
    });
  }
  const last = spillFigure(canvas, places, answers, "comparison", row + 1, 0, COMPARE_FORMATS);
  places.blocks.comparison = canvas.range(row, 0, last, COMPARE_FORMATS.length - 1);
  return last;
}

/** The guesses written low, most likely and high, in the ranges block's order. */
const RANGED_ROWS: readonly { name: FigureName; label: string; unit: string; format: string }[] = [
  { name: "upfrontRange", label: "Upfront cost", unit: "$", format: FORMATS.money },
  { name: "maintenanceRange", label: "Maintenance (retraining)", unit: "$/month", format: FORMATS.money },
  { name: "volumeRange", label: "Requests per month", unit: "requests/month", format: FORMATS.count },
  { name: "recallRange", label: "Memory: extra input tokens per request", unit: "tokens", format: FORMATS.count },
  { name: "memoryMonthlyRange", label: "Memory: monthly cost of the store", unit: "$/month", format: FORMATS.money },
  { name: "memorySetupRange", label: "Memory: setup cost", unit: "$", format: FORMATS.money },
  {
    name: "fallbackRange",
    label: "Fine-tuned model: share handed to the larger model",
    unit: "share",
    format: FORMATS.share,
  },
  {
    name: "memoryFallbackRange",
    label: "Memory: share handed to the larger model",
    unit: "share",
    format: FORMATS.share,
  },
  { name: "gpuPriceRange", label: "Dedicated GPUs: price of one GPU-hour", unit: "$/GPU-hour", format: FORMATS.price },
  {
    name: "gpuSpeedRange",
    label: "Dedicated GPUs: output tokens one GPU generates a second",
    unit: "tokens/s",
    format: FORMATS.count,
  },
  {
    name: "gpuShareRange",
    label: "Dedicated GPUs: share of their capacity in use",
    unit: "share",
    format: FORMATS.share,
  },
  {
    // Low: the lowest volume at the cheapest, fastest and fullest GPUs; high: the highest at the
    // dearest, slowest and emptiest. 0 where they are not priced, and the simulation leaves them out.
    name: "dedicatedRange",
    label: "Dedicated GPUs: monthly cost, from the rows above and the volume's (0 where not priced)",
    unit: "$/month",
    format: FORMATS.money,
  },
];

/** Rows of the ranges block below its heading: the guesses, three rows of fine-tuning figures, the note. */
const RANGE_ROWS = RANGED_ROWS.length + 4;

/** What the risk blocks hand on: the tornado's data for its chart, and the last row. */
interface RiskCells {
  tornado: { seriesRange: string; categoryRange: string; top: number };
  last: number;
}

/**
 * How sure the analyst is: the low, most likely and high of the upfront cost, the maintenance and
 * the volume, with the monthly savings and the running cost they give (AICOST calls over each
 * row); then FT_PAYBACK_RISK and FT_SENSITIVITY over those rows.
 */
function riskBlocks(canvas: Canvas, places: Places, row: number, answers: Answers): RiskCells {
  canvas.put(row, 0, { value: "How sure are you? The figures that move the result, low to high", style: "heading" });
  ["Low", "Most likely", "High", "Unit"].forEach((text, index) =>
    canvas.put(row, 1 + index, { value: text, style: "header" }),
  );
  const line = (offset: number, label: string, unit: string) => {
    canvas.put(row + offset, 0, { value: label, style: "label" });
    canvas.put(row + offset, 4, { value: unit, style: "unit" });
  };
  const rowRange = (name: FigureName, offset: number) => {
    places.figures[name] = canvas.range(row + offset, 1, row + offset, 3).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    places.tops[name] = canvas.at(row + offset, 1);
  };
  /** A row of low, most likely and high: an answer as its input, a figure or an input by reference. */
  const ranged = (name: FigureName, offset: number, format: string) => {
    const node: Figure = MODEL[name];
    if (node.kind !== "row") throw new Error(`${name} is not a row`);
    node.cells.forEach((source, index) => {
      const column = 1 + index;
      if (source.kind === "answer" && places.inputs[source.key] === undefined) {
        // A low or a high: its own input, another sheet's formula that gives it, or a formula on the
        // answer it follows while it still equals it.
        const follows = places.linked[source.key] ?? following(places, answers, source.key);
        canvas.put(row + offset, column, {
          ...(follows ? { formula: follows } : { value: written(answers, source.key) }),
          style: "input",
          numberFormat: format,
        });
        places.rangeInputs[source.key] = canvas.at(row + offset, column, true);
      } else {
        canvas.put(row + offset, column, {
          formula: `=${places.source(source)}`,
          style: "result",
          numberFormat: format,
        });
      }
    });
    rowRange(name, offset);
  };
  // Each guess the recommendation rests on, low to high, then what the fine-tuning figures make of them.
  RANGED_ROWS.forEach(({ name, label, unit, format }, index) => {
    line(1 + index, label, unit);
    ranged(name, 1 + index, format);
  });
  const at = 1 + RANGED_ROWS.length;
  // The savings and the running cost of each column: one broadcast call over the row, spilled across.
  line(at, "Monthly savings from fine-tuning at those volumes", "$/month");
  spillFigure(canvas, places, answers, "savingsRange", row + at, 1, [FORMATS.money, FORMATS.money, FORMATS.money]);
  // The simulation's range: the same savings from the smallest to the largest, which reverses the
  // row where the fine-tuned model costs more per request (savings fall as the volume rises).
  line(at + 1, "Monthly savings, lowest to highest", "$/month");
  const savings = [1, 2, 3].map((column) => canvas.at(row + at, column, true)).join(",");
  ["MIN", "MEDIAN", "MAX"].forEach((pick, index) =>
    canvas.put(row + at + 1, 1 + index, {
      formula: `=${pick}(${savings})`,
      style: "result",
      numberFormat: FORMATS.money,
    }),
  );
  rowRange("savingsOrdered", at + 1);
  line(at + 2, "Maintenance and hosting of the fine-tuned model", "$/month");
  spillFigure(canvas, places, answers, "runningRange", row + at + 2, 1, [FORMATS.money, FORMATS.money, FORMATS.money]);

  canvas.put(row + RANGE_ROWS, 0, {
    value:
      "Keep each low at or below its most likely figure and each high at or above it: the simulation refuses a " +
      "range out of order. Each low and high follows its figure (half and twice it; the volume's half and one and a " +
      "half times) until you type your own; the GPUs' start at the published low and high, widened to your figure where it lies beyond them. The simulation takes the ranges " +
      "as independent of one another.",
    style: "note",
  });

  places.blocks.ranges = canvas.range(row, 0, row + RANGE_ROWS, 4);

  // How sure the recommendation is, and what would change it.
  const compareRow = row + RANGE_ROWS + 2;
  canvas.put(compareRow, 0, {
    value: `How sure is the recommendation? ${groupDigits(RISK_SAMPLES)} simulated combinations (FT_COMPARE_RISK)`,
    style: "heading",
  });
  const compareLast = spillFigure(canvas, places, answers, "compareRisk", compareRow + 1, 0, COMPARE_RISK_FORMATS);
  places.blocks.compareRisk = canvas.range(compareRow, 0, compareLast, COMPARE_RISK_FORMATS.length - 1);
  const switchRow = compareLast + 2;
  canvas.put(switchRow, 0, {
    value: "What would change the recommendation, each input alone (FT_SWITCH_VALUES)",
    style: "heading",
  });
  const switchLast = spillFigure(canvas, places, answers, "switchValues", switchRow + 1, 0, SWITCH_VALUES_FORMATS);
  // Each row's numbers in its input's format (money, a share, tokens): the rows are FT_COMPARE's
  // numbers the call passes, in order, as FT_SWITCH_VALUES lists them.
  const node = MODEL.switchValues as Extract<Figure, { kind: "call" }>;
  const searched = node.fn.params.filter(
    (param) => param.kind === "number" && !param.today && node.args[param.name] !== undefined,
  );
  canvas.spills[canvas.spills.length - 1].rowFormats = [
    FORMATS.flag,
    ...searched.map((param) => finer(inputFormat(param, 0))),
  ];
  wordsBeside(canvas, switchRow + 1, switchLast, SWITCH_VALUES_FORMATS.length, SWITCH_WORDS);
  places.blocks.switchValues = canvas.range(switchRow, 0, switchLast, SWITCH_VALUES_FORMATS.length);

  const riskRow = switchLast + 2;
  canvas.put(riskRow, 0, {
    value: `The chance of paying back: ${groupDigits(RISK_SAMPLES)} simulated combinations (FT_PAYBACK_RISK)`,
    style: "heading",
  });
  const riskLast = spillFigure(canvas, places, answers, "risk", riskRow + 1, 0, [FORMATS.flag, FORMATS.flag]);
  canvas.spills[canvas.spills.length - 1].rowFormats = [...RISK_ROW_FORMATS];
  places.blocks.risk = canvas.range(riskRow, 0, riskLast, 1);

  const tornadoRow = riskLast + 2;
  canvas.put(tornadoRow, 0, {
    formula: horizonWords(places, "What moves net savings after", " most (FT_SENSITIVITY)"),
    style: "heading",
  });
  const top = tornadoRow + 1;
  const last = spillFigure(canvas, places, answers, "sensitivity", top, 0, SENSITIVITY_FORMATS);
  // Each input in words beside its row, for the chart's labels: the same words as the pane's.
  const words = SENSITIVITY_FORMATS.length;
  wordsBeside(canvas, top, last, words, SENSITIVITY_WORDS);
  places.blocks.sensitivity = canvas.range(tornadoRow, 0, last, words);
  return {
    tornado: {
      seriesRange: canvas.range(top, 3, last, 4),
      categoryRange: canvas.range(top + 1, words, last, words),
      top,
    },
    last,
  };
}

/**
 * A column of words beside a spilled table whose first column names its inputs by their argument
 * names: a header, then for each row a formula that says the name in words (the pane's words).
 */
function wordsBeside(
  canvas: Canvas,
  top: number,
  last: number,
  column: number,
  words: Readonly<Record<string, string>>,
): void {
  canvas.put(top, column, { value: "in words", style: "header" });
  for (let row = top + 1; row <= last; row++) {
    const name = canvas.at(row, 0);
    const text = Object.entries(words).reduceRight(
      (otherwise, [input, said]) => `IF(${name}="${input}","${said.replace(/"/g, '""')}",${otherwise})`,
      name,
    );
    canvas.put(row, column, { formula: `=${text}`, style: "label" });
  }
}

/** The row the recommendation's heading takes, under the title. */
const RECOMMENDATION_ROW = 3;

/**
 * FT_RECOMMEND over the rule's verdict and the comparison, at the top: the recommendation and,
 * below it, why in dollars. Nothing stands to the right of the sentence, so it reads in full.
 */
function recommendationBlock(canvas: Canvas, places: Places, answers: Answers): void {
  canvas.put(RECOMMENDATION_ROW, 0, { value: "Recommendation", style: "heading" });
  const last = spillFigure(
    canvas,
    places,
    answers,
    "recommendation",
    RECOMMENDATION_ROW + 1,
    0,
    [FORMATS.flag],
    "result",
  );
  places.blocks.recommendation = canvas.range(RECOMMENDATION_ROW, 0, last, 0);
}

/** The first row below the recommendation: the inputs, and the grid and chart beside them. */
const BODY_ROW = RECOMMENDATION_ROW + 4;

/** Break-even months over volumes down and upfront costs across, with a colour scale. */
function gridBlock(canvas: Canvas, places: Places): { range: string; bottom: number; volumes: string[] } {
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
  canvas.put(top + 2, left + 4, {
    formula: `=${places.figure("upfront")}`,
    style: "result",
    numberFormat: FORMATS.money,
  });
  GRID_VOLUMES.forEach((volume, index) => {
    const row = top + 3 + index;
    canvas.put(row, left, { value: volume, style: "input", numberFormat: FORMATS.count });
    for (let column = left + 1; column <= left + 4; column++) {
      // Upfront from the grid's header row, volume from its first column: mixed references fill.
      const upfrontCell = `${columnName(canvas.left + column)}$${canvas.top + top + 3}`;
      const volumeCell = `$${columnName(canvas.left + left)}${canvas.top + row + 1}`;
      const savings = places.expression("savings", { requests_per_month: volumeCell });
      canvas.put(row, column, {
        formula: `=${places.expression("breakEven", { upfront_cost: upfrontCell, monthly_savings: savings })}`,
        numberFormat: FORMATS.months,
      });
    }
  });
  const bottom = top + 3 + GRID_VOLUMES.length - 1;
  canvas.put(bottom + 1, left, { value: "#N/A: never breaks even at that volume.", style: "note" });
  places.blocks.grid = canvas.range(top, left, bottom + 1, left + 4);
  const volumes = GRID_VOLUMES.map((_, index) => canvas.at(top + 3 + index, left, true));
  return { range: canvas.range(top + 3, left + 1, bottom, left + 4), bottom, volumes };
}

/** Volumes beyond the grid's where dedicated GPUs are weighed against serving per token: they win at high volume. */
export const GPU_VOLUMES = [5_000_000, 10_000_000, 20_000_000, 50_000_000];

/**
 * The fine-tuned model served per token or on dedicated GPUs, a month, over the grid's
 * volumes and a few larger ones (typed, to change): each row is FT_COMPARE at that volume with
 * FT_GPU_MONTHLY_COST at that volume as its dedicated cost, its two rows' monthly costs read with
 * INDEX; the volume from which the GPUs are cheaper is found by the sheet's own MIN over the rows
 * where they are. Beside the chart, right of the grid.
 */
function gpuBlock(canvas: Canvas, places: Places, gridVolumes: readonly string[]): void {
  const left = 23;
  const top = BODY_ROW;
  canvas.put(top, left, {
    value: "The fine-tuned model per token or on dedicated GPUs, a month (FT_COMPARE at each volume)",
    style: "heading",
  });
  ["Requests per month", "Per token", "On dedicated GPUs", "GPUs cheaper at"].forEach((text, index) =>
    canvas.put(top + 1, left + index, { value: text, style: "header" }),
  );
  const monthly = (strategy: Strategy, volumeCell: string) => {
    const at = comparedCell(strategy, "monthly cost");
    const comparison = places.expression("comparison", {
      requests_per_month: volumeCell,
      dedicated_monthly_cost: places.expression("gpuMonthly", { requests_per_month: volumeCell }),
    });
    return `=INDEX(${comparison},${at.row + 1},${at.column + 1})`;
  };
  const rows = [...gridVolumes.map((cell) => ({ formula: `=${cell}` })), ...GPU_VOLUMES.map((value) => ({ value }))];
  rows.forEach((volume, index) => {
    const row = top + 2 + index;
    canvas.put(row, left, {
      ...volume,
      style: "value" in volume ? "input" : "result",
      numberFormat: FORMATS.count,
    });
    const volumeCell = canvas.at(row, left, true);
    canvas.put(row, left + 1, { formula: monthly("Fine-tuned small model", volumeCell), numberFormat: FORMATS.money });
    canvas.put(row, left + 2, {
      formula: monthly("Fine-tuned model on dedicated GPUs", volumeCell),
      numberFormat: FORMATS.money,
    });
    canvas.put(row, left + 3, {
      formula: `=IF(${canvas.at(row, left + 2)}<${canvas.at(row, left + 1)},${canvas.at(row, left)},"")`,
      numberFormat: FORMATS.count,
    });
  });
  const last = top + 1 + rows.length;
  const cheaper = canvas.range(top + 2, left + 3, last, left + 3);
  const firstListed = `IF(COUNT(${cheaper})=0,"none of these volumes",MIN(${cheaper}))`;
  // The volume itself. The fewest GPUs cost the same from no requests up to their capacity, so what
  // they cost more than per token falls in a straight line with the volume until then: its value at
  // two volumes gives where it crosses 0. Where that lies beyond the fewest GPUs' capacity (more
  // GPUs are needed there), the first volume listed above stands in.
  const labelled = (row: number, label: string, formula: string, numberFormat: string) => {
    canvas.put(row, left, { value: label, style: "label" });
    canvas.put(row, left + 3, { formula, numberFormat, style: "result" });
    return canvas.at(row, left + 3);
  };
  const fewest = labelled(
    last + 1,
    "The fewest GPUs, a month",
    `=${places.expression("gpuMonthly", { requests_per_month: "0" })}`,
    FORMATS.money,
  );
  const dedicated = comparedCell("Fine-tuned model on dedicated GPUs", "monthly cost");
  const perToken = comparedCell("Fine-tuned small model", "monthly cost");
  const [near, far] = GPU_PROBES.map((volume, k) => {
    const compared = places.expression("comparison", {
      requests_per_month: String(volume),
      dedicated_monthly_cost: fewest,
    });
    // The fewest GPUs less per token: negative where the GPUs cost less.
    return labelled(
      last + 2 + k,
      `Fewest GPUs minus per token, at ${groupDigits(volume)}`,
      `=INDEX(${compared},${dedicated.row + 1},${dedicated.column + 1})-INDEX(${compared},${perToken.row + 1},${perToken.column + 1})`,
      FORMATS.money,
    );
  });
  const [from, to] = GPU_PROBES;
  const crossing = `MAX(0,${from}+${near}*${to - from}/(${near}-${far}))`;
  const onFewest = `${places.expression("gpuMonthly", { requests_per_month: crossing })}=${fewest}`;
  labelled(
    last + 4,
    "Dedicated GPUs cheaper from",
    `=IF(AND(ISNUMBER(${near}),ISNUMBER(${far})),IF(AND(${near}>${far},${onFewest}),${crossing},${firstListed}),${firstListed})`,
    FORMATS.count,
  );
  canvas.put(last + 5, left, {
    value:
      "Both include the maintenance; #N/A where a strategy cannot be priced (a model whose weights cannot be hosted, " +
      "or whose fine-tuning cannot be bought). Volumes in yellow can be changed.",
    style: "note",
  });
  places.blocks.gpus = canvas.range(top, left, last + 5, left + 3);
}

/** The two volumes at which the fewest GPUs are set against per token, to find where they cross. */
const GPU_PROBES = [1_000_000, 2_000_000] as const;

/** The strategies the cumulative-cost chart draws, each with its series: every one (SPEC 5). */
const CHARTED = [
  { strategy: "Larger model", series: "largeSeries" },
  { strategy: "Fine-tuned small model", series: "fineTunedSeries" },
  { strategy: "Small model + memory", series: "memorySeries" },
  { strategy: "Fine-tuned model on dedicated GPUs", series: "dedicatedSeries" },
] as const satisfies readonly { strategy: string; series: FigureName }[];

/** The cumulative-cost chart's points: month 0, then this many steps across the horizon. */
export const CHART_STEPS = 24;

/**
 * The cumulative cost of each strategy, discounted as the comparison's totals are, at month 0 and at
 * CHART_STEPS whole months across the horizon (each row's month a formula on the horizon's cell,
 * each strategy's column one TCO call over the months), and an XY chart of it: months are numbers on
 * its axis, so the chart spans whatever horizon the analyst types (a month a short horizon repeats
 * is one point). The dedicated GPUs' column is #N/A where they are not priced, and a chart leaves
 * #N/A points out: their line appears once the sheet's question says yes. A re-tune in a retirement
 * month is in the comparison's totals, not in these lines.
 */
function chartBlock(canvas: Canvas, places: Places, top: number): { chart: PlannedChart; bottom: number } {
  const left = 7;
  const horizon = places.source({ kind: "answer", key: "horizonMonths" });
  canvas.put(top, left, {
    formula: horizonWords(places, "Cumulative cost over", " (US dollars)", true),
    style: "heading",
  });
  canvas.put(top + 1, left, { value: "Month", style: "header" });
  CHARTED.forEach(({ strategy }, index) => canvas.put(top + 1, left + 1 + index, { value: strategy, style: "header" }));
  for (let step = 0; step <= CHART_STEPS; step++) {
    canvas.put(top + 2 + step, left, {
      formula: `=ROUND(${step}*${horizon}/${CHART_STEPS},0)`,
      numberFormat: FORMATS.count,
    });
  }
  const bottom = top + 2 + CHART_STEPS;
  const months = canvas.range(top + 2, left, bottom, left).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  CHARTED.forEach(({ series }, index) => {
    const column = left + 1 + index;
    canvas.spill(top + 2, column, `=${places.expression(series, { months })}`, [CHART_STEPS + 1, 1], [FORMATS.money]);
    places.figures[series] = `${canvas.at(top + 2, column, true)}:${canvas.at(bottom, column, true)}`;
    places.tops[series] = canvas.at(top + 2, column);
  });
  places.blocks.chart = `${canvas.range(top, left, bottom, left + CHARTED.length)}, ${canvas.range(BODY_ROW, 13, BODY_ROW + 19, 21)}`;
  return {
    bottom,
    chart: {
      kind: "scatter",
      title: "Cumulative cost over the horizon",
      titleCell: canvas.at(top, left, true),
      seriesRange: canvas.range(top + 1, left + 1, bottom, left + CHARTED.length),
      categoryRange: canvas.range(top + 2, left, bottom, left),
      seriesNames: CHARTED.map(({ strategy }) => strategy),
      topLeft: canvas.at(BODY_ROW, 13),
      bottomRight: canvas.at(BODY_ROW + 19, 21),
    },
  };
}

/** A switching value's format: shares to a hundredth of a per cent, as a value searched to 6 figures deserves. */
const finer = (format: NumberFormat): NumberFormat => (format === FORMATS.share ? FORMATS.shareFine : format);

/** Rows a figure takes before it is written, for blocks placed below it. */
const rowsOf = (name: FigureName, answers: Answers): number => figureSize(name, answers)[0];

/**
 * The blocks down column A that every scope writes: the recommendation, the inputs, the
 * comparison, fine-tuning against the larger model, the decision rule and the risk, each below the
 * one before with a blank row between; every row is known from the declared sizes before any
 * block is written. Returns the last row.
 */
function mainBlocks(
  canvas: Canvas,
  places: Places,
  answers: Answers,
  notes: readonly string[],
  imported: ImportedPrices | undefined,
) {
  const inputsLast = inputsBlock(canvas, places, BODY_ROW, answers, imported);
  // The comparison reads the upfront cost and the maintenance that the results block below it
  // computes, and the results read its costs per request: its place is known from its declared
  // size, so the results are written first.
  const comparisonRow = inputsLast + 2;
  reserve(canvas, places, answers, "comparison", comparisonRow + 1, 0);
  for (const name of ["largeCost", "fineTunedCost", "memoryCost", "dedicatedCost", "fineTunedSaving"] as const) {
    comparedReference(canvas, places, name, comparisonRow + 1, 0);
  }
  const resultsLast = resultsBlock(canvas, places, comparisonRow + 1 + rowsOf("comparison", answers) + 1);
  comparisonBlock(canvas, places, comparisonRow, answers, notes);
  const ruleLast = ruleBlock(canvas, places, resultsLast + 2, answers);
  recommendationBlock(canvas, places, answers);
  const risk = riskBlocks(canvas, places, ruleLast + 2, answers);
  return { risk, last: risk.last, columns: figureSize("comparison", answers)[1] };
}

/** The last row the main blocks take, from the declared sizes alone. */
function mainBlocksLast(answers: Answers): number {
  const inputsLast = BODY_ROW + WRITTEN_ANSWERS.length;
  const comparisonLast = inputsLast + 2 + rowsOf("comparison", answers);
  const ruleLast = comparisonLast + 2 + RESULT_ROWS + 2 + 1 + rowsOf("reasons", answers);
  const compareLast = ruleLast + 2 + RANGE_ROWS + 2 + rowsOf("compareRisk", answers);
  const switchLast = compareLast + 2 + rowsOf("switchValues", answers);
  const riskLast = switchLast + 2 + rowsOf("risk", answers);
  return riskLast + 2 + rowsOf("sensitivity", answers);
}

/** Builds the plan of the live model for a set of answers. */
export function buildSheetPlan(answers: Answers, options: PlanOptions): SheetPlan {
  const origin = { row: options.origin?.row ?? 0, column: options.origin?.column ?? 0 };
  const canvas = new Canvas(origin.row, origin.column);
  titleBlock(canvas, options.date);

  // The price table goes below the other blocks, where nothing stands to its right however many
  // price columns it needs; their size is declared, so its row is known first.
  const prices = priceTableBlock(canvas, mainBlocksLast(answers) + 2, priceSource(answers, options.imported));
  const places = new Places(prices?.range, options.linked);
  places.blocks.title = canvas.range(0, 0, 1, 0);
  const { risk, last, columns } = mainBlocks(canvas, places, answers, options.notes ?? [], options.imported);
  if (last !== mainBlocksLast(answers))
    throw new Error(`the main blocks end on row ${last}, not ${mainBlocksLast(answers)}`);
  const bottom = Math.max(last, prices?.last ?? 0);
  const width = Math.max(columns, prices?.columns ?? 0);

  const top = (name: FigureName) => places.tops[name] as string;
  const anchors = {
    recommendation: top("recommendation"),
    verdict: places.figure("verdict"),
    breakEven: places.figure("breakEven"),
    netSavings: places.figure("netSavings"),
    netSavingsCompared: places.figure("fineTunedSaving"),
    comparison: top("comparison"),
    reasons: top("reasons"),
    risk: top("risk"),
    sensitivity: top("sensitivity"),
  };
  const where = { inputs: { ...places.inputs, ...places.rangeInputs }, figures: { ...places.tops } };
  // Column A fits its longest label (the words written, and the training run's labels), about 5.6 points a character.
  const labels = [
    ...canvas.cells.flatMap((cell) =>
      cell.style === "label" && typeof cell.value === "string" && cell.address.startsWith(columnName(canvas.left))
        ? [cell.value]
        : [],
    ),
    ...Object.values(OVERRIDE_WORDS).map((words) => `Cost of one fine-tuning run (${words})`),
  ];
  const columnWidths = [
    {
      column: columnName(canvas.left),
      points: Math.max(250, Math.ceil(POINTS_PER_CHARACTER * Math.max(...labels.map((label) => label.length)))),
    },
    // The simulation's headings spill here: "chance of being the cheapest", "total 10th percentile",
    // "total over 24 months" (FT_COMPARE's), at about 5.6 points a character.
    { column: columnName(canvas.left + 1), points: 160 },
    { column: columnName(canvas.left + 2), points: 120 },
    // The switching values' strategies ("Use the larger model") and their inputs in words.
    { column: columnName(canvas.left + 3), points: 125 },
    { column: columnName(canvas.left + 4), points: 125 },
    { column: columnName(canvas.left + 5), points: 125 },
    { column: columnName(canvas.left + 6), points: 280 },
  ];
  const base = { cells: canvas.cells, spills: canvas.spills, anchors, where, blocks: places.blocks };
  if (options.scope === "inputs-and-results") {
    return { ...base, columnWidths, extent: canvas.range(0, 0, bottom, width - 1) };
  }

  const grid = gridBlock(canvas, places);
  gpuBlock(canvas, places, grid.volumes);
  const { chart, bottom: seriesBottom } = chartBlock(canvas, places, grid.bottom + 3);
  const tornado: PlannedChart = {
    kind: "bar",
    title: "What moves net savings after the horizon most",
    titleCell: canvas.at(risk.tornado.top - 1, 0, true),
    seriesRange: risk.tornado.seriesRange,
    categoryRange: risk.tornado.categoryRange,
    seriesNames: ["net savings at low", "net savings at high"],
    topLeft: canvas.at(risk.tornado.top - 1, 7),
    bottomRight: canvas.at(risk.tornado.top + 16, 13),
  };
  places.blocks.sensitivity += `, ${canvas.range(risk.tornado.top - 1, 7, risk.tornado.top + 16, 13)}`;
  return {
    ...base,
    colourScale: { range: grid.range },
    charts: [chart, tornado],
    columnWidths: [
      ...columnWidths,
      { column: columnName(canvas.left + 7), points: 150 },
      { column: columnName(canvas.left + 23), points: 150 },
      ...[24, 25, 26].map((k) => ({ column: columnName(canvas.left + k), points: 110 })),
    ],
    extent: canvas.range(0, 0, Math.max(bottom, seriesBottom), Math.max(26, width - 1)),
  };
}

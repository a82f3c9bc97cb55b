/**
 * The result step's figures: every one is a cell of the written model, computed by the binding
 * table's calls through the same runner as the cells (bindings.evaluate), so the pane and the
 * sheet cannot disagree. What the cells do not say (which rule decided, a retirement, own
 * fine-tuned prices) comes from the engine on the same arguments. Nothing here adds or
 * multiplies a cost.
 */
import {
  decide,
  isComparison,
  PRICE_KIND_LABELS,
  recommend,
  type Comparison,
  type Decision,
  type Recommendation,
} from "../engine";
import {
  COMPARE_RISK_HEADER,
  comparisonOf,
  FT_COMPARE,
  FT_DECISION,
  paybackRiskMeasures,
  SENSITIVITY_HEADER,
  SWITCH_VALUES_HEADER,
} from "../functions/declarations";
import { compareColumn, type CompareColumn } from "../functions/comparisonTable";
import { ExcelError, type Cell } from "../functions/excelError";
import { formatUsd, groupDigits } from "../functions/format";
import { readComparison, STRATEGY_WORDS } from "../functions/recommendation";
import type { Answers, AnswerKey } from "../sheet/answers";
import { argumentsOf, evaluate, type FigureName, type Figures, type PriceTableValues } from "../sheet/bindings";
import type { ImportedPrices } from "../sheet/priceSheet";
import { FORMATS } from "../sheet/formats";
import { formatCell } from "../sheet/numberFormat";
import { priceSource, sourceTable, staleSentences } from "../sheet/prices";

/** The chance of paying back and its percentiles, as FT_PAYBACK_RISK's cells give them. */
export interface RiskFigures {
  chanceWithin: number;
  chanceNever: number;
  /** 10th, 50th and 90th percentile; Infinity where that share never breaks even. */
  breakEvenMonths: [number, number, number];
  netSavings: [number, number, number];
}

/** One row of FT_SENSITIVITY's table: the input by its parameter name, and net savings at its low and high. */
export interface SensitivityFigure {
  input: string;
  low: number;
  high: number;
  netAtLow: number;
  netAtHigh: number;
}

/** Fine-tuning against the larger model, where the fine-tuned small model can be priced. */
export interface FineTunedFigures {
  monthlySavings: number;
  /** Maintenance plus hosting of the fine-tuned model, per month. */
  monthlyRunning: number;
  /** Months to break even, or the cell's error saying why it never does. */
  breakEven: number | ExcelError;
  /** After the horizon, as FT_NET_SAVINGS computes it. */
  netSavings: number;
  /** After the horizon: FT_COMPARE's saving of the fine-tuned row, a re-tune within the horizon included. */
  netSavingsCompared: number;
  /** FT_PAYBACK_RISK's figures; undefined where it refuses the ranges (the fine-tuned model costs more per request). */
  risk?: RiskFigures;
  /** The tornado (FT_SENSITIVITY after the horizon), largest swing first; empty without risk. */
  sensitivity: SensitivityFigure[];
}

/** A row of FT_COMPARE's table as the pane shows it: its cells, and why where it cannot be priced. */
export interface ComparedRow {
  strategy: string;
  /** Cost per request, total and saving, as the cells hold them: #N/A with the reason where the row is not priced. */
  costPerRequest: Cell;
  total: Cell;
  saving: Cell;
  /** FT_COMPARE's message where the row cannot be priced. */
  unpriced?: string;
}

/** How sure the recommendation is (FT_COMPARE_RISK), and what would change it (FT_SWITCH_VALUES). */
export interface RecommendationSureness {
  /** Each strategy in FT_COMPARE's order: its chance of being the cheapest, and its totals' percentiles where it competes. */
  strategies: { strategy: string; chance: number; totals?: [number, number, number]; why?: string }[];
  /** For each input: its value now, and the nearest values below and above where the recommendation changes, and to what. */
  switches: { input: string; now: number; below?: { at: number; to: string }; above?: { at: number; to: string } }[];
}

export interface Results {
  /** The horizon of every figure, in months, and the annual discount rate they are discounted at. */
  horizonMonths: number;
  discountRate: number;
  /** The cheapest strategy the rule finds fit (FT_RECOMMEND). */
  recommendation: Recommendation;
  /** FT_RECOMMEND's sentence: why, in dollars. */
  reason: string;
  decision: Decision;
  upfrontCost: number;
  monthlyMaintenance: number;
  /** FT_COMPARE's rows. */
  rows: ComparedRow[];
  /** The comparison behind the cells: its retirement, whether the fine-tuned prices are the analyst's own. */
  comparison: Comparison;
  /** Fine-tuning against the larger model; undefined when the fine-tuned small model cannot be priced. */
  fineTuned?: FineTunedFigures;
  /** Why the fine-tuned small model cannot be priced, as FT_COMPARE's cells say it. */
  unpricedReason?: string;
  /** What the comparison rests on that the analyst should know: a retirement, their own fine-tuned prices. */
  notes: string[];
  /** How sure the recommendation is; undefined where FT_COMPARE_RISK's cell is an error (its message in `surenessError`). */
  sureness?: RecommendationSureness;
  surenessError?: string;
}

/** A figure's single value. */
const value = (figures: Figures, name: FigureName): Cell => figures[name][0][0];

/** A figure that must be a number: the cell's error is a defect of the model, reported as such. */
function number(figures: Figures, name: FigureName): number {
  const cell = value(figures, name);
  if (typeof cell !== "number") {
    throw new Error(`${name}: ${cell instanceof ExcelError ? `${cell.code} ${cell.message}` : String(cell)}`);
  }
  return cell;
}

/** The price table the answers' formulas pass, as its cells hold it. */
const tableOf = (answers: Answers, imported: ImportedPrices | undefined): PriceTableValues | undefined =>
  sourceTable(priceSource(answers, imported));

/**
 * The upfront and monthly costs of fine-tuning the answers give, as their cells compute them (only
 * the cost items are read); the cell's error where one cannot be computed: a small model with no
 * training price while the run's cost is left to it, or an overflow.
 */
export function fineTuningCosts(answers: Partial<Answers>, table?: PriceTableValues): FineTuningCosts {
  return costsOf(evaluate(answers as Answers, table, "maintenance"), answers);
}

type FineTuningCosts = { upfront: number; maintenance: number } | { error: { key: AnswerKey; message: string } };

/** The upfront and monthly costs of fine-tuning among figures computed at least as far as the maintenance. */
function costsOf(figures: Figures, answers: Partial<Answers>): FineTuningCosts {
  const [upfront, maintenance] = [value(figures, "upfront"), value(figures, "maintenance")];
  if (typeof upfront === "number" && typeof maintenance === "number") return { upfront, maintenance };
  const run = value(figures, "trainingRun");
  if (answers.trainingRunCost === undefined && run instanceof ExcelError) {
    return {
      error: {
        key: "trainingRunCost",
        message: `The training run cannot be priced from the small model: ${run.message} Type the cost of one run.`,
      },
    };
  }
  const failed = typeof upfront === "number" ? maintenance : upfront;
  const what = typeof upfront === "number" ? "maintenance" : "upfront cost";
  const message = failed instanceof ExcelError ? failed.message : String(failed);
  return {
    error: {
      key: typeof upfront === "number" ? "retrainIntervalMonths" : "trainingDataHours",
      message: `The ${what} your answers give cannot be computed: ${message}`,
    },
  };
}

/**
 * One training run as its cell computes it while the answer is blank: the cost, and the small
 * model's training price where it has one (else the published figure stands in). Undefined while
 * the answers cannot compute it.
 */
export function trainingRun(
  answers: Partial<Answers>,
  table?: PriceTableValues,
): { cost: number; price?: number } | undefined {
  const figures = evaluate({ ...answers, trainingRunCost: undefined } as Answers, table, "trainingRun");
  const [cost, price] = [value(figures, "trainingRun"), value(figures, "trainingPrice")];
  if (typeof cost !== "number") return undefined;
  return typeof price === "number" ? { cost, price } : { cost };
}

/**
 * Why the training run must be typed: fine-tuning the small model can be bought (its row of the
 * comparison is priced) but no training price is known for it, so the published figure would
 * stand in for a price no reference gives (STYLE 14). Undefined otherwise: a typed run, a model
 * with a training price, or fine-tuning that is not priced at all (the run changes nothing shown).
 */
function unpricedTrainingRun(answers: Answers, figures: Figures): string | undefined {
  if (answers.trainingRunCost !== undefined) return undefined;
  const price = value(figures, "trainingPrice");
  if (!(price instanceof ExcelError)) return undefined;
  const tuned = figures.comparison.find((line) => line[0] === "Fine-tuned small model");
  if (!tuned || typeof tuned[compareColumn("total")] !== "number") return undefined;
  return (
    `${answers.smallModel} can be fine-tuned, but no training price is known for it: type the cost of one run ` +
    "(the provider's quote, or the published $50 to $500)."
  );
}

/**
 * The low and high figures that do not bracket the most likely one the answers give (the upfront
 * cost and the maintenance from their items, the volume as given), each with its message.
 */
export function rangeErrors(answers: Answers, imported?: ImportedPrices): Partial<Record<AnswerKey, string>> {
  // The figures as far as the comparison, computed once: the costs come before it.
  const figures = evaluate(answers, tableOf(answers, imported), "comparison");
  const costs = costsOf(figures, answers);
  if ("error" in costs) return { [costs.error.key]: costs.error.message };
  const { upfront, maintenance } = costs;
  const errors: Partial<Record<AnswerKey, string>> = {};
  const unpricedRun = unpricedTrainingRun(answers, figures);
  if (unpricedRun) errors.trainingRunCost = unpricedRun;
  const bracket = (low: AnswerKey, high: AnswerKey, likely: number, what: string, show: (n: number) => string) => {
    const given = answers as Readonly<Record<AnswerKey, unknown>>;
    if ((given[low] as number) > likely) {
      errors[low] =
        `The low ${what} must be at most the ${what} your answers give (${show(likely)}); got ${show(given[low] as number)}.`;
    }
    if ((given[high] as number) < likely) {
      errors[high] =
        `The high ${what} must be at least the ${what} your answers give (${show(likely)}); got ${show(given[high] as number)}.`;
    }
  };
  bracket("upfrontLow", "upfrontHigh", upfront, "upfront cost", formatUsd);
  bracket("maintenanceLow", "maintenanceHigh", maintenance, "maintenance", formatUsd);
  bracket("volumeLow", "volumeHigh", answers.requestsPerMonth, "volume", groupDigits);
  const percent = (share: number) => formatCell(share, FORMATS.share);
  bracket("recallTokensLow", "recallTokensHigh", answers.recallTokens, "extra tokens of memory", groupDigits);
  bracket("memoryMonthlyLow", "memoryMonthlyHigh", answers.memoryMonthlyCost, "monthly cost of memory", formatUsd);
  bracket("memorySetupLow", "memorySetupHigh", answers.memorySetupCost, "setup cost of memory", formatUsd);
  bracket(
    "fallbackShareLow",
    "fallbackShareHigh",
    answers.fallbackShare,
    "fallback share of the fine-tuned model",
    percent,
  );
  bracket("memoryFallbackLow", "memoryFallbackHigh", answers.memoryFallbackShare, "fallback share of memory", percent);
  // The dedicated GPUs' ranges, where they are priced: out of order, the least and most their monthly
  // cost can be would not bracket the cost the answers give, and the simulation could not run.
  if (answers.servedOnGpus === true) {
    bracket("gpuHourlyPriceLow", "gpuHourlyPriceHigh", answers.gpuHourlyPrice, "price of a GPU-hour", formatUsd);
    const perSecond = (tokens: number) => `${groupDigits(tokens)} a second`;
    bracket(
      "gpuTokensPerSecondLow",
      "gpuTokensPerSecondHigh",
      answers.gpuTokensPerSecond,
      "GPU's output tokens",
      perSecond,
    );
    bracket("gpuUtilizationLow", "gpuUtilizationHigh", answers.gpuUtilization, "share of the GPUs in use", percent);
  }
  return errors;
}

/** FT_COMPARE's comparison on the arguments its cell receives. */
function comparisonFor(answers: Answers, table: PriceTableValues | undefined, figures: Figures) {
  const args = argumentsOf("comparison", FT_COMPARE, answers, table, figures);
  return args instanceof ExcelError ? args : comparisonOf(args);
}

/**
 * The share question the answers cannot price, and why: a model lacks the cached-input or batch
 * price that caching or batch needs. Undefined when every strategy can be priced.
 */
export function pricingGap(
  answers: Answers,
  imported?: ImportedPrices,
): { key: Extract<AnswerKey, "cachedShare" | "batchShare">; reason: string; message: string } | undefined {
  const table = tableOf(answers, imported);
  const result = comparisonFor(answers, table, evaluate(answers, table, "maintenance"));
  if (result instanceof ExcelError || isComparison(result)) return undefined;
  const caching = result.missing === "cached_input" || result.missing === "ft_cached_input";
  const among = result.missing === "ft_cached_input" ? " among its fine-tuned prices" : "";
  const reason =
    `${result.model} has no ${PRICE_KIND_LABELS[result.missing]} price${among}, so ` +
    `${STRATEGY_WORDS[result.strategy]} cannot be priced with ${caching ? "caching" : "batch"}`;
  return {
    key: caching ? "cachedShare" : "batchShare",
    reason,
    message: `${reason}: set this share to 0, or import a price file that lists its ${PRICE_KIND_LABELS[result.missing]} price.`,
  };
}

/** FT_PAYBACK_RISK's table read by its measures' names; undefined when it is an error. */
function riskFigures(table: Cell[][], horizon: number): RiskFigures | undefined {
  if (table.length === 1) return undefined;
  const byMeasure = new Map(table.slice(1).map(([measure, cell]) => [measure, cell]));
  const [within, never, p10, p50, p90, n10, n50, n90] = paybackRiskMeasures(horizon).map((measure) =>
    byMeasure.get(measure),
  );
  // A percentile of break-even months that never comes is #N/A in its cell.
  const months = (cell: Cell | undefined) => (typeof cell === "number" ? cell : Infinity);
  const money = (cell: Cell | undefined) => (typeof cell === "number" ? cell : NaN);
  return {
    chanceWithin: within as number,
    chanceNever: never as number,
    breakEvenMonths: [months(p10), months(p50), months(p90)],
    netSavings: [money(n10), money(n50), money(n90)],
  };
}

/** FT_SENSITIVITY's rows, read by its header's names; empty when it is an error. */
function sensitivityFigures(table: Cell[][]): SensitivityFigure[] {
  if (table.length === 1) return [];
  const column = (name: string) => SENSITIVITY_HEADER.indexOf(name);
  return table.slice(1).map((line) => ({
    input: String(line[column("input")]),
    low: line[column("low")] as number,
    high: line[column("high")] as number,
    netAtLow: line[column("net savings at low")] as number,
    netAtHigh: line[column("net savings at high")] as number,
  }));
}

/** FT_COMPARE_RISK's and FT_SWITCH_VALUES's tables, read by their headers' names. */
function surenessFigures(risk: Cell[][], switches: Cell[][]): RecommendationSureness | { error: string } {
  const failed = [risk, switches].find((table) => table.length === 1);
  if (failed) {
    const cell = failed[0][0];
    return { error: cell instanceof ExcelError ? cell.message : String(cell) };
  }
  const riskColumn = (name: string) => COMPARE_RISK_HEADER.indexOf(name);
  const strategies = risk.slice(1).map((line) => {
    const totals = ["total 10th percentile", "total median", "total 90th percentile"].map(
      (name) => line[riskColumn(name)],
    );
    const why = totals.find((cell) => cell instanceof ExcelError);
    return {
      strategy: String(line[riskColumn("strategy")]),
      chance: line[riskColumn("chance of being the cheapest")] as number,
      ...(why instanceof ExcelError ? { why: why.message } : { totals: totals as [number, number, number] }),
    };
  });
  const [, , below, belowTo, above, aboveTo] = SWITCH_VALUES_HEADER.map((_, index) => index);
  const change = (at: Cell, to: Cell) => (typeof at === "number" ? { at, to: String(to) } : undefined);
  const switchRows = switches.slice(1).map((line) => {
    const [down, up] = [change(line[below], line[belowTo]), change(line[above], line[aboveTo])];
    return {
      input: String(line[0]),
      now: line[1] as number,
      ...(down ? { below: down } : {}),
      ...(up ? { above: up } : {}),
    };
  });
  return { strategies, switches: switchRows };
}

/** FT_COMPARE's rows as the pane shows them, each cell read by its column's name. */
function comparedRows(table: Cell[][]): ComparedRow[] {
  const at = (line: Cell[], name: CompareColumn) => line[compareColumn(name)];
  return table.slice(1).map((line) => {
    const total = at(line, "total");
    return {
      strategy: String(at(line, "strategy")),
      costPerRequest: at(line, "cost per request"),
      total,
      saving: at(line, "saving"),
      ...(total instanceof ExcelError && total.code === "#N/A" ? { unpriced: total.message } : {}),
    };
  });
}

export function computeResults(answers: Answers, imported?: ImportedPrices): Results {
  const table = tableOf(answers, imported);
  const figures = evaluate(answers, table);
  const comparison = comparisonFor(answers, table, figures);
  if (comparison instanceof ExcelError) throw new Error(comparison.message);
  if (!isComparison(comparison)) throw new Error(pricingGap(answers, imported)?.message);
  const decisionArgs = argumentsOf("verdict", FT_DECISION, answers, table, figures);
  if (decisionArgs instanceof ExcelError) throw new Error(decisionArgs.message);
  const decision = decide(decisionArgs);
  // FT_RECOMMEND's reading of the comparison's cells, and its sentence as its cell shows it.
  const totals = readComparison(figures.comparison);
  if (totals instanceof ExcelError) throw new Error(totals.message);
  const recommendation = recommend(decision.verdict, totals);
  const notes: string[] = [];
  if (comparison.retirement) {
    const { model, date, month, cost } = comparison.retirement;
    notes.push(
      `${model} retires on ${date}, in month ${month} of ${answers.horizonMonths}: the fine-tuned strategies pay a re-tune of ` +
        `${formatUsd(cost)} then (the upfront cost again).`,
    );
  }
  if (comparison.ownFineTunedPrices) {
    notes.push(
      `The fine-tuned prices of ${answers.smallModel} are your own (a price table), not a catalogue offer: ` +
        "the catalogue sells no fine-tuning of it on the start date.",
    );
  }
  notes.push(...staleSentences(answers, imported));
  const rows = comparedRows(figures.comparison);
  const tuned = rows.find((row) => row.strategy === "Fine-tuned small model");
  const sureness = surenessFigures(figures.compareRisk, figures.switchValues);
  return {
    horizonMonths: answers.horizonMonths,
    discountRate: answers.discountRate,
    recommendation,
    reason: String(figures.recommendation[1]?.[0] ?? ""),
    decision,
    upfrontCost: number(figures, "upfront"),
    monthlyMaintenance: number(figures, "maintenance"),
    rows,
    comparison,
    notes,
    ...("error" in sureness ? { surenessError: sureness.error } : { sureness }),
    ...(tuned?.unpriced === undefined
      ? { fineTuned: fineTunedFigures(figures, answers.horizonMonths) }
      : { unpricedReason: tuned.unpriced }),
  };
}

/** Fine-tuning against the larger model: savings, break-even, net savings, the chance of paying back and the tornado. */
function fineTunedFigures(figures: Figures, months: number): FineTunedFigures {
  const breakEven = value(figures, "breakEven");
  const risk = riskFigures(figures.risk, months);
  return {
    monthlySavings: number(figures, "savings"),
    monthlyRunning: number(figures, "running"),
    breakEven: breakEven instanceof ExcelError ? breakEven : (breakEven as number),
    netSavings: number(figures, "netSavings"),
    netSavingsCompared: number(figures, "fineTunedSaving"),
    ...(risk ? { risk } : {}),
    sensitivity: risk ? sensitivityFigures(figures.sensitivity) : [],
  };
}

/**
 * The result step's numbers, every one from the engine: the recommendation and why, the rule's
 * verdict and its reasons, costs per request, upfront, maintenance and running costs, break-even,
 * net savings and the three strategies. Nothing here adds or multiplies a cost.
 */
import {
  breakEvenMonths,
  compareStrategies,
  decide,
  isoFromSerial,
  isPriced,
  findModel,
  fineTunedRunningCost,
  isComparison,
  paybackRisk,
  PRICE_KIND_LABELS,
  recommend,
  sensitivity,
  type PaybackRisk,
  type SensitivityRow,
  type Spread,
  maintenanceMonthly,
  normaliseModelName,
  monthlySavings,
  netSavings,
  upfrontCost,
  type BreakEvenResult,
  type Comparison,
  type Decision,
  type ModelPrices,
  type ModelQuote,
  type PriceOverrides,
  type Recommendation,
  type MissingStrategyPrice,
  type Strategy,
  type StrategyCosts,
} from "../engine";
import { FT_PAYBACK_RISK } from "../functions/declarations";
import { unpricedReason } from "../functions/messages";
import { recommendationReason, STRATEGY_WORDS } from "../functions/recommendation";
import { paramOf } from "../functions/runner";
import { formatUsd, groupDigits } from "../functions/format";
import { customPrices, HORIZON_MONTHS, type Answers, type AnswerKey } from "./answers";
import type { ImportedPrices } from "./priceSheet";

/** Fine-tuning against the larger model, where the fine-tuned small model can be priced. */
export interface FineTunedFigures {
  monthlySavings: number;
  /** Maintenance plus hosting of the fine-tuned model, per month. */
  monthlyRunning: number;
  breakEven: BreakEvenResult;
  netSavings12: number;
  /** After the horizon: FT_COMPARE's saving of the fine-tuned row, a re-tune within the horizon included. */
  netSavings24: number;
  /**
   * The chance of paying back within 12 months and its percentiles (FT_PAYBACK_RISK over the low,
   * most likely and high figures); undefined when fine-tuning saves nothing per request.
   */
  risk?: PaybackRisk;
  /** The tornado (FT_SENSITIVITY after 24 months), largest swing first; empty without risk. */
  sensitivity: SensitivityRow[];
}

export interface Results {
  /** The cheapest strategy the rule finds fit (FT_RECOMMEND). */
  recommendation: Recommendation;
  /** FT_RECOMMEND's sentence: why, in dollars. */
  reason: string;
  decision: Decision;
  upfrontCost: number;
  monthlyMaintenance: number;
  comparison: Comparison;
  /** Fine-tuning against the larger model; undefined when the fine-tuned small model cannot be priced. */
  fineTuned?: FineTunedFigures;
  /** Why the fine-tuned small model cannot be priced, as FT_COMPARE's cells say it. */
  unpricedReason?: string;
  /** What the comparison rests on that the analyst should know: a retirement, their own fine-tuned prices. */
  notes: string[];
}

/** The horizon of the chance of paying back, as the result step and the written sheet state it. */
export const RISK_MONTHS = 12;

/** Draws and seed of the pane's simulation, FT_PAYBACK_RISK's defaults; the written sheet passes them too. */
export const RISK_SAMPLES = paramOf(FT_PAYBACK_RISK, "samples").default ?? 10_000;
export const RISK_SEED = paramOf(FT_PAYBACK_RISK, "seed").default ?? 1;

function quote(name: string, overrides: PriceOverrides, day: string): ModelQuote {
  const model = findModel(name, overrides, day);
  if (!model) throw new Error(`model ${name} has no prices`);
  return model;
}

/** A row of a price table: a model id and its prices. */
export interface PriceRow {
  model: string;
  prices: ModelPrices;
}

/**
 * Where the model's prices come from beyond the catalogue, for the pane's figures and the
 * formulas it writes alike: nowhere; the imported sheet, passed as it is; or a table of the
 * analyst's own prices with copies of the imported rows the answers name. An imported sheet is
 * passed whole only when it lists no catalogue model the answers name: a price table replaces a
 * catalogue entry entirely, and a file's row lacks the catalogue's fine-tuning and hosting prices.
 */
export type PriceSource =
  | { kind: "catalogue" }
  | { kind: "imported"; imported: ImportedPrices }
  | { kind: "table"; rows: PriceRow[]; copiedFrom?: string };

export function priceSource(answers: Answers, imported: ImportedPrices | undefined): PriceSource {
  const own: PriceRow[] = [...customPrices(answers).values()].map((entry) => ({
    model: entry.id,
    prices: entry.prices,
  }));
  const names = [...new Set([answers.largeModel, answers.smallModel])];
  const isOwn = (name: string) => own.some((row) => normaliseModelName(row.model) === normaliseModelName(name));
  const importedOnly = imported
    ? names.filter((name) => !isOwn(name) && !findModel(name) && findModel(name, imported.overrides))
    : [];
  if (!imported || importedOnly.length === 0)
    return own.length > 0 ? { kind: "table", rows: own } : { kind: "catalogue" };
  const collides = names.some((name) => findModel(name) && findModel(name, imported.overrides)?.fromPriceTable);
  if (own.length === 0 && !collides) return { kind: "imported", imported };
  const copies = importedOnly.flatMap((name) => {
    const quote = findModel(name, imported.overrides);
    return quote ? [{ model: quote.id, prices: quote.prices }] : [];
  });
  return { kind: "table", rows: [...own, ...copies], copiedFrom: imported.sheet };
}

/** The prices a source gives beyond the catalogue, keyed as a price table keys them. */
export function sourceOverrides(source: PriceSource): PriceOverrides {
  if (source.kind === "catalogue") return new Map();
  if (source.kind === "imported") return source.imported.overrides;
  return new Map(source.rows.map((row) => [normaliseModelName(row.model), { id: row.model, prices: row.prices }]));
}

/** The upfront and monthly costs of fine-tuning the answers give (only the cost items are read). */
export function fineTuningCosts(
  answers: Pick<
    Answers,
    | "trainingDataHours"
    | "hourlyRate"
    | "trainingRunCost"
    | "evalBuildHours"
    | "pipelineHours"
    | "retrainIntervalMonths"
    | "retrainDataHours"
    | "retrainEvalCost"
    | "retrainDeployHours"
  >,
): { upfront: number; maintenance: number } {
  return {
    upfront: upfrontCost({
      dataHours: answers.trainingDataHours,
      hourlyRate: answers.hourlyRate,
      trainingCost: answers.trainingRunCost,
      evalHours: answers.evalBuildHours,
      pipelineHours: answers.pipelineHours,
    }),
    maintenance: maintenanceMonthly({
      retrainEveryMonths: answers.retrainIntervalMonths,
      hourlyRate: answers.hourlyRate,
      dataHours: answers.retrainDataHours,
      trainingCost: answers.trainingRunCost,
      evalCost: answers.retrainEvalCost,
      deployHours: answers.retrainDeployHours,
      fixedMonthly: 0,
    }),
  };
}

/** The two models the answers name, at the prices in force on the start date, from the catalogue and any own or imported prices. */
function modelsOf(answers: Answers, imported: ImportedPrices | undefined): { large: ModelQuote; small: ModelQuote } {
  const overrides = sourceOverrides(priceSource(answers, imported));
  const day = isoFromSerial(answers.startDate);
  return { large: quote(answers.largeModel, overrides, day), small: quote(answers.smallModel, overrides, day) };
}

/** The four strategies over the horizon, as FT_COMPARE prices them with these answers. */
function comparisonOf(
  answers: Answers,
  models: { large: ModelQuote; small: ModelQuote },
  { upfront, maintenance }: { upfront: number; maintenance: number },
): Comparison | MissingStrategyPrice {
  return compareStrategies({
    largeModel: models.large,
    smallModel: models.small,
    inputTokens: answers.inputTokens,
    outputTokens: answers.outputTokens,
    requestsPerMonth: answers.requestsPerMonth,
    months: HORIZON_MONTHS,
    upfrontCost: upfront,
    monthlyMaintenance: maintenance,
    recallTokens: answers.recallTokens,
    memoryMonthlyCost: answers.memoryMonthlyCost,
    memorySetupCost: answers.memorySetupCost,
    ftInputTokens: answers.ftInputTokens,
    fallbackShare: answers.fallbackShare,
    memoryFallbackShare: answers.memoryFallbackShare,
    cachedShare: answers.cachedShare,
    batchShare: answers.batchShare,
    startDate: isoFromSerial(answers.startDate),
  });
}

/**
 * The low and high figures that do not bracket the most likely one the answers give (the upfront
 * cost and the maintenance from their items, the volume as given), each with its message.
 */
export function rangeErrors(answers: Answers): Partial<Record<AnswerKey, string>> {
  const { upfront, maintenance } = fineTuningCosts(answers);
  const errors: Partial<Record<AnswerKey, string>> = {};
  const bracket = (low: AnswerKey, high: AnswerKey, likely: number, what: string, show: (n: number) => string) => {
    if ((answers[low] as number) > likely) {
      errors[low] =
        `The low ${what} must be at most the ${what} your answers give (${show(likely)}); got ${show(answers[low] as number)}.`;
    }
    if ((answers[high] as number) < likely) {
      errors[high] =
        `The high ${what} must be at least the ${what} your answers give (${show(likely)}); got ${show(answers[high] as number)}.`;
    }
  };
  bracket("upfrontLow", "upfrontHigh", upfront, "upfront cost", formatUsd);
  bracket("maintenanceLow", "maintenanceHigh", maintenance, "maintenance", formatUsd);
  bracket("volumeLow", "volumeHigh", answers.requestsPerMonth, "volume", groupDigits);
  return errors;
}

/**
 * The share question the answers cannot price, and why: a model lacks the cached-input or batch
 * price that caching or batch needs. Undefined when every strategy can be priced.
 */
export function pricingGap(
  answers: Answers,
  imported?: ImportedPrices,
): { key: Extract<AnswerKey, "cachedShare" | "batchShare">; message: string } | undefined {
  const result = comparisonOf(answers, modelsOf(answers, imported), fineTuningCosts(answers));
  if (isComparison(result)) return undefined;
  const caching = result.missing === "cached_input" || result.missing === "ft_cached_input";
  const among = result.missing === "ft_cached_input" ? " among its fine-tuned prices" : "";
  return {
    key: caching ? "cachedShare" : "batchShare",
    message:
      `${result.model} has no ${PRICE_KIND_LABELS[result.missing]} price${among}, so ` +
      `${STRATEGY_WORDS[result.strategy]} cannot be priced with ${caching ? "caching" : "batch"}: ` +
      `set this share to 0, or import a price file that lists its ${PRICE_KIND_LABELS[result.missing]} price.`,
  };
}

export function computeResults(answers: Answers, imported?: ImportedPrices): Results {
  const costs = fineTuningCosts(answers);
  const { upfront, maintenance } = costs;
  const models = modelsOf(answers, imported);
  const comparison = comparisonOf(answers, models, costs);
  if (!isComparison(comparison)) throw new Error(pricingGap(answers, imported)?.message);
  const decision = decide({
    taskType: answers.taskType,
    distinctPatterns: answers.distinctPatterns,
    stableMonths: answers.stableMonths,
    requestsPerMonth: answers.requestsPerMonth,
    needsGeneralQueries: answers.needsGeneralQueries,
    engineeringHours: answers.engineeringHours,
    knowledgeChanges: answers.knowledgeChanges,
  });
  const totals = Object.fromEntries(
    comparison.rows.map((row) => [row.strategy, isPriced(row) ? row.total : undefined]),
  ) as Record<Strategy, number | undefined>;
  const recommendation = recommend(decision.verdict, totals);
  const notes: string[] = [];
  if (comparison.retirement) {
    const { model, date, month, cost } = comparison.retirement;
    notes.push(
      `${model} retires on ${date}, in month ${month} of ${HORIZON_MONTHS}: the fine-tuned strategies pay a re-tune of ` +
        `${formatUsd(cost)} then (the upfront cost again).`,
    );
  }
  if (comparison.ownFineTunedPrices) {
    notes.push(
      `The fine-tuned prices of ${models.small.id} are your own (a price table), not a catalogue offer: ` +
        "the catalogue sells no fine-tuning of it on the start date.",
    );
  }
  const tuned = comparison.fineTuned;
  return {
    recommendation,
    reason: recommendationReason(recommendation, totals),
    decision,
    upfrontCost: upfront,
    monthlyMaintenance: maintenance,
    comparison,
    notes,
    ...(isPriced(tuned)
      ? { fineTuned: fineTunedFigures(answers, comparison.larger.costPerRequest, tuned, models.small, upfront) }
      : { unpricedReason: unpricedReason(tuned.unpriced) }),
  };
}

/** Fine-tuning against the larger model: savings, break-even, net savings, the chance of paying back and the tornado. */
function fineTunedFigures(
  answers: Answers,
  largeCostPerRequest: number,
  tuned: StrategyCosts,
  small: ModelQuote,
  upfront: number,
): FineTunedFigures {
  // The fine-tuned model's cost per request includes its fallback to the larger model, as in the table.
  const savingsAt = (requestsPerMonth: number) =>
    monthlySavings({ largeCostPerRequest, smallCostPerRequest: tuned.costPerRequest, requestsPerMonth });
  const savings = savingsAt(answers.requestsPerMonth);
  const running = tuned.fixedMonthly;
  const net = (months: number) =>
    netSavings({
      upfrontCost: upfront,
      monthlySavings: savings,
      months,
      monthlyMaintenance: running,
      annualDiscountRate: 0,
    });
  const triangle = (low: number, mode: number, high: number): Spread => ({ kind: "triangular", low, mode, high });
  const runningAt = (monthlyMaintenance: number) => fineTunedRunningCost({ model: small, monthlyMaintenance });
  const spreads = {
    upfrontCost: triangle(answers.upfrontLow, upfront, answers.upfrontHigh),
    monthlySavings: triangle(savingsAt(answers.volumeLow), savings, savingsAt(answers.volumeHigh)),
    monthlyMaintenance: triangle(runningAt(answers.maintenanceLow), running, runningAt(answers.maintenanceHigh)),
  };
  // A saving below zero is no range the simulation takes (FT_PAYBACK_RISK refuses it): fine-tuning never pays.
  const simulated = tuned.costPerRequest < largeCostPerRequest;
  return {
    risk: simulated
      ? paybackRisk({
          ...spreads,
          withinMonths: RISK_MONTHS,
          annualDiscountRate: 0,
          samples: RISK_SAMPLES,
          seed: RISK_SEED,
        })
      : undefined,
    sensitivity: simulated ? sensitivity({ ...spreads, months: HORIZON_MONTHS, annualDiscountRate: 0 }) : [],
    monthlySavings: savings,
    monthlyRunning: running,
    breakEven: breakEvenMonths({
      upfrontCost: upfront,
      monthlySavings: savings,
      monthlyMaintenance: running,
      annualDiscountRate: 0,
    }),
    netSavings12: net(12),
    // Over the whole horizon, the comparison's own saving: a re-tune within it included.
    netSavings24: tuned.savingVsLarger,
  };
}

import { monthOfHorizon, type IsoDate } from "./calendar";
import { monthlyLogDiscount } from "./discounting";
import { fineTuningOn } from "./lifecycle";
import { hasFineTunedPrices, type ModelQuote } from "./models";
import { requestCostAt, type MissingPrice } from "./requestCost";
import { horizonFactors, totalOverHorizon, type HorizonFactors } from "./tco";

/** Hours in an average month (8,760 / 12), for hourly hosting fees. */
export const HOURS_PER_MONTH = 730;

/** The four strategies, in the order every table lists them; the larger model is the baseline. */
export const STRATEGIES = [
  "Larger model",
  "Fine-tuned small model",
  "Small model + memory",
  "Fine-tuned model on dedicated GPUs",
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Inputs of {@link fineTunedRunningCost}. */
export interface RunningCostInput {
  /** The fine-tuned model; its ft_hosting_hour price, where it has one, is billed every hour. */
  model: ModelQuote;
  /** US dollars per month to keep the fine-tuned model current (retraining). */
  monthlyMaintenance: number;
}

/**
 * US dollars per month of running a fine-tuned model apart from its requests: maintenance plus
 * hosting (ft_hosting_hour x 730 hours) where the provider bills it.
 *
 * @example
 * fineTunedRunningCost({ model: findModel("azure/gpt-4.1-mini"), monthlyMaintenance: 912.5 }); // 2153.5
 */
export function fineTunedRunningCost(input: RunningCostInput): number {
  return input.monthlyMaintenance + (input.model.prices.ft_hosting_hour ?? 0) * HOURS_PER_MONTH;
}

/** Inputs of {@link fineTunedRequestCost}. */
export interface FineTunedRequestInput {
  /** The small model that is fine-tuned. */
  model: ModelQuote;
  /** Input tokens per request. */
  inputTokens: number;
  /** Output tokens per request. */
  outputTokens: number;
  /** Share of input tokens read from the provider's prompt cache, in [0, 1]; default 0. */
  cachedShare?: number;
  /** Share of requests sent through the provider's batch API, in [0, 1]; default 0. */
  batchShare?: number;
}

/**
 * US dollars per request on a fine-tuned small model, at its fine-tuned inference prices (the
 * base prices where the provider serves fine-tuned models at them, as the catalogue records),
 * with caching, batch and long context as {@link listPricedRequestCost} bills them. The price the
 * request needs and the model lacks, otherwise: never the base prices in silence.
 *
 * @example
 * fineTunedRequestCost({ model: findModel("gpt-4.1-mini"), inputTokens: 2000, outputTokens: 400 }); // 0.00288
 */
export function fineTunedRequestCost(input: FineTunedRequestInput): number | MissingPrice {
  const { model, inputTokens, outputTokens, cachedShare = 0, batchShare = 0 } = input;
  return requestCostAt(model.prices, inputTokens, outputTokens, cachedShare, batchShare, true);
}

/** Why a strategy's costs cannot be given (SPEC 3.4): its row keeps its name and upfront only. */
export type Unpriced =
  /** Fine-tuning of the small model cannot be bought at the start date, and no price table gives it. */
  | { kind: "cannot fine-tune"; model: string; provider: string; offer: "closed" | "not offered"; since?: IsoDate }
  /** The provider serves the fine-tuned model only on dedicated GPUs: the per-token row has no price. */
  | { kind: "dedicated only"; model: string; provider: string }
  /** A model the catalogue does not know, whose price table row has no fine-tuned prices. */
  | { kind: "no fine-tuned prices"; model: string }
  /** The dedicated GPUs' monthly cost was not given. */
  | { kind: "no dedicated cost" }
  /** A model whose weights its provider keeps: it cannot be served on GPUs of one's own. */
  | { kind: "weights not hostable"; model: string; provider: string };

/**
 * Whether the small model's fine-tuning can be bought at the start date and priced per token
 * (SPEC 3.4): the analyst's own price table row with fine-tuned prices, or a catalogue offer that
 * is open or closing (existing customers) then, with fine-tuned prices. Why not, otherwise.
 */
export function fineTuningAvailability(model: ModelQuote, startDate: IsoDate): Unpriced | undefined {
  if (model.fromPriceTable && hasFineTunedPrices(model)) return undefined;
  if (!model.entry) return { kind: "no fine-tuned prices", model: model.id };
  const offer = fineTuningOn(model.entry, startDate);
  const { provider } = model.entry;
  if (offer.status === "offered" || offer.status === "closing") {
    if (model.entry.fineTuning?.dedicatedOnly) return { kind: "dedicated only", model: model.id, provider };
    // Offered, but the prices in use (a price table row without them) have no fine-tuned ones.
    return hasFineTunedPrices(model) ? undefined : { kind: "no fine-tuned prices", model: model.id };
  }
  return offer.status === "closed"
    ? {
        kind: "cannot fine-tune",
        model: model.id,
        provider,
        offer: "closed",
        ...(offer.since ? { since: offer.since } : {}),
      }
    : { kind: "cannot fine-tune", model: model.id, provider, offer: "not offered" };
}

/** Why a model cannot be served on dedicated GPUs, or undefined when its weights can be hosted. */
export function dedicatedAvailability(model: ModelQuote): Unpriced | undefined {
  // A model the catalogue does not know is the analyst's own: an open-weight model, presumably.
  if (!model.entry || model.entry.openWeight) return undefined;
  return { kind: "weights not hostable", model: model.id, provider: model.entry.provider };
}

/** Inputs of {@link compareStrategies}. */
export interface CompareInput {
  largeModel: ModelQuote;
  smallModel: ModelQuote;
  /** Input tokens per request. */
  inputTokens: number;
  /** Output tokens per request. */
  outputTokens: number;
  /** Requests per month. */
  requestsPerMonth: number;
  /** Whole months in the horizon. */
  months: number;
  /** US dollars to build the fine-tuning pipeline. */
  upfrontCost: number;
  /** US dollars per month to keep the fine-tuned model current. */
  monthlyMaintenance: number;
  /** Extra input tokens per request that memory recall adds. */
  recallTokens: number;
  /** US dollars per month for the memory store. */
  memoryMonthlyCost: number;
  /** US dollars to set memory up. */
  memorySetupCost: number;
  /** Input tokens per request of the fine-tuned model, which no longer needs what it learned; default inputTokens. */
  ftInputTokens?: number;
  /** Share of the fine-tuned model's requests also sent to the larger model (its errors), in [0, 1]; default 0. */
  fallbackShare?: number;
  /** Share of the small model + memory's requests also sent to the larger model, in [0, 1]; default 0. */
  memoryFallbackShare?: number;
  /**
   * Share of the larger model's prompt (inputTokens) that is a stable prefix read from the prompt
   * cache, in [0, 1]; default 0. The fine-tuned prompt loses its removed tokens from that prefix
   * first; memory's recalled tokens are never cached.
   */
  cachedShare?: number;
  /** Share of requests sent through the provider's batch API, for every strategy, in [0, 1]; default 0. */
  batchShare?: number;
  /** Annual discount rate as a decimal, every total discounted as TCO discounts it; default 0. */
  annualDiscountRate?: number;
  /**
   * The first day of month 1 (ISO date): fine-tuning must be buyable then, and the small model's
   * retirement is placed in the horizon from it. The models' prices are those in force that day.
   */
  startDate: IsoDate;
  /** US dollars to fine-tune again when the small model retires within the horizon; default upfrontCost. */
  retuneCost?: number;
  /** US dollars per month of serving the fine-tuned model on GPUs of its own; that row is unpriced without it. */
  dedicatedMonthlyCost?: number;
}

/** One strategy's costs, in US dollars. */
export interface StrategyCosts {
  strategy: Strategy;
  /**
   * US dollars per request, fallback included; on dedicated GPUs their monthly cost spread over the
   * volume (Infinity when GPUs are paid for no request at all).
   */
  costPerRequest: number;
  /** Fixed costs per month: maintenance and hosting (or the GPUs), or the memory store. */
  fixedMonthly: number;
  /** Cost of the first month: volume x cost per request plus fixed monthly costs. */
  monthlyCost: number;
  upfront: number;
  /** Total cost of ownership over the horizon, discounted, re-tune included. */
  total: number;
  /** The larger model's total minus this total. */
  savingVsLarger: number;
}

/** A strategy that cannot be priced: its name and upfront, and why. */
export interface UnpricedStrategy {
  strategy: Strategy;
  upfront: number;
  unpriced: Unpriced;
}

export type StrategyRow = StrategyCosts | UnpricedStrategy;

/** True for a row with costs, false for one that cannot be priced. */
export const isPriced = (row: StrategyRow): row is StrategyCosts => "total" in row;

/** A strategy whose model lacks a price the request needs (caching or batch): the whole table cannot be priced. */
export interface MissingStrategyPrice {
  strategy: Strategy;
  /** The model's id. */
  model: string;
  missing: MissingPrice["missing"];
}

/** The small model's retirement within the horizon, which forces a re-tune of both fine-tuned rows. */
export interface Retirement {
  model: string;
  /** ISO date of the first day it no longer serves. */
  date: IsoDate;
  /** The month of the horizon it falls in (1 = the first), when the re-tune is paid. */
  month: number;
  /** US dollars of the re-tune, undiscounted. */
  cost: number;
}

/** The four strategies' costs, by strategy, and as rows in the order of {@link STRATEGIES}. */
export interface Comparison {
  larger: StrategyCosts;
  fineTuned: StrategyRow;
  memory: StrategyCosts;
  dedicated: StrategyRow;
  rows: readonly StrategyRow[];
  /** The small model retires within the horizon and the fine-tuned rows pay a re-tune. */
  retirement?: Retirement;
  /** The fine-tuned prices are the analyst's own (a price table row) for a model the catalogue offers none for. */
  ownFineTunedPrices: boolean;
}

/**
 * What a comparison takes from its models and start date alone, the same whatever the volumes,
 * costs and horizon: whether fine-tuning can be bought and the GPUs hosted, and when the small
 * model retires. Worked out once, it serves any number of comparisons of the same models.
 */
export interface ComparisonSetting {
  largeModel: ModelQuote;
  smallModel: ModelQuote;
  /** The first day of month 1. */
  startDate: IsoDate;
  /** Why the fine-tuned small model cannot be priced per token; undefined when it can. */
  fineTunedUnpriced?: Unpriced;
  /** Why the small model cannot be served on GPUs of its own; undefined when its weights can be hosted. */
  weightsUnpriced?: Unpriced;
  /** The small model's retirement date, where the catalogue gives one. */
  retiresOn?: IsoDate;
  /** The month of the horizon the retirement falls in (1 = the first; 0 or less before the start, or none). */
  retirementMonth: number;
}

/**
 * The setting of a comparison of two models from a start date (see {@link ComparisonSetting}).
 *
 * @example
 * comparisonSetting(sonnet, llama, "2026-12-05").weightsUnpriced; // undefined
 */
export function comparisonSetting(
  largeModel: ModelQuote,
  smallModel: ModelQuote,
  startDate: IsoDate,
): ComparisonSetting {
  const fineTunedUnpriced = fineTuningAvailability(smallModel, startDate);
  const weightsUnpriced = dedicatedAvailability(smallModel);
  // A provider's retirement ends a fine-tuned model with its base; open weights stay with the team (SPEC 3.4).
  const retiresOn = smallModel.entry?.openWeight ? undefined : smallModel.entry?.retiresOn;
  return {
    largeModel,
    smallModel,
    startDate,
    ...(fineTunedUnpriced ? { fineTunedUnpriced } : {}),
    ...(weightsUnpriced ? { weightsUnpriced } : {}),
    ...(retiresOn !== undefined ? { retiresOn } : {}),
    retirementMonth: retiresOn === undefined ? 0 : monthOfHorizon(startDate, retiresOn),
  };
}

/** The numbers of a comparison: everything {@link CompareInput} holds but its models and start date. */
export type ComparedNumbers = Omit<CompareInput, "largeModel" | "smallModel" | "startDate">;

/**
 * The four strategies' figures as plain numbers, indexed in the order of {@link STRATEGIES}: what
 * {@link compareStrategies} lays out as rows, and what a simulation reads a million times without
 * building any. A strategy that cannot be priced has NaN figures.
 */
export class StrategyFigures {
  /** US dollars per request as the table shows it (on dedicated GPUs, their monthly cost spread over the volume). */
  readonly shownPerRequest = new Float64Array(STRATEGIES.length);
  /** US dollars per request billed per request (on dedicated GPUs, the fallback alone). */
  readonly billedPerRequest = new Float64Array(STRATEGIES.length);
  /** US dollars per month that do not depend on volume. */
  readonly fixedMonthly = new Float64Array(STRATEGIES.length);
  /** US dollars paid before month 1. */
  readonly upfront = new Float64Array(STRATEGIES.length);
  /** Total cost of ownership over the horizon, discounted, re-tune included. */
  readonly total = new Float64Array(STRATEGIES.length);
}

/** The factors of the horizon last figured, and its months and rate: a simulation mostly asks for the same again. */
let lastHorizon: { months: number; rate: number; factors: HorizonFactors } | undefined;

/** The factors of a horizon as TCO computes them, with no volume growth or price change. */
function horizonOf(months: number, rate: number): HorizonFactors {
  if (lastHorizon?.months !== months || lastHorizon.rate !== rate) {
    lastHorizon = { months, rate, factors: horizonFactors(months, rate, 0, 0) };
  }
  return lastHorizon.factors;
}

/** Writes one strategy's figures: its costs per request, fixed costs, upfront and total (TCO over the horizon plus any extra). */
function figure(
  figures: StrategyFigures,
  index: number,
  numbers: ComparedNumbers,
  horizon: HorizonFactors,
  perRequest: { shown: number; billed: number },
  fixedMonthly: number,
  upfront: number,
  extra: number,
): void {
  figures.shownPerRequest[index] = perRequest.shown;
  figures.billedPerRequest[index] = perRequest.billed;
  figures.fixedMonthly[index] = fixedMonthly;
  figures.upfront[index] = upfront;
  figures.total[index] =
    totalOverHorizon(horizon, upfront, numbers.requestsPerMonth * perRequest.billed, fixedMonthly) + extra;
}

/** A strategy's place in {@link STRATEGIES} and in {@link StrategyFigures}. */
const LARGER = 0;
const FINE_TUNED = 1;
const MEMORY = 2;
const DEDICATED = 3;

/**
 * Why a strategy cannot be priced in this setting with these numbers (SPEC 3.4), or undefined when
 * it can: fine-tuning that cannot be bought, weights that cannot be hosted, GPUs whose cost was not
 * given. The larger model and memory can always be priced.
 *
 * @example
 * strategyUnpriced(comparisonSetting(sonnet, llama, "2026-12-05"), {}, "Fine-tuned model on dedicated GPUs");
 * // { kind: "no dedicated cost" }
 */
export function strategyUnpriced(
  setting: ComparisonSetting,
  numbers: Pick<ComparedNumbers, "dedicatedMonthlyCost">,
  strategy: Strategy,
): Unpriced | undefined {
  if (strategy === "Fine-tuned small model") return setting.fineTunedUnpriced;
  if (strategy !== "Fine-tuned model on dedicated GPUs") return undefined;
  return (
    setting.weightsUnpriced ?? (numbers.dedicatedMonthlyCost === undefined ? { kind: "no dedicated cost" } : undefined)
  );
}

/**
 * The four strategies' figures for these numbers in this setting, written into `figures` (SPEC 3.4;
 * see {@link compareStrategies}, which lays them out): the first strategy whose model lacks a price
 * the request needs, otherwise. It builds no rows, so that a simulation can call it per sample.
 *
 * @example
 * figureStrategies(comparisonSetting(sonnet, llama, "2026-12-05"), { inputTokens: 5000, outputTokens: 500,
 *   requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250, recallTokens: 0,
 *   memoryMonthlyCost: 0, memorySetupCost: 0 }, new StrategyFigures()); // undefined
 */
export function figureStrategies(
  setting: ComparisonSetting,
  numbers: ComparedNumbers,
  figures: StrategyFigures,
): MissingStrategyPrice | undefined {
  const { largeModel, smallModel } = setting;
  const batchShare = numbers.batchShare ?? 0;
  const ftInputTokens = numbers.ftInputTokens ?? numbers.inputTokens;
  const memoryInputTokens = numbers.inputTokens + numbers.recallTokens;
  const rate = numbers.annualDiscountRate ?? 0;
  const logDiscount = monthlyLogDiscount(rate);
  const horizon = horizonOf(numbers.months, rate);
  // The cached share is of the larger model's prompt: a stable prefix of instructions and examples.
  // The fine-tuned prompt drops what it learned from that prefix first; recalled memories differ
  // from request to request and are not cached.
  const cachedTokens = (numbers.cachedShare ?? 0) * numbers.inputTokens;
  const removed = numbers.inputTokens - ftInputTokens;
  const cachedOf = (tokens: number, cached: number) =>
    tokens > 0 ? Math.min(Math.max(cached, 0), tokens) / tokens : 0;

  // The small model's retirement within the horizon: the fine-tuned model stops with its base.
  const month = setting.retirementMonth;
  const retune =
    setting.retiresOn !== undefined && month >= 1 && month <= numbers.months
      ? (numbers.retuneCost ?? numbers.upfrontCost) * Math.exp(-month * logDiscount)
      : 0;

  const largerPerRequest = requestCostAt(
    largeModel.prices,
    numbers.inputTokens,
    numbers.outputTokens,
    numbers.cachedShare ?? 0,
    batchShare,
    false,
  );
  if (typeof largerPerRequest !== "number") {
    return { strategy: "Larger model", model: largeModel.id, missing: largerPerRequest.missing };
  }
  const memoryPerRequest = requestCostAt(
    smallModel.prices,
    memoryInputTokens,
    numbers.outputTokens,
    cachedOf(memoryInputTokens, cachedTokens),
    batchShare,
    false,
  );
  if (typeof memoryPerRequest !== "number") {
    return { strategy: "Small model + memory", model: smallModel.id, missing: memoryPerRequest.missing };
  }
  const fallback = (numbers.fallbackShare ?? 0) * largerPerRequest;

  if (strategyUnpriced(setting, numbers, STRATEGIES[FINE_TUNED])) {
    unpriced(figures, FINE_TUNED);
  } else {
    const tunedPerRequest = fineTunedRequestCost({
      model: smallModel,
      inputTokens: ftInputTokens,
      outputTokens: numbers.outputTokens,
      cachedShare: cachedOf(ftInputTokens, cachedTokens - removed),
      batchShare,
    });
    if (typeof tunedPerRequest !== "number") {
      return { strategy: "Fine-tuned small model", model: smallModel.id, missing: tunedPerRequest.missing };
    }
    const cost = tunedPerRequest + fallback;
    figure(
      figures,
      FINE_TUNED,
      numbers,
      horizon,
      { shown: cost, billed: cost },
      fineTunedRunningCost({ model: smallModel, monthlyMaintenance: numbers.monthlyMaintenance }),
      numbers.upfrontCost,
      retune,
    );
  }

  if (strategyUnpriced(setting, numbers, STRATEGIES[DEDICATED])) {
    unpriced(figures, DEDICATED);
  } else {
    const gpus = numbers.dedicatedMonthlyCost ?? 0;
    figure(
      figures,
      DEDICATED,
      numbers,
      horizon,
      // The GPUs are paid whatever the volume: per request they are their monthly cost spread over it.
      { shown: (gpus === 0 ? 0 : gpus / numbers.requestsPerMonth) + fallback, billed: fallback },
      gpus + numbers.monthlyMaintenance,
      numbers.upfrontCost,
      retune,
    );
  }

  figure(figures, LARGER, numbers, horizon, { shown: largerPerRequest, billed: largerPerRequest }, 0, 0, 0);
  // A share of the small model's requests goes to the larger model as well (SPEC 3.4).
  const memoryCost = memoryPerRequest + (numbers.memoryFallbackShare ?? 0) * largerPerRequest;
  figure(
    figures,
    MEMORY,
    numbers,
    horizon,
    { shown: memoryCost, billed: memoryCost },
    numbers.memoryMonthlyCost,
    numbers.memorySetupCost,
    0,
  );
  return undefined;
}

/** Marks a strategy that cannot be priced: NaN in every figure, which no comparison of totals picks. */
function unpriced(figures: StrategyFigures, index: number): void {
  figures.shownPerRequest[index] = NaN;
  figures.billedPerRequest[index] = NaN;
  figures.fixedMonthly[index] = NaN;
  figures.upfront[index] = NaN;
  figures.total[index] = NaN;
}

/**
 * Costs of four ways to serve a workload (SPEC 3.4): the larger model as it is; the small model
 * fine-tuned and served per token, priced only where fine-tuning can be bought at the start date
 * (on its own, shorter prompt, plus maintenance and any hourly hosting); the small model at base
 * prices with memory recall added to every prompt; and the fine-tuned model on GPUs of its own.
 * Each small-model strategy pays the larger model again for the share of requests it hands over.
 * Caching, batch and long context are billed as {@link listPricedRequestCost} bills them, the cached
 * prefix being the larger model's (see {@link CompareInput.cachedShare}). Totals are discounted as
 * TCO discounts them; a small model that retires within the horizon costs the fine-tuned rows a
 * re-tune in its retirement month. The first strategy whose model lacks a price the request needs,
 * otherwise. The figures are {@link figureStrategies}'s, laid out as rows.
 *
 * @example
 * compareStrategies({ largeModel: sonnet, smallModel: llama, inputTokens: 5000, outputTokens: 500,
 *   requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250,
 *   recallTokens: 0, memoryMonthlyCost: 0, memorySetupCost: 0, startDate: "2026-12-05" }).rows[1].total; // 39100
 */
export function compareStrategies(input: CompareInput): Comparison | MissingStrategyPrice {
  const { largeModel, smallModel, startDate } = input;
  const setting = comparisonSetting(largeModel, smallModel, startDate);
  const rows = strategyRows(setting, input);
  if (!Array.isArray(rows)) return rows;
  const [larger, fineTuned, memory, dedicated] = rows as [StrategyCosts, StrategyRow, StrategyCosts, StrategyRow];
  const month = setting.retirementMonth;
  const retirement: Retirement | undefined =
    setting.retiresOn !== undefined && month >= 1 && month <= input.months
      ? { model: smallModel.id, date: setting.retiresOn, month, cost: input.retuneCost ?? input.upfrontCost }
      : undefined;
  return {
    larger,
    fineTuned,
    memory,
    dedicated,
    rows,
    ...(retirement && (isPriced(fineTuned) || isPriced(dedicated)) ? { retirement } : {}),
    ownFineTunedPrices:
      !setting.fineTunedUnpriced &&
      smallModel.fromPriceTable &&
      (!smallModel.entry || fineTuningAvailability({ ...smallModel, fromPriceTable: false }, startDate) !== undefined),
  };
}

/**
 * The four strategies' rows in the order of {@link STRATEGIES}, as FT_COMPARE spills them: the
 * figures of {@link figureStrategies} for these numbers in this setting, a strategy that cannot be
 * priced keeping its name and upfront and saying why; or the first strategy whose model lacks a
 * price the request needs.
 *
 * @example
 * strategyRows(comparisonSetting(sonnet, llama, "2026-12-05"), { inputTokens: 5000, outputTokens: 500,
 *   requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250, recallTokens: 0,
 *   memoryMonthlyCost: 0, memorySetupCost: 0 })[3]; // { strategy: "Fine-tuned model on dedicated GPUs", upfront: 17500, unpriced: { kind: "no dedicated cost" } }
 */
export function strategyRows(
  setting: ComparisonSetting,
  numbers: ComparedNumbers,
): StrategyRow[] | MissingStrategyPrice {
  const figures = new StrategyFigures();
  const missing = figureStrategies(setting, numbers, figures);
  if (missing) return missing;
  return STRATEGIES.map((strategy, index) => {
    const why = strategyUnpriced(setting, numbers, strategy);
    return why
      ? { strategy, upfront: numbers.upfrontCost, unpriced: why }
      : {
          strategy,
          costPerRequest: figures.shownPerRequest[index],
          fixedMonthly: figures.fixedMonthly[index],
          monthlyCost: numbers.requestsPerMonth * figures.billedPerRequest[index] + figures.fixedMonthly[index],
          upfront: figures.upfront[index],
          total: figures.total[index],
          savingVsLarger: figures.total[LARGER] - figures.total[index],
        };
  });
}

/** True for a comparison, false for the strategy whose model lacks a price the request needs. */
export const isComparison = (result: Comparison | MissingStrategyPrice): result is Comparison => "rows" in result;

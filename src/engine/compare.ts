import { hasFineTunedPrices, type ModelQuote } from "./models";
import { listPricedRequestCost, type MissingPrice } from "./requestCost";
import { totalCostOfOwnership } from "./tco";

/** Hours in an average month (8,760 / 12), for hourly hosting fees. */
export const HOURS_PER_MONTH = 730;

/** The three strategies, in the order every table lists them; the larger model is the baseline. */
export const STRATEGIES = ["Larger model", "Fine-tuned small model", "Small model + memory"] as const;
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
 * US dollars per request on a fine-tuned small model: at its fine-tuned inference prices where the
 * provider sells fine-tuning for it, at its base prices otherwise (a model tuned elsewhere and
 * served at list prices); with caching, batch and long context as {@link listPricedRequestCost}
 * bills them. The price the request needs and the model lacks, otherwise.
 *
 * @example
 * fineTunedRequestCost({ model: findModel("gpt-4.1-mini"), inputTokens: 2000, outputTokens: 400 }); // 0.00288
 */
export function fineTunedRequestCost(input: FineTunedRequestInput): number | MissingPrice {
  return listPricedRequestCost({
    prices: input.model.prices,
    inputTokens: input.inputTokens,
    outputTokens: input.outputTokens,
    cachedShare: input.cachedShare ?? 0,
    batchShare: input.batchShare ?? 0,
    fineTuned: hasFineTunedPrices(input.model),
  });
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
}

/** One strategy's costs, in US dollars. */
export interface StrategyCosts {
  strategy: Strategy;
  costPerRequest: number;
  /** Fixed costs per month: maintenance and hosting, or the memory store. */
  fixedMonthly: number;
  /** Cost of the first month: volume x cost per request plus fixed monthly costs. */
  monthlyCost: number;
  upfront: number;
  /** Total cost of ownership over the horizon. */
  total: number;
  /** The larger model's total minus this total. */
  savingVsLarger: number;
}

/** A strategy that cannot be priced: its model lacks a price the request needs (caching or batch). */
export interface UnpricedStrategy {
  strategy: Strategy;
  /** The model's id. */
  model: string;
  missing: MissingPrice["missing"];
}

/** The three strategies' costs, by strategy, and as rows in the order of {@link STRATEGIES}. */
export interface Comparison {
  larger: StrategyCosts;
  fineTuned: StrategyCosts;
  memory: StrategyCosts;
  rows: readonly StrategyCosts[];
}

/**
 * Costs of three ways to serve a workload (SPEC 3.4): the larger model as it is; a fine-tuned small
 * model (fine-tuned inference prices where the model has them, on its own, shorter prompt, plus
 * maintenance and any hourly hosting); and the small model at base prices with memory recall added
 * to every prompt. Each small-model strategy pays the larger model again for the share of requests
 * it hands over. Caching, batch and long context are billed as {@link listPricedRequestCost} bills
 * them, the cached prefix being the larger model's (see {@link CompareInput.cachedShare}). The
 * first strategy whose model lacks a price the request needs, otherwise.
 *
 * @example
 * compareStrategies({ largeModel: sonnet, smallModel: haiku, inputTokens: 5000, outputTokens: 500,
 *   requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250,
 *   recallTokens: 0, memoryMonthlyCost: 0, memorySetupCost: 0 }).fineTuned.savingVsLarger; // 66500
 */
export function compareStrategies(input: CompareInput): Comparison | UnpricedStrategy {
  const { largeModel, smallModel } = input;
  const batchShare = input.batchShare ?? 0;
  const ftInputTokens = input.ftInputTokens ?? input.inputTokens;
  const memoryInputTokens = input.inputTokens + input.recallTokens;
  // The cached share is of the larger model's prompt: a stable prefix of instructions and examples.
  // The fine-tuned prompt drops what it learned from that prefix first; recalled memories differ
  // from request to request and are not cached.
  const cachedTokens = (input.cachedShare ?? 0) * input.inputTokens;
  const removed = input.inputTokens - ftInputTokens;
  const cachedOf = (tokens: number, cached: number) =>
    tokens > 0 ? Math.min(Math.max(cached, 0), tokens) / tokens : 0;
  const base = (model: ModelQuote, inputTokens: number, cachedShare: number) =>
    listPricedRequestCost({
      prices: model.prices,
      inputTokens,
      outputTokens: input.outputTokens,
      cachedShare,
      batchShare,
      fineTuned: false,
    });

  const cost = (strategy: Strategy, costPerRequest: number, fixedMonthly: number, upfront: number) => ({
    strategy,
    costPerRequest,
    fixedMonthly,
    monthlyCost: input.requestsPerMonth * costPerRequest + fixedMonthly,
    upfront,
    total: totalCostOfOwnership({
      upfrontCost: upfront,
      costPerRequest,
      requestsPerMonth: input.requestsPerMonth,
      months: input.months,
      monthlyFixedCost: fixedMonthly,
      annualDiscountRate: 0,
      monthlyVolumeGrowth: 0,
      annualPriceChange: 0,
    }),
  });

  const largerPerRequest = base(largeModel, input.inputTokens, input.cachedShare ?? 0);
  if (typeof largerPerRequest !== "number") {
    return { strategy: "Larger model", model: largeModel.id, missing: largerPerRequest.missing };
  }
  const tunedPerRequest = fineTunedRequestCost({
    model: smallModel,
    inputTokens: ftInputTokens,
    outputTokens: input.outputTokens,
    cachedShare: cachedOf(ftInputTokens, cachedTokens - removed),
    batchShare,
  });
  if (typeof tunedPerRequest !== "number") {
    return { strategy: "Fine-tuned small model", model: smallModel.id, missing: tunedPerRequest.missing };
  }
  const memoryPerRequest = base(smallModel, memoryInputTokens, cachedOf(memoryInputTokens, cachedTokens));
  if (typeof memoryPerRequest !== "number") {
    return { strategy: "Small model + memory", model: smallModel.id, missing: memoryPerRequest.missing };
  }
  const larger = cost("Larger model", largerPerRequest, 0, 0);
  // A share of the small model's requests goes to the larger model as well (SPEC 3.4).
  const fineTuned = cost(
    "Fine-tuned small model",
    tunedPerRequest + (input.fallbackShare ?? 0) * largerPerRequest,
    fineTunedRunningCost({ model: smallModel, monthlyMaintenance: input.monthlyMaintenance }),
    input.upfrontCost,
  );
  const memory = cost(
    "Small model + memory",
    memoryPerRequest + (input.memoryFallbackShare ?? 0) * largerPerRequest,
    input.memoryMonthlyCost,
    input.memorySetupCost,
  );
  const withSaving = (row: Omit<StrategyCosts, "savingVsLarger">): StrategyCosts => ({
    ...row,
    savingVsLarger: larger.total - row.total,
  });
  const result = { larger: withSaving(larger), fineTuned: withSaving(fineTuned), memory: withSaving(memory) };
  return { ...result, rows: [result.larger, result.fineTuned, result.memory] };
}

/** True for a comparison, false for the strategy that could not be priced. */
export const isComparison = (result: Comparison | UnpricedStrategy): result is Comparison => "rows" in result;

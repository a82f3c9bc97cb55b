/** Prices are quoted in US dollars per this many tokens. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;

/** Inputs of {@link requestCost}. */
export interface RequestCostInput {
  /** Input (prompt) tokens per request. */
  inputTokens: number;
  /** Output (completion) tokens per request. */
  outputTokens: number;
  /** US dollars per 1,000,000 input tokens. */
  inputPrice: number;
  /** US dollars per 1,000,000 output tokens. */
  outputPrice: number;
}

/**
 * Cost of one request, in US dollars.
 *
 * cost = (inputTokens x inputPrice + outputTokens x outputPrice) / 1,000,000
 *
 * @example
 * requestCost({ inputTokens: 5000, outputTokens: 500, inputPrice: 3, outputPrice: 15 }); // 0.0225
 */
export function requestCost(input: RequestCostInput): number {
  return (input.inputTokens * input.inputPrice + input.outputTokens * input.outputPrice) / TOKENS_PER_PRICE_UNIT;
}

/** The prices {@link listPricedRequestCost} reads, as a model's prices name them. */
export interface ListPrices {
  input: number;
  output: number;
  cached_input?: number;
  batch_input?: number;
  batch_output?: number;
  long_context_threshold?: number;
  long_input?: number;
  long_output?: number;
  ft_input?: number;
  ft_output?: number;
  ft_cached_input?: number;
}

/** Inputs of {@link listPricedRequestCost}. */
export interface ListPricedRequestInput {
  prices: ListPrices;
  /** Input tokens per request. */
  inputTokens: number;
  /** Output tokens per request. */
  outputTokens: number;
  /** Share of input tokens read from the provider's prompt cache, in [0, 1]. */
  cachedShare: number;
  /** Share of requests sent through the provider's batch API, in [0, 1]. */
  batchShare: number;
  /** True to price at the fine-tuned inference prices (ft_input, ft_output, ft_cached_input). */
  fineTuned: boolean;
}

/** The price a request needs and the model lacks. */
export interface MissingPrice {
  missing: "ft_input" | "ft_output" | "cached_input" | "ft_cached_input" | "batch_input" | "batch_output";
}

/** A rate's multiple of the base rate; 1 where the base is 0 (a price table may give 0). */
const multiple = (rate: number, base: number): number => (base === 0 ? 1 : rate / base);

/**
 * Cost of one request at a model's list prices, in US dollars, with prompt caching, long context
 * and the batch API as the providers bill them (SPEC 3.1):
 *
 * cost = (in × ((1 − c) × p_in + c × p_cached) × k_in + out × p_out × k_out) / 1,000,000
 *
 * where k_in = long_input / input and k_out = long_output / output when the model has a
 * long-context threshold and the request's input exceeds it (the whole request is billed at the
 * long-context rates), else 1; requests through the batch API (share b) have k_in and k_out further
 * multiplied by batch_input / input and batch_output / output, and the cost is
 * (1 − b) × cost without batch + b × cost with batch. The price the request needs and the model
 * lacks, otherwise.
 *
 * @example
 * listPricedRequestCost({ prices: { input: 3, output: 15, cached_input: 0.3 }, inputTokens: 5000,
 *   outputTokens: 500, cachedShare: 0.5, batchShare: 0, fineTuned: false }); // 0.01575
 */
export function listPricedRequestCost(input: ListPricedRequestInput): number | MissingPrice {
  const { prices, inputTokens, outputTokens, cachedShare, batchShare } = input;
  const inputPrice = input.fineTuned ? prices.ft_input : prices.input;
  const outputPrice = input.fineTuned ? prices.ft_output : prices.output;
  if (inputPrice === undefined) return { missing: "ft_input" };
  if (outputPrice === undefined) return { missing: "ft_output" };
  let perInputToken = inputPrice;
  if (cachedShare > 0) {
    const cached = input.fineTuned ? prices.ft_cached_input : prices.cached_input;
    if (cached === undefined) return { missing: input.fineTuned ? "ft_cached_input" : "cached_input" };
    perInputToken = (1 - cachedShare) * inputPrice + cachedShare * cached;
  }
  let inputMultiple = 1;
  let outputMultiple = 1;
  const threshold = prices.long_context_threshold;
  if (threshold !== undefined && inputTokens > threshold) {
    inputMultiple = multiple(prices.long_input ?? prices.input, prices.input);
    outputMultiple = multiple(prices.long_output ?? prices.output, prices.output);
  }
  const inputCost = inputTokens * perInputToken * inputMultiple;
  const outputCost = outputTokens * outputPrice * outputMultiple;
  const listed = (inputCost + outputCost) / TOKENS_PER_PRICE_UNIT;
  if (batchShare === 0) return listed;
  if (prices.batch_input === undefined) return { missing: "batch_input" };
  if (prices.batch_output === undefined) return { missing: "batch_output" };
  const batched =
    (inputCost * multiple(prices.batch_input, prices.input) +
      outputCost * multiple(prices.batch_output, prices.output)) /
    TOKENS_PER_PRICE_UNIT;
  return (1 - batchShare) * listed + batchShare * batched;
}

/** The one request {@link requestCostAt} fills: the engine reads it and keeps nothing. */
const REQUEST: ListPricedRequestInput = {
  prices: { input: 0, output: 0 },
  inputTokens: 0,
  outputTokens: 0,
  cachedShare: 0,
  batchShare: 0,
  fineTuned: false,
};

/**
 * {@link listPricedRequestCost} of a request given by its parts, allocating nothing: a loop that
 * prices many requests (a broadcast column, the comparison's samples) builds no object a request.
 *
 * @example
 * requestCostAt({ input: 3, output: 15 }, 5000, 500, 0, 0, false); // 0.0225
 */
export function requestCostAt(
  prices: ListPrices,
  inputTokens: number,
  outputTokens: number,
  cachedShare: number,
  batchShare: number,
  fineTuned: boolean,
): number | MissingPrice {
  REQUEST.prices = prices;
  REQUEST.inputTokens = inputTokens;
  REQUEST.outputTokens = outputTokens;
  REQUEST.cachedShare = cachedShare;
  REQUEST.batchShare = batchShare;
  REQUEST.fineTuned = fineTuned;
  return listPricedRequestCost(REQUEST);
}

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

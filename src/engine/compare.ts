import { hasFineTunedPrices, type ModelQuote } from "./models";
import { requestCost } from "./requestCost";
import { totalCostOfOwnership } from "./tco";

/** Hours in an average month (8,760 / 12), for hourly hosting fees. */
export const HOURS_PER_MONTH = 730;

export const STRATEGIES = ["Larger model", "Fine-tuned small model", "Small model + memory"] as const;
export type Strategy = (typeof STRATEGIES)[number];

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
}

/** One strategy's costs, in US dollars. */
export interface StrategyCosts {
  strategy: Strategy;
  costPerRequest: number;
  /** Cost of the first month: volume x cost per request plus fixed monthly costs. */
  monthlyCost: number;
  upfront: number;
  /** Total cost of ownership over the horizon. */
  total: number;
  /** The larger model's total minus this total. */
  savingVsLarger: number;
}

/**
 * Costs of three ways to serve a workload: the larger model as it is, a fine-tuned small model
 * (fine-tuned inference prices where the model has them, plus maintenance and any hourly hosting),
 * and the small model at base prices with memory recall added to every prompt.
 *
 * @example
 * compareStrategies({ largeModel: sonnet, smallModel: haiku, inputTokens: 5000, outputTokens: 500,
 *   requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250,
 *   recallTokens: 0, memoryMonthlyCost: 0, memorySetupCost: 0 })[1].savingVsLarger; // 66500
 */
export function compareStrategies(input: CompareInput): StrategyCosts[] {
  const { largeModel, smallModel } = input;
  const costFor = (inputPrice: number, outputPrice: number, inputTokens: number): number =>
    requestCost({ inputTokens, outputTokens: input.outputTokens, inputPrice, outputPrice });

  const largeCost = costFor(largeModel.prices.input, largeModel.prices.output, input.inputTokens);
  const fineTunedCost = hasFineTunedPrices(smallModel)
    ? costFor(smallModel.prices.ft_input ?? 0, smallModel.prices.ft_output ?? 0, input.inputTokens)
    : costFor(smallModel.prices.input, smallModel.prices.output, input.inputTokens);
  const memoryCost = costFor(smallModel.prices.input, smallModel.prices.output, input.inputTokens + input.recallTokens);
  const hosting = (smallModel.prices.ft_hosting_hour ?? 0) * HOURS_PER_MONTH;

  const rows: { strategy: Strategy; costPerRequest: number; fixed: number; upfront: number }[] = [
    { strategy: "Larger model", costPerRequest: largeCost, fixed: 0, upfront: 0 },
    {
      strategy: "Fine-tuned small model",
      costPerRequest: fineTunedCost,
      fixed: input.monthlyMaintenance + hosting,
      upfront: input.upfrontCost,
    },
    {
      strategy: "Small model + memory",
      costPerRequest: memoryCost,
      fixed: input.memoryMonthlyCost,
      upfront: input.memorySetupCost,
    },
  ];
  const withTotals = rows.map((row) => ({
    strategy: row.strategy,
    costPerRequest: row.costPerRequest,
    monthlyCost: input.requestsPerMonth * row.costPerRequest + row.fixed,
    upfront: row.upfront,
    total: totalCostOfOwnership({
      upfrontCost: row.upfront,
      costPerRequest: row.costPerRequest,
      requestsPerMonth: input.requestsPerMonth,
      months: input.months,
      monthlyFixedCost: row.fixed,
      annualDiscountRate: 0,
      monthlyVolumeGrowth: 0,
      annualPriceChange: 0,
    }),
  }));
  const largerTotal = withTotals[0].total;
  return withTotals.map((row) => ({ ...row, savingVsLarger: largerTotal - row.total }));
}

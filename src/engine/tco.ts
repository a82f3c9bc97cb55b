import { annuityFactor, geometricSeries, monthlyLogDiscount } from "./discounting";

/** Inputs of {@link totalCostOfOwnership}. */
export interface TcoInput {
  /** US dollars spent before the first month. */
  upfrontCost: number;
  /** US dollars per request in the first month. */
  costPerRequest: number;
  /** Requests per month in the first month. */
  requestsPerMonth: number;
  /** Whole months in the horizon. */
  months: number;
  /** US dollars per month that do not depend on volume (hosting, maintenance, memory store). */
  monthlyFixedCost: number;
  /** Annual discount rate as a decimal; 0 for none. */
  annualDiscountRate: number;
  /** Growth of the volume from one month to the next, as a decimal (0.05 = 5 % a month). */
  monthlyVolumeGrowth: number;
  /** Change of per-request prices over a year, as a decimal (-0.5 = prices halve every year). */
  annualPriceChange: number;
}

/**
 * Total cost of ownership of a strategy over a horizon, in US dollars.
 *
 * TCO = upfront + sum over k = 1..months of cash_k / (1 + i)^k, where
 * cash_k = V x (1 + g)^(k-1) x c x (1 + p)^((k-1)/12) + F.
 *
 * Both parts of the sum are geometric series and are computed in closed form.
 *
 * @example
 * totalCostOfOwnership({ upfrontCost: 0, costPerRequest: 0.0225, requestsPerMonth: 500000, months: 12,
 *   monthlyFixedCost: 0, annualDiscountRate: 0, monthlyVolumeGrowth: 0, annualPriceChange: 0 }); // 135000
 */
export function totalCostOfOwnership(input: TcoInput): number {
  const logDiscount = monthlyLogDiscount(input.annualDiscountRate);
  const logGrowth = Math.log1p(input.monthlyVolumeGrowth) + Math.log1p(input.annualPriceChange) / 12 - logDiscount;
  const firstMonthVariable = input.requestsPerMonth * input.costPerRequest;
  const variable =
    firstMonthVariable === 0
      ? 0
      : (firstMonthVariable * geometricSeries(input.months, logGrowth)) / Math.exp(logDiscount);
  const fixed = input.monthlyFixedCost === 0 ? 0 : input.monthlyFixedCost * annuityFactor(input.months, logDiscount);
  return input.upfrontCost + variable + fixed;
}

/**
 * Cumulative (discounted) cost at the end of month 0, 1, ..., months, in US dollars: months + 1
 * values, the first being the upfront cost and the last {@link totalCostOfOwnership}.
 *
 * @example
 * costOfOwnershipSeries({ upfrontCost: 100, costPerRequest: 0.01, requestsPerMonth: 1000, months: 2,
 *   monthlyFixedCost: 0, annualDiscountRate: 0, monthlyVolumeGrowth: 0, annualPriceChange: 0 }); // [100, 110, 120]
 */
export function costOfOwnershipSeries(input: TcoInput): number[] {
  const series: number[] = [];
  for (let k = 0; k <= input.months; k++) {
    series.push(totalCostOfOwnership({ ...input, months: k }));
  }
  return series;
}

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
 * What every total over one horizon shares, whatever its volume and costs: worked out once, it
 * prices any number of strategies over that horizon (see {@link totalOverHorizon}).
 */
export interface HorizonFactors {
  /** Sum over j = 0..months-1 of ((1 + g) x (1 + p)^(1/12) / (1 + i))^j: the variable cash's factor, but for one discount. */
  series: number;
  /** 1 + i, the month's discount the series leaves out. */
  discount: number;
  /** Sum over k = 1..months of (1 + i)^-k: the fixed cash's factor. */
  annuity: number;
}

/**
 * The factors of a horizon of `months` at an annual discount rate, a monthly volume growth and an
 * annual price change (decimals), as {@link totalCostOfOwnership} uses them.
 *
 * @example
 * horizonFactors(12, 0, 0, 0); // { series: 12, discount: 1, annuity: 12 }
 */
export function horizonFactors(
  months: number,
  annualDiscountRate: number,
  monthlyVolumeGrowth: number,
  annualPriceChange: number,
): HorizonFactors {
  const logDiscount = monthlyLogDiscount(annualDiscountRate);
  const logGrowth = Math.log1p(monthlyVolumeGrowth) + Math.log1p(annualPriceChange) / 12 - logDiscount;
  return {
    series: geometricSeries(months, logGrowth),
    discount: Math.exp(logDiscount),
    annuity: annuityFactor(months, logDiscount),
  };
}

/**
 * Total cost of ownership over a horizon whose factors are known, in US dollars: upfront + the
 * first month's variable cost x series / discount + the monthly fixed cost x annuity (a part that
 * is 0 adds 0, whatever its factor).
 *
 * @example
 * totalOverHorizon(horizonFactors(12, 0, 0, 0), 17500, 3000, 1250); // 68500
 */
export function totalOverHorizon(
  horizon: HorizonFactors,
  upfrontCost: number,
  firstMonthVariable: number,
  monthlyFixedCost: number,
): number {
  const variable = firstMonthVariable === 0 ? 0 : (firstMonthVariable * horizon.series) / horizon.discount;
  const fixed = monthlyFixedCost === 0 ? 0 : monthlyFixedCost * horizon.annuity;
  return upfrontCost + variable + fixed;
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
  return totalOverHorizon(
    horizonFactors(input.months, input.annualDiscountRate, input.monthlyVolumeGrowth, input.annualPriceChange),
    input.upfrontCost,
    input.requestsPerMonth * input.costPerRequest,
    input.monthlyFixedCost,
  );
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

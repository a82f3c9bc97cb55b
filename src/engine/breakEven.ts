import { annuityFactor, monthlyDiscountRate, monthlyLogDiscount } from "./discounting";

/** Inputs of {@link breakEvenMonths}. */
export interface BreakEvenInput {
  /** US dollars invested before the first month. */
  upfrontCost: number;
  /** US dollars saved per month. */
  monthlySavings: number;
  /** US dollars per month spent keeping the fine-tuned model current. */
  monthlyMaintenance: number;
  /** Annual discount rate as a decimal (0.10 = 10 %); 0 for none. */
  annualDiscountRate: number;
}

/** Why an investment never pays back. */
export type NeverPaysBack =
  | {
      paysBack: false;
      reason: "no-net-savings";
      monthlySavings: number;
      monthlyMaintenance: number;
    }
  | {
      paysBack: false;
      reason: "discounting-outpaces-savings";
      /** Present value, in US dollars, of the net savings continued for ever. */
      presentValueOfSavings: number;
      upfrontCost: number;
      annualDiscountRate: number;
    };

/** Months until cumulative net savings repay the upfront cost, or why they never do. */
export type BreakEvenResult = { paysBack: true; months: number } | NeverPaysBack;

/**
 * Months until the cumulative (discounted) net savings repay the upfront cost, as a plain number:
 * Infinity when they never do ({@link whyNeverPaysBack} says why). Fractional: cash flows fall at the end of each month and are
 * interpolated by the continuous formula. This is the number alone, for a scenario grid that
 * computes it per cell; {@link breakEvenMonths} also says why an investment never pays back.
 *
 * Without discounting: t = upfront / (savings - maintenance).
 * With a monthly rate i: t = -ln(1 - upfront x i / (savings - maintenance)) / ln(1 + i).
 *
 * @example
 * paybackMonths({ upfrontCost: 30000, monthlySavings: 8250, monthlyMaintenance: 0, annualDiscountRate: 0.1 });
 * // 3.7048
 */
export function paybackMonths(input: BreakEvenInput): number {
  return paybackAt(
    input.upfrontCost,
    input.monthlySavings - input.monthlyMaintenance,
    sameDiscount(input.annualDiscountRate),
  );
}

/**
 * The discounts recently asked for: a column of break-evens at one rate, or a grid of a few rates,
 * works each out once. No rate (the common case of a scenario grid) is checked first, then the
 * rate of the cell before, with no lookup on the hot path; the cache is emptied when it fills.
 */
let lastDiscount: Discount | undefined;
const discounts = new Map<number, Discount>();
const MAX_CACHED_DISCOUNTS = 64;
function sameDiscount(annualRate: number): Discount {
  if (annualRate === 0) return NO_DISCOUNT;
  if (lastDiscount?.annualRate === annualRate) return lastDiscount;
  let discount = discounts.get(annualRate);
  if (!discount) {
    if (discounts.size >= MAX_CACHED_DISCOUNTS) discounts.clear();
    discount = discountOf(annualRate);
    discounts.set(annualRate, discount);
  }
  lastDiscount = discount;
  return discount;
}

/** An annual discount rate with its monthly rate and monthly log-discount, worked out once. */
export interface Discount {
  annualRate: number;
  /** (1 + annualRate)^(1/12) − 1. */
  monthlyRate: number;
  /** ln(1 + monthlyRate). */
  logDiscount: number;
}

/** The discount of an annual rate, for many break-evens or net savings at that rate. */
export function discountOf(annualRate: number): Discount {
  return {
    annualRate,
    monthlyRate: monthlyDiscountRate(annualRate),
    logDiscount: monthlyLogDiscount(annualRate),
  };
}

/** No discounting. */
const NO_DISCOUNT: Discount = { annualRate: 0, monthlyRate: 0, logDiscount: 0 };

/**
 * {@link paybackMonths} from the upfront cost and the net saving per month (savings minus
 * maintenance), at a discount worked out once: the one formula behind FT_BREAKEVEN and every
 * sample of FT_PAYBACK_RISK.
 */
export function paybackAt(upfrontCost: number, netPerMonth: number, discount: Discount): number {
  if (!(netPerMonth > 0)) return Infinity;
  if (discount.annualRate === 0) return upfrontCost / netPerMonth;
  const share = (upfrontCost * discount.monthlyRate) / netPerMonth;
  return share < 1 ? -Math.log1p(-share) / discount.logDiscount : Infinity;
}

/**
 * Months until the cumulative (discounted) net savings repay the upfront cost, as
 * {@link paybackMonths} computes them, or why they never do.
 *
 * @example
 * breakEvenMonths({ upfrontCost: 30000, monthlySavings: 8250, monthlyMaintenance: 0, annualDiscountRate: 0 });
 * // { paysBack: true, months: 3.6364 }
 */
export function breakEvenMonths(input: BreakEvenInput): BreakEvenResult {
  return whyNeverPaysBack(input) ?? { paysBack: true, months: paybackMonths(input) };
}

/**
 * Why an investment never pays back, or undefined when it does. (A payback too far to represent
 * is Infinity months, not "never": the functions report that as an overflow.)
 */
export function whyNeverPaysBack(input: BreakEvenInput): NeverPaysBack | undefined {
  const net = input.monthlySavings - input.monthlyMaintenance;
  if (!(net > 0)) {
    return {
      paysBack: false,
      reason: "no-net-savings",
      monthlySavings: input.monthlySavings,
      monthlyMaintenance: input.monthlyMaintenance,
    };
  }
  if (input.annualDiscountRate === 0) return undefined;
  const i = monthlyDiscountRate(input.annualDiscountRate);
  if ((input.upfrontCost * i) / net < 1) return undefined;
  return {
    paysBack: false,
    reason: "discounting-outpaces-savings",
    presentValueOfSavings: net / i,
    upfrontCost: input.upfrontCost,
    annualDiscountRate: input.annualDiscountRate,
  };
}

/** Inputs of {@link breakEvenVolume}. */
export interface BreakEvenVolumeInput {
  /** US dollars invested before the first month. */
  upfrontCost: number;
  /** US dollars saved per request. */
  savingsPerRequest: number;
  /** Months within which the investment must pay back (> 0). */
  withinMonths: number;
  /** US dollars per month of maintenance. */
  monthlyMaintenance: number;
}

/** Requests per month needed to break even, or why no volume ever does. */
export type BreakEvenVolumeResult =
  | { paysBack: true; requestsPerMonth: number }
  | { paysBack: false; reason: "no-saving-per-request"; savingsPerRequest: number };

/**
 * Requests per month needed for the savings to repay the upfront cost within a horizon while
 * covering maintenance.
 *
 * volume = (upfront / withinMonths + maintenance) / savingsPerRequest
 *
 * @example
 * breakEvenVolume({ upfrontCost: 17500, savingsPerRequest: 0.0165, withinMonths: 12, monthlyMaintenance: 1250 });
 * // { paysBack: true, requestsPerMonth: 164141.41 }
 */
export function breakEvenVolume(input: BreakEvenVolumeInput): BreakEvenVolumeResult {
  if (!(input.savingsPerRequest > 0)) {
    return {
      paysBack: false,
      reason: "no-saving-per-request",
      savingsPerRequest: input.savingsPerRequest,
    };
  }
  return {
    paysBack: true,
    requestsPerMonth: (input.upfrontCost / input.withinMonths + input.monthlyMaintenance) / input.savingsPerRequest,
  };
}

/** Inputs of {@link netSavings}. */
export interface NetSavingsInput {
  /** US dollars invested before the first month. */
  upfrontCost: number;
  /** US dollars saved per month. */
  monthlySavings: number;
  /** Whole months in the horizon. */
  months: number;
  /** US dollars per month of maintenance. */
  monthlyMaintenance: number;
  /** Annual discount rate as a decimal; 0 for none. */
  annualDiscountRate: number;
}

/**
 * Net savings over a horizon, in US dollars (negative while the investment has not paid back).
 *
 * net = -upfront + sum over k = 1..months of (savings - maintenance) / (1 + i)^k
 *
 * @example
 * netSavings({ upfrontCost: 17500, monthlySavings: 8250, months: 12, monthlyMaintenance: 1250, annualDiscountRate: 0 }); // 66500
 */
export function netSavings(input: NetSavingsInput): number {
  const factor = annuityFactor(input.months, monthlyLogDiscount(input.annualDiscountRate));
  return netSavingsAt(input.upfrontCost, input.monthlySavings - input.monthlyMaintenance, factor);
}

/**
 * {@link netSavings} from the upfront cost, the net saving per month and the horizon's annuity
 * factor worked out once: the one formula behind FT_NET_SAVINGS and every sample of FT_PAYBACK_RISK.
 */
export function netSavingsAt(upfrontCost: number, netPerMonth: number, annuity: number): number {
  return -upfrontCost + netPerMonth * annuity;
}

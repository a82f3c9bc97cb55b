/**
 * Continuous monthly log-discount factor ln(1 + i) for an annual rate, where
 * i = (1 + annualRate)^(1/12) - 1 is the equivalent monthly rate. Working in logs keeps the
 * sums below accurate for rates close to zero.
 */
export function monthlyLogDiscount(annualRate: number): number {
  return Math.log1p(annualRate) / 12;
}

/**
 * Monthly rate equivalent to an annual rate, as a decimal.
 *
 * i = (1 + annualRate)^(1/12) - 1
 *
 * @example
 * monthlyDiscountRate(0.10); // 0.0079741404
 */
export function monthlyDiscountRate(annualRate: number): number {
  return Math.expm1(monthlyLogDiscount(annualRate));
}

/**
 * Sum of q^j for j = 0 .. n-1 where q = e^logRatio; n when the ratio is 1.
 * Closed form, so a long horizon costs no more than a short one.
 */
export function geometricSeries(n: number, logRatio: number): number {
  if (logRatio === 0 || n === 0) return n;
  return Math.expm1(n * logRatio) / Math.expm1(logRatio);
}

/**
 * Present value of 1 US dollar paid at the end of each of n months, at log-discount
 * logDiscount per month: sum over k = 1..n of (1 + i)^-k. Equals n with no discount.
 */
export function annuityFactor(n: number, logDiscount: number): number {
  if (logDiscount === 0 || n === 0) return n;
  return -Math.expm1(-n * logDiscount) / Math.expm1(logDiscount);
}

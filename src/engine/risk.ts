import { discountOf, netSavings, netSavingsAt, paybackAt } from "./breakEven";
import { annuityFactor } from "./discounting";

/**
 * An uncertain input as an analyst types it (SPEC 3.10): one value (fixed), {low, high} (uniform
 * between them) or {low, most likely, high} (triangular).
 */
export type Spread =
  | { kind: "fixed"; value: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "triangular"; low: number; mode: number; high: number };

/** A spread's low, base and high: the base is the most likely value, or the midpoint of {low, high}. */
export function spreadPoints(spread: Spread): { low: number; base: number; high: number } {
  switch (spread.kind) {
    case "fixed":
      return { low: spread.value, base: spread.value, high: spread.value };
    case "uniform":
      return { low: spread.low, base: (spread.low + spread.high) / 2, high: spread.high };
    case "triangular":
      return { low: spread.low, base: spread.mode, high: spread.high };
  }
}

/** True when the spread is a range, not a single value. */
export const isUncertain = (spread: Spread): boolean => spread.kind !== "fixed";

/**
 * A small, fast generator of uniform numbers in [0, 1) from a whole-number seed: xoshiro128**,
 * seeded through SplitMix32. Integer arithmetic only (Math.imul, shifts), so the same seed gives
 * the same sequence on every machine and JavaScript engine; never Math.random.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // SplitMix32 spreads the seed (a 32-bit whole number, as FT_PAYBACK_RISK takes it) over the 128-bit state.
    let s = (seed >>> 0) ^ Math.imul(Math.floor(seed / 0x100000000) >>> 0, 0x9e3779b9);
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }

  /** The next 32 random bits, as an unsigned whole number. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A uniform number in [0, 1), at a resolution of 2^-32. */
  next(): number {
    return this.nextUint32() / 0x100000000;
  }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * A spread ready to draw from many times: the same shape for every kind of spread, so a loop
 * that draws a million times calls one method on objects of one shape. `draw(u)` turns a uniform
 * number u in [0, 1) into a value of the spread by its inverse distribution function.
 */
export class Sampler {
  readonly uncertain: boolean;
  private readonly low: number;
  private readonly high: number;
  /** Where the triangle's rising side ends, as a share of the draws; 1 for a uniform spread. */
  private readonly split: number;
  private readonly rising: number;
  private readonly falling: number;
  private readonly triangular: boolean;

  constructor(spread: Spread) {
    const { low, base, high } = spreadPoints(spread);
    const width = high - low;
    this.uncertain = isUncertain(spread);
    this.low = low;
    this.high = high;
    this.triangular = spread.kind === "triangular" && width > 0;
    this.split = this.triangular ? (base - low) / width : 1;
    this.rising = width * (base - low);
    this.falling = width * (high - base);
  }

  draw(u: number): number {
    if (!this.triangular) return this.low + u * (this.high - this.low);
    return u < this.split ? this.low + Math.sqrt(u * this.rising) : this.high - Math.sqrt((1 - u) * this.falling);
  }
}

/**
 * Reorders values[from..to] (inclusive) so that values[k] is the value a full sort would put
 * there, everything before it no greater and everything after it no smaller: Hoare's selection
 * with a median-of-three pivot, O(n) on average, in place.
 */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const middle = (left + right) >>> 1;
    // The median of three as the pivot, moved to values[left].
    if (values[middle] < values[left]) swap(values, middle, left);
    if (values[right] < values[left]) swap(values, right, left);
    if (values[right] < values[middle]) swap(values, right, middle);
    swap(values, left, middle);
    const pivot = values[left];
    let i = left + 1;
    let j = right;
    for (;;) {
      while (i <= j && values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i >= j) break;
      swap(values, i, j);
      i++;
      j--;
    }
    swap(values, left, j);
    if (j === k) return;
    if (j < k) left = j + 1;
    else right = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const held = values[i];
  values[i] = values[j];
  values[j] = held;
}

/**
 * Excel's PERCENTILE.INC at each p: linear interpolation at rank p × (n − 1), found by
 * selection rather than a full sort. Reorders the values. Infinity where the rank falls on, or
 * between, values of which one is infinite (an investment that never pays back).
 *
 * @example
 * percentilesInc(Float64Array.from([4, 1, 3, 2]), [0.1, 0.5]); // [1.3, 2.5]
 */
export function percentilesInc(values: Float64Array, ps: readonly number[]): number[] {
  const last = values.length - 1;
  let from = 0;
  // Lowest first, so that each selection starts where the one below left off; answered in the order asked.
  const order = ps.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const found = new Array<number>(ps.length);
  for (const { p, index } of order) found[index] = percentileAt(p);
  return found;

  function percentileAt(p: number): number {
    const rank = p * last;
    const below = Math.floor(rank);
    const fraction = rank - below;
    select(values, below, from, last);
    // Everything before `below` is no greater: a later, higher percentile looks from here on.
    from = below;
    const lower = values[below];
    if (fraction === 0) return lower;
    // The next value up is the smallest of those after it.
    let upper = Infinity;
    for (let i = below + 1; i <= last; i++) if (values[i] < upper) upper = values[i];
    if (lower === Infinity || upper === Infinity) return Infinity;
    return lower + fraction * (upper - lower);
  }
}

/** Inputs of {@link paybackRisk}. */
export interface PaybackRiskInput {
  upfrontCost: Spread;
  monthlySavings: Spread;
  monthlyMaintenance: Spread;
  /** Whole months within which paying back counts, and the horizon of net savings. */
  withinMonths: number;
  /** Annual discount rate as a decimal; 0 for none. */
  annualDiscountRate: number;
  /** Number of draws. */
  samples: number;
  /** Seed of the generator: the same seed gives the same table. */
  seed: number;
}

/** The percentiles a risk table reports. */
export const RISK_PERCENTILES = [0.1, 0.5, 0.9] as const;

/** What the simulation found. Break-even percentiles are Infinity where they fall among samples that never pay back. */
export interface PaybackRisk {
  /** Share of samples that break even within the months given, 0 to 1. */
  chanceWithin: number;
  /** Share of samples that never break even, 0 to 1. */
  chanceNever: number;
  /** Break-even months at the 10th, 50th and 90th percentiles. */
  breakEvenMonths: [number, number, number];
  /** Net savings after the months given at the 10th, 50th and 90th percentiles, US dollars. */
  netSavings: [number, number, number];
}

/**
 * The chance that fine-tuning pays back, by simulation (SPEC 3.10): each sample draws the three
 * inputs independently, its break-even months as {@link paybackMonths} computes them and its net
 * savings after `withinMonths` as {@link netSavings} does. Deterministic for a seed. With every
 * input fixed the chances are 0 or 1 and every percentile is the deterministic value.
 *
 * @example
 * paybackRisk({ upfrontCost: { kind: "fixed", value: 17500 }, monthlySavings: { kind: "fixed", value: 8250 },
 *   monthlyMaintenance: { kind: "fixed", value: 1250 }, withinMonths: 12, annualDiscountRate: 0,
 *   samples: 100, seed: 1 }).chanceWithin; // 1
 */
export function paybackRisk(input: PaybackRiskInput): PaybackRisk {
  const { samples, withinMonths } = input;
  const random = new SeededRandom(input.seed);
  const months = new Float64Array(samples);
  const net = new Float64Array(samples);
  // The discount and the annuity factor are the same for every sample: work them out once.
  const discount = discountOf(input.annualDiscountRate);
  const annuity = annuityFactor(withinMonths, discount.logDiscount);
  const [upfront, savings, maintenance] = [input.upfrontCost, input.monthlySavings, input.monthlyMaintenance].map(
    (spread) => new Sampler(spread),
  );
  let within = 0;
  let never = 0;
  for (let k = 0; k < samples; k++) {
    // Each uncertain input takes its own draw, in argument order; a fixed input takes none.
    const cost = upfront.draw(upfront.uncertain ? random.next() : 0);
    const saved = savings.draw(savings.uncertain ? random.next() : 0);
    const perMonth = saved - maintenance.draw(maintenance.uncertain ? random.next() : 0);
    const payback = paybackAt(cost, perMonth, discount);
    months[k] = payback;
    if (payback === Infinity) never += 1;
    else if (payback <= withinMonths) within += 1;
    net[k] = netSavingsAt(cost, perMonth, annuity);
  }
  return {
    chanceWithin: within / samples,
    chanceNever: never / samples,
    breakEvenMonths: percentilesInc(months, RISK_PERCENTILES) as [number, number, number],
    netSavings: percentilesInc(net, RISK_PERCENTILES) as [number, number, number],
  };
}

/** Why each uncertain input matters: {@link sensitivity}'s rows. */
export interface SensitivityRow {
  /** Which input: 0 upfront cost, 1 monthly savings, 2 monthly maintenance. */
  input: 0 | 1 | 2;
  low: number;
  high: number;
  /** Net savings with this input at its low, the others at their base. */
  netAtLow: number;
  /** Net savings with this input at its high, the others at their base. */
  netAtHigh: number;
  /** |netAtHigh − netAtLow|. */
  swing: number;
}

/** Inputs of {@link sensitivity}. */
export interface SensitivityInput {
  upfrontCost: Spread;
  monthlySavings: Spread;
  monthlyMaintenance: Spread;
  /** Whole months of the net savings. */
  months: number;
  /** Annual discount rate as a decimal; 0 for none. */
  annualDiscountRate: number;
}

/**
 * The tornado (SPEC 3.10): every input at its base, one uncertain input at a time swung to its
 * low and its high, net savings after `months` as {@link netSavings} computes them. One row per
 * uncertain input, largest swing first (ties in argument order); none when no input has a range.
 *
 * @example
 * sensitivity({ upfrontCost: { kind: "uniform", low: 5000, high: 30000 },
 *   monthlySavings: { kind: "fixed", value: 8250 }, monthlyMaintenance: { kind: "fixed", value: 1250 },
 *   months: 24, annualDiscountRate: 0 })[0].swing; // 25000
 */
export function sensitivity(input: SensitivityInput): SensitivityRow[] {
  const spreads = [input.upfrontCost, input.monthlySavings, input.monthlyMaintenance];
  const bases = spreads.map((spread) => spreadPoints(spread).base);
  const net = (values: number[]) =>
    netSavings({
      upfrontCost: values[0],
      monthlySavings: values[1],
      monthlyMaintenance: values[2],
      months: input.months,
      annualDiscountRate: input.annualDiscountRate,
    });
  const rows: SensitivityRow[] = [];
  spreads.forEach((spread, index) => {
    if (!isUncertain(spread)) return;
    const { low, high } = spreadPoints(spread);
    const at = (value: number) => net(bases.map((base, k) => (k === index ? value : base)));
    const netAtLow = at(low);
    const netAtHigh = at(high);
    rows.push({ input: index as 0 | 1 | 2, low, high, netAtLow, netAtHigh, swing: Math.abs(netAtHigh - netAtLow) });
  });
  // Array.prototype.sort is stable: equal swings keep argument order.
  return rows.sort((a, b) => b.swing - a.swing);
}

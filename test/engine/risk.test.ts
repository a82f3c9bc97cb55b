/**
 * The payback simulation and the tornado (SPEC 3.10) against independent computations written
 * here: exact values with fixed inputs, analytic distributions for ranges, with tolerances from
 * the sample size (a few standard errors), never guessed; determinism, seeds and properties.
 */
import fc from "fast-check";
import {
  netSavings,
  paybackMonths,
  paybackRisk,
  percentilesInc,
  SeededRandom,
  sensitivity,
  type PaybackRiskInput,
  type Spread,
} from "../../src/engine";
import { expectNear } from "../helpers/tolerance";

const fixed = (value: number): Spread => ({ kind: "fixed", value });
const uniform = (low: number, high: number): Spread => ({ kind: "uniform", low, high });
const triangular = (low: number, mode: number, high: number): Spread => ({ kind: "triangular", low, mode, high });

const base: PaybackRiskInput = {
  upfrontCost: fixed(17500),
  monthlySavings: fixed(8250),
  monthlyMaintenance: fixed(1250),
  withinMonths: 12,
  annualDiscountRate: 0,
  samples: 10_000,
  seed: 1,
};

/** Five standard errors of a share p estimated from n samples: a miss is a one-in-a-million event. */
const shareTolerance = (p: number, n: number) => 5 * Math.sqrt((p * (1 - p)) / n) + 1 / n;

/**
 * Five standard errors of the sample p-quantile from n samples, for a distribution with density f
 * at that quantile (the asymptotic normal of order statistics).
 */
const quantileTolerance = (p: number, n: number, density: number) => (5 * Math.sqrt((p * (1 - p)) / n)) / density;

/** Excel's PERCENTILE.INC by a full sort, written out here to check the selection against. */
function percentileBySort(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const fraction = rank - below;
  if (fraction === 0) return sorted[below];
  if (!Number.isFinite(sorted[below]) || !Number.isFinite(sorted[below + 1])) return Infinity;
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

describe("percentilesInc: Excel's PERCENTILE.INC", () => {
  it("interpolates at rank p x (n - 1), as Excel does", () => {
    expect(percentilesInc(Float64Array.from([4, 1, 3, 2]), [0.1, 0.5, 0.9])).toEqual([1.3, 2.5, 3.7]);
    expect(percentilesInc(Float64Array.from([7]), [0.1, 0.5, 0.9])).toEqual([7, 7, 7]);
  });

  it("answers in the order asked, whatever that order", () => {
    expect(percentilesInc(Float64Array.from([4, 1, 3, 2]), [0.9, 0.1, 0.5])).toEqual([3.7, 1.3, 2.5]);
  });

  it("is Infinity where the rank falls among values that never pay back", () => {
    const values = Float64Array.from([1, 2, Infinity, Infinity, 3]);
    // Sorted 1, 2, 3, ∞, ∞: ranks 0.4, 2, 3.6.
    expect(percentilesInc(values, [0.1, 0.5, 0.9])).toEqual([1.4, 3, Infinity]);
  });

  it("agrees with a full sort on any values, duplicates and infinities included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(Infinity)), { minLength: 1, maxLength: 300 }),
        (values) => {
          const found = percentilesInc(Float64Array.from(values), [0.1, 0.5, 0.9]);
          [0.1, 0.5, 0.9].forEach((p, k) => {
            const expected = percentileBySort(values, p);
            if (expected === Infinity) expect(found[k]).toBe(Infinity);
            else expectNear(found[k], expected, 9);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("SeededRandom", () => {
  it("gives the same sequence for a seed on every run, and another for another seed", () => {
    const draws = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 4 }, () => random.nextUint32());
    };
    expect(draws(1)).toEqual(draws(1));
    expect(draws(2)).not.toEqual(draws(1));
    // Pinned: a change of generator would change every workbook's table.
    expect(draws(1)).toEqual([2442144158, 3238099751, 3819917871, 2104621829]);
  });

  it("is uniform: a chi-square over 100 bins of 1,000,000 draws stays below its one-in-a-million bound", () => {
    const random = new SeededRandom(42);
    const bins = new Array<number>(100).fill(0);
    const n = 1_000_000;
    let sum = 0;
    let outside = 0;
    for (let k = 0; k < n; k++) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside += 1;
      sum += u;
      bins[Math.floor(u * 100)] += 1;
    }
    expect(outside).toBe(0);
    const expected = n / 100;
    const chiSquare = bins.reduce((total, count) => total + (count - expected) ** 2 / expected, 0);
    // 99 degrees of freedom: mean 99, sd 14; P(χ² > 170) < 1e-6.
    expect(chiSquare).toBeLessThan(170);
    // The mean of uniform draws: 0.5, sd sqrt(1/12/n).
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });
});

describe("paybackRisk with every input fixed", () => {
  it("gives chances of 0 or 1 and the deterministic break-even and net savings at every percentile", () => {
    const risk = paybackRisk(base);
    expect([risk.chanceWithin, risk.chanceNever]).toEqual([1, 0]);
    const months = paybackMonths({
      upfrontCost: 17500,
      monthlySavings: 8250,
      monthlyMaintenance: 1250,
      annualDiscountRate: 0,
    });
    expect(risk.breakEvenMonths).toEqual([months, months, months]);
    expect(months).toBe(2.5);
    expect(risk.netSavings).toEqual([66500, 66500, 66500]);
  });

  it("within fewer months than the payback: a chance of 0", () => {
    expect(paybackRisk({ ...base, withinMonths: 2 }).chanceWithin).toBe(0);
  });

  it("discounted exactly as FT_BREAKEVEN and FT_NET_SAVINGS are", () => {
    const risk = paybackRisk({ ...base, annualDiscountRate: 0.1 });
    const input = { upfrontCost: 17500, monthlySavings: 8250, monthlyMaintenance: 1250, annualDiscountRate: 0.1 };
    expect(risk.breakEvenMonths[1]).toBe(paybackMonths(input));
    expect(risk.netSavings[1]).toBe(netSavings({ ...input, months: 12 }));
  });

  it("never breaking even: a chance of 1 and no break-even percentile", () => {
    const risk = paybackRisk({ ...base, monthlySavings: fixed(1000) });
    expect([risk.chanceWithin, risk.chanceNever]).toEqual([0, 1]);
    expect(risk.breakEvenMonths).toEqual([Infinity, Infinity, Infinity]);
    expect(risk.netSavings[1]).toBe(-17500 - 250 * 12);
  });
});

describe("paybackRisk against the analytic distribution", () => {
  const n = 100_000;

  it("uniform upfront over fixed net savings: break-even months are uniform too", () => {
    // T = U / 7,000 with U uniform on [5,000, 30,000]: uniform on [0.714, 4.286].
    const low = 5000 / 7000;
    const high = 30000 / 7000;
    const risk = paybackRisk({ ...base, upfrontCost: uniform(5000, 30000), withinMonths: 3, samples: n, seed: 7 });
    const within = (3 - low) / (high - low);
    expect(Math.abs(risk.chanceWithin - within)).toBeLessThan(shareTolerance(within, n));
    expect(risk.chanceNever).toBe(0);
    [0.1, 0.5, 0.9].forEach((p, k) => {
      const quantile = low + p * (high - low);
      expect(Math.abs(risk.breakEvenMonths[k] - quantile)).toBeLessThan(quantileTolerance(p, n, 1 / (high - low)));
    });
  });

  it("uniform savings: net savings are uniform, and the share that never breaks even is exact", () => {
    // Savings uniform on [0, 10,000], maintenance 1,250: never when savings ≤ 1,250 (12.5 %).
    const risk = paybackRisk({ ...base, monthlySavings: uniform(0, 10000), samples: n, seed: 11 });
    expect(Math.abs(risk.chanceNever - 0.125)).toBeLessThan(shareTolerance(0.125, n));
    // Net after 12 months = -17,500 + 12 (S - 1,250): uniform on [-32,500, 87,500].
    [0.1, 0.5, 0.9].forEach((p, k) => {
      const quantile = -32500 + p * 120000;
      expect(Math.abs(risk.netSavings[k] - quantile)).toBeLessThan(quantileTolerance(p, n, 1 / 120000));
    });
    // Break-even within 12 months when 17,500 / (S - 1,250) ≤ 12, S ≥ 2,708.33: P = 0.72917.
    const within = 1 - (17500 / 12 + 1250) / 10000;
    expect(Math.abs(risk.chanceWithin - within)).toBeLessThan(shareTolerance(within, n));
  });

  it("triangular savings: the chance of paying back follows the triangle's distribution function", () => {
    const [a, c, b] = [2000, 8250, 12000];
    const cdf = (x: number) =>
      x <= a ? 0 : x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : x < b ? 1 - (b - x) ** 2 / ((b - a) * (b - c)) : 1;
    for (const months of [2, 3, 6]) {
      const risk = paybackRisk({ ...base, monthlySavings: triangular(a, c, b), withinMonths: months, samples: n });
      const within = 1 - cdf(17500 / months + 1250);
      expect(Math.abs(risk.chanceWithin - within)).toBeLessThan(shareTolerance(within, n));
    }
  });

  it("two independent uniform inputs: the chance matches a numerical integration over both", () => {
    // U uniform [5,000, 30,000], S uniform [3,000, 9,000], maintenance 1,250, within 6 months:
    // P(U ≤ 6 (S - 1,250)) = mean over S of the share of U below 6 (S - 1,250).
    const steps = 100_000;
    let integral = 0;
    for (let k = 0; k < steps; k++) {
      const s = 3000 + ((k + 0.5) / steps) * 6000;
      integral += Math.min(1, Math.max(0, (6 * (s - 1250) - 5000) / 25000));
    }
    const within = integral / steps;
    const risk = paybackRisk({
      ...base,
      upfrontCost: uniform(5000, 30000),
      monthlySavings: uniform(3000, 9000),
      withinMonths: 6,
      samples: n,
      seed: 3,
    });
    expect(Math.abs(risk.chanceWithin - within)).toBeLessThan(shareTolerance(within, n));
  });
});

describe("paybackRisk is deterministic", () => {
  const ranged = {
    ...base,
    upfrontCost: uniform(5000, 30000),
    monthlySavings: triangular(2000, 8250, 12000),
    monthlyMaintenance: uniform(500, 2000),
  };

  it("the same arguments give the same table; another seed another one", () => {
    expect(paybackRisk(ranged)).toEqual(paybackRisk(ranged));
    expect(paybackRisk({ ...ranged, seed: 2 })).not.toEqual(paybackRisk(ranged));
  });

  it("pins the table of the README's example, so that no change of generator goes unnoticed", () => {
    const risk = paybackRisk(ranged);
    expect([risk.chanceWithin, risk.chanceNever]).toEqual([0.9851, 0]);
    [1.200076320241032, 2.8432997338326302, 6.043732674539801].forEach((months, k) =>
      expectNear(risk.breakEvenMonths[k], months, 12),
    );
    [20331.797991795513, 57703.00999778228, 89511.90822988428].forEach((net, k) =>
      expectNear(risk.netSavings[k], net, 9),
    );
  });
});

describe("properties", () => {
  const spread = fc
    .tuple(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 40000 }))
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);

  it("a wider range of upfront cost never narrows the 10th-90th percentile band", () => {
    fc.assert(
      fc.property(
        spread,
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 0, max: 1000 }),
        ([low, high], widen, seed) => {
          const band = (spreadOf: Spread) => {
            const risk = paybackRisk({ ...base, upfrontCost: spreadOf, samples: 500, seed });
            return risk.netSavings[2] - risk.netSavings[0];
          };
          expect(band(uniform(Math.max(0, low - widen), high + widen))).toBeGreaterThanOrEqual(
            band(uniform(low, high)) - 1e-6,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the chance of paying back never falls as savings rise", () => {
    fc.assert(
      fc.property(
        spread,
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 1000 }),
        ([low, high], rise, seed) => {
          const chance = (shift: number) =>
            paybackRisk({
              ...base,
              upfrontCost: uniform(5000, 30000),
              monthlySavings: uniform(low + shift, high + shift),
              samples: 500,
              seed,
            }).chanceWithin;
          expect(chance(rise)).toBeGreaterThanOrEqual(chance(0));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("sensitivity: the tornado", () => {
  it("swings each input with a range, the others at their base, largest swing first", () => {
    const rows = sensitivity({
      upfrontCost: uniform(5000, 30000),
      monthlySavings: triangular(2000, 8250, 12000),
      monthlyMaintenance: uniform(500, 2000),
      months: 24,
      annualDiscountRate: 0,
    });
    // Bases: upfront 17,500 (midpoint), savings 8,250 (most likely), maintenance 1,250 (midpoint).
    expect(rows).toEqual([
      { input: 1, low: 2000, high: 12000, netAtLow: 500, netAtHigh: 240500, swing: 240000 },
      { input: 2, low: 500, high: 2000, netAtLow: 168500, netAtHigh: 132500, swing: 36000 },
      { input: 0, low: 5000, high: 30000, netAtLow: 163000, netAtHigh: 138000, swing: 25000 },
    ]);
  });

  it("leaves fixed inputs out, keeps argument order for equal swings, and has no row without a range", () => {
    const rows = sensitivity({
      upfrontCost: uniform(0, 2400),
      monthlySavings: uniform(5000, 5100),
      monthlyMaintenance: fixed(0),
      months: 24,
      annualDiscountRate: 0,
    });
    expect(rows.map((row) => [row.input, row.swing])).toEqual([
      [0, 2400],
      [1, 2400],
    ]);
    expect(sensitivity({ ...base, months: 24 })).toEqual([]);
  });
});

/**
 * FT_COMPARE_RISK as Excel calls it (SPEC 3.12): FT_COMPARE's arguments, any number as a range,
 * simulated. Checked against a simulation written here from scratch (its own generator, its own
 * draws, FT_COMPARE called cell by cell and the cheapest picked here), against FT_COMPARE itself
 * where every input is fixed, and on every bad input.
 */
import { FT_COMPARE, FT_COMPARE_RISK } from "../../src/functions/declarations";
import { ExcelError, type Cell } from "../../src/functions/excelError";
import { resultSize, type FunctionDeclaration } from "../../src/functions/runner";
import { callRange, naError, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

/** Arguments by name; a number may be a range written as a row, [[low, high]] or [[low, mode, high]]. */
type Args = Record<string, unknown>;

const risk = (args: Args): Cell[][] =>
  callRange("FT_COMPARE_RISK", ...FT_COMPARE_RISK.params.map((param) => args[param.name] ?? null));
const compare = (args: Args): Cell[][] =>
  callRange("FT_COMPARE", ...FT_COMPARE.params.map((param) => args[param.name] ?? null));

const STRATEGY_ROWS = [1, 2, 3, 4];

/** Every strategy priced: an open-weight small model whose fine-tuning is offered, and GPUs costed. */
const BASE: Args = {
  large_model: "claude-sonnet-4.6",
  small_model: "fireworks/llama-3.1-8b-instruct",
  input_tokens: 5000,
  output_tokens: 500,
  requests_per_month: 500000,
  months: 12,
  upfront_cost: 17500,
  monthly_maintenance: 1250,
  recall_tokens: 1000,
  memory_monthly_cost: 200,
  memory_setup_cost: 0,
  ft_input_tokens: 1500,
  fallback_share: 0.05,
  memory_fallback_share: 0.1,
  annual_discount_rate: 0.1,
  start_date: "2027-01-01",
  dedicated_monthly_cost: 5840,
};

/** Ranges under which three strategies each win a fair share of the samples. */
const RANGED: Args = {
  ...BASE,
  requests_per_month: [[20000, 1000000, 5000000]],
  months: [[6, 36]],
  upfront_cost: [[5000, 30000]],
  monthly_maintenance: [[500, 3000]],
  memory_monthly_cost: [[100, 1500]],
  memory_setup_cost: [[0, 5000, 30000]],
  ft_input_tokens: 4000,
  fallback_share: [[0.02, 0.1]],
  memory_fallback_share: [[0.02, 0.2]],
  dedicated_monthly_cost: [[500, 5000]],
};

/** mulberry32: a 32-bit generator of uniform numbers in [0, 1), unrelated to the engine's. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One draw from {low, high} (uniform) or {low, mode, high} (triangular), by the inverse of its distribution. */
function drawFrom(cells: number[], u: number): number {
  if (cells.length === 2) return cells[0] + u * (cells[1] - cells[0]);
  const [a, c, b] = cells;
  const split = (c - a) / (b - a);
  return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** PERCENTILE.INC of sorted values: linear interpolation at rank p × (n − 1). */
function percentileInc(sorted: readonly number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
}

/**
 * The independent side: each sample draws every range with mulberry32, rounds a drawn month count
 * to a whole month of at least 1, computes FT_COMPARE through the runner and picks the cheapest
 * strategy it prices among those competing (a tie to the earlier row).
 */
function simulateByHand(args: Args, samples: number, seed: number, competing = STRATEGY_ROWS) {
  const random = mulberry32(seed);
  const wins = [0, 0, 0, 0, 0];
  const totals: number[][] = [[], [], [], [], []];
  for (let k = 0; k < samples; k++) {
    const drawn: Args = {};
    for (const [name, value] of Object.entries(args)) {
      if (!Array.isArray(value)) drawn[name] = value;
      else {
        const x = drawFrom(value[0] as number[], random());
        drawn[name] = name === "months" ? Math.max(1, Math.round(x)) : x;
      }
    }
    const table = compare(drawn);
    let cheapest = 0;
    for (const row of competing) {
      const total = table[row][4];
      if (typeof total !== "number") continue;
      totals[row].push(total);
      if (cheapest === 0 || total < (table[cheapest][4] as number)) cheapest = row;
    }
    wins[cheapest] += 1;
  }
  return { chances: wins.map((count) => count / samples), totals: totals.map((list) => list.sort((a, b) => a - b)) };
}

describe("FT_COMPARE_RISK", () => {
  describe("against a simulation written here from scratch", () => {
    // Both sides draw 100,000 samples, the hand-written one computing FT_COMPARE through the runner
    // for each (SPEC 3.12's check: the chances within 0.01 at 100,000 samples).
    const SAMPLES = 100_000;
    const BY_HAND = 100_000;
    const table = risk({ ...RANGED, samples: SAMPLES, seed: 7 });
    const byHand = simulateByHand(RANGED, BY_HAND, 20261205);

    it("the chances agree within 0.01", () => {
      // Each side's standard error at 100,000 samples is at most sqrt(0.25 / 100,000) = 0.0016; their
      // difference's at most 0.0022, so 0.01 is more than four of them.
      const chances = STRATEGY_ROWS.map((row) => table[row][1] as number);
      expect(chances.reduce((sum, chance) => sum + chance, 0)).toBeCloseTo(1, 12);
      // The case is worth testing: at least three strategies win a tenth of the samples or more.
      expect(chances.filter((chance) => chance >= 0.1).length).toBeGreaterThanOrEqual(3);
      for (const row of STRATEGY_ROWS) {
        const p = byHand.chances[row];
        expect(Math.abs(chances[row - 1] - p)).toBeLessThanOrEqual(0.01);
      }
    });

    it("the percentiles of each strategy's total agree within their sampling error", () => {
      // A p-quantile estimated from n draws has a standard error of sqrt(p(1 − p) / n) / f(q_p),
      // f the density at the quantile; 1 / f is read from the hand-written sample as the slope of
      // its quantiles, (q(p + 0.02) − q(p − 0.02)) / 0.04. The two estimates' errors add up
      // (1 / 100,000 + 1 / 20,000); four standard errors are allowed.
      for (const row of STRATEGY_ROWS) {
        const sorted = byHand.totals[row];
        [0.1, 0.5, 0.9].forEach((p, column) => {
          const slope = (percentileInc(sorted, p + 0.02) - percentileInc(sorted, p - 0.02)) / 0.04;
          const error = Math.sqrt(p * (1 - p) * (1 / SAMPLES + 1 / BY_HAND)) * slope;
          const engine = table[row][2 + column] as number;
          expect(Math.abs(engine - percentileInc(sorted, p))).toBeLessThanOrEqual(4 * error);
        });
      }
    });
  });

  it("spills a header and the four strategies in FT_COMPARE's order, as its declaration sizes it", () => {
    const table = risk({ ...RANGED, samples: 1000 });
    expect(table[0]).toEqual([
      "strategy",
      "chance of being the cheapest",
      "total 10th percentile",
      "total median",
      "total 90th percentile",
    ]);
    expect(table.slice(1).map((cells) => cells[0])).toEqual(
      compare(BASE)
        .slice(1)
        .map((cells) => cells[0]),
    );
    const raw = FT_COMPARE_RISK.params.map((param) => RANGED[param.name] ?? null);
    expect(resultSize(FT_COMPARE_RISK as FunctionDeclaration, raw)).toEqual([5, 5]);
  });

  it("is deterministic: the same arguments give the same table, another seed another", () => {
    const args = { ...RANGED, samples: 2000 };
    expect(risk({ ...args, seed: 3 })).toEqual(risk({ ...args, seed: 3 }));
    expect(risk({ ...args, seed: 4 })).not.toEqual(risk({ ...args, seed: 3 }));
    // Left out, the seed is 1 and the samples 10,000.
    expect(risk(RANGED)).toEqual(risk({ ...RANGED, samples: 10_000, seed: 1 }));
  });

  it("with every input fixed: chances 0 or 1, every percentile FT_COMPARE's total", () => {
    const table = risk({ ...BASE, samples: 100 });
    const totals = compare(BASE).map((cells) => cells[4]);
    const cheapest = STRATEGY_ROWS.reduce((best, row) =>
      (totals[row] as number) < (totals[best] as number) ? row : best,
    );
    for (const row of STRATEGY_ROWS) {
      expect(table[row].slice(1)).toEqual([row === cheapest ? 1 : 0, totals[row], totals[row], totals[row]]);
    }
  });

  it("draws a range of months and rounds each draw to a whole month", () => {
    // Uniform on [1, 3], rounded: 1 month a quarter of the time, 2 months half, 3 months a quarter.
    const table = risk({ ...BASE, months: [[1, 3]], samples: 10_000 });
    const larger = (months: number) => compare({ ...BASE, months })[1][4];
    expect(table[1].slice(2)).toEqual([larger(1), larger(2), larger(3)]);
  });

  it("takes a range in a column as in a row", () => {
    const inRow = risk({ ...BASE, upfront_cost: [[5000, 30000]], samples: 1000 });
    const inColumn = risk({ ...BASE, upfront_cost: [[5000], [30000]], samples: 1000 });
    expect(inColumn).toEqual(inRow);
    expect(inRow).not.toEqual(risk({ ...BASE, samples: 1000 }));
  });

  it("reads a number left out as FT_COMPARE does, for each sample", () => {
    // ft_input_tokens left out is each sample's input_tokens, and retune_cost its upfront_cost: with
    // ranges of no width every sample is FT_COMPARE's table for those values, arguments left out.
    // azure/gpt-4.1-mini retires on 2027-10-14, in month 10 of the horizon: its re-tune is priced.
    const args = {
      ...BASE,
      small_model: "azure/gpt-4.1-mini",
      months: 24,
      dedicated_monthly_cost: null,
      ft_input_tokens: null,
      retune_cost: null,
    };
    const table = risk({ ...args, input_tokens: [[4000, 4000]], upfront_cost: [[20000, 20000, 20000]], samples: 100 });
    const totals = compare({ ...args, input_tokens: 4000, upfront_cost: 20000 }).map((cells) => cells[4]);
    for (const row of [1, 2, 3]) expect(table[row].slice(2)).toEqual([totals[row], totals[row], totals[row]]);
    expect(totals[2]).not.toEqual(compare({ ...args, input_tokens: 4000, upfront_cost: 20000, retune_cost: 0 })[2][4]);
  });

  it("a verdict limits the competition: Use memory leaves both fine-tuned rows out, saying why", () => {
    const table = risk({ ...RANGED, verdict: "Use memory", samples: 2000 });
    const unfit = (strategy: string) =>
      naError(`The verdict "Use memory" finds ${strategy} unfit for the task: it does not compete.`);
    expect(table[2]).toEqual(["Fine-tuned small model", 0, ...Array(3).fill(unfit("the fine-tuned small model"))]);
    expect(table[4]).toEqual([
      "Fine-tuned model on dedicated GPUs",
      0,
      ...Array(3).fill(unfit("the fine-tuned model on dedicated GPUs")),
    ]);
    expect((table[1][1] as number) + (table[3][1] as number)).toBeCloseTo(1, 12);
    // Under Use the larger model, only the larger model competes: it is always the cheapest.
    expect(risk({ ...RANGED, verdict: "use the LARGER model", samples: 500 })[1][1]).toBe(1);
  });

  it("a strategy FT_COMPARE cannot price has chance 0 and #N/A totals saying why", () => {
    const noGpus = risk({ ...RANGED, dedicated_monthly_cost: null, samples: 1000 });
    const why = naError(
      "Give dedicated_monthly_cost, the US dollars a month of the GPUs that serve the fine-tuned model, to price this row.",
    );
    expect(noGpus[4]).toEqual(["Fine-tuned model on dedicated GPUs", 0, why, why, why]);
    // A row of blank cells, or of 0s (Excel desktop's blanks, and the written sheet's IF(served, ..., 0)
    // where the GPUs are not priced), is the cost left out, on a row or a column; one cost above 0 makes it a range.
    for (const blank of [[[0, 0, 0]], [[null, null]], [[0], [0], [0]], [[0, null, 0]]]) {
      expect(risk({ ...RANGED, dedicated_monthly_cost: blank, samples: 1000 })).toEqual(noGpus);
    }
    expect(risk({ ...RANGED, dedicated_monthly_cost: [[0, 0, 5840]], samples: 1000 })[4][2]).toEqual(
      expect.any(Number),
    );
    // Blank cells are not a range of another shape: that is still refused as such.
    expect(risk({ ...RANGED, dedicated_monthly_cost: [[0, 0, 0, 0]], samples: 1000 })[0][0]).toEqual(
      expect.objectContaining({ code: "#VALUE!" }),
    );
    // claude-haiku-4.5 cannot be fine-tuned, and its weights stay with Anthropic.
    const haiku = risk({ ...RANGED, small_model: "claude-haiku-4.5", samples: 1000 });
    expect(haiku[2][1]).toBe(0);
    expect(haiku[2][2]).toEqual(compare({ ...BASE, small_model: "claude-haiku-4.5" })[2][4]);
    expect(haiku[4][2]).toEqual(compare({ ...BASE, small_model: "claude-haiku-4.5" })[4][4]);
  });

  it("is #N/A as FT_COMPARE is where a sample needs a price a model lacks", () => {
    // The Fireworks model has no batch prices: every draw of batch_share above 0 needs them.
    expect(risk({ ...RANGED, batch_share: [[0, 0.5]], samples: 500 })).toEqual(compare({ ...BASE, batch_share: 0.25 }));
  });

  it.each([
    ["low above high", { upfront_cost: [[30000, 5000]] }, "upfront_cost must run low ≤ high; got 30,000, 5,000."],
    [
      "four cells",
      { requests_per_month: [[1, 2, 3, 4]] },
      "requests_per_month must be one value, {low, high} or {low, most likely, high} in a row or a column; got a range of 1 x 4 cells.",
    ],
    [
      "a share partly above 1",
      { fallback_share: [[0.1, 1.5]] },
      "fallback_share (high) 1.5 means 150 %; type 1.5% or 0.015. Rates are decimals and at most 1 (100%).",
    ],
    [
      "a share partly below 0",
      { memory_fallback_share: [[-0.1, 0.2]] },
      "memory_fallback_share (low) must be a decimal from 0 to 1 (0.25 = 25%); got -0.1.",
    ],
    [
      "a negative cost in a range",
      { memory_setup_cost: [[-5, 2000]] },
      "memory_setup_cost (low) must be a number ≥ 0 (US dollars); got -5.",
    ],
    [
      "months that are not whole",
      { months: [[6, 12.5]] },
      "months (high) must be a whole number of months from 0 to 1,200; got 12.5.",
    ],
    ["too few samples", { samples: 99 }, "samples must be a whole number of samples from 100 to 1,000,000; got 99."],
    [
      "too many samples",
      { samples: 1_000_001 },
      "samples must be a whole number of samples from 100 to 1,000,000; got 1000001.",
    ],
    [
      "a verdict that is none of the four",
      { verdict: "Maybe" },
      'verdict must be one of Fine-tune, Evaluate fine-tuning, Use memory or Use the larger model; got "Maybe".',
    ],
    [
      "a required number left blank",
      { output_tokens: [[null]] },
      "output_tokens is required: a number ≥ 0 (tokens per request); got a blank cell.",
    ],
  ])("refuses %s with #VALUE! naming the argument", (_, bad, message) => {
    expect(risk({ ...RANGED, ...bad })).toEqual([[valueError(message)]]);
  });

  it("an unknown model is FT_COMPARE's #N/A", () => {
    expect(risk({ ...RANGED, large_model: "tiny-llm-xl" })).toEqual(compare({ ...BASE, large_model: "tiny-llm-xl" }));
  });

  describe("the fast path: every total is FT_COMPARE's", () => {
    // A few hundred argument sets drawn here, every input fixed: FT_COMPARE_RISK's percentiles are
    // then the totals its fast path figures, which must be the totals FT_COMPARE spills.
    const random = mulberry32(42);
    const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)];
    const between = (low: number, high: number) => low + random() * (high - low);
    const cases = Array.from({ length: 300 }, (): Args => {
      const small = pick(["fireworks/llama-3.1-8b-instruct", "azure/gpt-4.1-mini", "gpt-4.1-mini", "claude-haiku-4.5"]);
      const cached = small === "fireworks/llama-3.1-8b-instruct" ? 0 : pick([0, between(0, 1)]);
      const batched = small === "gpt-4.1-mini" ? pick([0, between(0, 1)]) : 0;
      return {
        large_model: pick(["claude-sonnet-4.6", "gpt-4o", "gpt-5.5"]),
        small_model: small,
        input_tokens: between(0, 300000),
        output_tokens: between(0, 4000),
        requests_per_month: pick([0, between(0, 5_000_000)]),
        months: Math.floor(between(0, 61)),
        upfront_cost: between(0, 60000),
        monthly_maintenance: between(0, 5000),
        recall_tokens: pick([null, between(0, 5000)]),
        memory_monthly_cost: pick([null, between(0, 5000)]),
        memory_setup_cost: pick([null, between(0, 50000)]),
        ft_input_tokens: pick([null, between(0, 5000)]),
        fallback_share: pick([null, between(0, 1)]),
        memory_fallback_share: pick([null, between(0, 1)]),
        cached_share: cached,
        batch_share: batched,
        annual_discount_rate: pick([null, 0, between(-0.5, 1)]),
        start_date: pick(["2026-12-05", "2027-01-01", "2027-06-30"]),
        retune_cost: pick([null, between(0, 40000)]),
        dedicated_monthly_cost: pick([null, between(0, 20000)]),
      };
    });

    it.each(cases.map((args, index) => [index, args]))("case %i", (_, args) => {
      const totals = compare(args);
      const table = risk({ ...args, samples: 100 });
      if (totals.length === 1) {
        expect(table).toEqual(totals);
        return;
      }
      for (const row of STRATEGY_ROWS) {
        const total = totals[row][4];
        if (total instanceof ExcelError) {
          expect(table[row].slice(1)).toEqual([0, total, total, total]);
          continue;
        }
        for (const percentile of table[row].slice(2)) expectNear(percentile, total as number, 6);
      }
    });
  });
});

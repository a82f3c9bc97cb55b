/** The engine's formulas against hand-computed values and brute-force sums, with edge cases. */
import {
  breakEvenMonths,
  breakEvenVolume,
  compareStrategies,
  costOfOwnershipSeries,
  isComparison,
  isPriced,
  STRATEGIES,
  decide,
  DECISION_CHECK_COUNT,
  findModel,
  monthlyDiscountRate,
  netSavings,
  totalCostOfOwnership,
  type CompareInput,
  type Comparison,
  type DecisionInput,
  type ModelQuote,
  type TcoInput,
  type PriceOverrides,
  type StrategyCosts,
  type StrategyRow,
} from "../../src/engine";
import { expectNear } from "../helpers/tolerance";

/** TCO summed month by month, exactly as SPEC 3.3 writes it. */
function bruteForceTco(input: TcoInput): number {
  const i = (1 + input.annualDiscountRate) ** (1 / 12) - 1;
  let total = input.upfrontCost;
  for (let k = 1; k <= input.months; k++) {
    const cash =
      input.requestsPerMonth *
        (1 + input.monthlyVolumeGrowth) ** (k - 1) *
        input.costPerRequest *
        (1 + input.annualPriceChange) ** ((k - 1) / 12) +
      input.monthlyFixedCost;
    total += cash / (1 + i) ** k;
  }
  return total;
}

const baseTco: TcoInput = {
  upfrontCost: 17500,
  costPerRequest: 0.006,
  requestsPerMonth: 500000,
  months: 24,
  monthlyFixedCost: 1250,
  annualDiscountRate: 0,
  monthlyVolumeGrowth: 0,
  annualPriceChange: 0,
};

describe("discounting", () => {
  it("turns an annual rate into the equivalent monthly rate", () => {
    expectNear(monthlyDiscountRate(0.1), 1.1 ** (1 / 12) - 1, 15);
    expect(monthlyDiscountRate(0)).toBe(0);
    expectNear((1 + monthlyDiscountRate(0.1)) ** 12, 1.1, 12);
  });
});

describe("breakEvenMonths", () => {
  it("is upfront / (savings - maintenance) without discounting", () => {
    expect(
      breakEvenMonths({ upfrontCost: 17500, monthlySavings: 8250, monthlyMaintenance: 1250, annualDiscountRate: 0 }),
    ).toEqual({
      paysBack: true,
      months: 2.5,
    });
  });

  it("with discounting, the net savings discounted up to t repay exactly the upfront cost", () => {
    const result = breakEvenMonths({
      upfrontCost: 30000,
      monthlySavings: 8250,
      monthlyMaintenance: 500,
      annualDiscountRate: 0.12,
    });
    if (!result.paysBack) throw new Error("expected to pay back");
    const i = monthlyDiscountRate(0.12);
    const presentValue = (7750 * (1 - (1 + i) ** -result.months)) / i;
    expectNear(presentValue, 30000, 6);
  });

  it("works with a negative discount rate above -1", () => {
    const result = breakEvenMonths({
      upfrontCost: 30000,
      monthlySavings: 8250,
      monthlyMaintenance: 0,
      annualDiscountRate: -0.05,
    });
    expect(result.paysBack && result.months < 30000 / 8250).toBe(true);
  });

  it("is 0 months when nothing is invested", () => {
    expect(
      breakEvenMonths({ upfrontCost: 0, monthlySavings: 10, monthlyMaintenance: 0, annualDiscountRate: 0.1 }),
    ).toEqual({ paysBack: true, months: 0 });
  });

  describe("edge cases: never pays back", () => {
    it("when maintenance exceeds or equals savings", () => {
      for (const maintenance of [2000, 1650]) {
        expect(
          breakEvenMonths({
            upfrontCost: 5000,
            monthlySavings: 1650,
            monthlyMaintenance: maintenance,
            annualDiscountRate: 0,
          }),
        ).toEqual({
          paysBack: false,
          reason: "no-net-savings",
          monthlySavings: 1650,
          monthlyMaintenance: maintenance,
        });
      }
    });

    it("when discounted savings can never reach the upfront cost", () => {
      const result = breakEvenMonths({
        upfrontCost: 1_000_000,
        monthlySavings: 1000,
        monthlyMaintenance: 0,
        annualDiscountRate: 0.1,
      });
      expect(result.paysBack).toBe(false);
      if (!result.paysBack && result.reason === "discounting-outpaces-savings") {
        expectNear(result.presentValueOfSavings, 1000 / monthlyDiscountRate(0.1), 6);
      } else {
        throw new Error("wrong reason");
      }
    });
  });
});

describe("breakEvenVolume", () => {
  it("is (upfront / months + maintenance) / saving per request", () => {
    const result = breakEvenVolume({
      upfrontCost: 30000,
      savingsPerRequest: 0.0165,
      withinMonths: 6,
      monthlyMaintenance: 500,
    });
    expect(result.paysBack).toBe(true);
    if (result.paysBack) expectNear(result.requestsPerMonth, 5500 / 0.0165, 6);
  });

  it("edge case: no volume pays back when nothing is saved per request", () => {
    expect(breakEvenVolume({ upfrontCost: 1, savingsPerRequest: 0, withinMonths: 1, monthlyMaintenance: 0 })).toEqual({
      paysBack: false,
      reason: "no-saving-per-request",
      savingsPerRequest: 0,
    });
  });
});

describe("netSavings", () => {
  it("equals the month-by-month discounted sum", () => {
    const i = monthlyDiscountRate(0.08);
    let expected = -20000;
    for (let k = 1; k <= 36; k++) expected += 6000 / (1 + i) ** k;
    expectNear(
      netSavings({
        upfrontCost: 20000,
        monthlySavings: 7000,
        months: 36,
        monthlyMaintenance: 1000,
        annualDiscountRate: 0.08,
      }),
      expected,
      6,
    );
  });

  it("edge case: 0 months is minus the upfront cost", () => {
    expect(
      netSavings({ upfrontCost: 5000, monthlySavings: 100, months: 0, monthlyMaintenance: 0, annualDiscountRate: 0.1 }),
    ).toBe(-5000);
  });
});

describe("totalCostOfOwnership", () => {
  it.each([
    ["no growth, no discount", {}],
    ["a 10% discount rate", { annualDiscountRate: 0.1 }],
    ["5% monthly growth", { monthlyVolumeGrowth: 0.05 }],
    ["prices halving every year", { annualPriceChange: -0.5 }],
    ["everything at once", { annualDiscountRate: 0.07, monthlyVolumeGrowth: 0.03, annualPriceChange: -0.3 }],
    ["growth that exactly offsets discounting", { annualDiscountRate: 1.01 ** 12 - 1, monthlyVolumeGrowth: 0.01 }],
    ["shrinking volume", { monthlyVolumeGrowth: -0.2 }],
  ])("matches the month-by-month sum of SPEC 3.3 with %s", (_, change) => {
    const input = { ...baseTco, ...change };
    expectNear(totalCostOfOwnership(input), bruteForceTco(input), 6);
  });

  it("is plain arithmetic in the simple case", () => {
    expect(totalCostOfOwnership(baseTco)).toBe(17500 + 24 * (3000 + 1250));
  });

  it("its series starts at the upfront cost and ends at the total", () => {
    const input = { ...baseTco, annualDiscountRate: 0.1, monthlyVolumeGrowth: 0.02 };
    const series = costOfOwnershipSeries(input);
    expect(series).toHaveLength(25);
    expect(series[0]).toBe(17500);
    expectNear(series[24], bruteForceTco(input), 6);
    for (let k = 1; k < series.length; k++) expect(series[k]).toBeGreaterThan(series[k - 1]);
  });
});

describe("compareStrategies", () => {
  const quote = (name: string, table?: PriceOverrides): ModelQuote => {
    const model = findModel(name, table);
    if (!model) throw new Error(name);
    return model;
  };
  const input = {
    largeModel: quote("gpt-4o"),
    smallModel: quote("azure/gpt-4.1-mini"),
    inputTokens: 2000,
    outputTokens: 300,
    requestsPerMonth: 200000,
    months: 24,
    upfrontCost: 17500,
    monthlyMaintenance: 1250,
    recallTokens: 800,
    memoryMonthlyCost: 400,
    memorySetupCost: 2000,
    startDate: "2026-12-05",
  };

  /** The comparison, for inputs every strategy can price. */
  const compare = (overrides: Partial<CompareInput> = {}): Comparison => {
    const result = compareStrategies({ ...input, ...overrides });
    if (!isComparison(result)) throw new Error(`${result.model} lacks ${result.missing}`);
    return result;
  };
  /** A row that must have costs. */
  const priced = (row: StrategyRow): StrategyCosts => {
    if (!isPriced(row)) throw new Error(`${row.strategy} is not priced: ${row.unpriced.kind}`);
    return row;
  };
  /** Present value of cash paid at the end of months 1..n, summed month by month (no closed form). */
  const presentValue = (cash: (month: number) => number, months: number, annualRate: number): number => {
    const monthly = Math.pow(1 + annualRate, 1 / 12) - 1;
    let sum = 0;
    for (let k = 1; k <= months; k++) sum += cash(k) / Math.pow(1 + monthly, k);
    return sum;
  };

  it("prices each strategy as SPEC 3.4 says, the re-tune in the small model's retirement month included", () => {
    const comparison = compare();
    const { larger: large, memory } = comparison;
    const fineTuned = priced(comparison.fineTuned);
    const largeCost = (2000 * 2.5 + 300 * 10) / 1e6;
    // Azure serves a fine-tuned model at the base model's token prices (plus hosting).
    const fineTunedCost = (2000 * 0.4 + 300 * 1.6) / 1e6;
    const memoryCost = (2800 * 0.4 + 300 * 1.6) / 1e6;
    expectNear(large.costPerRequest, largeCost, 12);
    expectNear(fineTuned.costPerRequest, fineTunedCost, 12);
    expectNear(memory.costPerRequest, memoryCost, 12);
    expectNear(fineTuned.monthlyCost, 200000 * fineTunedCost + 1250 + 1.7 * 730, 9);
    expectNear(memory.monthlyCost, 200000 * memoryCost + 400, 9);
    expectNear(large.total, 24 * 200000 * largeCost, 6);
    // azure/gpt-4.1-mini retires on 2027-10-14: month 11 of a horizon from 2026-12-05 (2027-10-05 to 2027-11-04).
    expect(comparison.retirement).toEqual({ model: "azure/gpt-4.1-mini", date: "2027-10-14", month: 11, cost: 17500 });
    expectNear(fineTuned.total, 17500 + 24 * fineTuned.monthlyCost + 17500, 6);
    expectNear(memory.total, 2000 + 24 * memory.monthlyCost, 6);
    expect(large.savingVsLarger).toBe(0);
    expectNear(fineTuned.savingVsLarger, large.total - fineTuned.total, 6);
    expect([large.upfront, fineTuned.upfront, memory.upfront]).toEqual([0, 17500, 2000]);
    expect(comparison.rows.map((row) => row.strategy)).toEqual([...STRATEGIES]);
    expect(comparison.dedicated).toEqual({
      strategy: "Fine-tuned model on dedicated GPUs",
      upfront: 17500,
      unpriced: { kind: "weights not hostable", model: "azure/gpt-4.1-mini", provider: "azure" },
    });
  });

  it("prices the fine-tuned model's shorter prompt, caching and each strategy's fallback by hand", () => {
    const comparison = compare({
      ftInputTokens: 1200,
      cachedShare: 0.4,
      fallbackShare: 0.1,
      memoryFallbackShare: 0.2,
      retuneCost: 0,
    });
    const { larger, memory } = comparison;
    const fineTuned = priced(comparison.fineTuned);
    // gpt-4o: 2,000 tokens at 60% x $2.50 + 40% x $1.25, 300 at $10.
    expectNear(larger.costPerRequest, 0.007, 12);
    // azure/gpt-4.1-mini fine-tuned: the cached prefix is 800 tokens, and the 800 the fine-tuned prompt
    // drops come out of it, so its 1,200 tokens are all at $0.40; 300 at $1.60; plus 10% of gpt-4o.
    expectNear(fineTuned.costPerRequest, (1200 * 0.4 + 300 * 1.6) / 1e6 + 0.0007, 12);
    // Memory: the 800-token prefix at $0.10, the other 1,200 and the 800 recalled at $0.40, 300 at $1.60;
    // plus 20% of gpt-4o.
    expectNear(memory.costPerRequest, (800 * 0.1 + 2000 * 0.4 + 300 * 1.6) / 1e6 + 0.0014, 12);
    expectNear(fineTuned.total, 17500 + 24 * (200000 * 0.00166 + 1250 + 1.7 * 730), 6);
  });

  it("caches what stays of the prefix in the fine-tuned prompt", () => {
    // A 1,600-token cached prefix (80% of 2,000); the fine-tuned prompt drops 800 of it, keeping 800 of its 1,200 cached.
    const fineTuned = priced(compare({ ftInputTokens: 1200, cachedShare: 0.8 }).fineTuned);
    expectNear(fineTuned.costPerRequest, (800 * 0.1 + 400 * 0.4 + 300 * 1.6) / 1e6, 12);
  });

  it("bills the batch share at each model's batch rates, the fine-tuned model at its base model's ratio", () => {
    const comparison = compare({ smallModel: quote("gpt-4.1-mini"), ftInputTokens: 1200, batchShare: 0.5 });
    expectNear(comparison.larger.costPerRequest, 0.5 * 0.008 + 0.5 * 0.004, 12);
    expectNear(priced(comparison.fineTuned).costPerRequest, 0.5 * 0.00192 + 0.5 * 0.00096, 12);
    expectNear(comparison.memory.costPerRequest, 0.5 * 0.0016 + 0.5 * 0.0008, 12);
  });

  it("leaves every figure as it was when the new inputs are left out or at their defaults", () => {
    expect(
      compare({
        ftInputTokens: 2000,
        fallbackShare: 0,
        memoryFallbackShare: 0,
        cachedShare: 0,
        batchShare: 0,
        annualDiscountRate: 0,
        retuneCost: 17500,
      }),
    ).toEqual(compare());
  });

  it("names the strategy, the model and the price it lacks when caching or batch cannot be priced", () => {
    expect(compareStrategies({ ...input, batchShare: 0.5 })).toEqual({
      strategy: "Small model + memory",
      model: "azure/gpt-4.1-mini",
      missing: "batch_input",
    });
    expect(compareStrategies({ ...input, largeModel: quote("gpt-5.1"), batchShare: 0.5 })).toMatchObject({
      strategy: "Larger model",
      missing: "batch_input",
    });
    const cachedEverywhere = { largeModel: quote("gpt-5.1"), smallModel: quote("claude-3.5-haiku"), cachedShare: 0.5 };
    expect(isComparison(compareStrategies({ ...input, ...cachedEverywhere }))).toBe(true);
  });

  describe("fine-tuning you can actually buy", () => {
    it("never prices a small model that cannot be fine-tuned at base prices: its row says why", () => {
      const comparison = compare({ smallModel: quote("claude-haiku-4.5") });
      expect(comparison.fineTuned).toEqual({
        strategy: "Fine-tuned small model",
        upfront: 17500,
        unpriced: { kind: "cannot fine-tune", model: "claude-haiku-4.5", provider: "anthropic", offer: "not offered" },
      });
      // The other strategies are priced as ever.
      expectNear(comparison.memory.costPerRequest, (2800 * 1 + 300 * 5) / 1e6, 12);
    });

    it("prices OpenAI's closing offer until its last day, and refuses it from 2027-01-06", () => {
      const mini = { smallModel: quote("gpt-4.1-mini") };
      expect(isPriced(compare({ ...mini, startDate: "2027-01-05" }).fineTuned)).toBe(true);
      expect(compare({ ...mini, startDate: "2027-01-06" }).fineTuned).toMatchObject({
        unpriced: { kind: "cannot fine-tune", offer: "closed", since: "2027-01-06" },
      });
      // A retired model's fine-tuning closed with it.
      expect(compare({ smallModel: quote("gpt-4.1-nano") }).fineTuned).toMatchObject({
        unpriced: { kind: "cannot fine-tune", offer: "closed", since: "2026-10-23" },
      });
    });

    it("prices the analyst's own fine-tuned prices from a price table, and says they are their own", () => {
      const table: PriceOverrides = new Map([
        [
          "claude-3.5-haiku",
          { id: "claude-3.5-haiku", prices: { input: 0.8, output: 4, ft_input: 0.8, ft_output: 4 } },
        ],
      ]);
      const comparison = compare({ smallModel: quote("claude-3.5-haiku", table) });
      expectNear(priced(comparison.fineTuned).costPerRequest, (2000 * 0.8 + 300 * 4) / 1e6, 12);
      expect(comparison.ownFineTunedPrices).toBe(true);
      expect(compare().ownFineTunedPrices).toBe(false);
      // Retired before the start: no re-tune within the horizon.
      expect(comparison.retirement).toBeUndefined();
    });

    it("says a price table row without fine-tuned prices has none, where the catalogue would sell fine-tuning", () => {
      const table: PriceOverrides = new Map([
        [
          "fireworks/llama-3.1-8b-instruct",
          { id: "fireworks/llama-3.1-8b-instruct", prices: { input: 0.1, output: 0.1 } },
        ],
      ]);
      expect(compare({ smallModel: quote("fireworks/llama-3.1-8b-instruct", table) }).fineTuned).toMatchObject({
        unpriced: { kind: "no fine-tuned prices", model: "fireworks/llama-3.1-8b-instruct" },
      });
    });

    it("serves Together AI's fine-tuned models on dedicated GPUs only, and prices that row", () => {
      const comparison = compare({ smallModel: quote("together/llama-3.1-8b-instruct"), dedicatedMonthlyCost: 5840 });
      expect(comparison.fineTuned).toMatchObject({ unpriced: { kind: "dedicated only", provider: "together" } });
      const dedicated = priced(comparison.dedicated);
      expectNear(dedicated.costPerRequest, 5840 / 200000, 12);
      expectNear(dedicated.monthlyCost, 5840 + 1250, 9);
      expectNear(dedicated.total, 17500 + 24 * (5840 + 1250), 6);
    });

    it("prices the dedicated GPUs' row with the fallback, and only with their monthly cost", () => {
      const small = { smallModel: quote("fireworks/llama-3.1-8b-instruct"), fallbackShare: 0.1 };
      expect(compare(small).dedicated).toMatchObject({ unpriced: { kind: "no dedicated cost" } });
      const comparison = compare({ ...small, dedicatedMonthlyCost: 2920 });
      const fallback = 0.1 * comparison.larger.costPerRequest;
      const dedicated = priced(comparison.dedicated);
      expectNear(dedicated.costPerRequest, 2920 / 200000 + fallback, 12);
      expectNear(dedicated.monthlyCost, 2920 + 1250 + 200000 * fallback, 9);
      expectNear(dedicated.total, 17500 + 24 * (2920 + 1250 + 200000 * fallback), 6);
      // Served per token at the base price, trained at $0.50 per 1M tokens (Fireworks).
      expectNear(priced(comparison.fineTuned).costPerRequest, (2000 * 0.2 + 300 * 0.2) / 1e6 + fallback, 12);
      // GPUs paid for no request at all: per request the cost is unbounded, the month and the total are not.
      const idle = compare({ ...small, dedicatedMonthlyCost: 2920, requestsPerMonth: 0 });
      expect(priced(idle.dedicated).costPerRequest).toBe(Infinity);
      expectNear(priced(idle.dedicated).total, 17500 + 24 * (2920 + 1250), 6);
    });
  });

  describe("the calendar: re-tune month and discounting", () => {
    const mini = { smallModel: quote("gpt-4.1-mini"), retuneCost: 9000 };
    it.each([
      // gpt-4.1-mini retires on 2027-01-14.
      ["2026-12-14", 24, 2],
      ["2026-12-15", 24, 1],
      ["2026-11-14", 24, 3],
      ["2026-12-31", 24, 1],
      ["2025-01-14", 24, undefined],
      ["2025-01-14", 25, 25],
      ["2025-01-15", 24, 24],
    ])("from %s over %i months the re-tune falls in month %s", (startDate, months, month) => {
      const comparison = compare({ ...mini, startDate: startDate as string, months: months as number });
      expect(comparison.retirement?.month).toBe(month);
      const tuned = priced(comparison.fineTuned);
      const base = 17500 + (months as number) * tuned.monthlyCost;
      expectNear(tuned.total, base + (month === undefined ? 0 : 9000), 6);
    });

    it("an open-weight small model never retires this way: no re-tune, even with a retirement date (SPEC 3.4)", () => {
      const llama = quote("fireworks/llama-3.1-8b-instruct");
      const retiring = { ...llama, entry: { ...llama.entry!, retiresOn: "2027-06-01" } };
      const kept = compare({ smallModel: llama, startDate: "2027-01-01", dedicatedMonthlyCost: 2920 });
      const dated = compare({ smallModel: retiring, startDate: "2027-01-01", dedicatedMonthlyCost: 2920 });
      expect(dated.retirement).toBeUndefined();
      expect(priced(dated.fineTuned).total).toBe(priced(kept.fineTuned).total);
      expect(priced(dated.dedicated).total).toBe(priced(kept.dedicated).total);
    });

    it("discounts every total as TCO does, the re-tune at its month", () => {
      const rate = 0.1;
      const comparison = compare({ ...mini, annualDiscountRate: rate, startDate: "2026-12-14" });
      const tuned = priced(comparison.fineTuned);
      const monthly = Math.pow(1 + rate, 1 / 12) - 1;
      expectNear(
        comparison.larger.total,
        presentValue(() => comparison.larger.monthlyCost, 24, rate),
        6,
      );
      expectNear(
        tuned.total,
        17500 + presentValue(() => tuned.monthlyCost, 24, rate) + 9000 / Math.pow(1 + monthly, 2),
        6,
      );
      expectNear(comparison.memory.total, 2000 + presentValue(() => comparison.memory.monthlyCost, 24, rate), 6);
    });
  });
});

describe("decide", () => {
  const base: DecisionInput = {
    taskType: "classification",
    distinctPatterns: 8,
    stableMonths: 12,
    requestsPerMonth: 600000,
    needsGeneralQueries: false,
    engineeringHours: 160,
    knowledgeChanges: false,
  };
  it.each<[string, Partial<DecisionInput>, string, number]>([
    ["narrow, stable, high volume", {}, "Fine-tune", 6],
    ["exactly 500,000 requests", { requestsPerMonth: 500000 }, "Fine-tune", 6],
    ["between 100,000 and 500,000", { requestsPerMonth: 100000 }, "Evaluate fine-tuning", 7],
    ["under 100,000", { requestsPerMonth: 99999 }, "Use memory", 7],
    ["broad task", { taskType: "conversation" }, "Use the larger model", 0],
    ["broad task, changing knowledge", { taskType: "creative", knowledgeChanges: true }, "Use memory", 0],
    ["20 patterns", { distinctPatterns: 20 }, "Use the larger model", 1],
    ["20 patterns, domain Q&A", { distinctPatterns: 20, taskType: "domain_qa" }, "Use memory", 1],
    ["unstable spec", { stableMonths: 5.9 }, "Use the larger model", 2],
    ["unstable spec, changing knowledge", { stableMonths: 3, knowledgeChanges: true }, "Use memory", 2],
    ["changing knowledge", { knowledgeChanges: true }, "Use memory", 3],
    ["general queries", { needsGeneralQueries: true }, "Use memory", 4],
    ["39 engineering hours", { engineeringHours: 39 }, "Use memory", 5],
    ["40 engineering hours", { engineeringHours: 40 }, "Fine-tune", 6],
  ])("%s: %s", (_, change, verdict, decidedBy) => {
    const decision = decide({ ...base, ...change });
    expect(decision.verdict).toBe(verdict);
    expect(decision.decidedBy).toBe(decidedBy);
    expect(decision.checks).toHaveLength(DECISION_CHECK_COUNT);
  });
});

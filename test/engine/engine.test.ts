/** The engine's formulas against hand-computed values and brute-force sums, with edge cases. */
import {
  breakEvenMonths,
  breakEvenVolume,
  compareStrategies,
  costOfOwnershipSeries,
  isComparison,
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
    expect(series[24]).toBe(totalCostOfOwnership(input));
    for (let k = 1; k < series.length; k++) expect(series[k]).toBeGreaterThan(series[k - 1]);
  });
});

describe("compareStrategies", () => {
  const quote = (name: string): ModelQuote => {
    const model = findModel(name);
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
  };

  /** The comparison, for inputs every strategy can price. */
  const compare = (overrides: Partial<CompareInput> = {}): Comparison => {
    const result = compareStrategies({ ...input, ...overrides });
    if (!isComparison(result)) throw new Error(`${result.model} lacks ${result.missing}`);
    return result;
  };

  it("prices each strategy as SPEC 3.4 says", () => {
    const { larger: large, fineTuned, memory } = compare();
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
    expectNear(fineTuned.total, 17500 + 24 * fineTuned.monthlyCost, 6);
    expectNear(memory.total, 2000 + 24 * memory.monthlyCost, 6);
    expect(large.savingVsLarger).toBe(0);
    expectNear(fineTuned.savingVsLarger, large.total - fineTuned.total, 6);
    expect([large.upfront, fineTuned.upfront, memory.upfront]).toEqual([0, 17500, 2000]);
  });

  it("prices the fine-tuned model's shorter prompt, caching and each strategy's fallback by hand", () => {
    const { larger, fineTuned, memory } = compare({
      ftInputTokens: 1200,
      cachedShare: 0.4,
      fallbackShare: 0.1,
      memoryFallbackShare: 0.2,
    });
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
    const { fineTuned } = compare({ ftInputTokens: 1200, cachedShare: 0.8 });
    expectNear(fineTuned.costPerRequest, (800 * 0.1 + 400 * 0.4 + 300 * 1.6) / 1e6, 12);
  });

  it("bills the batch share at each model's batch rates, the fine-tuned model at its base model's ratio", () => {
    const { larger, fineTuned, memory } = compare({
      smallModel: quote("gpt-4.1-mini"),
      ftInputTokens: 1200,
      batchShare: 0.5,
    });
    expectNear(larger.costPerRequest, 0.5 * 0.008 + 0.5 * 0.004, 12);
    expectNear(fineTuned.costPerRequest, 0.5 * 0.00192 + 0.5 * 0.00096, 12);
    expectNear(memory.costPerRequest, 0.5 * 0.0016 + 0.5 * 0.0008, 12);
  });

  it("leaves every figure as it was when the new inputs are left out or at their defaults", () => {
    expect(
      compare({ ftInputTokens: 2000, fallbackShare: 0, memoryFallbackShare: 0, cachedShare: 0, batchShare: 0 }),
    ).toEqual(compare());
  });

  it("names the strategy, the model and the price it lacks when caching or batch cannot be priced", () => {
    expect(compareStrategies({ ...input, batchShare: 0.5 })).toEqual({
      strategy: "Fine-tuned small model",
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

  it("falls back to base prices for a small model that cannot be fine-tuned", () => {
    const { fineTuned } = compare({ smallModel: quote("claude-3.5-haiku") });
    expectNear(fineTuned.costPerRequest, (2000 * 0.8 + 300 * 4) / 1e6, 12);
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

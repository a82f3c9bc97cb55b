/**
 * Edges where a plausible slip in the engine gives a plausible wrong number: each test works its
 * expected figure out by hand, independently of the function it checks, and fails on that slip.
 */
import {
  breakEvenMonths,
  listPricedRequestCost,
  paybackRisk,
  recommend,
  whyNeverPaysBack,
  type PaybackRiskInput,
} from "../../src/engine";
import { expectNear } from "../helpers/tolerance";

describe("the recommendation's margin", () => {
  it("is measured against the rule's choice when the money overrules it, not against the runner-up", () => {
    // The rule prefers fine-tuning ($200); memory ($100) is cheapest; the larger model ($150) is second.
    const rec = recommend("Fine-tune", {
      "Larger model": 150,
      "Fine-tuned small model": 200,
      "Small model + memory": 100,
      "Fine-tuned model on dedicated GPUs": undefined,
    });
    expect([rec.strategy, rec.runnerUp, rec.overruled]).toEqual(["Small model + memory", "Larger model", true]);
    expect(rec.margin).toBe(200 - 100);
  });

  it("is measured against the runner-up when the rule's choice wins", () => {
    const rec = recommend("Fine-tune", {
      "Larger model": 150,
      "Fine-tuned small model": 90,
      "Small model + memory": 100,
      "Fine-tuned model on dedicated GPUs": undefined,
    });
    expect([rec.strategy, rec.runnerUp, rec.margin]).toEqual(["Fine-tuned small model", "Small model + memory", 10]);
  });
});

describe("batch prices", () => {
  it("price batch output at the output's own batch ratio, not the input's", () => {
    // Input at half price in batch, output at a quarter: 1,000 tokens each way, every request batched.
    const cost = listPricedRequestCost({
      prices: { input: 2, output: 8, batch_input: 1, batch_output: 2 },
      inputTokens: 1000,
      outputTokens: 1000,
      cachedShare: 0,
      batchShare: 1,
      fineTuned: false,
    });
    expectNear(cost, (1000 * 1 + 1000 * 2) / 1e6, 15);
  });

  it("mix batched and direct requests by their share", () => {
    const cost = listPricedRequestCost({
      prices: { input: 2, output: 8, batch_input: 1, batch_output: 2 },
      inputTokens: 1000,
      outputTokens: 1000,
      cachedShare: 0,
      batchShare: 0.25,
      fineTuned: false,
    });
    expectNear(cost, 0.75 * ((1000 * 2 + 1000 * 8) / 1e6) + 0.25 * ((1000 * 1 + 1000 * 2) / 1e6), 15);
  });
});

describe("paying back under discounting", () => {
  // $10,000 up front, $100 a month net, 10 % a year: the monthly rate is 1.1^(1/12) − 1 ≈ 0.797 %, so the
  // savings' present value tends to $100 / 0.00797 ≈ $12,540, above the upfront: it pays back.
  const input = { upfrontCost: 10_000, monthlySavings: 100, monthlyMaintenance: 0, annualDiscountRate: 0.1 };
  const monthly = Math.pow(1.1, 1 / 12) - 1;

  it("pays back when the savings' present value exceeds the upfront at the monthly rate", () => {
    expect(whyNeverPaysBack(input)).toBeUndefined();
    // The month the discounted savings reach the upfront: 100 × (1 − (1 + i)^−t) / i = 10,000.
    const months = -Math.log(1 - (10_000 * monthly) / 100) / Math.log(1 + monthly);
    const result = breakEvenMonths(input);
    expect(result.paysBack).toBe(true);
    expectNear(result.paysBack ? result.months : NaN, months, 9);
  });

  it("never pays back when it does not, and says what the savings are worth", () => {
    // $13,000 up front is more than the savings' present value of about $12,540.
    const why = whyNeverPaysBack({ ...input, upfrontCost: 13_000 });
    expect(why).toMatchObject({ paysBack: false, reason: "discounting-outpaces-savings" });
    expectNear((why as { presentValueOfSavings: number }).presentValueOfSavings, 100 / monthly, 6);
  });
});

describe("the chance of paying back within N months", () => {
  const fixed = (value: number) => ({ kind: "fixed", value }) as const;
  const base: PaybackRiskInput = {
    upfrontCost: fixed(12_000),
    monthlySavings: fixed(1_000),
    monthlyMaintenance: fixed(0),
    withinMonths: 12,
    annualDiscountRate: 0,
    samples: 100,
    seed: 1,
  };

  it("counts a payback in exactly N months as within N months", () => {
    // $12,000 repaid at $1,000 a month: exactly 12 months.
    expect(paybackRisk(base).chanceWithin).toBe(1);
  });

  it("does not count one a month later", () => {
    expect(paybackRisk({ ...base, withinMonths: 11 }).chanceWithin).toBe(0);
  });
});

/**
 * The rows a reader gives are what WORKLOAD's engine reads: each sample file's requests per month,
 * growth and tokens per request, against arithmetic written here from how the samples were made
 * (test/fixtures/usage/generate.js).
 */
import { workload } from "../../src/engine";
import { expectNear } from "../helpers/tolerance";
import { fixture, logOf, MAPPED, serial } from "./helpers";

const MONTHS = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
const DAYS_IN = [30, 31, 31, 30, 31, 30];

describe("WORKLOAD of OpenAI's usage export (daily buckets by model, June to November 2026)", () => {
  // Each day: round(base × 1.05^k × (0.6 on a Saturday or Sunday)) requests, k months after June;
  // 1000 for gpt-5-mini with 1450 input tokens a request, 300 for gpt-4.1 with 2600; 20 more input
  // tokens a request for each day after Sunday; 320 and 610 output tokens a request.
  const expected = MONTHS.map((month, k) => {
    let requests = 0;
    let input = 0;
    let output = 0;
    for (let day = 1; day <= DAYS_IN[k]; day++) {
      const weekday = new Date(`${month}-${String(day).padStart(2, "0")}T00:00:00Z`).getUTCDay();
      const factor = 1.05 ** k * (weekday === 0 || weekday === 6 ? 0.6 : 1);
      const [a, b] = [Math.round(1000 * factor), Math.round(300 * factor)];
      requests += a + b;
      input += a * (1450 + 20 * weekday) + b * (2600 + 20 * weekday);
      output += a * 320 + b * 610;
    }
    return { month, requests, input, output };
  });

  for (const name of ["openai-usage.json", "openai-usage.csv"]) {
    it(`${name}: six whole months, their requests, mean, last month and growth`, () => {
      const summary = workload(logOf(fixture(name), name));
      expect([summary.firstDay, summary.lastDay]).toEqual([serial("2026-06-01"), serial("2026-11-30")]);
      expect(summary.wholeMonths).toBe(6);
      expect(summary.months).toEqual(expected.map(({ month, requests }) => ({ month, requests })));
      const all = expected.reduce((sum, m) => sum + m.requests, 0);
      expectNear(summary.requestsPerMonth, all / 6, 9);
      expect(summary.lastWholeMonth).toBe(expected[5].requests);
      // The least-squares slope of ln(requests) on the month's number 1 to 6, written out: exp(b) − 1.
      const x = expected.map((_, k) => k + 1);
      const y = expected.map((m) => Math.log(m.requests));
      const mean = (v: number[]) => v.reduce((sum, e) => sum + e, 0) / v.length;
      const slope =
        x.reduce((sum, xk, k) => sum + (xk - mean(x)) * (y[k] - mean(y)), 0) /
        x.reduce((sum, xk) => sum + (xk - mean(x)) ** 2, 0);
      expectNear(summary.growth as number, Math.exp(slope) - 1, 12);
      expect(Math.abs((summary.growth as number) - 0.05)).toBeLessThan(0.005);
      expectNear(summary.inputMean, expected.reduce((sum, m) => sum + m.input, 0) / all, 9);
      expectNear(summary.outputMean, expected.reduce((sum, m) => sum + m.output, 0) / all, 9);
      expect(summary.inputPercentiles).toEqual({ kind: "aggregated" });
    });
  }

  it("June's requests written out: 22 weekdays of 1300 and 8 weekend days of 600 + 180", () => {
    expect(expected[0].requests).toBe(22 * 1300 + 8 * 780);
  });
});

describe("WORKLOAD of LiteLLM's spend log (300 requests, September to November 2026)", () => {
  const raw: { startTime: string; prompt_tokens: number; completion_tokens: number }[] = JSON.parse(
    fixture("litellm-spend-logs.json"),
  );
  /** PERCENTILE.INC: the sorted values, linear interpolation at rank p × (n − 1). */
  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const rank = p * (sorted.length - 1);
    const below = Math.floor(rank);
    return sorted[below] + (rank - below) * ((sorted[below + 1] ?? sorted[below]) - sorted[below]);
  };

  it.each(["litellm-spend-logs.json", "litellm-spend-logs.csv"])(
    "%s: requests per month, means and percentiles",
    (name) => {
      const summary = workload(logOf(fixture(name), name));
      const perMonth = ["2026-09", "2026-10", "2026-11"].map((month) => ({
        month,
        requests: raw.filter((r) => r.startTime.startsWith(month)).length,
      }));
      expect(summary.months).toEqual(perMonth);
      expect(summary.requestsPerMonth).toBe(300 / 3);
      const prompts = raw.map((r) => r.prompt_tokens);
      const completions = raw.map((r) => r.completion_tokens);
      expectNear(summary.inputMean, prompts.reduce((a, b) => a + b, 0) / 300, 9);
      expectNear(summary.outputMean, completions.reduce((a, b) => a + b, 0) / 300, 9);
      const [p50, p90] = summary.inputPercentiles as [number, number];
      expectNear(p50, percentile(prompts, 0.5), 9);
      expectNear(p90, percentile(prompts, 0.9), 9);
      expectNear((summary.outputPercentiles as [number, number])[1], percentile(completions, 0.9), 9);
    },
  );
});

describe("WORKLOAD of the mapped CSV (two deployments, daily, September to November 2026)", () => {
  it("counts the Calls column as requests", () => {
    // Day d from September 1st (d = 0, 1, ...): 400 + 5 × (d mod 10) calls in prod-eu, 250 + 10 × (d mod 4) in prod-us.
    const calls = (from: number, days: number) => {
      let sum = 0;
      for (let d = from; d < from + days; d++) sum += 400 + 5 * (d % 10) + 250 + 10 * (d % 4);
      return sum;
    };
    const summary = workload(logOf(fixture("mapped.csv"), "mapped.csv", MAPPED));
    expect(summary.months).toEqual([
      { month: "2026-09", requests: calls(0, 30) },
      { month: "2026-10", requests: calls(30, 31) },
      { month: "2026-11", requests: calls(61, 30) },
    ]);
    expect(summary.inputMean).toBe(900);
    expect(summary.outputMean).toBe(150);
  });
});

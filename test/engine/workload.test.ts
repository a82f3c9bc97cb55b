/**
 * WORKLOAD's engine (SPEC 3.13) against arithmetic written here: whole calendar months at their
 * edges, requests per month, growth on a series of known growth, token means weighted by requests,
 * and percentiles as Excel's PERCENTILE.INC computes them.
 */
import { serialFromIso } from "../../src/engine/calendar";
import { DAYS_PER_MONTH, monthlyGrowth, workload } from "../../src/engine/workload";
import { expectNear } from "../helpers/tolerance";

const day = (iso: string) => serialFromIso(iso);

/** One request a day from `from` to `to`, both included, with these tokens. */
function daily(from: string, to: string, input = (_: number) => 1000, output = (_: number) => 200) {
  const days = day(to) - day(from) + 1;
  return {
    dates: Float64Array.from({ length: days }, (_, d) => day(from) + d),
    inputTokens: Float64Array.from({ length: days }, (_, d) => input(d)),
    outputTokens: Float64Array.from({ length: days }, (_, d) => output(d)),
  };
}

/** PERCENTILE.INC: the sorted values, linear interpolation at rank p × (n − 1). */
function percentileInc(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  return below + 1 < sorted.length
    ? sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below])
    : sorted[below];
}

describe("whole calendar months", () => {
  it.each([
    ["2027-01-01", "2027-03-31", 3, 31 + 28 + 31],
    ["2027-01-02", "2027-03-31", 2, 28 + 31],
    ["2027-01-01", "2027-03-30", 2, 31 + 28],
    ["2027-01-02", "2027-03-30", 1, 28],
    ["2028-02-01", "2028-02-29", 1, 29],
    ["2026-12-01", "2027-01-31", 2, 31 + 31],
  ])("%s to %s: %i whole months, their mean the days they hold", (from, to, months, days) => {
    const summary = workload(daily(from, to));
    expect([summary.firstDay, summary.lastDay]).toEqual([day(from), day(to)]);
    expect(summary.wholeMonths).toBe(months);
    expectNear(summary.requestsPerMonth, days / months, 12);
  });

  it("with none, scales the requests by the days covered: 20 days of one request are 30.4375 a month x 20 / 20", () => {
    const summary = workload(daily("2027-01-05", "2027-01-24"));
    expect(summary.wholeMonths).toBe(0);
    expectNear(summary.requestsPerMonth, (20 / 20) * DAYS_PER_MONTH, 12);
    expect(DAYS_PER_MONTH).toBe(30.4375);
    expect(summary.lastWholeMonth).toEqual({ kind: "no whole month" });
  });

  it("counts the last whole month, not a part month after it", () => {
    const summary = workload(daily("2027-01-01", "2027-03-15"));
    expect(summary.months).toEqual([
      { month: "2027-01", requests: 31 },
      { month: "2027-02", requests: 28 },
    ]);
    expect(summary.lastWholeMonth).toBe(28);
  });
});

describe("growth", () => {
  it("is the growth of a series that grows by a known rate", () => {
    for (const rate of [0.05, -0.1, 0]) {
      const months = Array.from({ length: 6 }, (_, k) => ({
        month: `2027-0${k + 1}`,
        requests: 1000 * (1 + rate) ** k,
      }));
      expectNear(monthlyGrowth(months) as number, rate, 12);
    }
  });

  it("fits a least-squares line to the logarithms where months scatter", () => {
    const requests = [100, 130, 120, 170];
    const x = [1, 2, 3, 4];
    const y = requests.map(Math.log);
    const b =
      (4 * x.reduce((s, v, i) => s + v * y[i], 0) - x.reduce((s, v) => s + v) * y.reduce((s, v) => s + v)) /
      (4 * x.reduce((s, v) => s + v * v, 0) - x.reduce((s, v) => s + v) ** 2);
    const months = requests.map((n, k) => ({ month: `2027-0${k + 1}`, requests: n }));
    expectNear(monthlyGrowth(months) as number, Math.exp(b) - 1, 12);
  });

  it("needs three whole months, none empty", () => {
    expect(
      monthlyGrowth([
        { month: "2027-01", requests: 5 },
        { month: "2027-02", requests: 6 },
      ]),
    ).toEqual({
      kind: "too few months",
      months: 2,
    });
    const withEmpty = [100, 0, 120].map((n, k) => ({ month: `2027-0${k + 1}`, requests: n }));
    expect(monthlyGrowth(withEmpty)).toEqual({ kind: "empty month", month: "2027-02" });
  });

  it("over a daily log whose volume grows 10 % a month", () => {
    // Each day of month k (0, 1, 2, 3) sends 100 × 1.1^k requests, as a provider's export counts them.
    const from = day("2027-01-01");
    const to = day("2027-04-30");
    const dates = Float64Array.from({ length: to - from + 1 }, (_, d) => from + d);
    const monthIndex = (serial: number) => Number(new Date((serial - 25569) * 86400000).toISOString().slice(5, 7)) - 1;
    const requests = Float64Array.from(dates, (serial) => 100 * 1.1 ** monthIndex(serial));
    const days = [31, 28, 31, 30];
    const summary = workload({
      dates,
      inputTokens: new Float64Array(dates.length).fill(5000),
      outputTokens: new Float64Array(dates.length).fill(400),
      requests,
    });
    summary.months.forEach((entry, k) => expectNear(entry.requests, days[k] * 100 * 1.1 ** k, 12));
    // Months of different lengths: the fit is on the monthly totals, so it is not exactly 10 %.
    const y = days.map((d, k) => Math.log(d * 100 * 1.1 ** k));
    const b = y.reduce((s, v, k) => s + (k + 1 - 2.5) * (v - y.reduce((t, w) => t + w) / 4), 0) / 5;
    expectNear(summary.growth as number, Math.exp(b) - 1, 12);
    // Tokens are totals per row: the means divide by the requests.
    const total = requests.reduce((s, n) => s + n, 0);
    expectNear(summary.inputMean, (5000 * dates.length) / total, 12);
    expect(summary.inputPercentiles).toEqual({ kind: "aggregated" });
  });
});

describe("tokens per request", () => {
  it("means and PERCENTILE.INC's 50th and 90th over a per-request log, in any order", () => {
    const input = (d: number) => 500 + ((d * 7919) % 4001);
    const output = (d: number) => 50 + ((d * 104729) % 951);
    const log = daily("2027-01-01", "2027-06-30", input, output);
    // Shuffled: the order of rows does not matter.
    const order = Array.from(log.dates, (_, i) => i).sort((a, b) => ((a * 31) % 97) - ((b * 31) % 97));
    const shuffled = {
      dates: Float64Array.from(order, (i) => log.dates[i] + 0.75),
      inputTokens: Float64Array.from(order, (i) => log.inputTokens[i]),
      outputTokens: Float64Array.from(order, (i) => log.outputTokens[i]),
    };
    const summary = workload(shuffled);
    const ins = Array.from(log.inputTokens);
    const outs = Array.from(log.outputTokens);
    expectNear(summary.inputMean, ins.reduce((s, v) => s + v) / ins.length, 12);
    expectNear(summary.outputMean, outs.reduce((s, v) => s + v) / outs.length, 12);
    const [p50, p90] = summary.inputPercentiles as [number, number];
    expectNear(p50, percentileInc(ins, 0.5), 12);
    expectNear(p90, percentileInc(ins, 0.9), 12);
    const [o50, o90] = summary.outputPercentiles as [number, number];
    expectNear(o50, percentileInc(outs, 0.5), 12);
    expectNear(o90, percentileInc(outs, 0.9), 12);
    // The input was not reordered by the percentiles' selection.
    expect(shuffled.inputTokens[0]).toBe(log.inputTokens[order[0]]);
    expect(summary.wholeMonths).toBe(6);
  });

  it("refuses a log with no row or no request", () => {
    expect(() =>
      workload({ dates: new Float64Array(0), inputTokens: new Float64Array(0), outputTokens: new Float64Array(0) }),
    ).toThrow(RangeError);
    const one = daily("2027-01-01", "2027-01-01");
    expect(() => workload({ ...one, requests: Float64Array.of(0) })).toThrow(RangeError);
  });
});

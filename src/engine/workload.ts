/**
 * A team's real workload from its usage log (SPEC 3.13): the period it covers, requests per month
 * over whole calendar months, their growth, and the tokens per request.
 */
import { addMonths, isoFromSerial, serialFromIso } from "./calendar";
import { percentilesInc } from "./risk";

/** Days in an average month, 365.25 / 12: a log shorter than a whole month is scaled by it (SPEC 3.13). */
export const DAYS_PER_MONTH = 30.4375;

/** The rows of a usage log, each column the same length; `requests` absent for one request per row. */
export interface UsageRows {
  /** Excel date serials; a time of day is dropped. */
  dates: Float64Array;
  /** Input tokens of the row: of its one request, or the period's total where `requests` is given. */
  inputTokens: Float64Array;
  outputTokens: Float64Array;
  /** Requests of each row (a provider's export, one row per period and model). */
  requests?: Float64Array;
}

/** Why a figure of {@link workload} is not given. */
export type WorkloadGap =
  | { kind: "no whole month" }
  | { kind: "too few months"; months: number }
  | { kind: "empty month"; month: string }
  | { kind: "aggregated" };

/** What {@link workload} says of a log. */
export interface Workload {
  firstDay: number;
  lastDay: number;
  /** Calendar months lying entirely between the first and the last day, both included. */
  wholeMonths: number;
  /** The mean over the whole months; with none, requests / days covered × DAYS_PER_MONTH. */
  requestsPerMonth: number;
  /** Requests in each whole month, oldest first ("2026-07" and its count). */
  months: { month: string; requests: number }[];
  lastWholeMonth: number | WorkloadGap;
  /** exp(b) − 1, b the least-squares slope of ln(requests) over the whole months numbered 1, 2, … */
  growth: number | WorkloadGap;
  inputMean: number;
  outputMean: number;
  /** 50th and 90th percentiles per request (PERCENTILE.INC); a gap for a log of periods. */
  inputPercentiles: [number, number] | WorkloadGap;
  outputPercentiles: [number, number] | WorkloadGap;
}

/**
 * The whole calendar months between two days, both included: each month starting on or after the
 * first day and ending by the last, with its first day and the next month's, as serials.
 *
 * @example
 * wholeMonths(46388, 46446).map((month) => month.month); // ["2027-01", "2027-02"]
 */
export function wholeMonths(firstDay: number, lastDay: number): { month: string; from: number; to: number }[] {
  const months = [];
  const first = isoFromSerial(firstDay);
  let from = first.endsWith("-01") ? firstDay : serialFromIso(addMonths(`${first.slice(0, 8)}01`, 1));
  for (;;) {
    const to = serialFromIso(addMonths(isoFromSerial(from), 1));
    if (to - 1 > lastDay) return months;
    months.push({ month: isoFromSerial(from).slice(0, 7), from, to });
    from = to;
  }
}

/**
 * Summarises a usage log. The rows need not be in order. Throws when the log has no row or no
 * request, which the caller refuses first.
 *
 * One request a day through January and February 2027 (serials 46388 to 46446): 31 requests in
 * January and 28 in February.
 *
 * @example
 * workload({ dates: Float64Array.from({ length: 59 }, (_, d) => 46388 + d),
 *   inputTokens: new Float64Array(59).fill(1000), outputTokens: new Float64Array(59).fill(200) })
 *   .requestsPerMonth; // 29.5
 */
export function workload(rows: UsageRows): Workload {
  const { dates, inputTokens, outputTokens, requests } = rows;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < dates.length; i++) {
    const day = Math.floor(dates[i]);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (!(lastDay >= firstDay)) throw new RangeError("a usage log needs at least one row");

  // Each day's whole month, numbered from 0, by its offset from the first day (−1 outside them).
  const whole = wholeMonths(firstDay, lastDay);
  const monthOfDay = new Int32Array(lastDay - firstDay + 1).fill(-1);
  whole.forEach(({ from, to }, m) => monthOfDay.fill(m, from - firstDay, to - firstDay));
  const perMonth = new Float64Array(whole.length);
  let total = 0;
  let inputTotal = 0;
  let outputTotal = 0;
  for (let i = 0; i < dates.length; i++) {
    const n = requests ? requests[i] : 1;
    total += n;
    inputTotal += inputTokens[i];
    outputTotal += outputTokens[i];
    const m = monthOfDay[Math.floor(dates[i]) - firstDay];
    if (m >= 0) perMonth[m] += n;
  }
  if (!(total > 0)) throw new RangeError("a usage log needs at least one request");

  const months = whole.map(({ month }, m) => ({ month, requests: perMonth[m] }));
  const percentiles = (tokens: Float64Array): [number, number] | WorkloadGap =>
    requests ? { kind: "aggregated" } : (percentilesInc(Float64Array.from(tokens), [0.5, 0.9]) as [number, number]);
  return {
    firstDay,
    lastDay,
    wholeMonths: whole.length,
    requestsPerMonth:
      whole.length > 0
        ? perMonth.reduce((sum, n) => sum + n, 0) / whole.length
        : (total / (lastDay - firstDay + 1)) * DAYS_PER_MONTH,
    months,
    lastWholeMonth: whole.length > 0 ? perMonth[whole.length - 1] : { kind: "no whole month" },
    growth: monthlyGrowth(months),
    inputMean: inputTotal / total,
    outputMean: outputTotal / total,
    inputPercentiles: percentiles(inputTokens),
    outputPercentiles: percentiles(outputTokens),
  };
}

/**
 * The compound monthly growth of a least-squares fit of ln(requests) on the month's number:
 * exp(b) − 1. Needs three whole months, none of them empty.
 *
 * @example
 * monthlyGrowth([{ month: "2027-01", requests: 100 }, { month: "2027-02", requests: 110 },
 *   { month: "2027-03", requests: 121 }]); // 0.1
 */
export function monthlyGrowth(months: readonly { month: string; requests: number }[]): number | WorkloadGap {
  const n = months.length;
  if (n < 3) return { kind: "too few months", months: n };
  const empty = months.find((entry) => !(entry.requests > 0));
  if (empty) return { kind: "empty month", month: empty.month };
  // The slope Σ dx ln y / Σ dx², dx the month's distance from the middle one (Σ dx = 0, so the
  // mean of ln y drops out).
  let covariance = 0;
  let variance = 0;
  months.forEach((entry, k) => {
    const dx = k - (n - 1) / 2;
    covariance += dx * Math.log(entry.requests);
    variance += dx * dx;
  });
  return Math.expm1(covariance / variance);
}

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

/** The first day of the calendar month a date falls in, and of the next, as serials. */
function monthBounds(day: number): [number, number] {
  const first = `${isoFromSerial(day).slice(0, 8)}01`;
  return [serialFromIso(first), serialFromIso(addMonths(first, 1))];
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
  const count = rows.dates.length;
  if (count === 0) throw new RangeError("a usage log needs at least one row");
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < count; i++) {
    const day = Math.floor(rows.dates[i]);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }

  // The whole months: from the first month that starts on or after the first day, while each ends
  // on or before the last day.
  const starts: number[] = [];
  let [start, next] = monthBounds(firstDay);
  if (start < firstDay) [start, next] = monthBounds(next);
  while (next - 1 <= lastDay) {
    starts.push(start);
    [start, next] = monthBounds(next);
  }
  starts.push(start);
  const wholeMonths = starts.length - 1;

  // Each day's whole month (−1 outside them), looked up by its offset from the first day.
  const monthOfDay = new Int32Array(lastDay - firstDay + 1).fill(-1);
  for (let m = 0; m < wholeMonths; m++) {
    for (let day = starts[m]; day < starts[m + 1]; day++) monthOfDay[day - firstDay] = m;
  }

  const perMonth = new Float64Array(wholeMonths);
  let requests = 0;
  let inputTotal = 0;
  let outputTotal = 0;
  for (let i = 0; i < count; i++) {
    const n = rows.requests ? rows.requests[i] : 1;
    requests += n;
    inputTotal += rows.inputTokens[i];
    outputTotal += rows.outputTokens[i];
    const m = monthOfDay[Math.floor(rows.dates[i]) - firstDay];
    if (m >= 0) perMonth[m] += n;
  }
  if (!(requests > 0)) throw new RangeError("a usage log needs at least one request");

  const months = Array.from(perMonth, (n, m) => ({ month: isoFromSerial(starts[m]).slice(0, 7), requests: n }));
  const requestsPerMonth =
    wholeMonths > 0
      ? perMonth.reduce((sum, n) => sum + n, 0) / wholeMonths
      : (requests / (lastDay - firstDay + 1)) * DAYS_PER_MONTH;
  const lastWholeMonth: number | WorkloadGap = wholeMonths > 0 ? perMonth[wholeMonths - 1] : { kind: "no whole month" };

  const percentiles = (tokens: Float64Array): [number, number] | WorkloadGap =>
    rows.requests
      ? { kind: "aggregated" }
      : (percentilesInc(Float64Array.from(tokens), [0.5, 0.9]) as [number, number]);

  return {
    firstDay,
    lastDay,
    wholeMonths,
    requestsPerMonth,
    months,
    lastWholeMonth,
    growth: monthlyGrowth(months),
    inputMean: inputTotal / requests,
    outputMean: outputTotal / requests,
    inputPercentiles: percentiles(rows.inputTokens),
    outputPercentiles: percentiles(rows.outputTokens),
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
  const meanX = (n + 1) / 2;
  const meanY = months.reduce((sum, entry) => sum + Math.log(entry.requests), 0) / n;
  let covariance = 0;
  let variance = 0;
  months.forEach((entry, k) => {
    const dx = k + 1 - meanX;
    covariance += dx * (Math.log(entry.requests) - meanY);
    variance += dx * dx;
  });
  return Math.expm1(covariance / variance);
}

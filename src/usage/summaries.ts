/**
 * What the pane asks of a usage log once it is read: its models by requests, the rows of one
 * model, and the rows summed by day and model where a log has more rows than a sheet.
 */
import type { UsageLog } from "./log";

/** The rows an Excel worksheet holds (a Usage sheet needs a header row besides). */
export const MAX_SHEET_ROWS = 1_048_576;

/** A model of a log and its share of it. */
export interface ModelUsage {
  model: string;
  /** Requests: the rows' request counts where the log has them, else its rows. */
  requests: number;
  rows: number;
}

/**
 * Each model of a log with its requests and rows, most requests first (then by name).
 *
 * @example
 * modelsOf({ models: ["a", "b"], modelOf: Uint32Array.of(0, 1, 1), requests: Float64Array.of(5, 2, 2) });
 * // [{ model: "a", requests: 5, rows: 1 }, { model: "b", requests: 4, rows: 2 }]
 */
export function modelsOf(log: Pick<UsageLog, "models" | "modelOf" | "requests">): ModelUsage[] {
  const requests = new Float64Array(log.models.length);
  const rows = new Float64Array(log.models.length);
  for (let i = 0; i < log.modelOf.length; i++) {
    const model = log.modelOf[i];
    requests[model] += log.requests ? log.requests[i] : 1;
    rows[model]++;
  }
  return log.models
    .map((model, m) => ({ model, requests: requests[m], rows: rows[m] }))
    .filter((entry) => entry.rows > 0)
    .sort((a, b) => b.requests - a.requests || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

/** The first and the last whole day of a log's dates. */
function dayRange(dates: Float64Array): { firstDay: number; lastDay: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { firstDay: Math.floor(first), lastDay: Math.floor(last) };
}

/**
 * The rows of one model, as a log of that model alone (the file's skipped rows kept); the whole
 * log where no model is given. Throws for a model the log does not name, which the pane never offers.
 *
 * @example
 * forModel(readUsageText("startTime,model,prompt_tokens,completion_tokens\n2026-11-01,a,10,1\n" +
 *   "2026-11-02,b,20,2\n2026-11-03,a,30,3\n", "log.csv"), "a").inputTokens;
 * // [10, 30]
 */
export function forModel(log: UsageLog, model?: string): UsageLog {
  if (model === undefined) return log;
  const index = log.models.indexOf(model);
  if (index < 0) throw new RangeError(`${log.fileName} has no model ${model}`);
  const take: number[] = [];
  for (let i = 0; i < log.rows; i++) if (log.modelOf[i] === index) take.push(i);
  const pick = (values: Float64Array) => Float64Array.from(take, (i) => values[i]);
  const dates = pick(log.dates);
  return {
    ...log,
    rows: take.length,
    dates,
    models: [model],
    modelOf: new Uint32Array(take.length),
    inputTokens: pick(log.inputTokens),
    ...(log.cachedInputTokens ? { cachedInputTokens: pick(log.cachedInputTokens) } : {}),
    outputTokens: pick(log.outputTokens),
    ...(log.requests ? { requests: pick(log.requests) } : {}),
    ...(take.length > 0 ? dayRange(dates) : {}),
  };
}

/**
 * One row per UTC calendar day and model, in order of day then model: the date is the day's serial
 * (the time of day dropped, as every reader of a log's days does), the tokens are summed, and the
 * requests are summed (or counted, for a log of one request a row). For a log with more rows than
 * a sheet holds ({@link MAX_SHEET_ROWS}); WORKLOAD then reads it as a log of periods, whose
 * percentiles per request it cannot give.
 *
 * @example
 * summariseByDay(readUsageText("startTime,model,prompt_tokens,completion_tokens\n" +
 *   "2026-11-01T09:00:00Z,a,10,1\n2026-11-01T17:00:00Z,a,30,3\n2026-11-02T10:00:00Z,a,20,2\n", "log.csv")).requests;
 * // [2, 1]
 */
export function summariseByDay(log: UsageLog): UsageLog {
  const width = log.models.length;
  const slotOf = new Map<number, number>();
  const keys: number[] = [];
  const slotOfRow = new Uint32Array(log.rows);
  for (let i = 0; i < log.rows; i++) {
    const key = (Math.floor(log.dates[i]) - log.firstDay) * width + log.modelOf[i];
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = keys.length;
      keys.push(key);
      slotOf.set(key, slot);
    }
    slotOfRow[i] = slot;
  }
  // Each slot's place once the keys are in order of day, then model.
  const order = Uint32Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
  const placeOf = new Uint32Array(keys.length);
  order.forEach((slot, place) => (placeOf[slot] = place));

  const rows = keys.length;
  const dates = Float64Array.from(order, (slot) => log.firstDay + Math.floor(keys[slot] / width));
  const modelOf = Uint32Array.from(order, (slot) => keys[slot] % width);
  const sum = (values: Float64Array | undefined, one = 0) => {
    const sums = new Float64Array(rows);
    for (let i = 0; i < log.rows; i++) sums[placeOf[slotOfRow[i]]] += values ? values[i] : one;
    return sums;
  };
  return {
    ...log,
    rows,
    dates,
    modelOf,
    inputTokens: sum(log.inputTokens),
    ...(log.cachedInputTokens ? { cachedInputTokens: sum(log.cachedInputTokens) } : {}),
    outputTokens: sum(log.outputTokens),
    requests: sum(log.requests, 1),
  };
}

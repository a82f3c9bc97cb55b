/**
 * WORKLOAD's arguments and table (SPEC 3.13): the columns of a usage log pasted into a sheet, one
 * cell a row (a table's columns, such as Usage[Date], without their headings), read once into
 * typed arrays as any argument's cell is read. A row blank in every column is skipped; any other
 * bad cell is #VALUE! naming the argument and its row.
 */
import { serialFromDateTime, workload, type UsageRows, type WorkloadGap } from "../engine";
import { ExcelError, type Cell } from "./excelError";
import { messages } from "./messages";
import { cellLabel, coerceValue, refusal, type NumberDomain, type NumberParam } from "./params";
import * as domains from "./domains";

/**
 * The reader of one column of a usage log: a column (or a row) of cells in the domain, as numbers
 * in order, NaN where a cell is blank.
 */
export function logColumnReader(
  name: string,
  domain: NumberDomain,
  optional = false,
): (raw: unknown) => Float64Array | undefined | ExcelError {
  // Each cell is read as an optional argument of the domain: blank is undefined, desktop's 0 a blank date.
  const param: NumberParam = { kind: "number", name, key: name, help: "", domain, omittable: true };
  return (raw) => {
    const matrix = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
    const rows = matrix.length;
    const columns = matrix[0]?.length ?? 0;
    // Left out, or one blank cell: no column at all.
    if (rows === 1 && columns === 1 && coerceValue(param, matrix[0][0]) === undefined) {
      return optional ? undefined : messages.missingArgument(name, `a column of ${domain.expected}`);
    }
    if (rows !== 1 && columns !== 1) return messages.notLogColumn(name, rows, columns);
    const values = new Float64Array(rows * columns);
    for (let k = 0; k < values.length; k++) {
      let cell = rows === 1 ? matrix[0][k] : matrix[k][0];
      // Date text with a time and a zone is read as the usage readers read it, at UTC; text that is no
      // date (2026-02-30T10:00Z) is left for the domain to refuse.
      if (domain.date && typeof cell === "string") {
        const serial = serialFromDateTime(cell.trim());
        if (serial === serial) cell = serial;
      }
      const value = coerceValue(param, cell);
      if (typeof value === "number") values[k] = value;
      else if (value === undefined) values[k] = NaN;
      else return value instanceof ExcelError ? value : refusal(param, cell, cellLabel(name, rows, columns, k, k));
    }
    return values;
  };
}

/** WORKLOAD's columns as its compute step receives them. */
export interface LogColumns {
  dates: Float64Array;
  inputTokens: Float64Array;
  outputTokens: Float64Array;
  requests: Float64Array | undefined;
}

/** WORKLOAD's arguments, in order, with what each cell of theirs holds. */
export const LOG_COLUMNS = [
  ["dates", domains.date],
  ["input_tokens", domains.logTokens],
  ["output_tokens", domains.logTokens],
  ["requests", domains.logRequests],
] as const;

/**
 * The rows of a usage log from its columns, which must be of one length: rows blank in every
 * column (or holding only 0s beside a blank date, as desktop passes blank cells) are left out; a
 * row blank in one column but not in all is refused, naming that cell.
 */
export function usageRows({ dates, inputTokens, outputTokens, requests }: LogColumns): UsageRows | ExcelError {
  const columns = [dates, inputTokens, outputTokens, ...(requests ? [requests] : [])];
  if (columns.some((column) => column.length !== dates.length)) {
    return messages.logLengths(columns.map((column, k) => ({ name: LOG_COLUMNS[k][0], rows: column.length })));
  }
  // The rows kept, listed only once a row is left out: a log without blank rows is taken as it is.
  let kept: number[] | undefined;
  const counts = requests ?? dates;
  for (let row = 0; row < dates.length; row++) {
    const date = dates[row];
    const input = inputTokens[row];
    const output = outputTokens[row];
    const count = counts[row];
    // Every cell a value (NaN is the only value unequal to itself): the common case, inline.
    if (date === date && input === input && output === output && count === count) {
      kept?.push(row);
      continue;
    }
    const blank = columns.findIndex((column) => column[row] !== column[row]);
    if (columns.some((column) => column[row] === column[row] && (blank > 0 || column[row] !== 0))) {
      const [name, domain] = LOG_COLUMNS[blank];
      return messages.missingArgument(cellLabel(name, dates.length, 1, row, 0), domain.expected);
    }
    kept ??= Array.from({ length: row }, (_, earlier) => earlier);
  }
  if (kept?.length === 0 || dates.length === 0) return messages.noLoggedRequests();
  const taken = kept;
  const [date, input, output, count] = columns.map((column) =>
    taken ? Float64Array.from(taken, (row) => column[row]) : column,
  );
  return { dates: date, inputTokens: input, outputTokens: output, ...(count && { requests: count }) };
}

/** WORKLOAD's rows after its header, in order (SPEC 3.13). */
export const WORKLOAD_MEASURES = [
  "first day",
  "last day",
  "whole months covered",
  "requests per month",
  "requests in the last whole month",
  "monthly volume growth",
  "input tokens per request",
  "input tokens, 50th percentile",
  "input tokens, 90th percentile",
  "output tokens per request",
  "output tokens, 50th percentile",
  "output tokens, 90th percentile",
] as const;

/** A figure, or the #N/A saying why the log does not give it. */
const figure = (value: number | WorkloadGap): Cell => (typeof value === "number" ? value : messages.workloadGap(value));

/** A pair of percentiles, or the gap that stands for both. */
const both = <T>(pair: [number, number] | T): [number | T, number | T] => (Array.isArray(pair) ? pair : [pair, pair]);

/** WORKLOAD's spilled table: a header row, then each measure and its value. */
export function workloadTable(rows: UsageRows): Cell[][] {
  if (rows.requests && !(rows.requests.reduce((total, n) => total + n, 0) > 0)) return [[messages.noLoggedRequests()]];
  const log = workload(rows);
  const [inputMedian, input90] = both(log.inputPercentiles);
  const [outputMedian, output90] = both(log.outputPercentiles);
  const values = [
    log.firstDay,
    log.lastDay,
    log.wholeMonths,
    log.requestsPerMonth,
    log.lastWholeMonth,
    log.growth,
    log.inputMean,
    inputMedian,
    input90,
    log.outputMean,
    outputMedian,
    output90,
  ];
  return [["measure", "value"], ...WORKLOAD_MEASURES.map((measure, k) => [measure, figure(values[k])])];
}

/**
 * A usage file imported into the workbook (SPEC 3.13): a Usage sheet with the file's name, what it
 * was read as, the period it covers, the model chosen, the rows skipped and why, then its rows
 * under a header, a row per request or per period and model. Beside them, each whole calendar
 * month's requests as live formulas over the rows. The rows are built as they are written, a
 * chunk at a time, so that a million of them are never held as arrays.
 */
import { wholeMonths } from "../engine";
import { WORKLOAD } from "../functions/declarations";
import { formatNumber, plural } from "../functions/format";
import { formula } from "../functions/formula";
import { MAX_ARGUMENTS_PAYLOAD_BYTES } from "../functions/payload";
import { WORKLOAD_MEASURES } from "../functions/usageLog";
import { MAX_SHEET_ROWS, type UsageLog } from "../usage";
import type { AnswerKey } from "./answers";
import { FORMATS } from "./formats";
import { Canvas, columnName, POINTS_PER_CHARACTER, type PlannedRows, type SheetLayout } from "./layout";

/** The sheet an import adds (or "Usage (2)" and so on, where taken). */
export const USAGE_SHEET_NAME = "Usage";

/** The header row of the rows, 1-based; the rows start below it. */
const HEADER_ROW = 10;

/** The rows of a log a Usage sheet holds: a sheet's rows, less those down to the header. */
export const USAGE_SHEET_DATA_ROWS = MAX_SHEET_ROWS - HEADER_ROW;

/** How the rows were written: as the file gave them, or summed per day and model. */
export type UsageRowsKind = "as read" | "per day and model";

/** The absolute ranges of the rows' columns on the sheet, as WORKLOAD and the monthly table read them. */
export interface UsageColumns {
  dates: string;
  models: string;
  inputTokens: string;
  cachedInputTokens?: string;
  outputTokens: string;
  requests?: string;
}

/** WORKLOAD's measures, as its spilled table names them. */
export type WorkloadMeasure = (typeof WORKLOAD_MEASURES)[number];

/** What an import writes, and where its rows went. */
export interface UsageSheet {
  layout: SheetLayout;
  columns: UsageColumns;
  /** The whole calendar months, each with the cell holding its requests, oldest first. */
  months: { month: string; cell: string }[];
  /** The cells of the first and the last day the file covers. */
  days: { first: string; last: string };
  /** The cell of each measure's value in the sheet's WORKLOAD table, where it is written. */
  workload?: Record<WorkloadMeasure, string>;
  /** What WORKLOAD's arguments over the rows would pass Excel, in bytes of JSON (estimated). */
  argumentBytes: number;
}

/** Rows measured one by one when WORKLOAD's arguments are estimated; the rest are taken at their mean. */
const SAMPLED_ROWS = 2_000;

/**
 * The JSON WORKLOAD's arguments over these columns would pass Excel: each cell as the number it
 * holds and its brackets and comma ([[46329.5],[46330.25],…]). Above SAMPLED_ROWS rows, an even
 * sample of them stands for all.
 */
export function workloadArgumentBytes(columns: readonly ArrayLike<number>[], rows: number): number {
  const step = Math.max(1, rows / SAMPLED_ROWS);
  let sampled = 0;
  let characters = 0;
  for (let at = 0; at < rows; at += step) {
    const row = Math.floor(at);
    for (const column of columns) characters += String(column[row]).length + 3;
    sampled += 1;
  }
  return sampled === 0 ? 0 : Math.round((characters / sampled) * rows) + 2 * columns.length;
}

/** The rows skipped, in one sentence per reason with the lines of the first. */
export function skippedLines(log: Pick<UsageLog, "skipped">): string[] {
  return log.skipped.map(
    ({ reason, count, lines }) =>
      `${plural(count, "row")} skipped: ${reason} (line${lines.length === 1 ? "" : "s"} ${lines.map(formatNumber).join(", ")}${count > lines.length ? ", …" : ""}).`,
  );
}

/**
 * The Usage sheet of a log: `log` as it is written (one model or all, summed per day and model or
 * not), `read` the file as read, for its name, its format and what it skipped.
 */
export function usageLayout(
  log: UsageLog,
  read: UsageLog,
  options: {
    model: string | undefined;
    kind: UsageRowsKind;
    /** The most rows of a log the host's sheet takes. */
    room?: number;
    /** The rows of the model kept, before they were summed. */
    kept?: number;
  },
): UsageSheet {
  const canvas = new Canvas(0, 0);
  canvas.put(0, 0, { value: `Usage imported from ${log.fileName}`, style: "title", numberFormat: FORMATS.text });
  const facts: [string, string | number, string?][] = [
    ["File", log.fileName, FORMATS.text],
    ["Read as", log.formatLabel, FORMATS.text],
    ["First day", log.firstDay, FORMATS.date],
    ["Last day", log.lastDay, FORMATS.date],
    ["Model", options.model ?? "all models", FORMATS.text],
    [
      "Rows",
      options.kind === "as read"
        ? `${plural(log.rows, "row")} as read`
        : `${plural(options.kept ?? read.rows, "row")} read, summed into ${plural(log.rows, "row")} per day and model: this workbook takes at most ${formatNumber(options.room ?? USAGE_SHEET_DATA_ROWS)} rows of a log`,
      FORMATS.text,
    ],
  ];
  facts.forEach(([label, value, format], row) => {
    canvas.put(row + 1, 0, { value: label, style: "label" });
    canvas.put(row + 1, 1, { value, ...(format ? { numberFormat: format } : {}) });
  });
  const skipped = skippedLines(read);
  canvas.put(7, 0, { value: "Skipped", style: "label" });
  canvas.put(7, 1, {
    value: skipped.length === 0 ? "none" : skipped.join(" "),
    style: "note",
    numberFormat: FORMATS.text,
  });

  // The rows: date, model, tokens, and the columns the file has.
  const columns: { heading: string; format: string; value: (row: number) => string | number }[] = [
    { heading: "Date", format: FORMATS.dateTime, value: (row) => log.dates[row] },
    { heading: "Model", format: FORMATS.text, value: (row) => log.models[log.modelOf[row]] },
    { heading: "Input tokens", format: FORMATS.count, value: (row) => log.inputTokens[row] },
  ];
  const cached = log.cachedInputTokens;
  if (cached) columns.push({ heading: "Cached input tokens", format: FORMATS.count, value: (row) => cached[row] });
  columns.push({ heading: "Output tokens", format: FORMATS.count, value: (row) => log.outputTokens[row] });
  const requests = log.requests;
  if (requests) columns.push({ heading: "Requests", format: FORMATS.count, value: (row) => requests[row] });
  columns.forEach(({ heading }, column) => canvas.put(HEADER_ROW - 1, column, { value: heading, style: "header" }));

  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + Math.max(log.rows, 1);
  const rangeOf = (heading: string): string => {
    const column = columnName(columns.findIndex((candidate) => candidate.heading === heading));
    return `$${column}$${firstRow}:$${column}$${lastRow}`;
  };
  const rows: PlannedRows = {
    top: HEADER_ROW,
    left: 0,
    count: log.rows,
    row: (index) => columns.map(({ value }) => value(index)),
    columnFormats: columns.map(({ format }) => format),
  };
  const usageColumns: UsageColumns = {
    dates: rangeOf("Date"),
    models: rangeOf("Model"),
    inputTokens: rangeOf("Input tokens"),
    outputTokens: rangeOf("Output tokens"),
    ...(cached ? { cachedInputTokens: rangeOf("Cached input tokens") } : {}),
    ...(requests ? { requests: rangeOf("Requests") } : {}),
  };

  // Each whole month's requests, summed over the rows by the sheet itself.
  const monthColumn = columns.length + 1;
  canvas.put(HEADER_ROW - 2, monthColumn, { value: "Requests in each whole calendar month", style: "heading" });
  ["Month", "From", "Requests"].forEach((heading, k) =>
    canvas.put(HEADER_ROW - 1, monthColumn + k, { value: heading, style: "header" }),
  );
  const months = wholeMonths(log.firstDay, log.lastDay).map(({ month, from }, k) => {
    const row = HEADER_ROW + k;
    canvas.put(row, monthColumn, { value: month, numberFormat: FORMATS.text });
    canvas.put(row, monthColumn + 1, { value: from, numberFormat: FORMATS.date });
    const fromCell = canvas.at(row, monthColumn + 1, true);
    const within = `${usageColumns.dates},">="&${fromCell},${usageColumns.dates},"<"&EDATE(${fromCell},1)`;
    canvas.put(row, monthColumn + 2, {
      formula: requests ? `=SUMIFS(${usageColumns.requests},${within})` : `=COUNTIFS(${within})`,
      numberFormat: FORMATS.count,
    });
    return { month, cell: canvas.at(row, monthColumn + 2, true) };
  });
  if (months.length === 0) {
    canvas.put(HEADER_ROW, monthColumn, { value: "none: the file covers no whole calendar month", style: "note" });
  }

  // WORKLOAD over the rows, where its arguments stay within what Excel passes to one formula.
  const logColumns = [log.dates, log.inputTokens, log.outputTokens, ...(requests ? [requests] : [])];
  const argumentBytes = workloadArgumentBytes(logColumns, log.rows);
  const workloadColumn = monthColumn + 4;
  let workload: Record<WorkloadMeasure, string> | undefined;
  canvas.put(HEADER_ROW - 2, workloadColumn, {
    value: "The workload (AICOST.WORKLOAD over the rows)",
    style: "heading",
  });
  if (argumentBytes <= MAX_ARGUMENTS_PAYLOAD_BYTES && log.rows > 0) {
    const call = formula(WORKLOAD, {
      dates: usageColumns.dates,
      input_tokens: usageColumns.inputTokens,
      output_tokens: usageColumns.outputTokens,
      ...(usageColumns.requests ? { requests: usageColumns.requests } : {}),
    });
    const formats: Record<string, string> = {
      "first day": FORMATS.date,
      "last day": FORMATS.date,
      "monthly volume growth": FORMATS.share,
    };
    canvas.spill(
      HEADER_ROW - 1,
      workloadColumn,
      call,
      [WORKLOAD_MEASURES.length + 1, 2],
      [FORMATS.text, FORMATS.count],
    );
    const spill = canvas.spills[canvas.spills.length - 1];
    spill.rowFormats = [FORMATS.text, ...WORKLOAD_MEASURES.map((measure) => formats[measure] ?? FORMATS.count)];
    workload = Object.fromEntries(
      WORKLOAD_MEASURES.map((measure, k) => [measure, canvas.at(HEADER_ROW + k, workloadColumn + 1, true)]),
    ) as Record<WorkloadMeasure, string>;
  } else if (log.rows > 0) {
    canvas.put(HEADER_ROW - 1, workloadColumn, {
      value:
        `Not written: WORKLOAD over ${plural(log.rows, "row")} would pass Excel about ` +
        `${formatNumber(Math.ceil(argumentBytes / 1e6))} MB, more than one formula takes ` +
        `(${formatNumber(MAX_ARGUMENTS_PAYLOAD_BYTES / 1e6)} MB). The workload answers read the sheet's own sums.`,
      style: "note",
      numberFormat: FORMATS.text,
    });
  }

  const lastColumn = workloadColumn + 1;
  return {
    layout: {
      cells: canvas.cells,
      rows: [rows],
      spills: canvas.spills,
      columnWidths: [
        { column: "A", points: 110 },
        { column: "B", points: 150 },
        // Wide enough for the numbers and for the heading ("Cached input tokens"), at about 5.6 points a character.
        ...columns.slice(2).map(({ heading }, k) => ({
          column: columnName(k + 2),
          points: Math.max(84, Math.ceil(POINTS_PER_CHARACTER * heading.length) + 12),
        })),
        { column: columnName(monthColumn - 1), points: 24 },
        { column: columnName(monthColumn), points: 64 },
        { column: columnName(monthColumn + 1), points: 76 },
        { column: columnName(monthColumn + 2), points: 76 },
        { column: columnName(workloadColumn - 1), points: 24 },
        { column: columnName(workloadColumn), points: 190 },
        { column: columnName(workloadColumn + 1), points: 84 },
      ],
      extent: `A1:${columnName(lastColumn)}${Math.max(lastRow, HEADER_ROW + months.length, HEADER_ROW + WORKLOAD_MEASURES.length)}`,
    },
    columns: usageColumns,
    months,
    days: { first: "$B$4", last: "$B$5" },
    ...(workload ? { workload } : {}),
    argumentBytes,
  };
}

/**
 * The formulas that give the workload answers from a Usage sheet named `sheet`, each rounded as the
 * pane rounds the figure it takes (usageImport's workloadAnswers): requests per month and the tokens
 * per request from the sheet's WORKLOAD table, or, where it is not written, from the sheet's own
 * sums over the same rows (the same arithmetic); the cached share from the sums of its columns, in
 * ten-thousandths; the volume's low and high from the fewest and most requests of a whole month
 * (with fewer than two there is none: the low and high follow the volume, as the questions start
 * them). Written into the model's input cells, they keep the model on the sheet's rows: a corrected
 * row updates both.
 */
export function usageAnswerFormulas(sheet: string, usage: UsageSheet): Partial<Record<AnswerKey, string>> {
  const on = (range: string) => `'${sheet.replace(/'/g, "''")}'!${range}`;
  const { columns, months, workload } = usage;
  const requests = columns.requests ? `SUM(${on(columns.requests)})` : `COUNT(${on(columns.dates)})`;
  // The whole months' requests, one cell each down one column.
  const monthCells = months.length > 0 ? on(`${months[0].cell}:${months[months.length - 1].cell}`) : undefined;
  const monthly = monthCells
    ? `AVERAGE(${monthCells})`
    : `${requests}/(${on(usage.days.last)}-${on(usage.days.first)}+1)*30.4375`;
  const [volume, input, output] = workload
    ? [
        on(workload["requests per month"]),
        on(workload["input tokens per request"]),
        on(workload["output tokens per request"]),
      ]
    : [monthly, `SUM(${on(columns.inputTokens)})/${requests}`, `SUM(${on(columns.outputTokens)})/${requests}`];
  return {
    requestsPerMonth: `=ROUND(${volume},0)`,
    inputTokens: `=ROUND(${input},0)`,
    outputTokens: `=ROUND(${output},0)`,
    ...(columns.cachedInputTokens
      ? {
          cachedShare: `=IF(SUM(${on(columns.inputTokens)})>0,ROUND(SUM(${on(columns.cachedInputTokens)})*10000/SUM(${on(columns.inputTokens)}),0)/10000,0)`,
        }
      : {}),
    ...(months.length >= 2 ? { volumeLow: `=MIN(${monthCells})`, volumeHigh: `=MAX(${monthCells})` } : {}),
  };
}

/**
 * What every usage file reader shares: the formats and how the pane names them, the limits a file
 * is held to, the messages a file is refused with and the reasons a row is left out. Pure: no DOM,
 * no I/O.
 */

/** The usage files read: OpenAI's organization Usage API for completions, LiteLLM's spend logs, a mapped CSV. */
export type UsageFormat = "openai" | "litellm" | "mapped";

/** The text a file is written in. */
export type UsageSyntax = "JSON" | "CSV";

/** How the pane names each format; for OpenAI's and LiteLLM's, the syntax follows in brackets. */
export const USAGE_FORMAT_LABELS: Readonly<Record<UsageFormat, string>> = {
  openai: "OpenAI usage export",
  litellm: "LiteLLM spend log",
  mapped: "CSV with mapped columns",
};

/** The largest usage file read, in megabytes: a million requests of a spend log is 100 to 150 MB. */
export const MAX_USAGE_FILE_MB = 500;

/** The longest model name kept, in UTF-16 code units (a sheet cell shows no more usefully). */
export const MAX_MODEL_NAME = 255;

/** The most different model names a file may hold; rows naming a further one are left out. */
export const MAX_MODELS = 10_000;

/** The deepest nesting a JSON file may have: a usage export is four levels deep. */
export const MAX_JSON_DEPTH = 64;

/** The largest single entry (a JSON bucket or request, a CSV row), in megabytes. */
export const MAX_ENTRY_MB = 64;

/**
 * The most cells of a CSV record kept, as many as Excel has columns; later cells are passed over,
 * so that a line of 60 million commas does not hold 60 million offsets.
 */
export const MAX_CSV_CELLS = 16_384;

/** The model of a row where the export is not grouped by model (OpenAI's `model` null, no model column). */
export const ALL_MODELS = "(all models)";

/** The model of a row whose model cell is blank in a file that names models. */
export const UNNAMED_MODEL = "(no model)";

/** A number of hours as a message reads it: "0 hours", "1 hour", "6.5 hours". */
function hoursRead(hours: number): string {
  const text = hours.toLocaleString("en-US", { maximumFractionDigits: 1 });
  return `${text} hour${text === "1" ? "" : "s"}`;
}

/** A list of headers as a message shows them, cut short past 120 characters. */
function headersRead(headers: readonly string[]): string {
  const text = headers.map((header) => (header === "" ? "(blank)" : header)).join(", ");
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Every message a usage file can be refused with; each names the file. */
export const USAGE_MESSAGES = {
  empty: (file: string): string => `${file} is empty.`,
  notText: (file: string): string =>
    `${file} is not a text file (it holds binary data): choose the JSON or CSV file itself, or save a workbook as CSV.`,
  tooLarge: (file: string, megabytes: number): string =>
    `${file} is ${megabytes.toLocaleString("en-US", { maximumFractionDigits: 0 })} MB: a usage file is at most ` +
    `${MAX_USAGE_FILE_MB} MB. Export a shorter period, or usage grouped by day.`,
  otherShapeCsv: (file: string): string =>
    `${file} is neither an OpenAI usage export (start_time, input_tokens, output_tokens, num_model_requests) ` +
    "nor a LiteLLM spend log (startTime, model, prompt_tokens, completion_tokens): map its columns in the pane.",
  otherShapeJson: (file: string): string =>
    `${file} is neither an OpenAI usage export (pages of buckets with start_time and results) nor a LiteLLM ` +
    "spend log (a list of requests with startTime, model, prompt_tokens, completion_tokens).",
  mappingOnJson: (file: string): string =>
    `${file} is JSON: columns are mapped in a CSV only. Choose the CSV, or the JSON without a mapping.`,
  mappingIncomplete: (file: string, role: string): string =>
    `${file}: no column is chosen for ${role}; the date, input tokens and output tokens are needed.`,
  mappedColumnMissing: (file: string, role: string, header: string, headers: readonly string[]): string =>
    `${file} has no column "${header.length > 60 ? `${header.slice(0, 59)}…` : header}" (chosen for ${role}); ` +
    `its columns are: ${headersRead(headers)}.`,
  noRows: (file: string): string => `${file} has no usage rows: only a header, or an empty list.`,
  nothingTaken: (file: string, rows: number, line: number, reason: string): string =>
    `${file}: none of its ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"} could be taken; ` +
    `the first, line ${line}: ${reason}.`,
  noRequests: (file: string): string =>
    `${file} counts no request: the requests of every row taken are 0, so there are no tokens per request to read.`,
  tooShort: (file: string, hours: number): string =>
    `${file} covers ${hoursRead(hours)} of usage (first to last request, or to the end of the last period): ` +
    "a workload needs at least one day.",
  unclosedQuote: (file: string, line: number): string =>
    `${file}, line ${line}: a quoted field is not closed before the end of the file ` +
    '(a quote inside a field is written twice: "").',
  notJson: (file: string, line: number, reason: string): string =>
    `${file}, line ${line}: not valid JSON (${reason.length > 100 ? `${reason.slice(0, 99)}…` : reason}).`,
  cutShort: (file: string): string =>
    `${file} ends inside its JSON (a list, an object or a text is not closed): the file looks cut short.`,
  tooDeep: (file: string, line: number): string =>
    `${file}, line ${line}: JSON nested more than ${MAX_JSON_DEPTH} levels deep; a usage export is four levels deep.`,
  entryTooLarge: (file: string, line: number): string =>
    `${file}, line ${line}: one entry is over ${MAX_ENTRY_MB} MB; a usage row is a few hundred bytes.`,
} as const;

/**
 * The message a file is refused with from its size alone, before any of it is read; undefined for
 * a file within {@link MAX_USAGE_FILE_MB} megabytes (of 1,048,576 bytes).
 *
 * @param fileName the file's name, used in the message
 * @param bytes the file's size in bytes (`File.size`)
 *
 * @example
 * usageFileTooLarge("usage.csv", 600 * 1024 * 1024);
 * // "usage.csv is 600 MB: a usage file is at most 500 MB. Export a shorter period, or usage grouped by day."
 */
export function usageFileTooLarge(fileName: string, bytes: number): string | undefined {
  const megabytes = bytes / (1024 * 1024);
  return megabytes > MAX_USAGE_FILE_MB ? USAGE_MESSAGES.tooLarge(fileName, megabytes) : undefined;
}

/** What a count of a row is, as a reason names it. */
export type CountName = "input tokens" | "output tokens" | "cached input tokens" | "requests";

/** The four ways a count can be unreadable, for one kind of count. */
export interface CountReasons {
  blank: string;
  notNumber: string;
  negative: string;
  tooLarge: string;
}

const countReasons = (what: CountName): CountReasons => ({
  blank: `${what} left blank`,
  notNumber: `${what} that are not numbers`,
  negative: `negative ${what}`,
  tooLarge: `${what} too large to be a count`,
});

/** Every reason a row is left out (written once, so that rows left out for one reason are counted together). */
export const USAGE_SKIP_REASONS = {
  blankDate: "a date left blank",
  badDate: "a date that cannot be read",
  dateOutOfRange: "a date outside the years 2020 to 2100",
  inputTokens: countReasons("input tokens"),
  outputTokens: countReasons("output tokens"),
  cachedInputTokens: countReasons("cached input tokens"),
  requests: countReasons("requests"),
  cachedAboveInput: "more cached input tokens than input tokens",
  notAnEntry: "an entry that is not an object",
  noResults: "a bucket without a list of results",
  tooManyModels: `a model beyond the first ${MAX_MODELS.toLocaleString("en-US")} different names`,
} as const;

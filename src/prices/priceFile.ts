/**
 * What every price file reader shares: the formats, what a file gives (the models taken and those
 * skipped, with why), the messages a file is refused with, and the conversions from a file's prices
 * to {@link ModelPrices} (US dollars per 1,000,000 tokens). Pure: no DOM, no I/O.
 */
import * as z from "zod/mini";
import { PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, type ModelPrices, type PriceKind } from "../engine";

export type PriceFileFormat = "litellm" | "genai-prices" | "csv";

/** How the pane names each format. */
export const PRICE_FILE_FORMAT_LABELS: Readonly<Record<PriceFileFormat, string>> = {
  litellm: "litellm price file (model_prices_and_context_window.json)",
  "genai-prices": "genai-prices data file",
  csv: "CSV in price_table column order",
};

/** One model taken from a file, its prices in US dollars per 1M tokens. */
export interface ImportedModel {
  /** litellm: the file's key; genai-prices: `<provider id>/<model id>`; CSV: the model cell. */
  id: string;
  /** The provider as the file names it (litellm_provider, genai-prices' provider id); "" for a CSV. */
  provider: string;
  prices: ModelPrices;
}

/** What a file gave: the models taken and, for each entry left out, why. */
export interface PriceFile {
  format: PriceFileFormat;
  fileName: string;
  models: ImportedModel[];
  skipped: { id: string; reason: string }[];
  /** The file's own date (YYYY-MM-DD), where its contents carry one (a CSV's "as of" row). */
  asOf?: string;
}

export const PER_MTOK = "a price ≥ 0 in US dollars per 1M tokens";
export const PER_TOKEN = "a price ≥ 0 in US dollars per token";
export const PER_HOUR = "a price ≥ 0 in US dollars per hour";
export const TOKENS = "a number of input tokens ≥ 0";

/** Every message a price file can be refused with. */
export const PRICE_FILE_MESSAGES = {
  empty: (file: string): string => `${file} is empty.`,
  notJson: (file: string, reason: string): string => `${file} is not valid JSON: ${reason}.`,
  unknownFormat: (file: string): string =>
    `${file} is neither litellm's price file (an object of models, each with litellm_provider and mode) ` +
    "nor genai-prices' data file (a list of providers, each with its models).",
  invalidEntry: (file: string, where: string, expected: string, received: string): string =>
    `${file}, ${where}: expected ${expected}; got ${received}.`,
  csvUnclosedQuote: (file: string, line: number): string =>
    `${file}, line ${line}: a quoted field is not closed (a quote inside a field is written twice: "").`,
  csvTooFewColumns: (file: string, line: number, count: number): string =>
    `${file}, line ${line}: ${count} column${count === 1 ? "" : "s"}; a price row has at least the model, ` +
    "input and output, separated by commas.",
  csvCell: (file: string, line: number, column: number, expected: string, received: string): string =>
    `${file}, line ${line}, column ${column} (${PRICE_TABLE_COLUMNS[column - 1] ?? "beyond the table"}): ` +
    `expected ${expected}; got ${received}.`,
  csvNoRows: (file: string): string => `${file} has no price rows (model, input, output, …).`,
  notText: (file: string): string =>
    `${file} is not a text file (it holds binary data): choose the JSON or CSV file itself.`,
  tooLarge: (file: string, megabytes: number): string =>
    `${file} is ${megabytes.toLocaleString("en-US", { maximumFractionDigits: 0 })} MB: a price file is under ` +
    `${MAX_PRICE_FILE_MB} MB (litellm's, the largest, is about 1.5 MB). Choose the price file itself.`,
  wrongUnit: (file: string, model: string, read: string): string =>
    `${file}: every price is out of scale, such as ${model} at ${read}; its prices are not in the unit ` +
    "its format uses (litellm: US dollars per token, such as 3e-6; genai-prices and CSV: per 1M tokens).",
} as const;

/** The largest price file taken, in megabytes: litellm's whole file is about 1.5 MB. */
export const MAX_PRICE_FILE_MB = 50;

/**
 * The dearest price taken, in US dollars per 1M tokens. List prices run to about $600 (o1-pro's
 * output); a price a thousand or a million times too high is a file in another unit, such as a
 * per-token price of 3 where 3e-6 is meant (some of litellm's own entries are).
 */
export const MAX_PRICE_PER_MTOK = 10_000;

/** Every reason an entry of a file is left out. */
export const SKIP_REASONS = {
  notChat: (mode: string | undefined): string => `not a chat model (${mode ?? "no mode"})`,
  noTokenPrices: "no input or output price per token",
  noInput: "no input price",
  noOutput: "no output price",
  noPrices: "no prices listed",
  perRequest: "priced per request only",
  notInForce: (asOf: string): string => `no price in force on ${asOf}`,
  byTimeOfDay: "priced by time of day",
  repeated: (line: number): string => `repeats the model of line ${line}`,
  anotherListing: (id: string): string =>
    `another listing of the catalogue's ${id}: the catalogue prices it, unless the file's listing of it is chosen`,
  outOfScale: (kind: string, read: string): string =>
    `its ${kind} price reads ${read}, beyond any list price: not in the file's unit`,
  badPrice: (field: string, found: string): string => `its ${field} reads ${found}, not a price ≥ 0`,
  badTokens: (field: string, found: string): string => `its ${field} reads ${found}, not a number of tokens ≥ 0`,
} as const;

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON.parse's complaint, with the line and column where it gives a position. */
export function jsonFault(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = / in JSON at position (\d+)/.exec(message);
  if (!at) return message.length > 120 ? `${message.slice(0, 119)}…` : message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.slice(0, at.index)} at line ${line}, column ${column}`;
}

/** A value as a message shows what was found. */
function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The issue that says most: inside a union, the option's issue that reached deepest into the value
 * (the option the value was meant for); the union's own message where every option failed at once.
 */
function innermostIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  const inner = issue.errors
    .flat()
    .map(innermostIssue)
    .reduce<z.core.$ZodIssue | undefined>(
      (best, next) => (next.path.length > (best?.path.length ?? 0) ? next : best),
      undefined,
    );
  return inner ? { ...inner, path: [...issue.path, ...inner.path] } : issue;
}

/** The value a check's path leads to in the file, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    node = isRecord(node) || Array.isArray(node) ? (node as Json)[segment as string] : undefined;
  }
  return node;
}

/** A value a check refused: where it is (the check's path), what was expected and what was found. */
export interface Fault {
  path: PropertyKey[];
  expected: string;
  found: string;
}

/** Every issue of a failed check as a fault, in the check's order. */
export function faults(checked: unknown, error: z.core.$ZodError): Fault[] {
  return error.issues.map(innermostIssue).map((issue) => ({
    path: issue.path,
    expected: issue.message,
    found: describeJson(valueAt(checked, issue.path)),
  }));
}

/** A fault as the message a file is refused with, `where` naming its place in the file. */
export const faultMessage = (fileName: string, where: string, { expected, found }: Fault): string =>
  PRICE_FILE_MESSAGES.invalidEntry(fileName, where, expected, found);

/** The first issue of a failed check, as a message naming where, what was expected and what was found. */
export function refusal(
  fileName: string,
  checked: unknown,
  error: z.core.$ZodError,
  where: (path: PropertyKey[]) => string,
): { error: string } {
  const [first] = faults(checked, error);
  return { error: faultMessage(fileName, where(first.path), first) };
}

/**
 * The file, or its refusal where entries skipped for a bad value left no model to take: an import of
 * nothing would hide the fault, so the first bad entry is named (`firstBad`, the message it gives).
 */
export function refuseIfNothingTaken(file: PriceFile, firstBad: string | undefined): PriceFile | { error: string } {
  return file.models.length === 0 && firstBad !== undefined ? { error: firstBad } : file;
}

export type Prices = Partial<Record<PriceKind, number>>;

/** A rate that applies from `start` input tokens per request on, in US dollars per 1M tokens. */
export interface Tier {
  start: number;
  price: number;
}

/** A price with its long-context tiers, if any. */
export interface TieredPrice {
  base: number;
  tiers: readonly Tier[];
}

/**
 * A price without float noise (0.18000000000000002 gives 0.18): twelve significant digits keep
 * every digit a real price has and drop the last digits a float's rounding leaves.
 */
export const tidy = (price: number): number => Number(price.toPrecision(12));

/** The model's prices: an optional price of 0 means "not offered", as it does in a price_table. */
export function offered(input: number, output: number, optional: Prices): ModelPrices {
  const prices: Prices = { input, output };
  for (const kind of PRICE_TABLE_KINDS) {
    const value = optional[kind];
    if (kind !== "input" && kind !== "output" && value !== undefined && value !== 0) prices[kind] = value;
  }
  return prices as ModelPrices;
}

/** A price above a threshold: the rate of the highest tier starting at or below it, else the base rate. */
function rateAt({ base, tiers }: TieredPrice, threshold: number): number {
  return tiers.filter((tier) => tier.start <= threshold).sort((a, b) => b.start - a.start)[0]?.price ?? base;
}

/** The long-context prices where input or output has tiers: the lowest tier start is the threshold. */
export function longContext(input: TieredPrice, output: TieredPrice): Prices {
  const starts = [...input.tiers, ...output.tiers].map((tier) => tier.start);
  if (starts.length === 0) return {};
  const threshold = Math.min(...starts);
  return {
    long_context_threshold: threshold,
    long_input: rateAt(input, threshold),
    long_output: rateAt(output, threshold),
  };
}

/** The first price of a model beyond {@link MAX_PRICE_PER_MTOK} per 1M tokens (or not finite), with its kind. */
export function outOfScale(prices: ModelPrices): { kind: PriceKind; price: number } | undefined {
  for (const [kind, price] of Object.entries(prices) as [PriceKind, number][]) {
    if (kind === "long_context_threshold" || kind === "ft_hosting_hour") continue;
    if (!Number.isFinite(price) || price > MAX_PRICE_PER_MTOK) return { kind, price };
  }
  return undefined;
}

/**
 * A price per 1M tokens as a message reads it: "$540,000 per 1M tokens"; from a quadrillion on, as
 * Excel writes it ("$1.00E+60 per 1M tokens"), so that the message stays short; "more than any number".
 */
export const perMillionRead = (price: number): string =>
  !Number.isFinite(price)
    ? "more than any number per 1M tokens"
    : price >= 1e15
      ? `$${price.toExponential(2).toUpperCase()} per 1M tokens`
      : `$${price.toLocaleString("en-US", { maximumFractionDigits: 2 })} per 1M tokens`;

/**
 * Reads a price file the analyst has downloaded: BerriAI/litellm's
 * `model_prices_and_context_window.json` (US dollars per token), pydantic/genai-prices' data file
 * (US dollars per 1M tokens, tiered and dated prices), or a CSV in the price_table column order.
 * Each is checked by a zod schema and converted to {@link ModelPrices} (US dollars per 1,000,000
 * tokens; long_context_threshold in input tokens; ft_hosting_hour in US dollars per hour). Pure: no
 * DOM, no I/O; a malformed file gives an error message, never an exception.
 */
import * as z from "zod/mini";
import {
  normaliseModelName,
  PRICE_TABLE_COLUMNS,
  PRICE_TABLE_KINDS,
  type ModelPrices,
  type PriceKind,
} from "../engine";

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
}

/** litellm modes whose entries are taken: chat models, and those served only by the Responses API. */
const LITELLM_MODES: readonly string[] = ["chat", "responses"];

const PER_MTOK = "a price ≥ 0 in US dollars per 1M tokens";
const PER_TOKEN = "a price ≥ 0 in US dollars per token";
const PER_HOUR = "a price ≥ 0 in US dollars per hour";
const TOKENS = "a number of input tokens ≥ 0";

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
} as const;

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
} as const;

/**
 * Reads a price file, recognising its format from its content: a CSV when the name ends in .csv or
 * the text does not start as JSON does; otherwise litellm's object of models or genai-prices' list
 * of providers. Dated prices (genai-prices) are those in force on `asOf`.
 *
 * @param text the file's content
 * @param fileName the file's name, used in messages and to recognise .csv and .json
 * @param asOf ISO date (YYYY-MM-DD) for which dated prices are chosen
 * @returns the models taken and those skipped, or `{ error }` saying where the file is malformed
 *
 * @example
 * readPriceFile('{"gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1.5e-7,
 *   "output_cost_per_token": 6e-7}}', "prices.json", "2026-09-01");
 * // { format: "litellm", fileName: "prices.json", skipped: [],
 * //   models: [{ id: "gpt-x", provider: "openai", prices: { input: 0.15, output: 0.6 } }] }
 */
export function readPriceFile(text: string, fileName: string, asOf: string): PriceFile | { error: string } {
  if (text.trim() === "") return { error: PRICE_FILE_MESSAGES.empty(fileName) };
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") || (!name.endsWith(".json") && !/^\s*[[{]/.test(text))) return readCsv(text, fileName);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: PRICE_FILE_MESSAGES.notJson(fileName, jsonFault(text, error)) };
  }
  if (isLitellm(data)) return readLitellm(data, fileName);
  if (isGenaiPrices(data)) return readGenaiPrices(data, fileName, asOf);
  return { error: PRICE_FILE_MESSAGES.unknownFormat(fileName) };
}

// ---------------------------------------------------------------------------------------------
// Shared

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON.parse's complaint, with the line and column where it gives a position. */
function jsonFault(text: string, error: unknown): string {
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
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    node = isRecord(node) || Array.isArray(node) ? (node as Json)[segment as string] : undefined;
  }
  return node;
}

/** The first issue of a failed check, as a message naming where, what was expected and what was found. */
function refusal(
  fileName: string,
  checked: unknown,
  error: z.core.$ZodError,
  where: (path: PropertyKey[]) => string,
): { error: string } {
  const issue = innermostIssue(error.issues[0]);
  const received = describeJson(valueAt(checked, issue.path));
  return { error: PRICE_FILE_MESSAGES.invalidEntry(fileName, where(issue.path), issue.message, received) };
}

type Prices = Partial<Record<PriceKind, number>>;

/** A rate that applies from `start` input tokens per request on, in US dollars per 1M tokens. */
interface Tier {
  start: number;
  price: number;
}

/** A price with its long-context tiers, if any. */
interface TieredPrice {
  base: number;
  tiers: readonly Tier[];
}

/**
 * A price without float noise (0.18000000000000002 gives 0.18): twelve significant digits keep
 * every digit a real price has and drop the last digits a float's rounding leaves.
 */
const tidy = (price: number): number => Number(price.toPrecision(12));

/** The model's prices: an optional price of 0 means "not offered", as it does in a price_table. */
function offered(input: number, output: number, optional: Prices): ModelPrices {
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
function longContext(input: TieredPrice, output: TieredPrice): Prices {
  const starts = [...input.tiers, ...output.tiers].map((tier) => tier.start);
  if (starts.length === 0) return {};
  const threshold = Math.min(...starts);
  return {
    long_context_threshold: threshold,
    long_input: rateAt(input, threshold),
    long_output: rateAt(output, threshold),
  };
}

// ---------------------------------------------------------------------------------------------
// litellm: an object of entries keyed by model, prices in US dollars per token

const perToken = z.number(PER_TOKEN).check(z.minimum(0, PER_TOKEN));
const LITELLM_LONG_CONTEXT = /^(input|output)_cost_per_token_above_(\d+)k_tokens$/;

/** The fields read from an entry; every other field is accepted and left alone. */
const litellmFieldsSchema = z.looseObject({
  litellm_provider: z.optional(z.string("a provider name")),
  mode: z.optional(z.string("a mode such as chat")),
  input_cost_per_token: z.optional(perToken),
  output_cost_per_token: z.optional(perToken),
  cache_read_input_token_cost: z.optional(perToken),
  cache_creation_input_token_cost: z.optional(perToken),
  input_cost_per_token_batches: z.optional(perToken),
  output_cost_per_token_batches: z.optional(perToken),
});
const litellmEntrySchema = z.intersection(
  litellmFieldsSchema,
  z.looseRecord(z.string().check(z.regex(LITELLM_LONG_CONTEXT)), perToken),
);

type LitellmEntry = z.infer<typeof litellmFieldsSchema>;

/** litellm's own description of its fields, not a model. */
const LITELLM_SPEC_KEY = "sample_spec";

function isLitellm(data: unknown): data is Json {
  return (
    isRecord(data) &&
    Object.values(data).some((entry) => isRecord(entry) && ("litellm_provider" in entry || "mode" in entry))
  );
}

/**
 * US dollars per token to US dollars per 1M tokens, without float noise (2.4999999999999998e-06
 * gives 2.5).
 */
const perMillion = (perTokenPrice: number): number => tidy(perTokenPrice * 1e6);

/** The `_above_<N>k_tokens` input and output rates, as tiers starting at N × 1000 input tokens. */
function litellmTiers(entry: LitellmEntry, side: "input" | "output"): Tier[] {
  return Object.entries(entry).flatMap(([field, value]) => {
    const match = LITELLM_LONG_CONTEXT.exec(field);
    return match && match[1] === side ? [{ start: Number(match[2]) * 1000, price: perMillion(value as number) }] : [];
  });
}

function readLitellm(data: Json, fileName: string): PriceFile | { error: string } {
  const file: PriceFile = { format: "litellm", fileName, models: [], skipped: [] };
  for (const [key, raw] of Object.entries(data)) {
    // Entries that are no model (the field guide, a date stamp) are neither taken nor skipped.
    if (key === LITELLM_SPEC_KEY || !isRecord(raw)) continue;
    const checked = z.safeParse(litellmEntrySchema, raw);
    if (!checked.success) {
      return refusal(fileName, raw, checked.error, (path) => `entry "${key}", ${path.join(".")}`);
    }
    const model = litellmModel(key, checked.data);
    if (typeof model === "string") file.skipped.push({ id: key, reason: model });
    else file.models.push(model);
  }
  return file;
}

/** The entry as an imported model, or the reason it is skipped. */
function litellmModel(key: string, entry: LitellmEntry): ImportedModel | string {
  if (entry.mode === undefined || !LITELLM_MODES.includes(entry.mode)) return SKIP_REASONS.notChat(entry.mode);
  const { input_cost_per_token: input, output_cost_per_token: output } = entry;
  if (input === undefined && output === undefined) return SKIP_REASONS.noTokenPrices;
  if (input === undefined) return SKIP_REASONS.noInput;
  if (output === undefined) return SKIP_REASONS.noOutput;
  const optional = (price: number | undefined) => (price === undefined ? undefined : perMillion(price));
  const prices = offered(perMillion(input), perMillion(output), {
    cached_input: optional(entry.cache_read_input_token_cost),
    cache_write: optional(entry.cache_creation_input_token_cost),
    batch_input: optional(entry.input_cost_per_token_batches),
    batch_output: optional(entry.output_cost_per_token_batches),
    ...longContext(
      { base: perMillion(input), tiers: litellmTiers(entry, "input") },
      { base: perMillion(output), tiers: litellmTiers(entry, "output") },
    ),
  });
  return { id: key, provider: entry.litellm_provider ?? "", prices };
}

// ---------------------------------------------------------------------------------------------
// genai-prices: a list of providers with their models, prices in US dollars per 1M tokens

const mtok = z.number(PER_MTOK).check(z.minimum(0, PER_MTOK));
const tierSchema = z.looseObject(
  { start: z.number(TOKENS).check(z.minimum(0, TOKENS)), price: mtok },
  "a tier {start, price}",
);
const tieredSchema = z.union(
  [mtok, z.looseObject({ base: mtok, tiers: z.array(tierSchema, "a list of tiers") })],
  `${PER_MTOK}, or {base, tiers}`,
);
const genaiPricesSchema = z.looseObject(
  {
    input_mtok: z.optional(tieredSchema),
    output_mtok: z.optional(tieredSchema),
    cache_read_mtok: z.optional(tieredSchema),
    cache_write_mtok: z.optional(tieredSchema),
  },
  "an object of prices",
);
const genaiVariantSchema = z.looseObject(
  {
    constraint: z.optional(
      z.looseObject({
        start_date: z.optional(
          z.string("a date YYYY-MM-DD").check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD")),
        ),
      }),
    ),
    prices: genaiPricesSchema,
  },
  "a price list entry {constraint, prices}",
);
const genaiFileSchema = z.array(
  z.looseObject(
    {
      id: z.string("a provider id").check(z.minLength(1, "a provider id")),
      models: z.array(
        z.looseObject(
          {
            id: z.string("a model id").check(z.minLength(1, "a model id")),
            prices: z.union(
              [z.array(genaiVariantSchema), genaiPricesSchema],
              "an object of prices, or a list of dated prices",
            ),
          },
          "a model {id, prices}",
        ),
        "a list of models",
      ),
    },
    "a provider {id, models}",
  ),
);

type GenaiPrices = z.infer<typeof genaiPricesSchema>;
type GenaiVariant = z.infer<typeof genaiVariantSchema>;
type Tiered = z.infer<typeof tieredSchema>;

const byTimeOfDay = (constraint: Json): boolean => "start_time" in constraint || "end_time" in constraint;

function isGenaiPrices(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((provider) => isRecord(provider) && "models" in provider);
}

/** Where in genai-prices' file: the provider and the model by their ids, then the field's path. */
function genaiWhere(data: unknown[], path: PropertyKey[]): string {
  const named = (item: unknown, index: number) =>
    isRecord(item) && typeof item.id === "string" ? `"${item.id}"` : `#${index + 1}`;
  const provider = Number(path[0]);
  const parts = [`provider ${named(data[provider], provider)}`];
  let rest = path.slice(1);
  if (rest[0] === "models" && typeof rest[1] === "number") {
    parts.push(`model ${named(valueAt(data, path.slice(0, 3)), rest[1])}`);
    rest = rest.slice(2);
  }
  const field = rest.map((segment, i) =>
    typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${String(segment)}`,
  );
  if (field.length > 0) parts.push(field.join(""));
  return parts.join(", ");
}

function readGenaiPrices(data: unknown[], fileName: string, asOf: string): PriceFile | { error: string } {
  const checked = z.safeParse(genaiFileSchema, data);
  if (!checked.success) return refusal(fileName, data, checked.error, (path) => genaiWhere(data, path));
  const file: PriceFile = { format: "genai-prices", fileName, models: [], skipped: [] };
  for (const provider of checked.data) {
    for (const model of provider.models) {
      const id = `${provider.id}/${model.id}`;
      const taken = genaiModel(model.prices, asOf);
      if (typeof taken === "string") file.skipped.push({ id, reason: taken });
      else file.models.push({ id, provider: provider.id, prices: taken });
    }
  }
  return file;
}

/**
 * The variant of a dated price list in force on `asOf`: the latest start date on or before it, an
 * entry without a date being the first.
 */
function inForce(variants: readonly GenaiVariant[], asOf: string): GenaiPrices | undefined {
  let chosen: { start: string; prices: GenaiPrices } | undefined;
  for (const { constraint, prices } of variants) {
    const start = constraint?.start_date ?? "";
    if (start <= asOf && (chosen === undefined || start >= chosen.start)) chosen = { start, prices };
  }
  return chosen?.prices;
}

/** A genai-prices price, plain or tiered, as a base rate and its tiers. */
function asTiers(price: Tiered): TieredPrice {
  if (typeof price === "number") return { base: tidy(price), tiers: [] };
  return { base: tidy(price.base), tiers: price.tiers.map((tier) => ({ start: tier.start, price: tidy(tier.price) })) };
}

/** The model's prices on `asOf`, or the reason it is skipped. Cache prices are taken at their base rate. */
function genaiModel(listed: GenaiPrices | GenaiVariant[], asOf: string): ModelPrices | string {
  // A price that depends on the time of day (an off-peak discount) is no single price to budget with.
  if (Array.isArray(listed) && listed.some(({ constraint }) => constraint && byTimeOfDay(constraint))) {
    return SKIP_REASONS.byTimeOfDay;
  }
  const prices = Array.isArray(listed) ? inForce(listed, asOf) : listed;
  if (prices === undefined) return SKIP_REASONS.notInForce(asOf);
  const { input_mtok: input, output_mtok: output } = prices;
  if (input === undefined && output === undefined) {
    if (Object.keys(prices).length === 0) return SKIP_REASONS.noPrices;
    return "requests_kcount" in prices ? SKIP_REASONS.perRequest : SKIP_REASONS.noTokenPrices;
  }
  if (input === undefined) return SKIP_REASONS.noInput;
  if (output === undefined) return SKIP_REASONS.noOutput;
  const base = (price: Tiered | undefined) => (price === undefined ? undefined : asTiers(price).base);
  return offered(asTiers(input).base, asTiers(output).base, {
    cached_input: base(prices.cache_read_mtok),
    cache_write: base(prices.cache_write_mtok),
    ...longContext(asTiers(input), asTiers(output)),
  });
}

// ---------------------------------------------------------------------------------------------
// CSV in the price_table column order

interface CsvRecord {
  /** The line the record starts on, 1-based. */
  line: number;
  cells: string[];
}

/** Splits CSV text into records: commas between fields, quoted fields with commas, line breaks and "". */
function csvRecords(text: string, fileName: string): CsvRecord[] | { error: string } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      records.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = "";
      start = ++line;
    } else cell += char;
  }
  if (quoted) return { error: PRICE_FILE_MESSAGES.csvUnclosedQuote(fileName, start) };
  records.push({ line: start, cells: [...cells, cell] });
  return records;
}

/** A number written with a decimal point, as a CSV holds one: "2.5", "0.075", "1e-3". */
function csvNumber(cell: string): number | undefined {
  const text = cell.trim();
  return /^\+?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : undefined;
}

const expectedIn = (kind: PriceKind): string =>
  kind === "long_context_threshold" ? TOKENS : kind === "ft_hosting_hour" ? PER_HOUR : PER_MTOK;

const describeCell = (cell: string): string => (cell.trim() === "" ? "a blank cell" : JSON.stringify(cell.trim()));

function readCsv(text: string, fileName: string): PriceFile | { error: string } {
  const records = csvRecords(text.replace(/^\uFEFF/, ""), fileName);
  if (!Array.isArray(records)) return records;
  const rows = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  // A header's input cell is text that is no number.
  const first = rows[0]?.cells[1];
  if (first !== undefined && first.trim() !== "" && csvNumber(first) === undefined) rows.shift();
  if (rows.length === 0) return { error: PRICE_FILE_MESSAGES.csvNoRows(fileName) };

  const file: PriceFile = { format: "csv", fileName, models: [], skipped: [] };
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const row = csvRow(cells, line, fileName);
    if ("error" in row) return row;
    const key = normaliseModelName(row.id);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) file.skipped.push({ id: row.id, reason: SKIP_REASONS.repeated(firstLine) });
    else {
      seen.set(key, line);
      file.models.push(row);
    }
  }
  return file;
}

function csvRow(cells: string[], line: number, fileName: string): ImportedModel | { error: string } {
  const width = PRICE_TABLE_COLUMNS.length;
  // Spreadsheets pad rows with empty cells: those past the table are ignored, anything else is not.
  const beyond = cells.findIndex((cell, i) => i >= width && cell.trim() !== "");
  if (beyond >= 0) {
    const message = PRICE_FILE_MESSAGES.csvCell(fileName, line, beyond + 1, "nothing", describeCell(cells[beyond]));
    return { error: message };
  }
  const used = cells.length > width ? cells.slice(0, width) : cells;
  if (used.length < 3) return { error: PRICE_FILE_MESSAGES.csvTooFewColumns(fileName, line, used.length) };
  const id = used[0].trim();
  if (id === "") return { error: PRICE_FILE_MESSAGES.csvCell(fileName, line, 1, "a model id", "a blank cell") };

  const prices: Prices = {};
  for (let c = 1; c < used.length; c++) {
    const kind = PRICE_TABLE_KINDS[c - 1];
    if (c > 2 && used[c].trim() === "") continue;
    const value = csvNumber(used[c]);
    if (value === undefined || !Number.isFinite(value)) {
      return { error: PRICE_FILE_MESSAGES.csvCell(fileName, line, c + 1, expectedIn(kind), describeCell(used[c])) };
    }
    prices[kind] = value;
  }
  return { id, provider: "", prices: offered(prices.input as number, prices.output as number, prices) };
}

/**
 * The price catalogue: list prices of the models an analyst is likely to compare, in US dollars
 * per 1,000,000 tokens (ft_hosting_hour: US dollars per hour). A price that is absent means the
 * provider does not offer it for that model. Each entry records the date its prices were read and
 * where. Sources: the providers' pricing pages and the BerriAI/litellm price file (MIT).
 */

/** The kinds of price a model can have. */
export const PRICE_KINDS = [
  "input",
  "output",
  "cached_input",
  "ft_training",
  "ft_input",
  "ft_output",
  "ft_hosting_hour",
] as const;

export type PriceKind = (typeof PRICE_KINDS)[number];

/** Each price kind as a column heading reads. */
export const PRICE_KIND_LABELS = Object.fromEntries(
  PRICE_KINDS.map((kind) => [kind, kind === "ft_hosting_hour" ? "ft hosting per hour" : kind.replace(/_/g, " ")]),
) as Readonly<Record<PriceKind, string>>;

/** The columns of a price table, in the order they are read: the model id, then every price kind. */
export const PRICE_TABLE_COLUMNS: readonly string[] = ["model", ...PRICE_KINDS.map((kind) => PRICE_KIND_LABELS[kind])];

/** Prices of one model; input and output are always known. */
export type ModelPrices = { input: number; output: number } & Partial<Record<PriceKind, number>>;

/** One model of the catalogue. */
export interface CatalogueEntry {
  /** Canonical id, lower case, as users type it. */
  id: string;
  /** Who sells it: openai, azure, anthropic, google. */
  provider: string;
  /** Other names that resolve to this entry (dated snapshots, short names). */
  aliases: readonly string[];
  prices: ModelPrices;
  /** ISO date (YYYY-MM-DD) on which the prices were read. */
  asOf: string;
  /** Address of the page the prices come from. */
  source: string;
}

/** Where and when a set of prices was read. */
interface Reading {
  /** ISO date (YYYY-MM-DD) on which the prices were read. */
  asOf: string;
  /** Address of the page or file the prices come from. */
  source: string;
}

const OPENAI = "https://openai.com/api/pricing/";
const AZURE = "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/";
const ANTHROPIC = "https://docs.anthropic.com/en/docs/about-claude/pricing";
const GOOGLE = "https://ai.google.dev/gemini-api/docs/pricing";
const LITELLM = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json";

const read = (asOf: string, source: string): Reading => ({ asOf, source });

/** Each reading once: the page (or file) and the day its prices were read. */
const ANTHROPIC_2025_08 = read("2025-08-15", ANTHROPIC);
const GOOGLE_2025_08 = read("2025-08-15", GOOGLE);
const OPENAI_2025_08 = read("2025-08-15", OPENAI);
const AZURE_2025_09 = read("2025-09-01", AZURE);
const ANTHROPIC_2025_10 = read("2025-10-01", ANTHROPIC);
const ANTHROPIC_2025_11 = read("2025-11-01", ANTHROPIC);
const ANTHROPIC_2026_01 = read("2026-01-15", ANTHROPIC);
const LITELLM_2026_07 = read("2026-07-01", LITELLM);

/** Hourly hosting fee Azure OpenAI charges for a deployed fine-tuned model. */
export const AZURE_FT_HOSTING_PER_HOUR = 1.7;
const AZURE_FT_HOSTING = AZURE_FT_HOSTING_PER_HOUR;

/**
 * One model a row, in the column order of a price_table: id, provider, other names (the
 * provider-prefixed id, such as "openai/gpt-4o", is always a name too, and so is an Anthropic
 * id with dashes for dots, such as "claude-sonnet-4-5"), prices in PRICE_KINDS order
 * (input, output, cached input, ft training, ft input, ft output, ft hosting per hour; null or a
 * missing trailing column means "not offered"), and where they were read.
 */
type Row = [
  id: string,
  provider: string,
  aliases: readonly string[],
  prices: readonly (number | null)[],
  read: Reading,
];

// prettier-ignore
const ROWS: readonly Row[] = [
  ["gpt-4o", "openai", ["gpt-4o-2024-08-06"], [2.5, 10, 1.25, 25, 3.75, 15], OPENAI_2025_08],
  ["gpt-4o-mini", "openai", ["gpt-4o-mini-2024-07-18"], [0.15, 0.6, 0.075, 3, 0.3, 1.2], OPENAI_2025_08],
  ["gpt-4.1", "openai", ["gpt-4.1-2025-04-14"], [2, 8, 0.5, 25, 3, 12], OPENAI_2025_08],
  ["gpt-4.1-mini", "openai", ["gpt-4.1-mini-2025-04-14"], [0.4, 1.6, 0.1, 5, 0.8, 3.2], OPENAI_2025_08],
  ["gpt-4.1-nano", "openai", ["gpt-4.1-nano-2025-04-14"], [0.1, 0.4, 0.025, 1.5, 0.2, 0.8], OPENAI_2025_08],
  ["gpt-5", "openai", ["gpt-5-2025-08-07"], [1.25, 10, 0.125], OPENAI_2025_08],
  ["gpt-5-mini", "openai", ["gpt-5-mini-2025-08-07"], [0.25, 2, 0.025], OPENAI_2025_08],
  ["gpt-5-nano", "openai", ["gpt-5-nano-2025-08-07"], [0.05, 0.4, 0.005], OPENAI_2025_08],
  ["azure/gpt-4o", "azure", ["azure-gpt-4o"], [2.5, 10, 1.25, 25, 3.75, 15, AZURE_FT_HOSTING], AZURE_2025_09],
  ["azure/gpt-4o-mini", "azure", ["azure-gpt-4o-mini"], [0.15, 0.6, 0.075, 3, 0.3, 1.2, AZURE_FT_HOSTING], AZURE_2025_09],
  ["azure/gpt-4.1", "azure", ["azure-gpt-4.1"], [2, 8, 0.5, 25, 3, 12, AZURE_FT_HOSTING], AZURE_2025_09],
  ["azure/gpt-4.1-mini", "azure", ["azure-gpt-4.1-mini"], [0.4, 1.6, 0.1, 5, 0.8, 3.2, AZURE_FT_HOSTING], AZURE_2025_09],
  ["azure/gpt-4.1-nano", "azure", ["azure-gpt-4.1-nano"], [0.1, 0.4, 0.025, 1.5, 0.2, 0.8, AZURE_FT_HOSTING], AZURE_2025_09],
  ["claude-sonnet-4", "anthropic", ["claude-sonnet-4-0", "claude-sonnet-4-20250514", "sonnet-4"], [3, 15, 0.3], ANTHROPIC_2025_08],
  ["claude-sonnet-4.5", "anthropic", ["claude-sonnet-4-5-20250929", "sonnet-4.5"], [3, 15, 0.3], ANTHROPIC_2025_10],
  ["claude-opus-4.1", "anthropic", ["claude-opus-4-1-20250805", "opus-4.1"], [15, 75, 1.5], ANTHROPIC_2025_08],
  ["claude-opus-4.5", "anthropic", ["claude-opus-4-5-20251101", "opus-4.5"], [5, 25, 0.5], ANTHROPIC_2026_01],
  ["claude-haiku-4.5", "anthropic", ["claude-haiku-4-5-20251001", "haiku-4.5"], [1, 5, 0.1], ANTHROPIC_2025_11],
  ["claude-3.5-haiku", "anthropic", ["claude-3-5-haiku-20241022", "claude-3-5-haiku-latest", "haiku-3.5"], [0.8, 4, 0.08], ANTHROPIC_2025_08],
  ["gemini-2.0-flash", "google", ["gemini-2.0-flash-001"], [0.1, 0.4, 0.025], GOOGLE_2025_08],
  ["gemini-2.5-flash", "google", [], [0.3, 2.5, 0.03], LITELLM_2026_07],
  ["gemini-2.5-pro", "google", [], [1.25, 10, 0.125], LITELLM_2026_07],
];

function entry([id, provider, aliases, prices, reading]: Row): CatalogueEntry {
  const priced: Partial<Record<PriceKind, number>> = {};
  prices.forEach((price, index) => {
    if (price !== null) priced[PRICE_KINDS[index]] = price;
  });
  const prefixed = id.startsWith(`${provider}/`) ? id : `${provider}/${id}`;
  // Anthropic's API spells a dotted version with a dash: claude-sonnet-4-5.
  const dashed = provider === "anthropic" ? id.replace(/\./g, "-") : id;
  const derived = [prefixed, dashed].filter((name) => name !== id);
  return { id, provider, aliases: [...derived, ...aliases], prices: priced as ModelPrices, ...reading };
}

export const PRICE_CATALOGUE: readonly CatalogueEntry[] = ROWS.map(entry);

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
export const PRICE_KIND_LABELS: Readonly<Record<PriceKind, string>> = {
  input: "input",
  output: "output",
  cached_input: "cached input",
  ft_training: "ft training",
  ft_input: "ft input",
  ft_output: "ft output",
  ft_hosting_hour: "ft hosting per hour",
};

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

const OPENAI = "https://openai.com/api/pricing/";
const AZURE = "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/";
const ANTHROPIC = "https://docs.anthropic.com/en/docs/about-claude/pricing";
const GOOGLE = "https://ai.google.dev/gemini-api/docs/pricing";
const LITELLM = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json";

/** Hourly hosting fee Azure OpenAI charges for a deployed fine-tuned model. */
export const AZURE_FT_HOSTING_PER_HOUR = 1.7;

export const PRICE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: "gpt-4o",
    provider: "openai",
    aliases: ["openai/gpt-4o", "gpt-4o-2024-08-06"],
    prices: { input: 2.5, output: 10, cached_input: 1.25, ft_training: 25, ft_input: 3.75, ft_output: 15 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-4o-mini",
    provider: "openai",
    aliases: ["openai/gpt-4o-mini", "gpt-4o-mini-2024-07-18"],
    prices: { input: 0.15, output: 0.6, cached_input: 0.075, ft_training: 3, ft_input: 0.3, ft_output: 1.2 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-4.1",
    provider: "openai",
    aliases: ["openai/gpt-4.1", "gpt-4.1-2025-04-14"],
    prices: { input: 2, output: 8, cached_input: 0.5, ft_training: 25, ft_input: 3, ft_output: 12 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-4.1-mini",
    provider: "openai",
    aliases: ["openai/gpt-4.1-mini", "gpt-4.1-mini-2025-04-14"],
    prices: { input: 0.4, output: 1.6, cached_input: 0.1, ft_training: 5, ft_input: 0.8, ft_output: 3.2 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-4.1-nano",
    provider: "openai",
    aliases: ["openai/gpt-4.1-nano", "gpt-4.1-nano-2025-04-14"],
    prices: { input: 0.1, output: 0.4, cached_input: 0.025, ft_training: 1.5, ft_input: 0.2, ft_output: 0.8 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-5",
    provider: "openai",
    aliases: ["openai/gpt-5", "gpt-5-2025-08-07"],
    prices: { input: 1.25, output: 10, cached_input: 0.125 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-5-mini",
    provider: "openai",
    aliases: ["openai/gpt-5-mini", "gpt-5-mini-2025-08-07"],
    prices: { input: 0.25, output: 2, cached_input: 0.025 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "gpt-5-nano",
    provider: "openai",
    aliases: ["openai/gpt-5-nano", "gpt-5-nano-2025-08-07"],
    prices: { input: 0.05, output: 0.4, cached_input: 0.005 },
    asOf: "2025-08-15",
    source: OPENAI,
  },
  {
    id: "azure/gpt-4o",
    provider: "azure",
    aliases: ["azure-gpt-4o"],
    prices: {
      input: 2.5,
      output: 10,
      cached_input: 1.25,
      ft_training: 25,
      ft_input: 3.75,
      ft_output: 15,
      ft_hosting_hour: AZURE_FT_HOSTING_PER_HOUR,
    },
    asOf: "2025-09-01",
    source: AZURE,
  },
  {
    id: "azure/gpt-4o-mini",
    provider: "azure",
    aliases: ["azure-gpt-4o-mini"],
    prices: {
      input: 0.15,
      output: 0.6,
      cached_input: 0.075,
      ft_training: 3,
      ft_input: 0.3,
      ft_output: 1.2,
      ft_hosting_hour: AZURE_FT_HOSTING_PER_HOUR,
    },
    asOf: "2025-09-01",
    source: AZURE,
  },
  {
    id: "azure/gpt-4.1",
    provider: "azure",
    aliases: ["azure-gpt-4.1"],
    prices: {
      input: 2,
      output: 8,
      cached_input: 0.5,
      ft_training: 25,
      ft_input: 3,
      ft_output: 12,
      ft_hosting_hour: AZURE_FT_HOSTING_PER_HOUR,
    },
    asOf: "2025-09-01",
    source: AZURE,
  },
  {
    id: "azure/gpt-4.1-mini",
    provider: "azure",
    aliases: ["azure-gpt-4.1-mini"],
    prices: {
      input: 0.4,
      output: 1.6,
      cached_input: 0.1,
      ft_training: 5,
      ft_input: 0.8,
      ft_output: 3.2,
      ft_hosting_hour: AZURE_FT_HOSTING_PER_HOUR,
    },
    asOf: "2025-09-01",
    source: AZURE,
  },
  {
    id: "azure/gpt-4.1-nano",
    provider: "azure",
    aliases: ["azure-gpt-4.1-nano"],
    prices: {
      input: 0.1,
      output: 0.4,
      cached_input: 0.025,
      ft_training: 1.5,
      ft_input: 0.2,
      ft_output: 0.8,
      ft_hosting_hour: AZURE_FT_HOSTING_PER_HOUR,
    },
    asOf: "2025-09-01",
    source: AZURE,
  },
  {
    id: "claude-sonnet-4",
    provider: "anthropic",
    aliases: ["anthropic/claude-sonnet-4", "claude-sonnet-4-0", "claude-sonnet-4-20250514", "sonnet-4"],
    prices: { input: 3, output: 15, cached_input: 0.3 },
    asOf: "2025-08-15",
    source: ANTHROPIC,
  },
  {
    id: "claude-sonnet-4.5",
    provider: "anthropic",
    aliases: ["anthropic/claude-sonnet-4.5", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "sonnet-4.5"],
    prices: { input: 3, output: 15, cached_input: 0.3 },
    asOf: "2025-10-01",
    source: ANTHROPIC,
  },
  {
    id: "claude-opus-4.1",
    provider: "anthropic",
    aliases: ["anthropic/claude-opus-4.1", "claude-opus-4-1", "claude-opus-4-1-20250805", "opus-4.1"],
    prices: { input: 15, output: 75, cached_input: 1.5 },
    asOf: "2025-08-15",
    source: ANTHROPIC,
  },
  {
    id: "claude-opus-4.5",
    provider: "anthropic",
    aliases: ["anthropic/claude-opus-4.5", "claude-opus-4-5", "claude-opus-4-5-20251101", "opus-4.5"],
    prices: { input: 5, output: 25, cached_input: 0.5 },
    asOf: "2026-01-15",
    source: ANTHROPIC,
  },
  {
    id: "claude-haiku-4.5",
    provider: "anthropic",
    aliases: ["anthropic/claude-haiku-4.5", "claude-haiku-4-5", "claude-haiku-4-5-20251001", "haiku-4.5"],
    prices: { input: 1, output: 5, cached_input: 0.1 },
    asOf: "2025-11-01",
    source: ANTHROPIC,
  },
  {
    id: "claude-3.5-haiku",
    provider: "anthropic",
    aliases: [
      "anthropic/claude-3.5-haiku",
      "claude-3-5-haiku",
      "claude-3-5-haiku-20241022",
      "claude-3-5-haiku-latest",
      "haiku-3.5",
    ],
    prices: { input: 0.8, output: 4, cached_input: 0.08 },
    asOf: "2025-08-15",
    source: ANTHROPIC,
  },
  {
    id: "gemini-2.0-flash",
    provider: "google",
    aliases: ["google/gemini-2.0-flash", "gemini-2.0-flash-001"],
    prices: { input: 0.1, output: 0.4, cached_input: 0.025 },
    asOf: "2025-08-15",
    source: GOOGLE,
  },
  {
    id: "gemini-2.5-flash",
    provider: "google",
    aliases: ["google/gemini-2.5-flash"],
    prices: { input: 0.3, output: 2.5, cached_input: 0.03 },
    asOf: "2026-07-01",
    source: LITELLM,
  },
  {
    id: "gemini-2.5-pro",
    provider: "google",
    aliases: ["google/gemini-2.5-pro"],
    prices: { input: 1.25, output: 10, cached_input: 0.125 },
    asOf: "2026-07-01",
    source: LITELLM,
  },
];

/**
 * The price catalogue: list prices of the models an analyst is likely to compare, in US dollars
 * per 1,000,000 tokens (ft_hosting_hour: US dollars per hour; long_context_threshold: input tokens
 * per request). A price that is absent means the provider does not offer it for that model. Each
 * entry records its status, the date its prices were read and where, and the references each
 * price was checked against: the BerriAI/litellm price file and pydantic/genai-prices (both MIT),
 * and the providers' own pages where a file lacks a price or the two disagree (SPEC 4).
 */

/** The kinds of price a model can have, in the order MODEL_PRICE and MODELS list them. */
export const PRICE_KINDS = [
  "input",
  "output",
  "cached_input",
  "cache_write",
  "batch_input",
  "batch_output",
  "long_context_threshold",
  "long_input",
  "long_output",
  "ft_training",
  "ft_input",
  "ft_output",
  "ft_cached_input",
  "ft_hosting_hour",
] as const;

export type PriceKind = (typeof PRICE_KINDS)[number];

/** The seven columns a price_table has always had, in their order. */
const FIRST_TABLE_KINDS: readonly PriceKind[] = [
  "input",
  "output",
  "cached_input",
  "ft_training",
  "ft_input",
  "ft_output",
  "ft_hosting_hour",
];

/**
 * The price kinds in the column order of a price_table: the seven columns tables have always had,
 * then the newer ones, so that a table typed for an earlier release still reads the same.
 */
export const PRICE_TABLE_KINDS: readonly PriceKind[] = [
  ...FIRST_TABLE_KINDS,
  ...PRICE_KINDS.filter((kind) => !FIRST_TABLE_KINDS.includes(kind)),
];

/** Each price kind as a column heading reads. */
export const PRICE_KIND_LABELS = Object.fromEntries(
  PRICE_KINDS.map((kind) => [
    kind,
    kind === "ft_hosting_hour"
      ? "ft hosting per hour"
      : kind === "long_context_threshold"
        ? "long-context threshold"
        : kind.replace(/_/g, " "),
  ]),
) as Readonly<Record<PriceKind, string>>;

/** The columns of a price table, in the order they are read: the model id, then every price kind. */
export const PRICE_TABLE_COLUMNS: readonly string[] = [
  "model",
  ...PRICE_TABLE_KINDS.map((kind) => PRICE_KIND_LABELS[kind]),
];

/** Prices of one model; input and output are always known. */
export type ModelPrices = { input: number; output: number } & Partial<Record<PriceKind, number>>;

/** Whether a model can still be called: retired models are listed so that old workbooks compute. */
export const MODEL_STATUSES = ["active", "deprecated", "retired"] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** One model of the catalogue. */
export interface CatalogueEntry {
  /** Canonical id, lower case, as users type it. */
  id: string;
  /** Who sells it: openai, azure, anthropic, google. */
  provider: string;
  /** The name the provider gives it ("Claude Sonnet 4.5"); it resolves to this entry too. */
  name: string;
  /** Other names that resolve to this entry (dated snapshots, short names). */
  aliases: readonly string[];
  prices: ModelPrices;
  status: ModelStatus;
  /** ISO date on which the model was (or will be) retired, or deprecated when no retirement is set. */
  retiresOn?: string;
  /** ISO date (YYYY-MM-DD) of the newest reference its prices were read from. */
  asOf: string;
  /** Address of what was read, pinned to a commit or a dated page. */
  source: string;
  /**
   * The references every price was checked against, at least two: `litellm:<key>` and
   * `genai-prices:<id>` for the price files at the commits in PRICE_REFERENCES, and a provider's page
   * (address and date read) for a price the files lack.
   */
  references: readonly string[];
}

/** The two price files the catalogue is checked against, pinned to the commit that was read. */
export const PRICE_REFERENCES = {
  litellm: {
    file: "https://github.com/RoCry/llm-api-price/blob/8442b93/model_prices_and_context_window.json",
    what: "BerriAI/litellm's model_prices_and_context_window.json (US dollars per token), as mirrored",
    asOf: "2026-07-24",
  },
  "genai-prices": {
    file: "https://github.com/pydantic/genai-prices/tree/47df840a/prices/providers",
    what: "pydantic/genai-prices' provider files (US dollars per 1M tokens, dated price changes)",
    asOf: "2026-08-21",
  },
} as const;

/** A catalogue row as written below: the entry without its derived names, status active unless said. */
type Row = Omit<CatalogueEntry, "aliases" | "status" | "asOf" | "source"> &
  Partial<Pick<CatalogueEntry, "aliases" | "status">>;

/** What was read for each provider: genai-prices' file (Azure: litellm's, which has Azure's own rows). */
const SOURCES: Readonly<Record<string, { asOf: string; source: string }>> = {
  openai: {
    asOf: "2026-08-21",
    source: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/providers/openai.yml",
  },
  anthropic: {
    asOf: "2026-08-21",
    source: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/providers/anthropic.yml",
  },
  google: {
    asOf: "2026-08-21",
    source: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/providers/google.yml",
  },
  azure: { asOf: "2026-07-24", source: PRICE_REFERENCES.litellm.file },
};

/**
 * The providers' pages a price or a status was confirmed on where a price file lacks it, with the
 * date of the copy read (the pages were read from stored copies; the machine that built this
 * catalogue had no access to the live sites).
 */
const OPENAI_PRICING = "https://platform.openai.com/docs/pricing (2026-08-05)";
const OPENAI_DEPRECATIONS = "https://developers.openai.com/api/docs/deprecations (2026-09-11)";
const ANTHROPIC_PRICING = "https://platform.claude.com/docs/en/about-claude/pricing (2026-08-18)";
const ANTHROPIC_DEPRECATIONS = "https://platform.claude.com/docs/en/about-claude/model-deprecations (2026-10)";
const GOOGLE_PRICING = "https://ai.google.dev/gemini-api/docs/pricing (2025-12)";
const GOOGLE_DEPRECATIONS =
  "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/model-versions (2026-07)";
const AZURE_FT_COST =
  "https://learn.microsoft.com/azure/foundry/openai/how-to/fine-tuning-cost-management (2026-02-11)";
const AZURE_RETIREMENTS =
  "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule (2026-07-07)";

// Prices in US dollars per 1M tokens; long_context_threshold in input tokens; ft_hosting_hour in
// US dollars per hour. Each family oldest first.
//
// Where fine-tuning can be bought: OpenAI's prices are listed, but its deprecations page says the
// platform has taken no new fine-tuning customers since 2026-05-07 and takes no new jobs from
// 2027-01-06 (fine-tuned models keep serving until their base model shuts down). Azure serves the
// fine-tuned deployments of existing customers at the base model's token prices plus hosting, and
// no longer fine-tunes for new customers. Google's Vertex AI tunes Gemini 2.5 models, but no
// reference read gives a tuning price for them, so none is listed.
// prettier-ignore
const ROWS: readonly Row[] = [
  { id: "gpt-4o", provider: "openai", name: "GPT-4o", aliases: ["gpt-4o-2024-08-06", "gpt-4o-2024-11-20"], status: "deprecated", retiresOn: "2027-01-14", prices: { input: 2.5, output: 10, cached_input: 1.25, batch_input: 1.25, batch_output: 5, ft_training: 25, ft_input: 3.75, ft_output: 15, ft_cached_input: 1.875 }, references: ["litellm:gpt-4o", "genai-prices:openai/gpt-4o", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-4o-mini", provider: "openai", name: "GPT-4o mini", aliases: ["gpt-4o-mini-2024-07-18"], status: "deprecated", retiresOn: "2027-01-14", prices: { input: 0.15, output: 0.6, cached_input: 0.075, batch_input: 0.075, batch_output: 0.3, ft_training: 3, ft_input: 0.3, ft_output: 1.2, ft_cached_input: 0.15 }, references: ["litellm:gpt-4o-mini", "genai-prices:openai/gpt-4o-mini", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-4.1", provider: "openai", name: "GPT-4.1", aliases: ["gpt-4.1-2025-04-14"], status: "deprecated", retiresOn: "2027-01-14", prices: { input: 2, output: 8, cached_input: 0.5, batch_input: 1, batch_output: 4, ft_training: 25, ft_input: 3, ft_output: 12, ft_cached_input: 0.75 }, references: ["litellm:gpt-4.1", "genai-prices:openai/gpt-4.1", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-4.1-mini", provider: "openai", name: "GPT-4.1 mini", aliases: ["gpt-4.1-mini-2025-04-14"], status: "deprecated", retiresOn: "2027-01-14", prices: { input: 0.4, output: 1.6, cached_input: 0.1, batch_input: 0.2, batch_output: 0.8, ft_training: 5, ft_input: 0.8, ft_output: 3.2, ft_cached_input: 0.2 }, references: ["litellm:gpt-4.1-mini", "genai-prices:openai/gpt-4.1-mini", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-4.1-nano", provider: "openai", name: "GPT-4.1 nano", aliases: ["gpt-4.1-nano-2025-04-14"], status: "retired", retiresOn: "2026-10-23", prices: { input: 0.1, output: 0.4, cached_input: 0.025, batch_input: 0.05, batch_output: 0.2, ft_training: 1.5, ft_input: 0.2, ft_output: 0.8, ft_cached_input: 0.05 }, references: ["litellm:gpt-4.1-nano", "genai-prices:openai/gpt-4.1-nano", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-5", provider: "openai", name: "GPT-5", aliases: ["gpt-5-2025-08-07"], status: "deprecated", retiresOn: "2026-12-11", prices: { input: 1.25, output: 10, cached_input: 0.125, batch_input: 0.625, batch_output: 5 }, references: ["litellm:gpt-5", "genai-prices:openai/gpt-5", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-5-mini", provider: "openai", name: "GPT-5 mini", aliases: ["gpt-5-mini-2025-08-07"], status: "deprecated", retiresOn: "2026-12-11", prices: { input: 0.25, output: 2, cached_input: 0.025, batch_input: 0.125, batch_output: 1 }, references: ["litellm:gpt-5-mini", "genai-prices:openai/gpt-5-mini", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-5-nano", provider: "openai", name: "GPT-5 nano", aliases: ["gpt-5-nano-2025-08-07"], status: "deprecated", retiresOn: "2026-12-11", prices: { input: 0.05, output: 0.4, cached_input: 0.005, batch_input: 0.025, batch_output: 0.2 }, references: ["litellm:gpt-5-nano", "genai-prices:openai/gpt-5-nano", OPENAI_PRICING, OPENAI_DEPRECATIONS] },
  { id: "gpt-5.1", provider: "openai", name: "GPT-5.1", aliases: ["gpt-5.1-2025-11-13"], prices: { input: 1.25, output: 10, cached_input: 0.125 }, references: ["litellm:gpt-5.1", "genai-prices:openai/gpt-5.1"] },
  { id: "gpt-5.2", provider: "openai", name: "GPT-5.2", aliases: ["gpt-5.2-2025-12-11"], prices: { input: 1.75, output: 14, cached_input: 0.175 }, references: ["litellm:gpt-5.2", "genai-prices:openai/gpt-5.2"] },
  { id: "gpt-5.4", provider: "openai", name: "GPT-5.4", aliases: ["gpt-5.4-2026-03-05"], prices: { input: 2.5, output: 15, cached_input: 0.25, batch_input: 1.25, batch_output: 7.5, long_context_threshold: 272_000, long_input: 5, long_output: 22.5 }, references: ["litellm:gpt-5.4", "genai-prices:openai/gpt-5.4", OPENAI_PRICING] },
  { id: "gpt-5.4-mini", provider: "openai", name: "GPT-5.4 mini", aliases: ["gpt-5.4-mini-2026-03-17"], prices: { input: 0.75, output: 4.5, cached_input: 0.075, batch_input: 0.375, batch_output: 2.25 }, references: ["litellm:gpt-5.4-mini", "genai-prices:openai/gpt-5.4-mini", OPENAI_PRICING] },
  { id: "gpt-5.4-nano", provider: "openai", name: "GPT-5.4 nano", aliases: ["gpt-5.4-nano-2026-03-17"], prices: { input: 0.2, output: 1.25, cached_input: 0.02, batch_input: 0.1, batch_output: 0.625 }, references: ["litellm:gpt-5.4-nano", "genai-prices:openai/gpt-5.4-nano", OPENAI_PRICING] },
  // Long-context rates for gpt-5.5 are in litellm alone: left out until a second reference has them.
  { id: "gpt-5.5", provider: "openai", name: "GPT-5.5", aliases: ["gpt-5.5-2026-04-23"], prices: { input: 5, output: 30, cached_input: 0.5, batch_input: 2.5, batch_output: 15 }, references: ["litellm:gpt-5.5", "genai-prices:openai/gpt-5.5", OPENAI_PRICING] },
  // Cached-input and long-context rates for gpt-5.5-pro are in litellm alone: left out.
  { id: "gpt-5.5-pro", provider: "openai", name: "GPT-5.5 Pro", aliases: ["gpt-5.5-pro-2026-04-23"], prices: { input: 30, output: 180, batch_input: 15, batch_output: 90 }, references: ["litellm:gpt-5.5-pro", "genai-prices:openai/gpt-5.5-pro", OPENAI_PRICING] },
  // OpenAI's page showed a promotional 4/20 'at least through 2026-11-21'; both price files give the list price 5/30.
  { id: "gpt-5.6-sol", provider: "openai", name: "GPT-5.6 Sol", aliases: ["gpt-5.6"], prices: { input: 5, output: 30, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 15, long_context_threshold: 272_000, long_input: 10, long_output: 45 }, references: ["litellm:gpt-5.6-sol", "genai-prices:openai/gpt-5.6-sol", OPENAI_PRICING] },
  // The files disagree: litellm (2026-07-24) and genai-prices' data.json (built 2026-07-25) have 2.5/15, before
  // OpenAI's cut of 2026-07-30; genai-prices' provider file at 47df840a and OpenAI's page have 2/12.
  { id: "gpt-5.6-terra", provider: "openai", name: "GPT-5.6 Terra", prices: { input: 2, output: 12, cached_input: 0.2, cache_write: 2.5, batch_input: 1, batch_output: 6, long_context_threshold: 272_000, long_input: 4, long_output: 18 }, references: ["litellm:gpt-5.6-terra", "genai-prices:openai/gpt-5.6-terra", OPENAI_PRICING] },
  // The files disagree: litellm (2026-07-24) and genai-prices' data.json (built 2026-07-25) have 1/6, before
  // OpenAI's 80 % cut of 2026-07-30; genai-prices' provider file at 47df840a and OpenAI's page have 0.2/1.2.
  { id: "gpt-5.6-luna", provider: "openai", name: "GPT-5.6 Luna", prices: { input: 0.2, output: 1.2, cached_input: 0.02, cache_write: 0.25, batch_input: 0.1, batch_output: 0.6, long_context_threshold: 272_000, long_input: 0.4, long_output: 1.8 }, references: ["litellm:gpt-5.6-luna", "genai-prices:openai/gpt-5.6-luna", OPENAI_PRICING] },
  // Azure bills a fine-tuned deployment at the base model's token prices plus hosting (Global). Base models retired 2026-10-01 (4o) and 2026-10-14 (4.1); fine-tuned deployments of existing customers run until the date given; new customers cannot fine-tune. Training prices are in no reference: left out.
  { id: "azure/gpt-4o", provider: "azure", name: "GPT-4o (Azure)", aliases: ["azure-gpt-4o"], status: "deprecated", retiresOn: "2027-10-01", prices: { input: 2.5, output: 10, cached_input: 1.25, ft_input: 2.5, ft_output: 10, ft_cached_input: 1.25, ft_hosting_hour: 1.7 }, references: ["litellm:azure/gpt-4o", "genai-prices:openai/gpt-4o (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4o-mini", provider: "azure", name: "GPT-4o mini (Azure)", aliases: ["azure-gpt-4o-mini"], status: "deprecated", retiresOn: "2027-10-01", prices: { input: 0.15, output: 0.6, cached_input: 0.075, ft_input: 0.15, ft_output: 0.6, ft_cached_input: 0.075, ft_hosting_hour: 1.7 }, references: ["litellm:azure/global-standard/gpt-4o-mini", "genai-prices:openai/gpt-4o-mini (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1", provider: "azure", name: "GPT-4.1 (Azure)", aliases: ["azure-gpt-4.1"], status: "deprecated", retiresOn: "2027-10-14", prices: { input: 2, output: 8, cached_input: 0.5, ft_input: 2, ft_output: 8, ft_cached_input: 0.5, ft_hosting_hour: 1.7 }, references: ["litellm:azure/gpt-4.1", "genai-prices:openai/gpt-4.1 (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1-mini", provider: "azure", name: "GPT-4.1 mini (Azure)", aliases: ["azure-gpt-4.1-mini"], status: "deprecated", retiresOn: "2027-10-14", prices: { input: 0.4, output: 1.6, cached_input: 0.1, ft_input: 0.4, ft_output: 1.6, ft_cached_input: 0.1, ft_hosting_hour: 1.7 }, references: ["litellm:azure/gpt-4.1-mini", "genai-prices:openai/gpt-4.1-mini (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1-nano", provider: "azure", name: "GPT-4.1 nano (Azure)", aliases: ["azure-gpt-4.1-nano"], status: "deprecated", retiresOn: "2027-10-14", prices: { input: 0.1, output: 0.4, cached_input: 0.025, ft_input: 0.1, ft_output: 0.4, ft_cached_input: 0.025, ft_hosting_hour: 1.7 }, references: ["litellm:azure/gpt-4.1-nano", "genai-prices:openai/gpt-4.1-nano (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "claude-sonnet-4", provider: "anthropic", name: "Claude Sonnet 4", aliases: ["claude-sonnet-4-0", "claude-sonnet-4-20250514", "sonnet-4"], status: "retired", retiresOn: "2026-06-15", prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5, long_context_threshold: 200_000, long_input: 6, long_output: 22.5 }, references: ["litellm:claude-sonnet-4-20250514", "genai-prices:anthropic/claude-sonnet-4-0", ANTHROPIC_PRICING, ANTHROPIC_DEPRECATIONS] },
  { id: "claude-sonnet-4.5", provider: "anthropic", name: "Claude Sonnet 4.5", aliases: ["claude-sonnet-4-5-20250929", "sonnet-4.5"], status: "deprecated", retiresOn: "2026-11-30", prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5, long_context_threshold: 200_000, long_input: 6, long_output: 22.5 }, references: ["litellm:claude-sonnet-4-5", "genai-prices:anthropic/claude-sonnet-4-5", ANTHROPIC_PRICING, ANTHROPIC_DEPRECATIONS] },
  { id: "claude-opus-4.1", provider: "anthropic", name: "Claude Opus 4.1", aliases: ["claude-opus-4-1-20250805", "opus-4.1"], status: "retired", retiresOn: "2026-08-05", prices: { input: 15, output: 75, cached_input: 1.5, cache_write: 18.75, batch_input: 7.5, batch_output: 37.5 }, references: ["litellm:claude-opus-4-1", "genai-prices:anthropic/claude-opus-4-1", ANTHROPIC_PRICING, ANTHROPIC_DEPRECATIONS] },
  { id: "claude-opus-4.5", provider: "anthropic", name: "Claude Opus 4.5", aliases: ["claude-opus-4-5-20251101", "opus-4.5"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-5", "genai-prices:anthropic/claude-opus-4-5", ANTHROPIC_PRICING] },
  { id: "claude-haiku-4.5", provider: "anthropic", name: "Claude Haiku 4.5", aliases: ["claude-haiku-4-5-20251001", "haiku-4.5"], prices: { input: 1, output: 5, cached_input: 0.1, cache_write: 1.25, batch_input: 0.5, batch_output: 2.5 }, references: ["litellm:claude-haiku-4-5", "genai-prices:anthropic/claude-haiku-4-5", ANTHROPIC_PRICING] },
  // Read from litellm's copy of 2026-03-11 (RoCry/llm-api-price 3c74e72): the 2026-07-24 file no longer lists it.
  { id: "claude-3.5-haiku", provider: "anthropic", name: "Claude 3.5 Haiku", aliases: ["claude-3-5-haiku-20241022", "claude-3-5-haiku-latest", "haiku-3.5"], status: "retired", retiresOn: "2026-02-19", prices: { input: 0.8, output: 4, cached_input: 0.08, cache_write: 1, batch_input: 0.4, batch_output: 2 }, references: ["litellm:claude-3-5-haiku-20241022", "genai-prices:anthropic/claude-3-5-haiku-latest", ANTHROPIC_PRICING, ANTHROPIC_DEPRECATIONS] },
  { id: "claude-sonnet-4.6", provider: "anthropic", name: "Claude Sonnet 4.6", aliases: ["sonnet-4.6"], prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5 }, references: ["litellm:claude-sonnet-4-6", "genai-prices:anthropic/claude-sonnet-4-6", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.6", provider: "anthropic", name: "Claude Opus 4.6", aliases: ["claude-opus-4-6-20260205", "opus-4.6"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-6", "genai-prices:anthropic/claude-opus-4-6", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.7", provider: "anthropic", name: "Claude Opus 4.7", aliases: ["claude-opus-4-7-20260416", "opus-4.7"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-7", "genai-prices:anthropic/claude-opus-4-7", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.8", provider: "anthropic", name: "Claude Opus 4.8", aliases: ["opus-4.8"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-8", "genai-prices:anthropic/claude-opus-4-8", ANTHROPIC_PRICING] },
  { id: "claude-opus-5", provider: "anthropic", name: "Claude Opus 5", aliases: ["opus-5"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-5", "genai-prices:anthropic/claude-opus-5", ANTHROPIC_PRICING] },
  // The files disagree: genai-prices has 3/15 from 2026-09-01; Anthropic's page (2026-08-18 on) says 2/10 is the standard price and the rise will not occur, as litellm has it. The provider's page decides.
  { id: "claude-sonnet-5", provider: "anthropic", name: "Claude Sonnet 5", aliases: ["sonnet-5"], prices: { input: 2, output: 10, cached_input: 0.2, cache_write: 2.5, batch_input: 1, batch_output: 5 }, references: ["litellm:claude-sonnet-5", "genai-prices:anthropic/claude-sonnet-5", ANTHROPIC_PRICING] },
  { id: "claude-fable-5", provider: "anthropic", name: "Claude Fable 5", aliases: ["fable-5"], prices: { input: 10, output: 50, cached_input: 1, cache_write: 12.5, batch_input: 5, batch_output: 25 }, references: ["litellm:claude-fable-5", "genai-prices:anthropic/claude-fable-5", ANTHROPIC_PRICING] },
  // The SPEC's reading has it deprecated on 2026-06-01: that was its shutdown date (litellm's deprecation_date,
  // Google's pages), now past.
  { id: "gemini-2.0-flash", provider: "google", name: "Gemini 2.0 Flash", aliases: ["gemini-2.0-flash-001"], status: "retired", retiresOn: "2026-06-01", prices: { input: 0.1, output: 0.4, cached_input: 0.025, batch_input: 0.05, batch_output: 0.2 }, references: ["litellm:gemini/gemini-2.0-flash", "genai-prices:google/gemini-2.0-flash", GOOGLE_PRICING] },
  // Deprecated: Google's Vertex AI page and third-party readings of its Gemini API page give different shutdown dates (2026-10-16, 2026-12-01), so none is recorded.
  { id: "gemini-2.5-flash", provider: "google", name: "Gemini 2.5 Flash", status: "deprecated", prices: { input: 0.3, output: 2.5, cached_input: 0.03, batch_input: 0.15, batch_output: 1.25 }, references: ["litellm:gemini/gemini-2.5-flash", "genai-prices:google/gemini-2.5-flash", GOOGLE_PRICING, GOOGLE_DEPRECATIONS] },
  { id: "gemini-2.5-pro", provider: "google", name: "Gemini 2.5 Pro", status: "deprecated", prices: { input: 1.25, output: 10, cached_input: 0.125, batch_input: 0.625, batch_output: 5, long_context_threshold: 200_000, long_input: 2.5, long_output: 15 }, references: ["litellm:gemini/gemini-2.5-pro", "genai-prices:google/gemini-2.5-pro", GOOGLE_PRICING, GOOGLE_DEPRECATIONS] },
  { id: "gemini-2.5-flash-lite", provider: "google", name: "Gemini 2.5 Flash-Lite", prices: { input: 0.1, output: 0.4, cached_input: 0.01, batch_input: 0.05, batch_output: 0.2 }, references: ["litellm:gemini/gemini-2.5-flash-lite", "genai-prices:google/gemini-2.5-flash-lite", GOOGLE_PRICING] },
  // Batch rates for the Gemini 3 models are in one reference each: left out.
  { id: "gemini-3.1-pro-preview", provider: "google", name: "Gemini 3.1 Pro (preview)", prices: { input: 2, output: 12, cached_input: 0.2, long_context_threshold: 200_000, long_input: 4, long_output: 18 }, references: ["litellm:gemini/gemini-3.1-pro-preview", "genai-prices:google/gemini-3.1-pro-preview"] },
  { id: "gemini-3.1-flash-lite", provider: "google", name: "Gemini 3.1 Flash-Lite", prices: { input: 0.25, output: 1.5, cached_input: 0.025 }, references: ["litellm:gemini/gemini-3.1-flash-lite", "genai-prices:google/gemini-3.1-flash-lite"] },
  { id: "gemini-3.5-flash", provider: "google", name: "Gemini 3.5 Flash", prices: { input: 1.5, output: 9, cached_input: 0.15 }, references: ["litellm:gemini/gemini-3.5-flash", "genai-prices:google/gemini-3.5-flash"] },
  { id: "gemini-3.5-flash-lite", provider: "google", name: "Gemini 3.5 Flash-Lite", prices: { input: 0.3, output: 2.5, cached_input: 0.03 }, references: ["litellm:gemini/gemini-3.5-flash-lite", "genai-prices:google/gemini-3.5-flash-lite"] },
  // List price; Google charges an introductory 0.75/3.75 until 2026-12-31 (genai-prices).
  { id: "gemini-3.6-flash", provider: "google", name: "Gemini 3.6 Flash", prices: { input: 1.5, output: 7.5, cached_input: 0.15 }, references: ["litellm:gemini/gemini-3.6-flash", "genai-prices:google/gemini-3.6-flash"] },
];

function entry(row: Row): CatalogueEntry {
  const { id, provider } = row;
  const prefixed = id.startsWith(`${provider}/`) ? id : `${provider}/${id}`;
  // Anthropic's API spells a dotted version with a dash: claude-sonnet-4-5.
  const dashed = provider === "anthropic" ? id.replace(/\./g, "-") : id;
  const derived = [prefixed, dashed].filter((name) => name !== id);
  return {
    ...row,
    aliases: [...derived, ...(row.aliases ?? [])],
    prices: samePrices(row.prices),
    status: row.status ?? "active",
    ...SOURCES[provider],
  };
}

/**
 * Every price kind as a field, in one order, undefined where not offered: every model's prices
 * have one shape, so a scenario grid reading them across models stays on the engine's fast path.
 */
function samePrices(prices: ModelPrices): ModelPrices {
  const all: Partial<Record<PriceKind, number>> = {};
  for (const kind of PRICE_KINDS) all[kind] = prices[kind];
  return all as ModelPrices;
}

export const PRICE_CATALOGUE: readonly CatalogueEntry[] = ROWS.map(entry);

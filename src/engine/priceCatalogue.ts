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
  "gpu_hour",
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
      : kind === "gpu_hour"
        ? "dedicated gpu per hour"
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

/** Whether a model can still be called, on a given day: retired models are listed so that old workbooks compute. */
export const MODEL_STATUSES = ["active", "deprecated", "retired"] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** Whether fine-tuning of a model can be bought, on a given day (SPEC 4). */
export const FINE_TUNING_STATUSES = ["offered", "closing", "closed", "not offered"] as const;
export type FineTuningStatus = (typeof FINE_TUNING_STATUSES)[number];

/**
 * A model's fine-tuning offer, as dates: open to anyone until `closingFrom`, then to existing
 * customers only until `closedFrom`, from which day no new job is taken. No offer at all is an
 * absent field on the entry.
 */
export interface FineTuningOffer {
  /** ISO date from which new customers are refused (existing customers only). */
  closingFrom?: string;
  /** ISO date from which no new fine-tuning job is taken. */
  closedFrom?: string;
  /**
   * The provider serves fine-tuned models at the base model's token prices (serverless LoRA,
   * Azure): the fine-tuned prices are the base prices, on every date.
   */
  servedAtBasePrices?: boolean;
  /** The provider serves fine-tuned models only on dedicated GPUs billed by the hour, never per token. */
  dedicatedOnly?: boolean;
}

/** A price change announced for a date: the kinds it names take these values from that day on. */
export interface PriceChange {
  /** ISO date of the first day at the new prices. */
  from: string;
  prices: Partial<Record<PriceKind, number>>;
}

/**
 * What the catalogue knows of a price a reference gives differently, so that a price file showing
 * it is explained rather than taken for a disagreement (SPEC 5, Prices):
 * - `earlier`: the prices in force before a change the catalogue records (a cut or a rise), until
 *   the day before `until`; a file dated before `until` predates the change;
 * - `cancelled`: prices announced from `from` that never applied;
 * - `disputed`: a reference's figure the catalogue did not take, the provider's page deciding;
 * - `withheld`: kinds left blank on purpose (one reference alone gives them).
 */
export type DocumentedPrices =
  | { kind: "earlier"; until: string; prices: Partial<Record<PriceKind, number>>; note: string }
  | { kind: "cancelled"; from: string; prices: Partial<Record<PriceKind, number>>; note: string }
  | { kind: "disputed"; prices: Partial<Record<PriceKind, number>>; note: string }
  | { kind: "withheld"; kinds: readonly PriceKind[]; note: string };

/** One model of the catalogue. */
export interface CatalogueEntry {
  /** Canonical id, lower case, as users type it. */
  id: string;
  /** Who sells it: openai, azure, anthropic, google, together, fireworks. */
  provider: string;
  /** The name the provider gives it ("Claude Sonnet 4.5"); it resolves to this entry too. */
  name: string;
  /** Other names that resolve to this entry (dated snapshots, short names). */
  aliases: readonly string[];
  /** Prices in force before the first change of `schedule` (all of them when there is none). */
  prices: ModelPrices;
  /** Announced price changes, earliest first; empty when none is announced. */
  schedule: readonly PriceChange[];
  /** Prices a reference gives that the catalogue knows and does not take, with why; empty when none. */
  documented: readonly DocumentedPrices[];
  /** ISO date from which the provider calls the model deprecated, where announced. */
  deprecatedOn?: string;
  /** ISO date of the first day the model no longer serves, where announced. */
  retiresOn?: string;
  /** The fine-tuning offer; absent when the provider sells no fine-tuning of this model. */
  fineTuning?: FineTuningOffer;
  /** Open weights: the model can be served on GPUs of one's own (SPEC 3.4, dedicated GPUs). */
  openWeight: boolean;
  /** The price kinds and dates (`retiresOn`, `deprecatedOn`, `fineTuning`) only one reference gives. */
  singleSource: readonly string[];
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

/** Each provider as its customers name it, for sentences. */
export const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  openai: "OpenAI",
  azure: "Azure OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  together: "Together AI",
  fireworks: "Fireworks AI",
};

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

/** A catalogue row as written below: the entry without what is derived from it. */
export type Row = Omit<
  CatalogueEntry,
  "name" | "aliases" | "schedule" | "documented" | "openWeight" | "singleSource" | "asOf" | "source"
> &
  Partial<Pick<CatalogueEntry, "name" | "aliases" | "schedule" | "documented" | "openWeight" | "singleSource">>;

/**
 * The name a provider gives a model, from its id, where the two follow the usual pattern: each
 * word capitalised and spaced ("claude-sonnet-4.5" is "Claude Sonnet 4.5"), "gpt-5.4" as
 * "GPT-5.4", OpenAI's "mini" and "nano" in lower case, a size as "8B", "lite" as "-Lite", and a
 * prefixed provider after it ("azure/gpt-4o" is "GPT-4o (Azure)"). A row that follows no such
 * pattern gives its name.
 *
 * @example
 * nameFromId("gemini-2.5-flash-lite"); // "Gemini 2.5 Flash-Lite"
 */
export function nameFromId(id: string): string {
  const [prefix, bare] = id.includes("/") ? id.split("/") : ["", id];
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const words = bare.split("-");
  if (words[0] === "gpt" && words.length > 1) words.splice(0, 2, `GPT-${words[1]}`);
  let name = "";
  for (const word of words) {
    if (word === "lite") name += "-Lite";
    else {
      const shown =
        word === "mini" || word === "nano" ? word : /^\d+b$/.test(word) ? word.toUpperCase() : capital(word);
      name += name ? ` ${shown}` : shown;
    }
  }
  return prefix ? `${name} (${capital(prefix)})` : name;
}

/**
 * The fields of a row in the order the functions bundle's build writes them: there ROWS is written
 * by position, a row as an array of these fields and its prices as an array in PRICE_KINDS' order,
 * absent values left as holes (scripts/webpack/strip-docs.js), and rowsByPosition reads it back.
 * The rows below stay written by name for their maintainers.
 */
export const ROW_FIELDS = [
  "id",
  "provider",
  "name",
  "aliases",
  "prices",
  "schedule",
  "deprecatedOn",
  "retiresOn",
  "fineTuning",
  "openWeight",
  "singleSource",
] as const;

/** Prices written by position, in PRICE_KINDS' order, back as a record of the kinds given. */
const pricesByPosition = (values: readonly (number | undefined)[]): ModelPrices =>
  Object.fromEntries(
    PRICE_KINDS.flatMap((kind, k) => (values[k] === undefined ? [] : [[kind, values[k]]])),
  ) as ModelPrices;

/** Rows written by position (see ROW_FIELDS) back as the rows written by name. */
export function rowsByPosition(rows: readonly (readonly unknown[])[]): Row[] {
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    ROW_FIELDS.forEach((field, k) => {
      const value = values[k];
      if (value === undefined) return;
      row[field] =
        field === "prices"
          ? pricesByPosition(value as number[])
          : field === "schedule"
            ? (value as [string, number[]][]).map(([from, prices]) => ({ from, prices: pricesByPosition(prices) }))
            : value;
    });
    return row as Row;
  });
}

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
  together: {
    asOf: "2026-08-21",
    source: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/providers/together.yml",
  },
  fireworks: {
    asOf: "2026-08-21",
    source: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/providers/fireworks.yml",
  },
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
const AZURE_FT_COST =
  "https://learn.microsoft.com/azure/foundry/openai/how-to/fine-tuning-cost-management (2026-02-11)";
const AZURE_RETIREMENTS =
  "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule (2026-07-07)";

// Prices in US dollars per 1M tokens; long_context_threshold in input tokens; ft_hosting_hour and
// gpu_hour in US dollars per hour. Each family oldest first. Refreshed on 2026-12-05 against both
// price files (the newest copies to be had: litellm 8442b93 of 2026-07-24, genai-prices 47df840a of
// 2026-08-21) and stored copies of the providers' and others' pages, each cited with its date. Models
// released after August 2026 (GPT-6, GPT-6.1 Terra, Gemini 3.8 Flash, Claude 5.5, Fable 5.1) are in
// neither file: their rows rest on pages, and what only one of them gives is marked single source.
// Gemini 3.7 Flash is in genai-prices' provider file alone (its data.json and litellm lag it).
//
// Where a deprecation's own announcement date was not found, deprecatedOn is the date of the page
// that first showed the model deprecated (it was deprecated by then).
//
// Where fine-tuning can be bought:
// - OpenAI: refused new organisations from 2026-05-07 and takes no new jobs from 2027-01-06;
//   fine-tuned models serve until their base model shuts down. Training prices are on OpenAI's page
//   alone (single source); fine-tuned inference is in both files.
// - Azure OpenAI: fine-tuned deployments at the base model's token prices plus hosting, for
//   existing customers (closing from the retirement schedule read on 2026-07-07), until the
//   deployments retire in October 2027. No reference gives a training price. Its Developer tier
//   (no hosting fee, 24-hour deployments) is not a way to serve production traffic.
// - Google Vertex AI tunes Gemini 2.5 models, but no reference read gives a tuning price or a tuned
//   model's inference price: none is listed; give yours in a price_table.
// - Fireworks AI: LoRA training per 1M training tokens by size ($0.50 up to 16B, $3.00 from 16.1B
//   to 80B) and LoRA models served at the base model's price (its pricing page and FAQ; newer docs
//   also speak of dedicated deployments for LoRA models); dedicated GPUs by the hour (an A100 80GB:
//   no H100 rate was found).
// - Together AI: LoRA fine-tuning of Llama 3.1 8B and 70B, billed per training token by size, but no
//   copy of its rate card was found (no training price listed); fine-tuned models served on
//   dedicated endpoints by the hour (an H100 80GB), so the per-token fine-tuned row is not priced.
// prettier-ignore
const ROWS: readonly Row[] = [
  { id: "gpt-4o", provider: "openai", aliases: ["gpt-4o-2024-08-06", "gpt-4o-2024-11-20"], prices: { input: 2.5, output: 10, cached_input: 1.25, batch_input: 1.25, batch_output: 5, ft_training: 25, ft_input: 3.75, ft_output: 15, ft_cached_input: 1.875 }, deprecatedOn: "2026-09-11", retiresOn: "2027-01-14", fineTuning: { closingFrom: "2026-05-07", closedFrom: "2027-01-06" }, singleSource: ["ft_training"], references: ["litellm:gpt-4o", "litellm:ft:gpt-4o-2024-08-06", "genai-prices:openai/gpt-4o", "genai-prices:openai/ft:gpt-4o", OPENAI_PRICING, OPENAI_DEPRECATIONS, "https://codersera.com/blog/gpt-4o-gpt-4-1-api-shutdown-migration-2026/ (undated, after 2026-09-22)"] },
  { id: "gpt-4o-mini", provider: "openai", aliases: ["gpt-4o-mini-2024-07-18"], prices: { input: 0.15, output: 0.6, cached_input: 0.075, batch_input: 0.075, batch_output: 0.3, ft_training: 3, ft_input: 0.3, ft_output: 1.2, ft_cached_input: 0.15 }, deprecatedOn: "2026-09-11", retiresOn: "2027-01-14", fineTuning: { closingFrom: "2026-05-07", closedFrom: "2027-01-06" }, singleSource: ["ft_training"], references: ["litellm:gpt-4o-mini", "litellm:ft:gpt-4o-mini-2024-07-18", "genai-prices:openai/gpt-4o-mini", "genai-prices:openai/ft:gpt-4o-mini", OPENAI_PRICING, OPENAI_DEPRECATIONS, "https://codersera.com/blog/gpt-4o-gpt-4-1-api-shutdown-migration-2026/ (undated)"] },
  { id: "gpt-4.1", provider: "openai", aliases: ["gpt-4.1-2025-04-14"], prices: { input: 2, output: 8, cached_input: 0.5, batch_input: 1, batch_output: 4, ft_training: 25, ft_input: 3, ft_output: 12, ft_cached_input: 0.75 }, deprecatedOn: "2026-09-11", retiresOn: "2027-01-14", fineTuning: { closingFrom: "2026-05-07", closedFrom: "2027-01-06" }, singleSource: ["ft_training"], references: ["litellm:gpt-4.1", "litellm:ft:gpt-4.1-2025-04-14", "genai-prices:openai/gpt-4.1", OPENAI_PRICING, OPENAI_DEPRECATIONS, "https://codersera.com/blog/gpt-4o-gpt-4-1-api-shutdown-migration-2026/ (undated)"] },
  { id: "gpt-4.1-mini", provider: "openai", aliases: ["gpt-4.1-mini-2025-04-14"], prices: { input: 0.4, output: 1.6, cached_input: 0.1, batch_input: 0.2, batch_output: 0.8, ft_training: 5, ft_input: 0.8, ft_output: 3.2, ft_cached_input: 0.2 }, deprecatedOn: "2026-09-11", retiresOn: "2027-01-14", fineTuning: { closingFrom: "2026-05-07", closedFrom: "2027-01-06" }, singleSource: ["ft_training"], references: ["litellm:gpt-4.1-mini", "litellm:ft:gpt-4.1-mini-2025-04-14", "genai-prices:openai/gpt-4.1-mini", OPENAI_PRICING, OPENAI_DEPRECATIONS, "https://codersera.com/blog/gpt-4o-gpt-4-1-api-shutdown-migration-2026/ (undated)"] },
  // retired 2026-10-23; fine-tuned gpt-4.1-nano models died with it.
  { id: "gpt-4.1-nano", provider: "openai", aliases: ["gpt-4.1-nano-2025-04-14"], prices: { input: 0.1, output: 0.4, cached_input: 0.025, batch_input: 0.05, batch_output: 0.2, ft_training: 1.5, ft_input: 0.2, ft_output: 0.8, ft_cached_input: 0.05 }, retiresOn: "2026-10-23", fineTuning: { closingFrom: "2026-05-07", closedFrom: "2026-10-23" }, singleSource: ["ft_training"], references: ["litellm:gpt-4.1-nano", "litellm:ft:gpt-4.1-nano-2025-04-14", "genai-prices:openai/gpt-4.1-nano", OPENAI_DEPRECATIONS, "https://aihola.com/article/openai-ends-fine-tuning-2027 (undated, May 2026)"] },
  { id: "gpt-5", provider: "openai", aliases: ["gpt-5-2025-08-07"], prices: { input: 1.25, output: 10, cached_input: 0.125, batch_input: 0.625, batch_output: 5 }, deprecatedOn: "2026-06-11", retiresOn: "2026-12-11", singleSource: ["batch_input", "batch_output"], references: ["litellm:gpt-5", "genai-prices:openai/gpt-5", OPENAI_PRICING, "https://privatedevops.com/news/openai-retires-gpt-5-o3-snapshots-december-2026 (2026-06-25)", "https://grn.dk/model-retirements-are-quietly-breaking-ai-integrations (2026-06-23)"] },
  { id: "gpt-5-mini", provider: "openai", aliases: ["gpt-5-mini-2025-08-07"], prices: { input: 0.25, output: 2, cached_input: 0.025, batch_input: 0.125, batch_output: 1 }, deprecatedOn: "2026-06-11", retiresOn: "2026-12-11", singleSource: ["batch_input", "batch_output"], references: ["litellm:gpt-5-mini", "genai-prices:openai/gpt-5-mini", OPENAI_PRICING, "https://privatedevops.com/news/openai-retires-gpt-5-o3-snapshots-december-2026 (2026-06-25)", "https://grn.dk/model-retirements-are-quietly-breaking-ai-integrations (2026-06-23)"] },
  { id: "gpt-5-nano", provider: "openai", aliases: ["gpt-5-nano-2025-08-07"], prices: { input: 0.05, output: 0.4, cached_input: 0.005, batch_input: 0.025, batch_output: 0.2 }, deprecatedOn: "2026-06-11", retiresOn: "2026-12-11", singleSource: ["batch_input", "batch_output"], references: ["litellm:gpt-5-nano", "genai-prices:openai/gpt-5-nano", OPENAI_PRICING, "https://privatedevops.com/news/openai-retires-gpt-5-o3-snapshots-december-2026 (2026-06-25)", "https://grn.dk/model-retirements-are-quietly-breaking-ai-integrations (2026-06-23)"] },
  { id: "gpt-5.1", provider: "openai", aliases: ["gpt-5.1-2025-11-13"], prices: { input: 1.25, output: 10, cached_input: 0.125 }, references: ["litellm:gpt-5.1", "genai-prices:openai/gpt-5.1"] },
  { id: "gpt-5.2", provider: "openai", aliases: ["gpt-5.2-2025-12-11"], prices: { input: 1.75, output: 14, cached_input: 0.175 }, references: ["litellm:gpt-5.2", "genai-prices:openai/gpt-5.2"] },
  { id: "gpt-5.2-pro", provider: "openai", aliases: ["gpt-5.2-pro-2025-12-11"], prices: { input: 21, output: 168 }, references: ["litellm:gpt-5.2-pro", "genai-prices:openai/gpt-5.2-pro"] },
  // gpt-5.3-chat-latest was shut down 2026-08-10 (deprecated 2026-05-08); kept only for old workbooks.
  { id: "gpt-5.3", provider: "openai", name: "GPT-5.3 Chat", aliases: ["gpt-5.3-chat-latest"], prices: { input: 1.75, output: 14, cached_input: 0.175 }, deprecatedOn: "2026-05-08", retiresOn: "2026-08-10", singleSource: ["deprecatedOn", "retiresOn"], references: ["litellm:gpt-5.3-chat-latest", "genai-prices:openai/gpt-5.3", "https://spybara.com/openai/api/history/docs/en/2026-05-12-1857..2026-05-14-2100/ (2026-05-14)"] },
  { id: "gpt-5.3-codex", provider: "openai", name: "GPT-5.3-Codex", prices: { input: 1.75, output: 14, cached_input: 0.175 }, references: ["litellm:gpt-5.3-codex", "genai-prices:openai/gpt-5.3-codex"] },
  { id: "gpt-5.4", provider: "openai", aliases: ["gpt-5.4-2026-03-05"], prices: { input: 2.5, output: 15, cached_input: 0.25, batch_input: 1.25, batch_output: 7.5, long_context_threshold: 272_000, long_input: 5, long_output: 22.5 }, references: ["litellm:gpt-5.4", "genai-prices:openai/gpt-5.4", OPENAI_PRICING] },
  { id: "gpt-5.4-pro", provider: "openai", aliases: ["gpt-5.4-pro-2026-03-05"], prices: { input: 30, output: 180, batch_input: 15, batch_output: 90, long_context_threshold: 272_000, long_input: 60, long_output: 270 }, singleSource: ["batch_input", "batch_output"], documented: [{ kind: "withheld", kinds: ["cached_input"], note: "in litellm alone: left out until a second reference gives them" }], references: ["litellm:gpt-5.4-pro", "genai-prices:openai/gpt-5.4-pro"] },
  { id: "gpt-5.4-mini", provider: "openai", aliases: ["gpt-5.4-mini-2026-03-17"], prices: { input: 0.75, output: 4.5, cached_input: 0.075, batch_input: 0.375, batch_output: 2.25 }, references: ["litellm:gpt-5.4-mini", "genai-prices:openai/gpt-5.4-mini", OPENAI_PRICING] },
  { id: "gpt-5.4-nano", provider: "openai", aliases: ["gpt-5.4-nano-2026-03-17"], prices: { input: 0.2, output: 1.25, cached_input: 0.02, batch_input: 0.1, batch_output: 0.625 }, references: ["litellm:gpt-5.4-nano", "genai-prices:openai/gpt-5.4-nano", OPENAI_PRICING] },
  // Long-context rates for gpt-5.5 are in litellm alone: left out until a second reference has them.
  { id: "gpt-5.5", provider: "openai", aliases: ["gpt-5.5-2026-04-23"], prices: { input: 5, output: 30, cached_input: 0.5, batch_input: 2.5, batch_output: 15 }, documented: [{ kind: "withheld", kinds: ["long_context_threshold", "long_input", "long_output"], note: "in litellm alone: left out until a second reference gives them" }], references: ["litellm:gpt-5.5", "genai-prices:openai/gpt-5.5", OPENAI_PRICING] },
  // Cached-input and long-context rates for gpt-5.5-pro are in litellm alone: left out.
  { id: "gpt-5.5-pro", provider: "openai", aliases: ["gpt-5.5-pro-2026-04-23"], prices: { input: 30, output: 180, batch_input: 15, batch_output: 90 }, documented: [{ kind: "withheld", kinds: ["cached_input", "long_context_threshold", "long_input", "long_output"], note: "in litellm alone: left out until a second reference gives them" }], references: ["litellm:gpt-5.5-pro", "genai-prices:openai/gpt-5.5-pro", OPENAI_PRICING] },
  // gpt-5.6-sol: litellm discussion #42523 (GPT-6 launch, ~2026-09-22) speaks of "GPT-5.6's current $4 / $20": a later price cut that neither price file has. Re-check before use; list price kept.
  { id: "gpt-5.6-sol", provider: "openai", aliases: ["gpt-5.6"], prices: { input: 5, output: 30, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 15, long_context_threshold: 272_000, long_input: 10, long_output: 45 }, references: ["litellm:gpt-5.6-sol", "genai-prices:openai/gpt-5.6-sol", OPENAI_PRICING, "https://github.com/BerriAI/litellm/discussions/42523 (undated, ~2026-09-22; says 4/20 now)"] },
  // The files disagree: litellm (2026-07-24) and genai-prices' data.json (built 2026-07-25) have 2.5/15, before
  // OpenAI's cut of 2026-07-30; genai-prices' provider file at 47df840a and OpenAI's page have 2/12.
  { id: "gpt-5.6-terra", provider: "openai", prices: { input: 2, output: 12, cached_input: 0.2, cache_write: 2.5, batch_input: 1, batch_output: 6, long_context_threshold: 272_000, long_input: 4, long_output: 18 }, documented: [{ kind: "earlier", until: "2026-07-30", prices: { input: 2.5, output: 15, cached_input: 0.25, cache_write: 3.125, batch_input: 1.25, batch_output: 7.5, long_input: 5, long_output: 22.5 }, note: "OpenAI's cut of 2026-07-30" }], references: ["litellm:gpt-5.6-terra", "genai-prices:openai/gpt-5.6-terra", OPENAI_PRICING] },
  // The files disagree: litellm (2026-07-24) and genai-prices' data.json (built 2026-07-25) have 1/6, before
  // OpenAI's 80 % cut of 2026-07-30; genai-prices' provider file at 47df840a and OpenAI's page have 0.2/1.2.
  { id: "gpt-5.6-luna", provider: "openai", prices: { input: 0.2, output: 1.2, cached_input: 0.02, cache_write: 0.25, batch_input: 0.1, batch_output: 0.6, long_context_threshold: 272_000, long_input: 0.4, long_output: 1.8 }, documented: [{ kind: "earlier", until: "2026-07-30", prices: { input: 1, output: 6, cached_input: 0.1, cache_write: 1.25, batch_input: 0.5, batch_output: 3, long_input: 2, long_output: 9 }, note: "OpenAI's 80 % cut of 2026-07-30" }], references: ["litellm:gpt-5.6-luna", "genai-prices:openai/gpt-5.6-luna", OPENAI_PRICING] },
  // GPT-6 family (released Sept–Oct 2026): in NEITHER price file (both predate it). Page references only.
  { id: "gpt-6-sol", provider: "openai", prices: { input: 2, output: 10, cached_input: 0.2, cache_write: 2.5 }, singleSource: ["cached_input", "cache_write"], references: ["https://github.com/merefield/codexometer/releases/tag/v0.18.4 (2026-09-22, quotes OpenAI pricing)", "https://github.com/BerriAI/litellm/discussions/42523 (~2026-09-22: $2/$10)"] },
  { id: "gpt-6-luna", provider: "openai", prices: { input: 0.1, output: 0.5, cached_input: 0.01, cache_write: 0.125 }, singleSource: ["cache_write"], references: ["https://github.com/merefield/codexometer/releases/tag/v0.18.4 (2026-09-22)", "https://github.com/BerriAI/litellm/discussions/42523 (~2026-09-22: $0.10/$0.50)", "https://codersera.com/blog/gpt-4o-gpt-4-1-api-shutdown-migration-2026/ (undated: 0.10/0.01/0.50; not fine-tunable)"] },
  { id: "gpt-6-astra", provider: "openai", prices: { input: 10, output: 50, cached_input: 1 }, singleSource: ["input", "output", "cached_input"], references: ["https://github.com/TheKrush/PromptFuel/releases/tag/v1.0.19 (2026-09-07, effective 2026-09-03)"] },
  { id: "gpt-6.1-terra", provider: "openai", prices: { input: 1, output: 5, cached_input: 0.05, cache_write: 1.25, batch_input: 0.5, batch_output: 2.5, long_context_threshold: 272_000, long_input: 2, long_output: 7.5 }, references: ["https://docs.litellm.ai/blog/gpt-6-1-terra (undated, ~2026-10-26)", "https://apidog.com/de/blog/gpt-6-1-terra-pricing/ (undated)", "https://github.com/TheKrush/PromptFuel/releases/tag/v1.0.24 (2026-10-27: effective 2026-10-26)"] },
  // Azure: fine-tuned deployments at base token prices + hosting. The day new customers were first refused was not
  // found: closingFrom and deprecatedOn are the date of the retirement schedule that showed both (they held by then).
  { id: "azure/gpt-4o", provider: "azure", aliases: ["azure-gpt-4o"], prices: { input: 2.5, output: 10, cached_input: 1.25, ft_input: 2.5, ft_output: 10, ft_cached_input: 1.25, ft_hosting_hour: 1.7 }, fineTuning: { closingFrom: "2026-07-07", servedAtBasePrices: true }, deprecatedOn: "2026-07-07", retiresOn: "2027-10-01", singleSource: ["ft_hosting_hour", "retiresOn", "deprecatedOn", "fineTuning"], references: ["litellm:azure/gpt-4o", "genai-prices:openai/gpt-4o (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4o-mini", provider: "azure", aliases: ["azure-gpt-4o-mini"], prices: { input: 0.15, output: 0.6, cached_input: 0.075, ft_input: 0.15, ft_output: 0.6, ft_cached_input: 0.075, ft_hosting_hour: 1.7 }, fineTuning: { closingFrom: "2026-07-07", servedAtBasePrices: true }, deprecatedOn: "2026-07-07", retiresOn: "2027-10-01", singleSource: ["ft_hosting_hour", "retiresOn", "deprecatedOn", "fineTuning"], references: ["litellm:azure/global-standard/gpt-4o-mini", "genai-prices:openai/gpt-4o-mini (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1", provider: "azure", aliases: ["azure-gpt-4.1"], prices: { input: 2, output: 8, cached_input: 0.5, ft_input: 2, ft_output: 8, ft_cached_input: 0.5, ft_hosting_hour: 1.7 }, fineTuning: { closingFrom: "2026-07-07", servedAtBasePrices: true }, deprecatedOn: "2026-07-07", retiresOn: "2027-10-14", singleSource: ["ft_hosting_hour", "retiresOn", "deprecatedOn", "fineTuning"], documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "Azure's batch rates are in litellm alone: left out until a second reference gives them" }], references: ["litellm:azure/gpt-4.1", "genai-prices:openai/gpt-4.1 (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1-mini", provider: "azure", aliases: ["azure-gpt-4.1-mini"], prices: { input: 0.4, output: 1.6, cached_input: 0.1, ft_input: 0.4, ft_output: 1.6, ft_cached_input: 0.1, ft_hosting_hour: 1.7 }, fineTuning: { closingFrom: "2026-07-07", servedAtBasePrices: true }, deprecatedOn: "2026-07-07", retiresOn: "2027-10-14", singleSource: ["ft_hosting_hour", "retiresOn", "deprecatedOn", "fineTuning"], documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "Azure's batch rates are in litellm alone: left out until a second reference gives them" }], references: ["litellm:azure/gpt-4.1-mini", "genai-prices:openai/gpt-4.1-mini (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  { id: "azure/gpt-4.1-nano", provider: "azure", aliases: ["azure-gpt-4.1-nano"], prices: { input: 0.1, output: 0.4, cached_input: 0.025, ft_input: 0.1, ft_output: 0.4, ft_cached_input: 0.025, ft_hosting_hour: 1.7 }, fineTuning: { closingFrom: "2026-07-07", servedAtBasePrices: true }, deprecatedOn: "2026-07-07", retiresOn: "2027-10-14", singleSource: ["ft_hosting_hour", "retiresOn", "deprecatedOn", "fineTuning"], documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "Azure's batch rates are in litellm alone: left out until a second reference gives them" }], references: ["litellm:azure/gpt-4.1-nano", "genai-prices:openai/gpt-4.1-nano (Azure falls back to OpenAI)", AZURE_FT_COST, AZURE_RETIREMENTS] },
  // Read from litellm's copy of 2026-03-11 (RoCry/llm-api-price 3c74e72): the 2026-07-24 file no longer lists it.
  { id: "claude-3.5-haiku", provider: "anthropic", aliases: ["claude-3-5-haiku-20241022", "claude-3-5-haiku-latest", "haiku-3.5"], retiresOn: "2026-02-19", prices: { input: 0.8, output: 4, cached_input: 0.08, cache_write: 1, batch_input: 0.4, batch_output: 2 }, references: ["litellm:claude-3-5-haiku-20241022", "genai-prices:anthropic/claude-3-5-haiku-latest", ANTHROPIC_PRICING, ANTHROPIC_DEPRECATIONS] },
  { id: "claude-sonnet-4", provider: "anthropic", aliases: ["claude-sonnet-4-0", "claude-sonnet-4-20250514", "sonnet-4"], prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5, long_context_threshold: 200_000, long_input: 6, long_output: 22.5 }, deprecatedOn: "2026-04-14", retiresOn: "2026-06-15", references: ["litellm:claude-sonnet-4-20250514 (deprecation_date 2026-05-14)", "genai-prices:anthropic/claude-sonnet-4-0", "https://www.totalum.app/blog/claude-4-deprecation-migration-2026 (2026-06-15)", "https://raw.githubusercontent.com/ottto-ai/ai-provider-watch/main/data/events/2026-06-15-anthropic-sonnet-4-opus-4-retirement.json (2026-06-17)"] },
  // retiresOn 2026-11-30: only the catalogue's earlier reading of Anthropic's deprecations page (2026-10); not re-confirmed in any stored copy read today.
  { id: "claude-sonnet-4.5", provider: "anthropic", aliases: ["claude-sonnet-4-5-20250929", "sonnet-4.5"], prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5, long_context_threshold: 200_000, long_input: 6, long_output: 22.5 }, retiresOn: "2026-11-30", singleSource: ["retiresOn"], references: ["litellm:claude-sonnet-4-5", "genai-prices:anthropic/claude-sonnet-4-5", "https://platform.claude.com/docs/en/about-claude/model-deprecations (2026-10, as read for the catalogue)"] },
  { id: "claude-opus-4.1", provider: "anthropic", aliases: ["claude-opus-4-1-20250805", "opus-4.1"], prices: { input: 15, output: 75, cached_input: 1.5, cache_write: 18.75, batch_input: 7.5, batch_output: 37.5 }, retiresOn: "2026-08-05", references: ["litellm:claude-opus-4-1-20250805 (deprecation_date 2026-08-05)", "genai-prices:anthropic/claude-opus-4-1", "https://www.totalum.app/blog/claude-4-deprecation-migration-2026 (2026-06-15)", "https://github.com/multidotdev/cli/releases/tag/v0.0.135 (2026-09-24)"] },
  // Deprecated 2026-11-23, retirement announced as tentative for 2027-01-22 (replacement claude-opus-5-5).
  { id: "claude-opus-4.5", provider: "anthropic", aliases: ["claude-opus-4-5-20251101", "opus-4.5"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, deprecatedOn: "2026-11-23", retiresOn: "2027-01-22", singleSource: ["deprecatedOn", "retiresOn"], references: ["litellm:claude-opus-4-5", "genai-prices:anthropic/claude-opus-4-5", "https://github.com/samarthputhraya/Modelpin/releases/tag/v0.5.7 (2026-11-26, re-read Anthropic's deprecations page)"] },
  { id: "claude-haiku-4.5", provider: "anthropic", aliases: ["claude-haiku-4-5-20251001", "haiku-4.5"], prices: { input: 1, output: 5, cached_input: 0.1, cache_write: 1.25, batch_input: 0.5, batch_output: 2.5 }, references: ["litellm:claude-haiku-4-5", "genai-prices:anthropic/claude-haiku-4-5", ANTHROPIC_PRICING] },
  { id: "claude-sonnet-4.6", provider: "anthropic", aliases: ["sonnet-4.6"], prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, batch_input: 1.5, batch_output: 7.5 }, references: ["litellm:claude-sonnet-4-6", "genai-prices:anthropic/claude-sonnet-4-6", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.6", provider: "anthropic", aliases: ["claude-opus-4-6-20260205", "opus-4.6"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-6", "genai-prices:anthropic/claude-opus-4-6", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.7", provider: "anthropic", aliases: ["claude-opus-4-7-20260416", "opus-4.7"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-7", "genai-prices:anthropic/claude-opus-4-7", ANTHROPIC_PRICING] },
  { id: "claude-opus-4.8", provider: "anthropic", aliases: ["opus-4.8"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-4-8", "genai-prices:anthropic/claude-opus-4-8", ANTHROPIC_PRICING] },
  { id: "claude-opus-5", provider: "anthropic", aliases: ["opus-5"], prices: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25, batch_input: 2.5, batch_output: 12.5 }, references: ["litellm:claude-opus-5", "genai-prices:anthropic/claude-opus-5", ANTHROPIC_PRICING] },
  // The files disagree: genai-prices has 3/15 from 2026-09-01; Anthropic's page (2026-08-18 on) says 2/10 is the standard price and the rise will not occur, as litellm has it. The provider's page decides.
  { id: "claude-sonnet-5", provider: "anthropic", aliases: ["sonnet-5"], prices: { input: 2, output: 10, cached_input: 0.2, cache_write: 2.5, batch_input: 1, batch_output: 5 }, documented: [{ kind: "cancelled", from: "2026-09-01", prices: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75 }, note: "the rise Anthropic announced for 2026-09-01 and cancelled (its pricing page, 2026-08-18 on)" }], references: ["litellm:claude-sonnet-5", "genai-prices:anthropic/claude-sonnet-5", ANTHROPIC_PRICING] },
  { id: "claude-fable-5", provider: "anthropic", aliases: ["fable-5"], prices: { input: 10, output: 50, cached_input: 1, cache_write: 12.5, batch_input: 5, batch_output: 25 }, references: ["litellm:claude-fable-5", "genai-prices:anthropic/claude-fable-5", ANTHROPIC_PRICING] },
  { id: "claude-fable-5.1", provider: "anthropic", aliases: ["claude-fable-5-1"], prices: { input: 10, output: 50, cached_input: 0.25, cache_write: 12.5 }, singleSource: ["cached_input"], references: ["https://platform.claude.com/docs/en/about-claude/pricing?ref=optimizesmart.com (undated, after 2026-09-24)", "https://docs.rs/synaps/0.10.2/synaps_cli/pricing/index.html (~2026-10)"] },
  // Anthropic models released after both price files: prices from ONE transcription of Anthropic's pricing page (docs.rs synaps 0.10.2).
  { id: "claude-opus-5.5", provider: "anthropic", aliases: ["claude-opus-5-5"], prices: { input: 4, output: 20 }, singleSource: ["input", "output"], references: ["https://docs.rs/synaps/0.10.2/synaps_cli/pricing/index.html (~2026-10, cites platform.claude.com pricing)"] },
  { id: "claude-sonnet-5.5", provider: "anthropic", aliases: ["claude-sonnet-5-5"], prices: { input: 2, output: 10 }, singleSource: ["input", "output"], references: ["https://docs.rs/synaps/0.10.2/synaps_cli/pricing/index.html (~2026-10)"] },
  // Haiku 5.5 has a prompt-size tier: 0.10/0.50 up to 100k input tokens, 0.50/2.50 above.
  { id: "claude-haiku-5.5", provider: "anthropic", aliases: ["claude-haiku-5-5"], prices: { input: 0.1, output: 0.5, long_context_threshold: 100_000, long_input: 0.5, long_output: 2.5 }, singleSource: ["input", "output", "long_context_threshold", "long_input", "long_output"], references: ["https://docs.rs/synaps/0.10.2/synaps_cli/pricing/index.html (~2026-10)"] },
  { id: "gemini-2.0-flash", provider: "google", aliases: ["gemini-2.0-flash-001"], prices: { input: 0.1, output: 0.4, cached_input: 0.025, batch_input: 0.05, batch_output: 0.2 }, retiresOn: "2026-06-01", references: ["litellm:gemini/gemini-2.0-flash", "genai-prices:google/gemini-2.0-flash", "https://aiweekly.co/alerts/google-retires-gemini-20-flash-001-replace-with-25-flash (2026-06-01)", "https://firebase.google.com/docs/ai-logic/prompt-design?api=dev&hl=zh-cn (2026-06-18)"] },
  // Gemini API shutdown 2026-12-01 (requests routed to gemini-3.8-flash, billed at its rates). Vertex AI has its own schedule.
  { id: "gemini-2.5-pro", provider: "google", prices: { input: 1.25, output: 10, cached_input: 0.125, batch_input: 0.625, batch_output: 5, long_context_threshold: 200_000, long_input: 2.5, long_output: 15 }, retiresOn: "2026-12-01", references: ["litellm:gemini/gemini-2.5-pro", "genai-prices:google/gemini-2.5-pro", "https://dev.to/aideprecations/what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026-5gg9 (2026-11-10, read Google's page)", "https://docs.retellai.com/deprecation-notice/2026/11-29_model_replacements (2026-11)"] },
  // Gemini API shutdown 2026-12-01 (requests routed to gemini-3.5-flash-lite, billed at its rates).
  { id: "gemini-2.5-flash", provider: "google", prices: { input: 0.3, output: 2.5, cached_input: 0.03, batch_input: 0.15, batch_output: 1.25 }, retiresOn: "2026-12-01", singleSource: ["retiresOn"], references: ["litellm:gemini/gemini-2.5-flash", "genai-prices:google/gemini-2.5-flash", "https://dev.to/aideprecations/what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026-5gg9 (2026-11-10, read Google's page)", "https://docs.laozhang.ai/en/announcements/gemini-2-5-flash-pro-retired-2026-11 (2026-11-12, reseller withdrawal, corroborates deprecation only)"] },
  { id: "gemini-2.5-flash-lite", provider: "google", prices: { input: 0.1, output: 0.4, cached_input: 0.01, batch_input: 0.05, batch_output: 0.2 }, references: ["litellm:gemini/gemini-2.5-flash-lite", "genai-prices:google/gemini-2.5-flash-lite", GOOGLE_PRICING] },
  // Batch rates for the Gemini 3 models are in one reference each: left out.
  { id: "gemini-3.1-pro-preview", provider: "google", name: "Gemini 3.1 Pro (preview)", prices: { input: 2, output: 12, cached_input: 0.2, long_context_threshold: 200_000, long_input: 4, long_output: 18 }, documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "batch rates for the Gemini 3 models are in one reference each: left out" }], references: ["litellm:gemini/gemini-3.1-pro-preview", "genai-prices:google/gemini-3.1-pro-preview"] },
  { id: "gemini-3.1-flash-lite", provider: "google", prices: { input: 0.25, output: 1.5, cached_input: 0.025, batch_input: 0.125, batch_output: 0.75 }, retiresOn: "2027-05-07", singleSource: ["batch_input", "batch_output", "retiresOn"], references: ["litellm:gemini/gemini-3.1-flash-lite", "genai-prices:google/gemini-3.1-flash-lite", "https://ai.google.dev/gemini-api/docs/deprecations?authuser=0&hl=en (undated, ~2026-06)"] },
  { id: "gemini-3.5-flash", provider: "google", prices: { input: 1.5, output: 9, cached_input: 0.15 }, documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "batch rates for the Gemini 3 models are in one reference each: left out" }], references: ["litellm:gemini/gemini-3.5-flash", "genai-prices:google/gemini-3.5-flash"] },
  { id: "gemini-3.5-flash-lite", provider: "google", prices: { input: 0.3, output: 2.5, cached_input: 0.03 }, documented: [{ kind: "withheld", kinds: ["batch_input", "batch_output"], note: "batch rates for the Gemini 3 models are in one reference each: left out" }], references: ["litellm:gemini/gemini-3.5-flash-lite", "genai-prices:google/gemini-3.5-flash-lite"] },
  // Introductory price until 2026-12-31; list price from 2027-01-01 (input, output and cached input all double). Batch is
  // half the price in force: 0.375/1.875 while introductory (genai-prices' note alone), 0.75/3.75 from 2027 (litellm too).
  { id: "gemini-3.6-flash", provider: "google", prices: { input: 0.75, output: 3.75, cached_input: 0.075, batch_input: 0.375, batch_output: 1.875 }, schedule: [ { from: "2027-01-01", prices: { input: 1.5, output: 7.5, cached_input: 0.15, batch_input: 0.75, batch_output: 3.75 } } ], singleSource: ["batch_input", "batch_output"], references: ["genai-prices:google/gemini-3.6-flash (dated change 2027-01-01)", "litellm:gemini/gemini-3.6-flash (list price only, batch 0.75/3.75)", "https://ai.google.dev/gemini-api/docs/pricing (undated, quoted in genai-prices: $1.50 from 2027-01-01)"] },
  { id: "gemini-3.7-flash", provider: "google", prices: { input: 0.75, output: 3.75, cached_input: 0.075 }, schedule: [ { from: "2027-01-01", prices: { input: 1.5, output: 7.5, cached_input: 0.15 } } ], references: ["genai-prices:google/gemini-3.7-flash (dated change 2027-01-01)", "https://dev.to/hassann/how-to-use-the-gemini-37-flash-api--4cp7 (undated, Aug 2026: 0.75/3.75 to 2026-12-31, 1.50/7.50 from 2027-01-01)", "https://ai.google.dev/gemini-api/docs/deprecations?authuser=10 (undated, after 2026-09-15: released 2026-08-13)"] },
  { id: "gemini-3.8-flash", provider: "google", prices: { input: 0.75, output: 3.75 }, schedule: [ { from: "2027-01-01", prices: { input: 1.5, output: 7.5 } } ], references: ["https://raw.githubusercontent.com/api-evangelist/deepmind/refs/heads/main/plans/deepmind-plans-pricing.yml (2026-10-07, transcribes Google's pricing page)", "https://raw.githubusercontent.com/api-evangelist/gemini/refs/heads/main/plans/gemini-plans-pricing.yml (2026-09-20)", "https://vercel.com/ai-gateway/models/gemini-3.8-flash (undated: 0.75/3.75)"] },
  // Fireworks: LoRA SFT training by size bracket (old undated fireworks.ai/pricing copy): up to 16B $0.50, 16.1B–80B $3.00 per 1M training tokens.
  // Fireworks dedicated GPU: only A100 80GB $3.89/h found (same old copy); no H100 rate found.  Together: H100 80GB $3.99/h (docs.together.ai dedicated endpoints).
  // Together LoRA SFT per-token rates: NOT FOUND in any stored copy (docs defer to together.ai/pricing). Together LoRA serving price: not stated.
  { id: "together/llama-3.1-8b-instruct", provider: "together", name: "Llama 3.1 8B Instruct Turbo (Together)", aliases: ["meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"], prices: { input: 0.18, output: 0.18, gpu_hour: 3.99 }, fineTuning: { dedicatedOnly: true }, openWeight: true, singleSource: ["gpu_hour"], references: ["litellm:together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "genai-prices:together/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "https://docs.together.ai/docs/adapter-upload (undated: LoRA base Meta-Llama-3.1-8B-Instruct-Reference)", "https://docs.together.ai/docs/dedicated-endpoints/overview (undated)"] },
  { id: "together/llama-3.1-70b-instruct", provider: "together", name: "Llama 3.1 70B Instruct Turbo (Together)", aliases: ["meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"], prices: { input: 0.88, output: 0.88, gpu_hour: 3.99 }, fineTuning: { dedicatedOnly: true }, openWeight: true, singleSource: ["gpu_hour"], references: ["litellm:together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "genai-prices:together/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "https://docs.together.ai/docs/adapter-upload (undated)", "https://docs.together.ai/docs/dedicated-endpoints/overview (undated)"] },
  { id: "together/llama-3.3-70b-instruct", provider: "together", name: "Llama 3.3 70B Instruct Turbo (Together)", aliases: ["meta-llama/Llama-3.3-70B-Instruct-Turbo"], prices: { input: 0.88, output: 0.88, gpu_hour: 3.99 }, openWeight: true, singleSource: ["gpu_hour"], references: ["litellm:together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "genai-prices:together/meta-llama/Llama-3.3-70B-Instruct-Turbo", "https://docs.together.ai/docs/dedicated-endpoints/overview (undated)"] },
  { id: "together/gpt-oss-20b", provider: "together", name: "gpt-oss-20b (Together)", aliases: ["openai/gpt-oss-20b"], prices: { input: 0.05, output: 0.2, gpu_hour: 3.99 }, openWeight: true, singleSource: ["gpu_hour"], references: ["litellm:together_ai/openai/gpt-oss-20b", "genai-prices:huggingface_together/openai/gpt-oss-20b (HF router via Together)", "https://docs.together.ai/docs/dedicated-endpoints/overview (undated)"] },
  { id: "together/gpt-oss-120b", provider: "together", name: "gpt-oss-120b (Together)", aliases: ["openai/gpt-oss-120b"], prices: { input: 0.15, output: 0.6, gpu_hour: 3.99 }, openWeight: true, singleSource: ["gpu_hour"], references: ["litellm:together_ai/openai/gpt-oss-120b", "genai-prices:huggingface_together/openai/gpt-oss-120b", "https://docs.together.ai/docs/dedicated-endpoints/overview (undated)"] },
  { id: "together/mistral-7b-instruct", provider: "together", name: "Mistral 7B Instruct v0.2 (Together)", aliases: ["mistralai/Mistral-7B-Instruct-v0.2"], prices: { input: 0.2, output: 0.2 }, openWeight: true, singleSource: ["input", "output"], references: ["genai-prices:together/mistralai/Mistral-7B-Instruct-v0.2 (no prices_checked date)"] },
  { id: "fireworks/llama-3.1-8b-instruct", provider: "fireworks", aliases: ["accounts/fireworks/models/llama-v3p1-8b-instruct"], prices: { input: 0.2, output: 0.2, ft_training: 0.5, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], documented: [{ kind: "disputed", prices: { input: 0.1, output: 0.1 }, note: "litellm's figure; genai-prices and Fireworks' page (up to 16B: $0.20) decide" }], references: ["genai-prices:fireworks/llama-v3p1-8b-instruct (0.2/0.2)", "litellm:fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct (0.1/0.1 — disagrees)", "https://fireworks.ai/pricing (undated old copy: up to 16B $0.20)"] },
  { id: "fireworks/llama-3.1-70b-instruct", provider: "fireworks", aliases: ["accounts/fireworks/models/llama-v3p1-70b-instruct"], prices: { input: 0.9, output: 0.9, ft_training: 3, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct", "https://fireworks.ai/pricing (undated old copy: 16.1B–80B $0.90)"] },
  { id: "fireworks/llama-3.3-70b-instruct", provider: "fireworks", aliases: ["accounts/fireworks/models/llama-v3p3-70b-instruct"], prices: { input: 0.9, output: 0.9, ft_training: 3, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct", "https://fireworks.ai/pricing (undated old copy: 16.1B–80B $0.90)"] },
  { id: "fireworks/gpt-oss-20b", provider: "fireworks", name: "gpt-oss-20b (Fireworks)", aliases: ["accounts/fireworks/models/gpt-oss-20b"], prices: { input: 0.07, output: 0.3, cached_input: 0.035, gpu_hour: 3.89 }, openWeight: true, singleSource: ["cached_input", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/gpt-oss-20b", "genai-prices:fireworks/gpt-oss-20b", "https://fireworks.ai/pricing (undated old copy)"] },
  { id: "fireworks/gpt-oss-120b", provider: "fireworks", name: "gpt-oss-120b (Fireworks)", aliases: ["accounts/fireworks/models/gpt-oss-120b"], prices: { input: 0.15, output: 0.6, cached_input: 0.014, gpu_hour: 3.89 }, openWeight: true, singleSource: ["cached_input", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/gpt-oss-120b", "genai-prices:fireworks/gpt-oss-120b", "https://fireworks.ai/pricing (undated old copy)"] },
  { id: "fireworks/mistral-7b-instruct", provider: "fireworks", name: "Mistral 7B Instruct v0.3 (Fireworks)", aliases: ["accounts/fireworks/models/mistral-7b-instruct-v3"], prices: { input: 0.2, output: 0.2, ft_training: 0.5, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v3", "https://fireworks.ai/pricing (undated old copy: up to 16B $0.20)"] },
  { id: "fireworks/qwen2.5-7b-instruct", provider: "fireworks", aliases: ["accounts/fireworks/models/qwen2p5-7b-instruct"], prices: { input: 0.2, output: 0.2, ft_training: 0.5, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/qwen2p5-7b-instruct", "https://fireworks.ai/pricing (undated old copy: up to 16B $0.20)"] },
  { id: "fireworks/qwen3-8b", provider: "fireworks", aliases: ["accounts/fireworks/models/qwen3-8b"], prices: { input: 0.2, output: 0.2, ft_training: 0.5, gpu_hour: 3.89 }, fineTuning: { servedAtBasePrices: true }, openWeight: true, singleSource: ["ft_training", "gpu_hour"], references: ["litellm:fireworks_ai/accounts/fireworks/models/qwen3-8b", "https://fireworks.ai/pricing (undated old copy: up to 16B $0.20)"] },
  // Gemma 3 27B on Fireworks: litellm 0.9/0.9 vs genai-prices 0.1/0.1 (checked 2025-07-13); the (old) page bracket 16.1B–80B says $0.90. Conflict not settled by a current page.
  { id: "fireworks/gemma-3-27b-it", provider: "fireworks", name: "Gemma 3 27B IT (Fireworks)", aliases: ["accounts/fireworks/models/gemma-3-27b-it"], prices: { input: 0.9, output: 0.9, gpu_hour: 3.89 }, openWeight: true, singleSource: ["gpu_hour"], documented: [{ kind: "disputed", prices: { input: 0.1, output: 0.1 }, note: "genai-prices' figure (checked 2025-07-13); litellm and Fireworks' page (16.1B to 80B: $0.90) decide" }], references: ["litellm:fireworks_ai/accounts/fireworks/models/gemma-3-27b-it (0.9/0.9)", "genai-prices:fireworks/gemma-3-27b-it (0.1/0.1 — disagrees)", "https://fireworks.ai/pricing (undated old copy: 16.1B–80B $0.90)"] },
];

function entry(row: Row): CatalogueEntry {
  const { id, provider } = row;
  const atBase = row.fineTuning?.servedAtBasePrices === true;
  const prefixed = id.startsWith(`${provider}/`) ? id : `${provider}/${id}`;
  // Anthropic's API spells a dotted version with a dash: claude-sonnet-4-5.
  const dashed = provider === "anthropic" ? id.replace(/\./g, "-") : id;
  const derived = [prefixed, dashed].filter((name) => name !== id);
  return {
    ...row,
    name: row.name ?? nameFromId(id),
    aliases: [...derived, ...(row.aliases ?? [])],
    prices: samePrices(atBase ? atBasePrices(row.prices) : row.prices),
    schedule: (row.schedule ?? []).map((change) => ({
      from: change.from,
      prices: atBase ? atBasePrices(change.prices) : change.prices,
    })),
    documented: row.documented ?? [],
    openWeight: row.openWeight ?? false,
    singleSource: row.singleSource ?? [],
    ...SOURCES[provider],
  };
}

/** The fine-tuned prices of a model served at its base prices: the base prices, kind for kind. */
function atBasePrices<P extends Partial<Record<PriceKind, number>>>(prices: P): P {
  return {
    ...prices,
    ...(prices.input !== undefined ? { ft_input: prices.input } : {}),
    ...(prices.output !== undefined ? { ft_output: prices.output } : {}),
    ...(prices.cached_input !== undefined ? { ft_cached_input: prices.cached_input } : {}),
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

/**
 * BerriAI/litellm's `model_prices_and_context_window.json`: an object of models, US dollars per
 * token, with `_above_<N>k_tokens` long-context rates. Chat and Responses models are taken.
 */
import * as z from "zod/mini";
import { readIsoDate } from "../engine";
import {
  type ImportedModel,
  type Json,
  type PriceFile,
  SKIP_REASONS,
  type Tier,
  faultMessage,
  faults,
  isRecord,
  longContext,
  offered,
  refusal,
  refuseIfNothingTaken,
  tidy,
  PER_TOKEN,
} from "./priceFile";

/** litellm modes whose entries are taken: chat models, and those served only by the Responses API. */
const LITELLM_MODES: readonly string[] = ["chat", "responses"];

const perToken = z.number(PER_TOKEN).check(z.minimum(0, PER_TOKEN));
const LITELLM_LONG_CONTEXT = /^(input|output)_cost_per_token_above_(\d+)k_tokens$/;

/** The fields that say what an entry is; every other field is accepted and left alone. */
const litellmEntrySchema = z.looseObject({
  litellm_provider: z.optional(z.string("a provider name")),
  mode: z.optional(z.string("a mode such as chat")),
});
/** The prices read from an entry: a bad one skips the entry, not the file. */
const litellmPriceFieldsSchema = z.looseObject({
  input_cost_per_token: z.optional(perToken),
  output_cost_per_token: z.optional(perToken),
  cache_read_input_token_cost: z.optional(perToken),
  cache_creation_input_token_cost: z.optional(perToken),
  input_cost_per_token_batches: z.optional(perToken),
  output_cost_per_token_batches: z.optional(perToken),
});
const litellmPricesSchema = z.intersection(
  litellmPriceFieldsSchema,
  z.looseRecord(z.string().check(z.regex(LITELLM_LONG_CONTEXT)), perToken),
);

type LitellmEntry = z.infer<typeof litellmEntrySchema> & z.infer<typeof litellmPriceFieldsSchema>;

/** The date stamp some copies of the file carry ("2026-07-24T18:23:43+00:00"), not a model. */
const LITELLM_DATE_KEY = "last_updated";

/** litellm's own description of its fields, not a model. */
const LITELLM_SPEC_KEY = "sample_spec";

export function isLitellm(data: unknown): data is Json {
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

export function readLitellm(data: Json, fileName: string): PriceFile | { error: string } {
  // Copies synced from litellm's repository carry the day of the sync: the file's own date.
  const stamp =
    typeof data[LITELLM_DATE_KEY] === "string" ? readIsoDate(data[LITELLM_DATE_KEY].slice(0, 10)) : undefined;
  const file: PriceFile = {
    format: "litellm",
    fileName,
    models: [],
    skipped: [],
    ...(stamp ? { asOf: stamp } : {}),
  };
  let firstBad: string | undefined;
  for (const [key, raw] of Object.entries(data)) {
    // Entries that are no model (the field guide, a date stamp) are neither taken nor skipped.
    if (key === LITELLM_SPEC_KEY || !isRecord(raw)) continue;
    const where = (path: PropertyKey[]) => `entry "${key}", ${path.join(".")}`;
    const described = z.safeParse(litellmEntrySchema, raw);
    if (!described.success) return refusal(fileName, raw, described.error, where);
    const priced = z.safeParse(litellmPricesSchema, raw);
    if (!priced.success) {
      const [fault] = faults(raw, priced.error);
      file.skipped.push({ id: key, reason: SKIP_REASONS.badPrice(fault.path.join("."), fault.found) });
      firstBad ??= faultMessage(fileName, where(fault.path), fault);
      continue;
    }
    const model = litellmModel(key, { ...described.data, ...priced.data });
    if (typeof model === "string") file.skipped.push({ id: key, reason: model });
    else file.models.push(model);
  }
  return refuseIfNothingTaken(file, firstBad);
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

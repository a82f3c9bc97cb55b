/**
 * pydantic/genai-prices' data file: a list of providers and their models, US dollars per 1M
 * tokens, with tiered prices and dated variants (the one in force on a day is taken).
 */
import * as z from "zod/mini";
import { type ModelPrices } from "../engine";
import {
  type Fault,
  type Json,
  type PriceFile,
  SKIP_REASONS,
  type TieredPrice,
  faultMessage,
  faults,
  isRecord,
  longContext,
  offered,
  refusal,
  refuseIfNothingTaken,
  tidy,
  valueAt,
  PER_MTOK,
  TOKENS,
} from "./priceFile";

const mtok = z.number(PER_MTOK).check(z.minimum(0, PER_MTOK));
const TIERED = `${PER_MTOK}, or {base, tiers}`;
const tierSchema = z.looseObject(
  { start: z.number(TOKENS).check(z.minimum(0, TOKENS)), price: mtok },
  "a tier {start, price}",
);
const tieredSchema = z.union(
  [mtok, z.looseObject({ base: mtok, tiers: z.array(tierSchema, "a list of tiers") })],
  TIERED,
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
/** A model's prices: checked model by model, so that a bad price skips its model only. */
const genaiListedSchema = z.union(
  [z.array(genaiVariantSchema), genaiPricesSchema],
  "an object of prices, or a list of dated prices",
);
/** The file's structure: a fault here refuses the file. */
const genaiFileSchema = z.array(
  z.looseObject(
    {
      id: z.string("a provider id").check(z.minLength(1, "a provider id")),
      models: z.array(
        z.looseObject({ id: z.string("a model id").check(z.minLength(1, "a model id")) }, "a model {id, prices}"),
        "a list of models",
      ),
    },
    "a provider {id, models}",
  ),
);

/** What a value that is no price ≥ 0 (or a tier start that is no number of tokens ≥ 0) is refused with. */
const BAD_VALUES: readonly string[] = [PER_MTOK, TIERED, TOKENS];

type GenaiPrices = z.infer<typeof genaiPricesSchema>;
type GenaiVariant = z.infer<typeof genaiVariantSchema>;
type Tiered = z.infer<typeof tieredSchema>;

const byTimeOfDay = (constraint: Json): boolean => "start_time" in constraint || "end_time" in constraint;

export function isGenaiPrices(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((provider) => isRecord(provider) && "models" in provider);
}

/** A path inside an entry as a field reads: `prices[0].prices.input_mtok`. */
const fieldPath = (path: readonly PropertyKey[]): string =>
  path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${String(segment)}`))
    .join("");

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
  if (rest.length > 0) parts.push(fieldPath(rest));
  return parts.join(", ");
}

export function readGenaiPrices(data: unknown[], fileName: string, asOf: string): PriceFile | { error: string } {
  const checked = z.safeParse(genaiFileSchema, data);
  if (!checked.success) return refusal(fileName, data, checked.error, (path) => genaiWhere(data, path));
  const file: PriceFile = { format: "genai-prices", fileName, models: [], skipped: [] };
  let firstBad: string | undefined;
  for (const [p, provider] of checked.data.entries()) {
    for (const [m, model] of provider.models.entries()) {
      const id = `${provider.id}/${model.id}`;
      const listed = z.safeParse(genaiListedSchema, model.prices);
      if (!listed.success) {
        const found = faults(model.prices, listed.error).map((fault) => ({
          ...fault,
          path: ["prices", ...fault.path],
        }));
        const where = (fault: Fault) => genaiWhere(data, [p, "models", m, ...fault.path]);
        // A fault in the structure (a date, a list of tiers, no prices at all) refuses the file.
        const structural = found.find((fault) => !BAD_VALUES.includes(fault.expected));
        if (structural) return { error: faultMessage(fileName, where(structural), structural) };
        const [bad] = found;
        const reason = bad.expected === TOKENS ? SKIP_REASONS.badTokens : SKIP_REASONS.badPrice;
        file.skipped.push({ id, reason: reason(fieldPath(bad.path), bad.found) });
        firstBad ??= faultMessage(fileName, where(bad), bad);
        continue;
      }
      const taken = genaiModel(listed.data, asOf);
      if (typeof taken === "string") file.skipped.push({ id, reason: taken });
      else file.models.push({ id, provider: provider.id, prices: taken });
    }
  }
  return refuseIfNothingTaken(file, firstBad);
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

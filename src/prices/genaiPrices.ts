/**
 * pydantic/genai-prices' data file: a list of providers and their models, US dollars per 1M
 * tokens, with tiered prices and dated variants (the one in force on a day is taken).
 */
import * as z from "zod/mini";
import { type ModelPrices } from "../engine";
import {
  type Json,
  type PriceFile,
  SKIP_REASONS,
  type TieredPrice,
  isRecord,
  longContext,
  offered,
  refusal,
  tidy,
  valueAt,
  PER_MTOK,
  TOKENS,
} from "./priceFile";

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

export function isGenaiPrices(data: unknown): data is unknown[] {
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

export function readGenaiPrices(data: unknown[], fileName: string, asOf: string): PriceFile | { error: string } {
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

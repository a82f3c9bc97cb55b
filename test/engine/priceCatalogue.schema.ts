/**
 * The zod schema every catalogue entry must satisfy, checked by the catalogue test: the catalogue is
 * data in the engine, and the full zod stays out of every bundle (zod/mini checks imported price
 * files in the task pane).
 */
import { z } from "zod";

const price = z.number().finite().nonnegative();

const tokens = z.number().int().positive();

/** One field per price kind; a test checks the keys against PRICE_KINDS. */
export const modelPricesShape = {
  input: price,
  output: price,
  cached_input: price.optional(),
  cache_write: price.optional(),
  batch_input: price.optional(),
  batch_output: price.optional(),
  long_context_threshold: tokens.optional(),
  long_input: price.optional(),
  long_output: price.optional(),
  ft_training: price.optional(),
  ft_input: price.optional(),
  ft_output: price.optional(),
  ft_cached_input: price.optional(),
  ft_hosting_hour: price.optional(),
  gpu_hour: price.optional(),
};

/** Prices that only mean something together come together. */
const together = (kinds: readonly (keyof typeof modelPricesShape)[]) => (prices: Record<string, unknown>) =>
  kinds.every((kind) => prices[kind] === undefined) || kinds.every((kind) => prices[kind] !== undefined);

export const modelPricesSchema = z
  .strictObject(modelPricesShape)
  .refine(together(["ft_input", "ft_output"]), { message: "ft_input and ft_output come together" })
  .refine(together(["batch_input", "batch_output"]), { message: "batch_input and batch_output come together" })
  .refine(together(["long_context_threshold", "long_input", "long_output"]), {
    message: "a long-context threshold comes with its long input and output prices",
  })
  .refine((prices) => prices.ft_hosting_hour === undefined || prices.ft_input !== undefined, {
    message: "ft_hosting_hour needs fine-tuned inference prices",
  })
  .refine((prices) => prices.ft_cached_input === undefined || prices.ft_input !== undefined, {
    message: "ft_cached_input needs fine-tuned inference prices",
  });

/**
 * A reference: a price file's key (`litellm:<key>`, `genai-prices:<id>`) or an https page with the
 * date of the copy read, or "undated" with what dates it (a note may follow).
 */
const reference = z.union([
  z.string().regex(/^(litellm|genai-prices):\S/),
  z.string().regex(/^https:\/\/\S+ \((\d{4}-\d{2}(-\d{2})?|undated|~\d{4}-\d{2}(-\d{2})?)[^()]*(\([^()]*\)[^()]*)*\)$/),
]);

const isoDate = z.iso.date();

/** What a single reference may give alone: a price kind or a date of the entry. */
const singleSourced = z.union([
  z.enum(Object.keys(modelPricesShape) as [string, ...string[]]),
  z.enum(["retiresOn", "deprecatedOn", "fineTuning"]),
]);

const modelName = z
  .string()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9./-]*$/, "lower case, no spaces");

export const catalogueEntrySchema = z
  .object({
    id: modelName,
    provider: z.enum(["openai", "azure", "anthropic", "google", "together", "fireworks"]),
    aliases: z.array(z.string().min(1)),
    name: z.string().min(2),
    prices: modelPricesSchema,
    schedule: z.array(z.strictObject({ from: isoDate, prices: z.strictObject(modelPricesShape).partial() })),
    documented: z.array(
      z.discriminatedUnion("kind", [
        z.strictObject({
          kind: z.literal("earlier"),
          until: isoDate,
          prices: z.strictObject(modelPricesShape).partial(),
          note: z.string().min(5),
        }),
        z.strictObject({
          kind: z.literal("cancelled"),
          from: isoDate,
          prices: z.strictObject(modelPricesShape).partial(),
          note: z.string().min(5),
        }),
        z.strictObject({
          kind: z.literal("disputed"),
          prices: z.strictObject(modelPricesShape).partial(),
          note: z.string().min(5),
        }),
        z.strictObject({
          kind: z.literal("withheld"),
          kinds: z.array(z.enum(Object.keys(modelPricesShape) as [string, ...string[]])).min(1),
          note: z.string().min(5),
        }),
      ]),
    ),
    deprecatedOn: isoDate.optional(),
    retiresOn: isoDate.optional(),
    fineTuning: z
      .strictObject({
        closingFrom: isoDate.optional(),
        closedFrom: isoDate.optional(),
        servedAtBasePrices: z.boolean().optional(),
        dedicatedOnly: z.boolean().optional(),
      })
      .optional(),
    openWeight: z.boolean(),
    singleSource: z.array(singleSourced),
    asOf: isoDate,
    source: z.url({ protocol: /^https$/ }),
    references: z.array(reference).min(1),
  })
  .strict()
  // Every price and date confirmed by two references, or marked as given by one (SPEC 4).
  .refine(
    (entry) => entry.references.length >= 2 || ["input", "output"].every((kind) => entry.singleSource.includes(kind)),
    {
      message: "two references, or the prices marked single source",
    },
  )
  .refine((entry) => entry.schedule.every((change, i) => i === 0 || entry.schedule[i - 1].from < change.from), {
    message: "price changes in date order",
  })
  .refine(
    (entry) =>
      entry.deprecatedOn === undefined || entry.retiresOn === undefined || entry.deprecatedOn < entry.retiresOn,
    {
      message: "deprecated before retired",
    },
  )
  .refine(
    (entry) =>
      !entry.fineTuning ||
      entry.fineTuning.closingFrom === undefined ||
      entry.fineTuning.closedFrom === undefined ||
      entry.fineTuning.closingFrom < entry.fineTuning.closedFrom,
    { message: "fine-tuning closes to new customers before it closes" },
  )
  .refine((entry) => !entry.fineTuning?.servedAtBasePrices || entry.prices.ft_input === entry.prices.input, {
    message: "served at base prices: the fine-tuned prices are the base prices",
  });

export const priceCatalogueSchema = z.array(catalogueEntrySchema).min(1);

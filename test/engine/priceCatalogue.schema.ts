/**
 * The zod schema every catalogue entry must satisfy, checked by the catalogue test: the catalogue is
 * data in the engine, and zod stays out of every bundle Excel loads.
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

/** A reference: a price file's key (`litellm:<key>`, `genai-prices:<id>`) or a dated https page. */
const reference = z.union([
  z.string().regex(/^(litellm|genai-prices):\S/),
  z.string().regex(/^https:\/\/\S+ \(\d{4}-\d{2}(-\d{2})?\)$/),
]);

const modelName = z
  .string()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9./-]*$/, "lower case, no spaces");

export const catalogueEntrySchema = z
  .object({
    id: modelName,
    provider: z.enum(["openai", "azure", "anthropic", "google"]),
    aliases: z.array(modelName),
    name: z.string().min(2),
    prices: modelPricesSchema,
    status: z.enum(["active", "deprecated", "retired"]),
    retiresOn: z.iso.date().optional(),
    asOf: z.iso.date(),
    source: z.url({ protocol: /^https$/ }),
    // Every price confirmed by two references, at least one of them a price file.
    references: z
      .array(reference)
      .min(2)
      .refine((refs) => refs.some((ref) => /^(litellm|genai-prices):/.test(ref)), {
        message: "one reference is a price file",
      }),
  })
  .strict()
  .refine((entry) => entry.status !== "retired" || entry.retiresOn !== undefined, {
    message: "a retired model has its retirement date",
  });

export const priceCatalogueSchema = z.array(catalogueEntrySchema).min(1);

/**
 * The zod schema every catalogue entry must satisfy, checked by the catalogue test: the catalogue is
 * data in the engine, and zod stays out of every bundle Excel loads.
 */
import { z } from "zod";

const price = z.number().finite().nonnegative();

/** One field per price kind; a test checks the keys against PRICE_KINDS. */
export const modelPricesShape = {
  input: price,
  output: price,
  cached_input: price.optional(),
  ft_training: price.optional(),
  ft_input: price.optional(),
  ft_output: price.optional(),
  ft_hosting_hour: price.optional(),
};

export const modelPricesSchema = z
  .strictObject(modelPricesShape)
  .refine((prices) => (prices.ft_input === undefined) === (prices.ft_output === undefined), {
    message: "ft_input and ft_output come together",
  })
  .refine((prices) => prices.ft_hosting_hour === undefined || prices.ft_input !== undefined, {
    message: "ft_hosting_hour needs fine-tuned inference prices",
  });

const modelName = z
  .string()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9./-]*$/, "lower case, no spaces");

export const catalogueEntrySchema = z
  .object({
    id: modelName,
    provider: z.enum(["openai", "azure", "anthropic", "google"]),
    aliases: z.array(modelName),
    prices: modelPricesSchema,
    asOf: z.iso.date(),
    source: z.url({ protocol: /^https$/ }),
  })
  .strict();

export const priceCatalogueSchema = z.array(catalogueEntrySchema).min(1);

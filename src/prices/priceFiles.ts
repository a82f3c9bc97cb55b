/**
 * Reads a price file the analyst has downloaded: BerriAI/litellm's
 * `model_prices_and_context_window.json` (US dollars per token), pydantic/genai-prices' data file
 * (US dollars per 1M tokens, tiered and dated prices), or a CSV in the price_table column order,
 * one reader a format. Each is checked by a zod schema and converted to ModelPrices (US dollars per
 * 1,000,000 tokens; long_context_threshold in input tokens; ft_hosting_hour in US dollars per
 * hour). Pure: no DOM, no I/O; a malformed file gives an error message, never an exception.
 */
import { readCsv } from "./csv";
import { isGenaiPrices, readGenaiPrices } from "./genaiPrices";
import { isLitellm, readLitellm } from "./litellm";
import {
  jsonFault,
  MAX_PRICE_FILE_MB,
  outOfScale,
  perMillionRead,
  PRICE_FILE_MESSAGES,
  SKIP_REASONS,
  type PriceFile,
} from "./priceFile";

export {
  PRICE_FILE_FORMAT_LABELS,
  PRICE_FILE_MESSAGES,
  SKIP_REASONS,
  type ImportedModel,
  type PriceFile,
  type PriceFileFormat,
} from "./priceFile";

/**
 * Reads a price file, recognising its format from its content: a CSV when the name ends in .csv or
 * the text does not start as JSON does; otherwise litellm's object of models or genai-prices' list
 * of providers. Dated prices (genai-prices) are those in force on `asOf`.
 *
 * @param text the file's content
 * @param fileName the file's name, used in messages and to recognise .csv and .json
 * @param asOf ISO date (YYYY-MM-DD) for which dated prices are chosen
 * @returns the models taken and those skipped, or `{ error }` saying where the file is malformed
 *
 * @example
 * readPriceFile('{"gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1.5e-7,
 *   "output_cost_per_token": 6e-7}}', "prices.json", "2026-09-01");
 * // { format: "litellm", fileName: "prices.json", skipped: [],
 * //   models: [{ id: "gpt-x", provider: "openai", prices: { input: 0.15, output: 0.6 } }] }
 */
export function readPriceFile(text: string, fileName: string, asOf: string): PriceFile | { error: string } {
  const read = readFormat(text, fileName, asOf);
  return "error" in read ? read : inScale(read);
}

/**
 * The file's models with every price within scale: a model with a price beyond any list price is
 * skipped, saying which; a file whose every model is so is in another unit, and refused.
 */
function inScale(file: PriceFile): PriceFile | { error: string } {
  const models: PriceFile["models"] = [];
  const skipped = [...file.skipped];
  let first: { id: string; read: string } | undefined;
  for (const model of file.models) {
    const beyond = outOfScale(model.prices);
    if (!beyond) {
      models.push(model);
      continue;
    }
    const read = perMillionRead(beyond.price);
    first ??= { id: model.id, read };
    skipped.push({ id: model.id, reason: SKIP_REASONS.outOfScale(beyond.kind, read) });
  }
  if (models.length === 0 && first)
    return { error: PRICE_FILE_MESSAGES.wrongUnit(file.fileName, first.id, first.read) };
  return { ...file, models, skipped };
}

function readFormat(text: string, fileName: string, asOf: string): PriceFile | { error: string } {
  if (text.trim() === "") return { error: PRICE_FILE_MESSAGES.empty(fileName) };
  if (text.length >= MAX_PRICE_FILE_MB * 1024 * 1024) {
    return { error: PRICE_FILE_MESSAGES.tooLarge(fileName, text.length / (1024 * 1024)) };
  }
  // NUL never appears in JSON or CSV text: a spreadsheet, an archive or an image was chosen.
  if (text.includes("\u0000")) return { error: PRICE_FILE_MESSAGES.notText(fileName) };
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") || (!name.endsWith(".json") && !/^\s*[[{]/.test(text))) return readCsv(text, fileName);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: PRICE_FILE_MESSAGES.notJson(fileName, jsonFault(text, error)) };
  }
  if (isLitellm(data)) return readLitellm(data, fileName);
  if (isGenaiPrices(data)) return readGenaiPrices(data, fileName, asOf);
  return { error: PRICE_FILE_MESSAGES.unknownFormat(fileName) };
}

/**
 * The one rule of which price wins where several rows name one model: rows are keyed by the
 * catalogue's own normalisation of model names (trimmed, lower case, single spaces), and the first
 * row for a model wins, as a lookup in a spreadsheet finds the first match. The price_table
 * argument, an imported file, the analyst's own prices and the pane's price table all use it.
 */
import { normaliseModelName, type ModelPrices, type PriceOverrides } from "../engine";

/** A model id with its prices, as a row of a price table. */
export interface PricedRow {
  readonly id: string;
  readonly prices: ModelPrices;
}

/** The engine's overrides from rows in table order: the first row for a model wins. */
export function priceOverrides(rows: Iterable<PricedRow>): PriceOverrides {
  const overrides = new Map<string, { id: string; prices: ModelPrices }>();
  for (const row of rows) {
    const key = normaliseModelName(row.id);
    if (!overrides.has(key)) overrides.set(key, { id: row.id, prices: row.prices });
  }
  return overrides;
}

/** True when two names are one model's under the rule. */
export const sameModel = (a: string, b: string): boolean => normaliseModelName(a) === normaliseModelName(b);

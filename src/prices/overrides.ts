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

/** Rows in table order split by the rule: the first row of each model, and each later one with the row that won. */
export function firstOfEach<R extends { readonly id: string }>(
  rows: Iterable<R>,
): { kept: R[]; repeated: { row: R; first: R }[] } {
  const firsts = new Map<string, R>();
  const repeated: { row: R; first: R }[] = [];
  for (const row of rows) {
    const key = normaliseModelName(row.id);
    const first = firsts.get(key);
    if (first) repeated.push({ row, first });
    else firsts.set(key, row);
  }
  return { kept: [...firsts.values()], repeated };
}

/** The engine's overrides from rows in table order: the first row for a model wins. */
export function priceOverrides(rows: Iterable<PricedRow>): PriceOverrides {
  return new Map(
    firstOfEach(rows).kept.map((row) => [normaliseModelName(row.id), { id: row.id, prices: row.prices }] as const),
  );
}

/** True when two names are one model's under the rule. */
export const sameModel = (a: string, b: string): boolean => normaliseModelName(a) === normaliseModelName(b);

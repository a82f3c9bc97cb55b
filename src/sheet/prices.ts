/**
 * Where the model's prices come from beyond the catalogue, for the pane's figures and the formulas
 * it writes alike: nowhere; the imported sheet, passed as it is; or a table of the analyst's own
 * prices with copies of the imported rows the answers name. The table's values are built once
 * here: the plan writes them and the pane's figures read them, so both price the same rows.
 */
import { findModel, negotiatedPrices, PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, type ModelPrices } from "../engine";
import { sameModel, type PricedRow } from "../prices/overrides";
import type { Answers, PriceTableValues } from "./bindings";
import type { ImportedPrices } from "./priceSheet";

/**
 * An imported sheet is passed whole, as every formula's price_table: its rows are the file's own
 * models and the catalogue models whose file prices the analyst chose (the others are not in it,
 * so the catalogue prices them). Where the analyst also types prices of their own, the formulas
 * pass a table written on the model's sheet instead: their rows, and copies of the imported rows
 * the answers name.
 */
export type PriceSource =
  | { kind: "catalogue" }
  | { kind: "imported"; imported: ImportedPrices }
  | { kind: "table"; rows: PricedRow[]; copiedFrom?: string };

/**
 * The analyst's own prices (typed for a model the catalogue lacks, or negotiated) as price rows:
 * a catalogue model's other prices follow its negotiated ones (the engine's rule).
 */
function ownPriceRows(answers: Answers): PricedRow[] {
  const rows: PricedRow[] = [];
  const own = (model: string, input: number, output: number): ModelPrices =>
    negotiatedPrices(findModel(model)?.prices, input, output);
  if (answers.largeInputPrice !== undefined && answers.largeOutputPrice !== undefined) {
    rows.push({
      id: answers.largeModel,
      prices: own(answers.largeModel, answers.largeInputPrice, answers.largeOutputPrice),
    });
  }
  if (answers.smallInputPrice !== undefined && answers.smallOutputPrice !== undefined) {
    const prices = own(answers.smallModel, answers.smallInputPrice, answers.smallOutputPrice);
    if (answers.smallFtInputPrice !== undefined && answers.smallFtOutputPrice !== undefined) {
      prices.ft_input = answers.smallFtInputPrice;
      prices.ft_output = answers.smallFtOutputPrice;
    }
    rows.push({ id: answers.smallModel, prices });
  }
  return rows;
}

export function priceSource(answers: Answers, imported: ImportedPrices | undefined): PriceSource {
  const own = ownPriceRows(answers);
  if (own.length === 0) return imported ? { kind: "imported", imported } : { kind: "catalogue" };
  if (!imported) return { kind: "table", rows: own };
  const names = [...new Set([answers.largeModel, answers.smallModel])];
  const copies = names
    .filter((name) => !own.some((row) => sameModel(row.id, name)))
    .flatMap((name) => {
      const quote = findModel(name, imported.overrides);
      return quote?.fromPriceTable ? [{ id: quote.id, prices: quote.prices }] : [];
    });
  return { kind: "table", rows: [...own, ...copies], ...(copies.length > 0 ? { copiedFrom: imported.sheet } : {}) };
}

/** A price table's values over its first columns: the header, then each row's prices (blank where it has none). */
function priceTableValues(rows: readonly PricedRow[], columns = PRICE_TABLE_COLUMNS.length): PriceTableValues {
  const kinds = PRICE_TABLE_KINDS.slice(0, columns - 1);
  return [
    PRICE_TABLE_COLUMNS.slice(0, columns),
    ...rows.map((row) => [row.id, ...kinds.map((kind) => row.prices[kind] ?? null)]),
  ];
}

/** The columns a table of these rows needs: up to the last kind any row prices (input and output at least). */
function usedColumns(rows: readonly PricedRow[]): number {
  const last = Math.max(
    ...rows.map((row) => PRICE_TABLE_KINDS.reduce((used, kind, k) => (row.prices[kind] !== undefined ? k : used), 1)),
  );
  return last + 2;
}

/** The values the price_table argument reads for a source: undefined for the catalogue alone. */
export function sourceTable(source: PriceSource): PriceTableValues | undefined {
  if (source.kind === "catalogue") return undefined;
  if (source.kind === "imported") return priceTableValues([...source.imported.overrides.values()]);
  return priceTableValues(source.rows, usedColumns(source.rows));
}

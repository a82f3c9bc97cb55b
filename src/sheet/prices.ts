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
 * An imported sheet is passed whole only when it lists no catalogue model the answers name: a
 * price table replaces a catalogue entry entirely, and a file's row lacks the catalogue's
 * fine-tuning and hosting prices.
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
  const names = [...new Set([answers.largeModel, answers.smallModel])];
  const isOwn = (name: string) => own.some((row) => sameModel(row.id, name));
  const importedOnly = imported
    ? names.filter((name) => !isOwn(name) && !findModel(name) && findModel(name, imported.overrides))
    : [];
  if (!imported || importedOnly.length === 0)
    return own.length > 0 ? { kind: "table", rows: own } : { kind: "catalogue" };
  const collides = names.some((name) => findModel(name) && findModel(name, imported.overrides)?.fromPriceTable);
  if (own.length === 0 && !collides) return { kind: "imported", imported };
  const copies = importedOnly.flatMap((name) => {
    const quote = findModel(name, imported.overrides);
    return quote ? [{ id: quote.id, prices: quote.prices }] : [];
  });
  return { kind: "table", rows: [...own, ...copies], copiedFrom: imported.sheet };
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

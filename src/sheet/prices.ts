/**
 * Where the model's prices come from beyond the catalogue, for the pane's figures and the formulas
 * it writes alike: nowhere; the imported sheet, passed as it is; or a table of the analyst's own
 * prices with copies of the imported rows the answers name. The table's values are built once
 * here: the plan writes them and the pane's figures read them, so both price the same rows.
 */
import {
  catalogueEntry,
  findModel,
  isoFromSerial,
  negotiatedPrices,
  PRICE_TABLE_COLUMNS,
  PRICE_TABLE_KINDS,
  type IsoDate,
  type ModelPrices,
} from "../engine";
import { daysOld, STALE_AFTER_DAYS } from "../prices/age";
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

/**
 * The date of the prices a model is priced at: the imported sheet's (its cell, to refer to) where
 * the sheet prices it, the catalogue entry's where the catalogue does; none for prices the analyst
 * typed.
 */
export function pricesDate(
  answers: Answers,
  imported: ImportedPrices | undefined,
  role: "large" | "small",
): { asOf: IsoDate; cell?: string; from: string } | undefined {
  const model = role === "large" ? answers.largeModel : answers.smallModel;
  const own = role === "large" ? answers.largeInputPrice : answers.smallInputPrice;
  if (own !== undefined) return undefined;
  if (imported && findModel(model, imported.overrides)?.fromPriceTable) {
    const sheet = `'${imported.sheet.replace(/'/g, "''")}'`;
    return { asOf: imported.asOf, cell: `${sheet}!${imported.dateCell}`, from: `the sheet “${imported.sheet}”` };
  }
  const entry = catalogueEntry(model);
  return entry && { asOf: entry.asOf, from: "the catalogue" };
}

/** What is said of prices older than 90 days at the start date; undefined for younger ones. */
export function staleClause(asOf: IsoDate, startDate: IsoDate): string | undefined {
  const days = daysOld(asOf, startDate);
  if (days <= STALE_AFTER_DAYS) return undefined;
  return (
    `That is ${days.toLocaleString("en-US")} days before the start date (${startDate}), more than ` +
    `${STALE_AFTER_DAYS}: check them against the providers' pages, or import a newer price file.`
  );
}

/** A sentence for prices older than 90 days at the start date; undefined for younger ones. */
export function staleSentence(whose: string, asOf: IsoDate, startDate: IsoDate): string | undefined {
  const clause = staleClause(asOf, startDate);
  return clause && `${whose} are as of ${asOf}. ${clause}`;
}

/** The sentences for the two models' prices older than 90 days at the answers' start date, one per date and source. */
export function staleSentences(answers: Answers, imported: ImportedPrices | undefined): string[] {
  const start = isoFromSerial(answers.startDate);
  const groups = new Map<string, { asOf: IsoDate; from: string; models: string[] }>();
  for (const role of ["large", "small"] as const) {
    const dated = pricesDate(answers, imported, role);
    if (!dated) continue;
    const model = role === "large" ? answers.largeModel : answers.smallModel;
    const key = `${dated.asOf} ${dated.from}`;
    const group = groups.get(key) ?? { asOf: dated.asOf, from: dated.from, models: [] };
    if (!group.models.some((named) => sameModel(named, model))) group.models.push(model);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ asOf, from, models }) => {
    const whose = models.length === 1 ? `${models[0]}'s prices` : `The prices of ${models.join(" and ")}`;
    const said = staleSentence(`${whose} (${from})`, asOf, start);
    return said ? [said] : [];
  });
}

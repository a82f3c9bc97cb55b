/**
 * Reads the optional price_table argument: a range of model rows whose columns are model id,
 * input, output, cached input, ft training, ft input, ft output and ft hosting per hour.
 */
import { PRICE_TABLE_KINDS, type ModelPrices, type PriceKind, type PriceOverrides } from "../engine";
import { priceOverrides, type PricedRow } from "../prices/overrides";
import { basicValue, cellError, isBlank } from "./cells";
import { ExcelError } from "./excelError";
import { messages, separatorsRefusal } from "./messages";
import { ambiguousWhileUnknown, parseNumericText, readNumber, writtenTheOtherWay } from "./culture";

const COLUMN_HEADINGS = ["model", ...PRICE_TABLE_KINDS] as const;
const PRICE_EXPECTED = "a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting)";
const expectedIn = (kind: PriceKind): string =>
  kind === "long_context_threshold" ? "a number of input tokens ≥ 0" : PRICE_EXPECTED;

/** Blank, or the 0 Excel desktop passes for a blank cell inside a range. */
const isEmptyCell = (cell: unknown): boolean => isBlank(cell) || cell === 0;

function readPrice(cell: unknown): number | undefined {
  const value = readNumber(cell);
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A cell's value, or the error it stands for: an error it held passed on, a data type refused. */
function cellValue(cell: unknown, r: number, c: number): unknown {
  if (typeof cell !== "object" || cell === null) return cell;
  return cellError(cell, `price_table row ${r}, column ${c}`) ?? basicValue(cell);
}

/** A row's cells as values; the first error one stands for instead, if any. */
function rowValues(row: readonly unknown[], r: number): unknown[] | ExcelError {
  if (!row.some((cell) => typeof cell === "object" && cell !== null)) return row as unknown[];
  const values = row.map((cell, c) => cellValue(cell, r, c + 1));
  return values.find((value): value is ExcelError => value instanceof ExcelError) ?? values;
}

/**
 * Parses a price table into overrides keyed by normalised model id (the first row for an id
 * wins, as in a lookup). A first row whose input cell is text is a header; blank rows are
 * skipped; in optional columns a blank or 0 means "not offered". A malformed cell is a #VALUE!
 * naming its row and column (1-based, within the range).
 */
export function parsePriceTable(raw: unknown): PriceOverrides | ExcelError | undefined {
  if (isBlank(raw)) return undefined;
  const rows = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
  // One blank cell (or desktop's 0 for one) given for the table is no table.
  if (rows.length === 1 && rows[0]?.length === 1 && isEmptyCell(basicValue(rows[0][0]))) return undefined;
  const width = rows[0]?.length ?? 0;
  if (width < 3 || width > COLUMN_HEADINGS.length) return messages.priceTableTooNarrow(width);

  const priced: PricedRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rowValues(rows[r], r + 1);
    if (row instanceof ExcelError) return row;
    if (row.every(isEmptyCell)) continue;
    // A header's input cell is text that is no number, in either way of writing numbers.
    if (
      r === 0 &&
      typeof row[1] === "string" &&
      parseNumericText(row[1]) === undefined &&
      !writtenTheOtherWay(row[1]) &&
      !ambiguousWhileUnknown(row[1])
    ) {
      continue;
    }

    const idCell = row[0];
    if (isEmptyCell(idCell) || (typeof idCell !== "string" && typeof idCell !== "number")) {
      return messages.priceTableCell(r + 1, 1, "model", "a model id", idCell);
    }
    const prices: Partial<Record<PriceKind, number>> = {};
    for (let c = 1; c < width; c++) {
      const kind = PRICE_TABLE_KINDS[c - 1];
      const cell = row[c];
      const required = c <= 2;
      if (!required && isEmptyCell(cell)) continue;
      const price = isBlank(cell) ? undefined : readPrice(cell);
      if (price === undefined && typeof cell === "string") {
        const why = separatorsRefusal(`price_table row ${r + 1}, column ${c + 1} (${kind})`, expectedIn(kind), cell);
        if (why) return why;
      }
      if (price === undefined) return messages.priceTableCell(r + 1, c + 1, kind, expectedIn(kind), cell);
      prices[kind] = price;
    }
    priced.push({ id: String(idCell).trim(), prices: prices as ModelPrices });
  }
  return priceOverrides(priced);
}

/**
 * Prices imported from a file the analyst downloaded, as a sheet in the price_table layout: the
 * rows every AICOST function takes as its price_table argument (the file's own models, and the
 * catalogue models whose file prices the analyst let win), under the file's own date, its name,
 * how many models were taken and skipped and why; beside them, how the file differs from the
 * catalogue and which price is used, and each entry skipped.
 */
import {
  PRICE_KIND_LABELS,
  PRICE_TABLE_COLUMNS,
  PRICE_TABLE_KINDS,
  serialFromIso,
  type IsoDate,
  type PriceOverrides,
} from "../engine";
import { formatNumber, plural } from "../functions/format";
import type { Choices, ModelDifference, WinningRows } from "../prices/catalogue";
import { PRICE_FILE_FORMAT_LABELS, type ImportedModel, type PriceFile } from "../prices/priceFiles";
import { priceOverrides } from "../prices/overrides";
import { Canvas, columnName, type SheetLayout } from "./layout";
import { FORMATS } from "./formats";

/** Prices imported into the workbook, as the questionnaire uses them. */
export interface ImportedPrices {
  /** The worksheet they were written to. */
  sheet: string;
  /** The table's absolute range on that sheet, header row included: the price_table argument. */
  range: string;
  /** Each model's prices by normalised id: the rows of the table. */
  overrides: PriceOverrides;
  /** The models' ids as the table spells them, for the model lists. */
  ids: string[];
  /** What the pane says of them. */
  summary: string;
  /** The file's own date: the day its prices were read. */
  asOf: IsoDate;
  /** The absolute address of the cell holding that date on the sheet, such as $B$2. */
  dateCell: string;
}

/** Where the file's date came from: its contents, or the analyst on the day of the import. */
export interface FileDate {
  date: IsoDate;
  /** The day of the import, where the analyst gave the date; absent where the file's contents carry it. */
  givenOn?: IsoDate;
}

/** What an import writes: the file, its date, how it differs from the catalogue, the choices and the rows they give. */
export interface PriceImport {
  file: PriceFile;
  date: FileDate;
  differences: readonly ModelDifference[];
  choices: Choices;
  written: WinningRows;
}

/** The models named in a sentence: the first four, then "…". */
const named = (list: readonly ModelDifference[]): string =>
  list.length === 0
    ? ""
    : ` (${list
        .slice(0, 4)
        .map((difference) => difference.entry.id)
        .join(", ")}${list.length > 4 ? ", …" : ""})`;

/** What the price sheet's table holds after the choices, in a sentence. */
export function rowsSummary({ rows, taken, kept, aside }: WinningRows): string {
  const own = rows.length - taken.length;
  return (
    `${plural(rows.length, "row")} in the table: ${plural(own, "model")} the catalogue lacks, and ` +
    `${plural(taken.length, "catalogue model")} at the file's prices${named(taken)}.` +
    (kept.length > 0 ? ` The catalogue keeps pricing ${plural(kept.length, "model")}${named(kept)}.` : "") +
    (aside.length > 0
      ? ` ${plural(aside.length, "other listing")} of catalogue models set aside (the catalogue prices them).`
      : "")
  );
}

/** The row the table's header sits on; the notes above it say where the prices came from. */
const HEADER_ROW = 5;
/** The cell holding the file's date. */
export const DATE_CELL = "$B$2";

/** The skip reasons, most frequent first, with their counts: "2,010 not a chat model (embedding), ...". */
function reasons(file: PriceFile): string {
  const counts = new Map<string, number>();
  for (const { reason } of file.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 4).map(([reason, count]) => `${formatNumber(count)} ${reason}`);
  if (sorted.length > 4) shown.push(`${formatNumber(sorted.length - 4)} other reasons`);
  return shown.join("; ");
}

/** What the pane and the sheet say of a file: its name and format, how many models were taken and skipped, and why. */
export function importSummary(file: PriceFile): string {
  const taken = `${formatNumber(file.models.length)} model${file.models.length === 1 ? "" : "s"} taken`;
  const skipped =
    file.skipped.length === 0 ? "none skipped" : `${formatNumber(file.skipped.length)} skipped: ${reasons(file)}`;
  return `${file.fileName} (${PRICE_FILE_FORMAT_LABELS[file.format]}): ${taken}, ${skipped}.`;
}

/** Where the date came from, in words. */
export const dateWords = ({ givenOn }: FileDate): string =>
  givenOn === undefined
    ? "the file's own date, from its contents"
    : `the file's date as given when imported on ${givenOn}: its contents carry none`;

/** The file's choice for each differing model, in words. */
const usedWords = (difference: ModelDifference, choices: Choices): string =>
  (choices[difference.entry.id] ?? difference.winner) === "file" ? "the file's" : "the catalogue's";

const DIFFERENCE_HEADER = ["model", "price", "catalogue", "catalogue as of", "catalogue source", "file", "why", "used"];

/** The sheet an import writes, and the range of its price table. */
export function importLayout({ file, date, differences, choices, written }: PriceImport): {
  layout: SheetLayout;
  range: string;
} {
  const canvas = new Canvas(0, 0);
  canvas.put(0, 0, { value: "Prices imported from a file", style: "title" });
  canvas.put(1, 0, { value: "Prices as of", style: "label" });
  canvas.put(1, 1, { value: serialFromIso(date.date), style: "input", numberFormat: FORMATS.date });
  canvas.put(1, 2, { value: dateWords(date), style: "note" });
  const { rows } = written;
  const skipped = [...file.skipped, ...written.aside];
  canvas.put(2, 0, { value: `${importSummary(file)} ${rowsSummary(written)}`, style: "note" });
  canvas.put(3, 0, {
    value:
      "US dollars per 1M tokens (hosting per hour; the long-context threshold in input tokens). Blank: not offered. " +
      "The table below is a price_table: pass it as the price_table argument of any AICOST function. It lists the " +
      "file's models the catalogue lacks, and the catalogue models whose file prices were chosen; the catalogue " +
      "prices the others (see how the file differs, to the right).",
    style: "note",
  });
  PRICE_TABLE_COLUMNS.forEach((heading, column) => canvas.put(HEADER_ROW, column, { value: heading, style: "header" }));
  const lastColumn = PRICE_TABLE_COLUMNS.length - 1;
  const firstRow = HEADER_ROW + 2;
  const lastRow = HEADER_ROW + 1 + rows.length;
  const tables = [];
  if (rows.length > 0) {
    tables.push({
      range: `A${firstRow}:${columnName(lastColumn)}${lastRow}`,
      values: rows.map((model) => [model.id, ...PRICE_TABLE_KINDS.map((kind) => model.prices[kind] ?? null)]),
      columnFormats: [
        FORMATS.text,
        ...PRICE_TABLE_KINDS.map((kind) => (kind === "long_context_threshold" ? FORMATS.count : FORMATS.flag)),
      ],
    });
  }
  // How the file differs from the catalogue, a price a line, beside the table.
  const differenceColumn = lastColumn + 2;
  const lines = differences.flatMap((difference) =>
    difference.differences.map((price) => [
      difference.entry.id,
      PRICE_KIND_LABELS[price.kind],
      price.catalogue ?? null,
      difference.entry.asOf,
      difference.entry.source,
      price.file,
      [price.why === "differs" ? "differs" : `documented (${price.why})`, price.note].filter(Boolean).join(": "),
      usedWords(difference, choices),
    ]),
  );
  canvas.put(HEADER_ROW - 1, differenceColumn, {
    value:
      lines.length === 0
        ? "The file prices every catalogue model it lists as the catalogue does."
        : `How the file differs from the catalogue (its prices in force on the day of the import), and which is used`,
    style: "heading",
  });
  DIFFERENCE_HEADER.forEach((heading, k) =>
    canvas.put(HEADER_ROW, differenceColumn + k, { value: heading, style: "header" }),
  );
  if (lines.length > 0) {
    tables.push({
      range: `${columnName(differenceColumn)}${firstRow}:${columnName(differenceColumn + DIFFERENCE_HEADER.length - 1)}${HEADER_ROW + 1 + lines.length}`,
      values: lines,
      columnFormats: [
        FORMATS.text,
        FORMATS.text,
        FORMATS.flag,
        FORMATS.text,
        FORMATS.text,
        FORMATS.flag,
        FORMATS.text,
        FORMATS.text,
      ],
    });
  }
  // Each entry skipped, with why.
  const skippedColumn = differenceColumn + DIFFERENCE_HEADER.length + 1;
  canvas.put(HEADER_ROW - 1, skippedColumn, {
    value: `Entries skipped or set aside: ${formatNumber(skipped.length)}`,
    style: "heading",
  });
  canvas.put(HEADER_ROW, skippedColumn, { value: "entry", style: "header" });
  canvas.put(HEADER_ROW, skippedColumn + 1, { value: "why", style: "header" });
  if (skipped.length > 0) {
    tables.push({
      range: `${columnName(skippedColumn)}${firstRow}:${columnName(skippedColumn + 1)}${HEADER_ROW + 1 + skipped.length}`,
      values: skipped.map(({ id, reason }) => [id, reason]),
      columnFormats: [FORMATS.text, FORMATS.text],
    });
  }
  const range = `$A$${HEADER_ROW + 1}:$${columnName(lastColumn)}$${Math.max(lastRow, firstRow)}`;
  const bottom = Math.max(lastRow, firstRow, HEADER_ROW + 1 + lines.length, HEADER_ROW + 1 + skipped.length);
  return {
    layout: {
      cells: canvas.cells,
      tables,
      spills: [],
      columnWidths: [
        { column: "A", points: 220 },
        ...PRICE_TABLE_KINDS.map((_, k) => ({ column: columnName(k + 1), points: 72 })),
        { column: columnName(differenceColumn), points: 160 },
        { column: columnName(differenceColumn + 4), points: 220 },
        { column: columnName(differenceColumn + 6), points: 320 },
        { column: columnName(skippedColumn), points: 220 },
        { column: columnName(skippedColumn + 1), points: 260 },
      ],
      extent: `A1:${columnName(skippedColumn + 1)}${bottom}`,
    },
    range,
  };
}

/** The rows of a price sheet as the engine's overrides, keyed as the price_table argument keys them. */
export function importedOverrides(rows: readonly ImportedModel[]): PriceOverrides {
  return priceOverrides(rows);
}

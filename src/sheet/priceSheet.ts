/**
 * Prices imported from a file the analyst downloaded, as a sheet in the price_table layout: the
 * rows every AICOST function takes as its price_table argument, under a note of where they came
 * from, how many models were taken and skipped, and why.
 */
import { PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, type PriceOverrides } from "../engine";
import { formatNumber } from "../functions/format";
import { PRICE_FILE_FORMAT_LABELS, type PriceFile } from "../prices/priceFiles";
import { priceOverrides } from "../prices/overrides";
import { Canvas, columnName, type SheetLayout } from "./layout";
import { FORMATS } from "./formats";

/** Prices imported into the workbook, as the questionnaire uses them. */
export interface ImportedPrices {
  /** The worksheet they were written to. */
  sheet: string;
  /** The table's absolute range on that sheet, header row included: the price_table argument. */
  range: string;
  /** Each model's prices by normalised id. */
  overrides: PriceOverrides;
  /** The models' ids as the file spells them, for the model lists. */
  ids: string[];
  /** What the pane says of them. */
  summary: string;
}

/** The row the table's header sits on; the notes above it say where the prices came from. */
const HEADER_ROW = 4;

/** The skip reasons, most frequent first, with their counts: "2,010 not a chat model (embedding), ...". */
function reasons(file: PriceFile): string {
  const counts = new Map<string, number>();
  for (const { reason } of file.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 4).map(([reason, count]) => `${formatNumber(count)} ${reason}`);
  if (sorted.length > 4) shown.push(`${formatNumber(sorted.length - 4)} other reasons`);
  return shown.join("; ");
}

/** What the pane and the sheet say of an import: the file, how many models were taken and skipped, and why. */
export function importSummary(file: PriceFile, date: string): string {
  const taken = `${formatNumber(file.models.length)} model${file.models.length === 1 ? "" : "s"} taken`;
  const skipped =
    file.skipped.length === 0 ? "none skipped" : `${formatNumber(file.skipped.length)} skipped: ${reasons(file)}`;
  return `${file.fileName} (${PRICE_FILE_FORMAT_LABELS[file.format]}), imported ${date}: ${taken}, ${skipped}.`;
}

/** The sheet an import writes, and the range of its price table. */
export function importLayout(file: PriceFile, date: string): { layout: SheetLayout; range: string } {
  const canvas = new Canvas(0, 0);
  canvas.put(0, 0, { value: "Prices imported from a file", style: "title" });
  canvas.put(1, 0, { value: importSummary(file, date), style: "note" });
  canvas.put(2, 0, {
    value:
      "US dollars per 1M tokens (hosting per hour; the long-context threshold in input tokens). Blank: not offered. " +
      "The table below is a price_table: pass it as the price_table argument of any AICOST function.",
    style: "note",
  });
  PRICE_TABLE_COLUMNS.forEach((heading, column) => canvas.put(HEADER_ROW, column, { value: heading, style: "header" }));
  const lastColumn = PRICE_TABLE_COLUMNS.length - 1;
  const firstRow = HEADER_ROW + 2;
  const lastRow = HEADER_ROW + 1 + file.models.length;
  const tables =
    file.models.length === 0
      ? []
      : [
          {
            range: `A${firstRow}:${columnName(lastColumn)}${lastRow}`,
            values: file.models.map((model) => [
              model.id,
              ...PRICE_TABLE_KINDS.map((kind) => model.prices[kind] ?? null),
            ]),
            columnFormats: [
              FORMATS.text,
              ...PRICE_TABLE_KINDS.map((kind) => (kind === "long_context_threshold" ? FORMATS.count : FORMATS.flag)),
            ],
          },
        ];
  const range = `$A$${HEADER_ROW + 1}:$${columnName(lastColumn)}$${Math.max(lastRow, firstRow)}`;
  return {
    layout: {
      cells: canvas.cells,
      tables,
      spills: [],
      columnWidths: [
        { column: "A", points: 220 },
        ...PRICE_TABLE_KINDS.map((_, k) => ({ column: columnName(k + 1), points: 72 })),
      ],
      extent: `A1:${columnName(lastColumn)}${Math.max(lastRow, firstRow)}`,
    },
    range,
  };
}

/** The imported models as the engine's overrides, keyed as the price_table argument keys them. */
export function importedOverrides(file: PriceFile): PriceOverrides {
  return priceOverrides(file.models);
}

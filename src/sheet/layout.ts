/**
 * The layout vocabulary of a written sheet: cells, spills, tables and charts as data, A1
 * addresses, number formats, and the canvas that places blocks relative to an origin. The model's
 * builders, the imported price sheet, the writers and the preview all speak it; it knows nothing
 * of the cost model.
 */
export type CellStyle = "title" | "note" | "heading" | "label" | "input" | "result" | "unit" | "header";

export interface PlannedCell {
  /** A1 address on the sheet, such as "B5". */
  address: string;
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

/** Room left empty for a formula's spilled result, with number formats per column. */
export interface PlannedSpill {
  anchor: string;
  range: string;
  rows: number;
  columns: number;
  columnFormats: string[];
  /** A number format per row where rows differ (FT_PAYBACK_RISK: shares, months, dollars); columnFormats otherwise. */
  rowFormats?: string[];
}

/** The number format of each cell of a spill. */
export function spillFormats(spill: PlannedSpill): string[][] {
  return Array.from({ length: spill.rows }, (_, row) =>
    spill.rowFormats
      ? spill.columnFormats.map((format, column) => (column === 0 ? format : (spill.rowFormats?.[row] ?? format)))
      : [...spill.columnFormats],
  );
}

export interface PlannedChart {
  /** An XY chart with lines (cumulative cost, months on a numeric axis) or a clustered bar chart (the tornado). */
  kind: "scatter" | "bar";
  /** The title in words, where the host cannot take it from a cell. */
  title: string;
  /** The absolute address of the cell the title reads (a formula that names the horizon), so that it follows. */
  titleCell?: string;
  /** Series values with their names in the first row, one series per column. */
  seriesRange: string;
  /** The x values (months) or the categories (the tornado's inputs). */
  categoryRange: string;
  seriesNames: string[];
  topLeft: string;
  bottomRight: string;
}

/** A block of plain values written at once (an imported price table), with a number format per column. */
export interface PlannedTable {
  /** The block's A1 range, such as "A6:O2005". */
  range: string;
  /** Rows of values; null leaves a cell empty. */
  values: (string | number | null)[][];
  columnFormats: string[];
}

/**
 * Rows of plain values too many to hold as arrays at once (an imported usage log, up to a sheet's
 * million rows): each row is built as it is written, a chunk at a time.
 */
export interface PlannedRows {
  /** The first row's 0-based row and column on the sheet. */
  top: number;
  left: number;
  count: number;
  /** The row at a 0-based index: a value per column; null leaves a cell empty. */
  row(index: number): (string | number | null)[];
  columnFormats: string[];
}

/**
 * The most bytes one chunk of rows may carry, counted as UTF-8 JSON: Excel on the web refuses a
 * request or a response above 5 MB ("Resource limits and performance optimization for Office
 * Add-ins", Microsoft), and a chunk's values and number formats travel together. Half of it, so
 * that the chunk stays within the limit even counted as UTF-16 (at most twice its UTF-8 bytes),
 * with room for the request's framing.
 */
export const MAX_CHUNK_BYTES = 2_000_000;

/** The points of column width one character of a label or heading takes, about, in Excel's default font. */
export const POINTS_PER_CHARACTER = 5.6;

/** A chunk of planned rows: its A1 range, its values and a number format per cell. */
export interface RowChunk {
  range: string;
  values: (string | number | null)[][];
  formats: string[][];
}

/** The bytes a number takes at most in JSON: 17 significant digits, a sign, a point and an exponent. */
const NUMBER_BYTES = 24;

/** The UTF-8 bytes of a text as JSON writes it: its quotes, and an escape for a quote, a backslash or a control character. */
function jsonBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) bytes += 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is four bytes, two for each half.
    else bytes += code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * The rows in chunks whose values and formats, as JSON in UTF-8, stay within `maxBytes`: a
 * number counts as its longest form, a text as its bytes, each with a separator. A chunk's rows
 * share one array of formats.
 */
export function* rowChunks(rows: PlannedRows, maxBytes = MAX_CHUNK_BYTES): Generator<RowChunk> {
  const right = rows.left + rows.columnFormats.length - 1;
  const formatBytes = rows.columnFormats.reduce((sum, format) => sum + jsonBytes(format) + 1, 2);
  const formats = [...rows.columnFormats];
  // Model names repeat down a log: each text's bytes are counted once.
  const textBytes = new Map<string, number>();
  let start = 0;
  while (start < rows.count) {
    const values: (string | number | null)[][] = [];
    let bytes = 2;
    for (let index = start; index < rows.count; index++) {
      const row = rows.row(index);
      let rowBytes = formatBytes + 2;
      for (const value of row) {
        if (typeof value !== "string") rowBytes += NUMBER_BYTES + 1;
        else {
          let text = textBytes.get(value);
          if (text === undefined) {
            text = jsonBytes(value);
            if (textBytes.size < 100_000) textBytes.set(value, text);
          }
          rowBytes += text + 1;
        }
      }
      if (values.length > 0 && bytes + rowBytes > maxBytes) break;
      values.push(row);
      bytes += rowBytes;
    }
    const top = rows.top + start;
    yield {
      range: rangeAddress(top, rows.left, top + values.length - 1, right),
      values,
      formats: values.map(() => formats),
    };
    start += values.length;
  }
}

/** What a writer puts on a sheet: cells, blocks of values, spills, formats, a chart. */
export interface SheetLayout {
  cells: PlannedCell[];
  tables?: PlannedTable[];
  /** Rows written a chunk at a time, after everything else. */
  rows?: PlannedRows[];
  spills: PlannedSpill[];
  colourScale?: { range: string };
  charts?: PlannedChart[];
  columnWidths: { column: string; points: number }[];
  /** The smallest range holding everything, spills included. */
  extent: string;
}

/** The column letters of a 0-based index: 0 is A, 27 is AB. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based row and column; absolute with $ when asked. */
export function address(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row + 1}` : `${columnName(column)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

/** Where the cells go: rows and columns relative to the plan's origin, addresses absolute on the sheet. */
export class Canvas {
  readonly cells: PlannedCell[] = [];
  readonly spills: PlannedSpill[] = [];

  constructor(
    readonly top: number,
    readonly left: number,
  ) {}

  put(row: number, column: number, cell: Omit<PlannedCell, "address">): void {
    this.cells.push({ address: this.at(row, column), ...cell });
  }

  at(row: number, column: number, absolute = false): string {
    return address(this.top + row, this.left + column, absolute);
  }

  range(top: number, left: number, bottom: number, right: number): string {
    return rangeAddress(this.top + top, this.left + left, this.top + bottom, this.left + right);
  }

  /**
   * A formula whose result spills: the anchor cell and the room it needs, sized by the declaration.
   * Returns the spill's last row.
   */
  spill(
    row: number,
    column: number,
    text: string,
    size: readonly [number, number],
    columnFormats: string[],
    style?: CellStyle,
  ): number {
    const [rows, columns] = size;
    this.put(row, column, style ? { formula: text, style } : { formula: text });
    this.spills.push({
      anchor: this.at(row, column),
      range: this.range(row, column, row + rows - 1, column + columns - 1),
      rows,
      columns,
      columnFormats,
    });
    return row + rows - 1;
  }
}

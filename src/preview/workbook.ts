/**
 * The local workbook of the preview: HyperFormula holds the cells and computes every formula,
 * AICOST functions included; this class adds what a sheet shows beyond values (number formats,
 * cell styles, colour scales, charts) and the few workbook operations the preview offers.
 */
import { DetailedCellError, ErrorType, HyperFormula, type SimpleCellAddress } from "hyperformula";
import { spillFormats, type CellStyle, type PlannedChart, type SheetLayout } from "../sheet/layout";
import { cellsInUse } from "../taskpane/writer";
import { parseNumericText } from "../functions/culture";
import { registerAicostFunctions, RESIZE_MESSAGE } from "./aicostPlugin";
import { addExcelLiterals, applyPlan, parseAddress, settleSpills } from "./hyperformulaSheet";
import { address as a1Of } from "../sheet/layout";

/** What a cell shows. */
export interface CellView {
  /** The value: a number, text or boolean; null when empty. */
  value: number | string | boolean | null;
  /** For an error: its code (#VALUE!) and message. */
  error?: { code: string; message: string };
  /** The formula as typed, for a formula cell. */
  formula?: string;
  /** True for a cell filled by another cell's spilled array. */
  spilled: boolean;
  /** For a spilled cell, the formula of the cell it spills from, as Excel shows it greyed. */
  anchorFormula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

interface SheetExtras {
  formats: Map<string, string>;
  styles: Map<string, CellStyle>;
  colourScales: string[];
  charts: PlannedChart[];
  /** Column widths a plan set, in points, by 0-based column. */
  widths: Map<number, number>;
}

const key = (row: number, column: number) => `${row},${column}`;

/** A number written with an exponent (1E+6, 2.5E-3), not part of a name or a reference. */
const EXPONENT = /(?<![A-Za-z_$\d.])(\d+\.?\d*|\.\d+)E([+-]?\d+)(?![A-Za-z_\d.(])/g;

/**
 * A formula with its numbers as HyperFormula reads them: Excel takes 1E+6 and HyperFormula only
 * 1e+6. Text in double quotes and sheet names in single quotes are left as typed.
 *
 * @example
 * excelNumbers('=A1*1E+6&"1E+6"'); // '=A1*1e+6&"1E+6"'
 */
export function excelNumbers(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(EXPONENT, "$1e$2")))
    .join("");
}

/**
 * What a typed entry stores: a formula or text as typed; numeric text as the number, with the
 * number format its typing implies ($ for money, % for a percentage, commas for grouping).
 */
export function typedEntry(typed: string): { content: string | number | null; format?: string } {
  if (typed === "") return { content: null };
  if (typed.startsWith("=")) return { content: excelNumbers(typed) };
  if (typed.startsWith("'")) return { content: typed };
  const value = /\d/.test(typed) ? parseNumericText(typed) : undefined;
  if (value === undefined) return { content: typed };
  const decimals = /\.\d*[1-9]/.test(typed) ? ".00" : "";
  if (typed.includes("%")) return { content: value, format: `0${decimals ? ".0" : ""}%` };
  if (typed.includes("$")) return { content: value, format: `$#,##0${decimals}` };
  if (typed.includes(",")) return { content: value, format: `#,##0${decimals}` };
  return { content: value };
}

export class PreviewWorkbook {
  readonly hf: HyperFormula;
  private readonly extras = new Map<number, SheetExtras>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    registerAicostFunctions();
    // Undo keeps 2,000 of HyperFormula's steps: a fill is a dozen of them, and an analyst takes back 100 actions.
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: 10_000,
      maxColumns: 200,
      undoLimit: 2000,
      // Numbers keep their digits, as Excel keeps 15 (HyperFormula rounds to 10 by default: 123,456,789,012
      // would read 123,456,789,010); displays round through the number formats, as in Excel.
      smartRounding: false,
    });
    addExcelLiterals(this.hf);
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    this.settleSpills();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** HyperFormula's undo entries of each action, the last on top: Ctrl+Z takes back a whole action. */
  private readonly undone: number[] = [];
  private readonly actions: number[] = [];

  /** HyperFormula's undo depth (its UndoRedo's stack; HyperFormula 3.5 is pinned). */
  private undoDepth(): number {
    const engine = this.hf as unknown as { _crudOperations?: { undoRedo?: { undoStack?: unknown[] } } };
    return engine._crudOperations?.undoRedo?.undoStack?.length ?? 0;
  }

  /** Runs one action of the analyst's (a typed cell, a fill, a paste), to be undone as one. */
  private action(run: () => void): void {
    const before = this.undoDepth();
    run();
    this.settleSpills();
    const added = this.undoDepth() - before;
    if (added > 0) {
      this.actions.push(added);
      this.undone.length = 0;
    }
    this.notify();
  }

  /** Takes back the last action (Ctrl+Z); false when there is none. */
  undo(): boolean {
    const steps = this.actions.pop();
    if (steps === undefined) return false;
    for (let step = 0; step < steps && this.hf.isThereSomethingToUndo(); step++) this.hf.undo();
    this.undone.push(steps);
    this.notify();
    return true;
  }

  /** Does again the last action taken back (Ctrl+Y); false when there is none. */
  redo(): boolean {
    const steps = this.undone.pop();
    if (steps === undefined) return false;
    for (let step = 0; step < steps && this.hf.isThereSomethingToRedo(); step++) this.hf.redo();
    this.actions.push(steps);
    this.notify();
    return true;
  }

  /**
   * Re-enters, once, every formula whose result could not spill, so that HyperFormula sizes and
   * places it anew as Excel would: HyperFormula keeps a #SPILL! after the way is cleared, and sizes
   * a result once, when it parses the formula (a size that follows a cell, such as TCO_SERIES's
   * months in A1, would go stale). A result still blocked keeps its #SPILL!.
   */
  private settleSpills(): void {
    settleSpills(this.hf);
  }

  /**
   * The room a formula's result needs, as HyperFormula predicts it when it parses the formula. A
   * result that could not spill keeps no array, so the prediction is asked again, through
   * HyperFormula 3.5's parser and array size predictor (internal: the version is pinned).
   */
  private predictedSize(address: SimpleCellAddress): { width: number; height: number } | undefined {
    const formula = this.hf.getCellFormula(address);
    const engine = this.hf as unknown as {
      _parser?: { parse(formula: string, address: SimpleCellAddress): { ast: unknown; errors: unknown[] } };
      _crudOperations?: {
        operations?: {
          arraySizePredictor?: {
            checkArraySize(ast: unknown, address: SimpleCellAddress): { width: number; height: number };
          };
        };
      };
    };
    const predictor = engine._crudOperations?.operations?.arraySizePredictor;
    if (!formula || !engine._parser || !predictor) return undefined;
    try {
      const { ast, errors } = engine._parser.parse(formula, address);
      return errors.length === 0 ? predictor.checkArraySize(ast, address) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Why a result cannot spill, as Excel says it: the room it needs and the first cell in the way. */
  private spillMessage(address: SimpleCellAddress, message: string): string {
    const size = message === RESIZE_MESSAGE ? undefined : this.predictedSize(address);
    if (!size || size.width * size.height <= 1) return message;
    const room = `${a1Of(address.row, address.col)}:${a1Of(address.row + size.height - 1, address.col + size.width - 1)}`;
    for (let row = address.row; row < address.row + size.height; row++) {
      for (let col = address.col; col < address.col + size.width; col++) {
        if (row === address.row && col === address.col) continue;
        if (!this.hf.isCellEmpty({ sheet: address.sheet, row, col })) {
          return `The result needs ${room}, and ${a1Of(row, col)} is in the way: clear it and the result spills there.`;
        }
      }
    }
    return `The result needs ${room}, which is not free.`;
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named ${name}`);
    return id;
  }

  addSheet(name: string): number {
    const id = this.sheetId(this.hf.addSheet(name));
    this.extras.set(id, { formats: new Map(), styles: new Map(), colourScales: [], charts: [], widths: new Map() });
    this.changed();
    return id;
  }

  private extra(sheet: number): SheetExtras {
    const found = this.extras.get(sheet);
    if (!found) throw new Error(`sheet ${sheet} was not added through the workbook`);
    return found;
  }

  /** Rows and columns in use. */
  size(sheet: number): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(sheet);
    return { rows: height, columns: width };
  }

  cell(sheet: number, row: number, column: number): CellView {
    const address: SimpleCellAddress = { sheet, row, col: column };
    const raw = this.hf.getCellValue(address);
    const formula = this.hf.getCellFormula(address);
    const extras = this.extra(sheet);
    const view: CellView = {
      value: null,
      spilled: formula === undefined && this.hf.isCellPartOfArray(address),
      numberFormat: extras.formats.get(key(row, column)),
      style: extras.styles.get(key(row, column)),
    };
    if (formula !== undefined) view.formula = formula;
    if (view.spilled) {
      // Every cell of a spill maps to its array's vertex, which knows the cell it spills from.
      const vertex = (
        this.hf as unknown as { dependencyGraph: { getCell(a: SimpleCellAddress): unknown } }
      ).dependencyGraph.getCell(address) as { cellAddress?: SimpleCellAddress } | undefined;
      const anchor = vertex?.cellAddress && this.hf.getCellFormula(vertex.cellAddress);
      if (anchor) view.anchorFormula = anchor;
    }
    if (raw instanceof DetailedCellError) {
      const message = raw.type === ErrorType.SPILL ? this.spillMessage(address, raw.message) : raw.message;
      view.error = { code: raw.value, message };
    } else view.value = raw;
    return view;
  }

  /**
   * Sets a cell from what was typed: a formula, a number, TRUE/FALSE or text; empty clears it. A
   * number typed as Excel reads one in en-US ("50,000", "$17,500", "10%") is stored as the number,
   * and a cell without a number format takes the one the typing implies, as Excel does.
   */
  setCell(sheet: number, row: number, column: number, typed: string): void {
    const entry = typedEntry(typed);
    const extras = this.extra(sheet);
    const format = extras.formats.get(key(row, column));
    if (entry.format && (format === undefined || format === "General"))
      extras.formats.set(key(row, column), entry.format);
    this.action(() => this.hf.setCellContents({ sheet, row, col: column }, entry.content));
  }

  /** Clears a range (Delete), as one action. */
  clear(sheet: number, top: number, left: number, bottom: number, right: number): void {
    const rows = Array.from({ length: bottom - top + 1 }, () => new Array<null>(right - left + 1).fill(null));
    this.action(() => this.hf.setCellContents({ sheet, row: top, col: left }, rows));
  }

  /** Copies a range to the workbook's clipboard (Ctrl+C); a paste shifts its references. */
  copy(sheet: number, top: number, left: number, bottom: number, right: number): void {
    this.hf.copy({ start: { sheet, row: top, col: left }, end: { sheet, row: bottom, col: right } });
  }

  /** Cuts a range (Ctrl+X): a paste moves it. */
  cut(sheet: number, top: number, left: number, bottom: number, right: number): void {
    this.hf.cut({ start: { sheet, row: top, col: left }, end: { sheet, row: bottom, col: right } });
  }

  /** Pastes what was copied or cut here at a cell (Ctrl+V), references shifted as Excel shifts them. */
  paste(sheet: number, row: number, column: number): boolean {
    if (this.hf.isClipboardEmpty()) return false;
    this.action(() => this.hf.paste({ sheet, row, col: column }));
    return true;
  }

  /** Pastes plain text from outside, tab-separated cells in lines, each read as if typed. */
  pasteText(sheet: number, row: number, column: number, text: string): void {
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const cells = lines.map((line) => line.split("\t").map((typed) => typedEntry(typed).content));
    const width = Math.max(...cells.map((line) => line.length));
    const block = cells.map((line) => [...line, ...new Array<null>(width - line.length).fill(null)]);
    this.action(() => this.hf.setCellContents({ sheet, row, col: column }, block));
  }

  /**
   * Excel's Ctrl+D: the top row of the range copied into every row below it, references shifted;
   * on one row (or one cell), the row above copied into it.
   */
  fillDown(sheet: number, top: number, left: number, bottom: number, right: number): void {
    const source = bottom > top ? top : top - 1;
    if (source < 0) return;
    const extras = this.extra(sheet);
    for (let column = left; column <= right; column++) {
      const format = extras.formats.get(key(source, column));
      for (let row = source + 1; row <= bottom && format; row++) extras.formats.set(key(row, column), format);
    }
    this.action(() =>
      this.fill(sheet, { row: source, col: left }, { rows: 1, columns: right - left + 1 }, bottom - source + 1, "down"),
    );
  }

  /** Excel's Ctrl+R: the left column copied into every column to its right; on one column, the one to its left. */
  fillRight(sheet: number, top: number, left: number, bottom: number, right: number): void {
    const source = right > left ? left : left - 1;
    if (source < 0) return;
    const extras = this.extra(sheet);
    for (let row = top; row <= bottom; row++) {
      const format = extras.formats.get(key(row, source));
      for (let column = source + 1; column <= right && format; column++) extras.formats.set(key(row, column), format);
    }
    this.action(() =>
      this.fill(sheet, { row: top, col: source }, { rows: bottom - top + 1, columns: 1 }, right - source + 1, "right"),
    );
  }

  /**
   * Fills `length` rows (or columns) from a source block, references shifted, by copying blocks
   * that double each time: 10,000 rows take 14 pastes, not 9,999.
   */
  private fill(
    sheet: number,
    start: { row: number; col: number },
    block: { rows: number; columns: number },
    length: number,
    direction: "down" | "right",
  ): void {
    const down = direction === "down";
    for (let filled = 1; filled < length;) {
      const count = Math.min(filled, length - filled);
      const end = down
        ? { sheet, row: start.row + count - 1, col: start.col + block.columns - 1 }
        : { sheet, row: start.row + block.rows - 1, col: start.col + count - 1 };
      this.hf.copy({ start: { sheet, ...start }, end });
      this.hf.paste(
        down ? { sheet, row: start.row + filled, col: start.col } : { sheet, row: start.row, col: start.col + filled },
      );
      filled += count;
    }
  }

  setFormat(sheet: number, row: number, column: number, numberFormat: string, style?: CellStyle): void {
    const extras = this.extra(sheet);
    extras.formats.set(key(row, column), numberFormat);
    if (style) extras.styles.set(key(row, column), style);
  }

  /** Writes a sheet plan: its cells through HyperFormula, its formats, styles, colour scale and chart here. */
  applyPlan(sheet: number, plan: SheetLayout): void {
    applyPlan(this.hf, sheet, plan);
    const extras = this.extra(sheet);
    for (const spill of plan.spills) {
      const start = parseAddress(spill.range.split(":")[0]);
      spillFormats(spill).forEach((formats, row) =>
        formats.forEach((format, column) => extras.formats.set(key(start.row + row, start.column + column), format)),
      );
    }
    for (const cell of plan.cells) {
      const { row, column } = parseAddress(cell.address);
      if (cell.numberFormat) extras.formats.set(key(row, column), cell.numberFormat);
      if (cell.style) extras.styles.set(key(row, column), cell.style);
    }
    for (const table of plan.tables ?? []) {
      const start = parseAddress(table.range.split(":")[0]);
      table.values.forEach((_, row) =>
        table.columnFormats.forEach((format, column) =>
          extras.formats.set(key(start.row + row, start.column + column), format),
        ),
      );
    }
    for (const rows of plan.rows ?? []) {
      for (let row = 0; row < rows.count; row++) {
        rows.columnFormats.forEach((format, column) =>
          extras.formats.set(key(rows.top + row, rows.left + column), format),
        );
      }
    }
    if (plan.colourScale) extras.colourScales.push(plan.colourScale.range);
    extras.charts.push(...(plan.charts ?? []));
    for (const { column, points } of plan.columnWidths) extras.widths.set(parseAddress(`${column}1`).column, points);
    this.changed();
  }

  /** Sets a column's width in points, as a written plan does (the sample sheets set theirs). */
  setColumnWidth(sheet: number, column: number, points: number): void {
    this.extra(sheet).widths.set(column, points);
  }

  /** The width a plan set for a column, in points; undefined where none did. */
  columnWidth(sheet: number, column: number): number | undefined {
    return this.extra(sheet).widths.get(column);
  }

  colourScales(sheet: number): string[] {
    return this.extra(sheet).colourScales;
  }

  charts(sheet: number): PlannedChart[] {
    return this.extra(sheet).charts;
  }

  /** Addresses of the cells in use in an A1 range ("B2:D9"). */
  cellsInUse(sheet: number, range: string): string[] {
    const [first, last] = range.split(":");
    const start = parseAddress(first);
    const end = parseAddress(last ?? first);
    const area = { start: { sheet, row: start.row, col: start.column }, end: { sheet, row: end.row, col: end.column } };
    const values = this.hf.getRangeValues(area).map((row) => row.map((value) => (value === null ? "" : value)));
    const formulas = this.hf.getRangeFormulas(area).map((row) => row.map((formula) => formula ?? ""));
    return cellsInUse(values, formulas, start.row, start.column);
  }
}

/**
 * The local workbook of the preview: HyperFormula holds the cells and computes every formula,
 * AICOST functions included; this class adds what a sheet shows beyond values (number formats,
 * cell styles, colour scales, charts) and the few workbook operations the preview offers.
 */
import { DetailedCellError, HyperFormula, type SimpleCellAddress } from "hyperformula";
import { spillFormats, type CellStyle, type PlannedChart, type SheetLayout } from "../taskpane/sheetPlan";
import { cellsInUse } from "../taskpane/writer";
import { registerAicostFunctions } from "./aicostPlugin";
import { addExcelLiterals, applyPlan, parseAddress } from "./hyperformulaSheet";

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
  numberFormat?: string;
  style?: CellStyle;
}

interface SheetExtras {
  formats: Map<string, string>;
  styles: Map<string, CellStyle>;
  colourScales: string[];
  charts: PlannedChart[];
}

const key = (row: number, column: number) => `${row},${column}`;

export class PreviewWorkbook {
  readonly hf: HyperFormula;
  private readonly extras = new Map<number, SheetExtras>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    registerAicostFunctions();
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 10_000, maxColumns: 200 });
    addExcelLiterals(this.hf);
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
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
    this.extras.set(id, { formats: new Map(), styles: new Map(), colourScales: [], charts: [] });
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
    if (raw instanceof DetailedCellError) view.error = { code: raw.value, message: raw.message };
    else view.value = raw;
    return view;
  }

  /** Sets a cell from what was typed: a formula, a number, TRUE/FALSE or text; empty clears it. */
  setCell(sheet: number, row: number, column: number, typed: string): void {
    this.hf.setCellContents({ sheet, row, col: column }, typed === "" ? null : typed);
    this.changed();
  }

  /** Excel's Ctrl+D: copies the top row of the range into every row below, adjusting references. */
  fillDown(sheet: number, top: number, left: number, bottom: number, right: number): void {
    if (bottom <= top) return;
    this.hf.copy({ start: { sheet, row: top, col: left }, end: { sheet, row: top, col: right } });
    for (let row = top + 1; row <= bottom; row++) this.hf.paste({ sheet, row, col: left });
    const extras = this.extra(sheet);
    for (let column = left; column <= right; column++) {
      const format = extras.formats.get(key(top, column));
      for (let row = top + 1; row <= bottom && format; row++) extras.formats.set(key(row, column), format);
    }
    this.changed();
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
    if (plan.colourScale) extras.colourScales.push(plan.colourScale.range);
    extras.charts.push(...(plan.charts ?? []));
    this.changed();
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

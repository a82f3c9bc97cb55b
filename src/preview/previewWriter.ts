/**
 * The task pane's workbook writer for the local preview: the same interface the pane uses in
 * Excel, writing into the preview's HyperFormula workbook.
 */
import type { SheetLayout } from "../sheet/layout";
import { candidateSheetNames, type CellNow, type SelectionWrite, type WorkbookWriter } from "../taskpane/writer";
import { parseAddress } from "./hyperformulaSheet";
import type { PreviewWorkbook } from "./workbook";

export interface PreviewSelection {
  sheet: number;
  row: number;
  column: number;
}

/**
 * The most rows of an imported usage log the preview writes as read: its spreadsheet engine
 * (HyperFormula, in the browser) takes about 20 to 35 µs a row of four values, so a larger log is
 * summed per day and model, which Excel does only past its sheet's million rows.
 */
export const PREVIEW_MAX_IMPORT_ROWS = 50_000;

export class PreviewWorkbookWriter implements WorkbookWriter {
  readonly maxImportRows = PREVIEW_MAX_IMPORT_ROWS;

  constructor(
    private readonly workbook: PreviewWorkbook,
    private readonly selection: () => PreviewSelection,
    private readonly show: (sheet: number) => void,
  ) {}

  async writeNewSheet(baseName: string, plan: SheetLayout): Promise<string> {
    const taken = new Set(this.workbook.sheetNames().map((name) => name.toLowerCase()));
    const name = candidateSheetNames(baseName).find((candidate) => !taken.has(candidate.toLowerCase()));
    if (!name) throw new Error(`Every name from "${baseName}" on is taken.`);
    const sheet = this.workbook.addSheet(name);
    this.workbook.applyPlan(sheet, plan);
    this.show(sheet);
    return name;
  }

  async readCells(name: string, addresses: readonly string[]): Promise<CellNow[] | undefined> {
    if (!this.workbook.sheetNames().includes(name)) return undefined;
    const sheet = this.workbook.sheetId(name);
    return addresses.map((address) => {
      const { row, column } = parseAddress(address.replace(/\$/g, ""));
      const cell = this.workbook.cell(sheet, row, column);
      const value = cell.error ? cell.error.code : cell.value;
      return cell.formula === undefined ? { value } : { formula: cell.formula, value };
    });
  }

  watch(_name: string, changed: () => void): void {
    this.workbook.onChange(changed);
  }

  async writeAtSelection(build: (origin: { row: number; column: number }) => SheetLayout): Promise<SelectionWrite> {
    const { sheet, row, column } = this.selection();
    const plan = build({ row, column });
    const address = `${this.workbook.hf.getSheetName(sheet) ?? ""}!${plan.extent}`;
    const inTheWay = this.workbook.cellsInUse(sheet, plan.extent);
    if (inTheWay.length > 0) return { written: false, inTheWay, address };
    // The selection is on the sheet in view; writing re-renders it and keeps the selection.
    this.workbook.applyPlan(sheet, plan);
    return { written: true, address };
  }
}

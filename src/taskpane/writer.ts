/**
 * The workbook writer: the only code that writes to a workbook with Excel.run (the functions' host
 * adapter calls it too, only to read the workbook's number separators). It applies a sheet plan to
 * a new, uniquely named worksheet, or at the selection after checking that every target cell is
 * empty. Nothing the user wrote is ever overwritten.
 */
import { address, rowChunks, spillFormats, type PlannedCell, type SheetLayout } from "../sheet/layout";

/** The outcome of writing at the selection. */
export type SelectionWrite =
  { written: true; address: string } | { written: false; inTheWay: string[]; address: string };

/** A cell as a sheet holds it now: its formula where it has one, and its value. */
export interface CellNow {
  formula?: string;
  value: unknown;
}

/** What the task pane needs from a workbook; Excel and the local preview each implement it. */
export interface WorkbookWriter {
  /** The cells of a named sheet as they are now; undefined when the sheet is gone. */
  readCells?(sheet: string, addresses: readonly string[]): Promise<CellNow[] | undefined>;
  /** Calls back when a cell of the named sheet changes, where the host can say so. */
  watch?(sheet: string, changed: () => void): void;
  /** Adds a worksheet named after baseName (never an existing name), writes the plan, returns the name. */
  writeNewSheet(baseName: string, plan: SheetLayout): Promise<string>;
  /**
   * The most rows of an imported log the host's sheet takes: a sheet's rows where undefined (Excel);
   * the preview's in-browser engine takes fewer. A log with more is summed per day and model.
   */
  readonly maxImportRows?: number;
  /** Writes the plan built for the selection's top-left cell, unless a target cell is in use. */
  writeAtSelection(build: (origin: { row: number; column: number }) => SheetLayout): Promise<SelectionWrite>;
}

/** Excel's limit on worksheet names. */
const MAX_SHEET_NAME = 31;

/** "AI cost model", then "AI cost model (2)", "(3)" ...: the names tried for a new sheet. */
export function candidateSheetNames(baseName: string, count = 100): string[] {
  const base = baseName.replace(/[:\\/?*[\]]/g, " ").slice(0, MAX_SHEET_NAME);
  return Array.from({ length: count }, (_, index) => {
    if (index === 0) return base;
    const suffix = ` (${index + 1})`;
    return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  });
}

/** Addresses of the non-empty cells of a block whose top-left cell is at (top, left). */
export function cellsInUse(values: unknown[][], formulas: unknown[][], top: number, left: number): string[] {
  const inUse: string[] = [];
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "" && value !== null) inUse.push(address(top + r, left + c));
      else if (formulas[r]?.[c] !== "" && formulas[r]?.[c] !== null && formulas[r]?.[c] !== undefined) {
        inUse.push(address(top + r, left + c));
      }
    }),
  );
  return inUse;
}

const STYLE_FONTS: Record<
  NonNullable<PlannedCell["style"]>,
  { bold?: boolean; italic?: boolean; color?: string; size?: number; fill?: string }
> = {
  title: { bold: true, size: 16, color: "#0F6CBD" },
  note: { italic: true, color: "#616161" },
  heading: { bold: true, size: 12, color: "#242424" },
  header: { bold: true, color: "#424242", fill: "#F0F0F0" },
  label: {},
  input: { color: "#0000FF", fill: "#FFF7D6" },
  result: { bold: true, fill: "#E6F2EA" },
  unit: { color: "#616161" },
};

function applyCell(sheet: Excel.Worksheet, cell: PlannedCell): void {
  const range = sheet.getRange(cell.address);
  // The number format goes first so that text typed as "@" stays text, never a formula.
  if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else if (cell.value !== undefined) range.values = [[cell.value]];
  const style = cell.style ? STYLE_FONTS[cell.style] : undefined;
  if (!style) return;
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.color) range.format.font.color = style.color;
  if (style.size) range.format.font.size = style.size;
  if (style.fill) range.format.fill.color = style.fill;
}

/** A reference to a cell of the named sheet, as a chart title's formula takes it: ='My sheet'!$H$20. */
const sheetReference = (sheetName: string, cell: string): string => `='${sheetName.replace(/'/g, "''")}'!${cell}`;

/** Queues every write of a plan on a worksheet, named as given; the caller syncs. */
export function applyPlan(sheet: Excel.Worksheet, plan: SheetLayout, sheetName?: string): void {
  for (const spill of plan.spills) {
    sheet.getRange(spill.range).numberFormat = spillFormats(spill);
  }
  for (const cell of plan.cells) applyCell(sheet, cell);
  // A block in one write: thousands of imported rows are one request, not one a cell.
  for (const table of plan.tables ?? []) {
    const range = sheet.getRange(table.range);
    range.numberFormat = table.values.map(() => [...table.columnFormats]);
    range.values = table.values.map((row) => row.map((value) => value ?? ""));
  }
  for (const width of plan.columnWidths)
    sheet.getRange(`${width.column}:${width.column}`).format.columnWidth = width.points;

  if (plan.colourScale) {
    const format = sheet.getRange(plan.colourScale.range).conditionalFormats.add("ColorScale");
    // Green where fine-tuning pays back fast, red where it takes long; #N/A cells stay clear.
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
    };
  }
  for (const planned of plan.charts ?? []) {
    // The tornado is a clustered bar chart, as Excel draws one: bars across, inputs down.
    // Months on the cumulative chart are numbers on an XY axis, lines without markers.
    const type = planned.kind === "bar" ? "BarClustered" : "XYScatterLinesNoMarkers";
    const chart = sheet.charts.add(type, sheet.getRange(planned.seriesRange), "Columns");
    chart.title.text = planned.title;
    // A title read from its cell follows the horizon typed there (ChartTitle.setFormula, ExcelApi 1.7).
    if (planned.titleCell && sheetName !== undefined && supportsExcelApi("1.7")) {
      chart.title.setFormula(sheetReference(sheetName, planned.titleCell));
    }
    chart.legend.position = "Bottom";
    chart.setPosition(planned.topLeft, planned.bottomRight);
    const categories = sheet.getRange(planned.categoryRange);
    planned.seriesNames.forEach((_, index) => chart.series.getItemAt(index).setXAxisValues(categories));
    // Excel plots a bar chart's first category at the bottom; the tornado's largest swing goes on
    // top, as its table lists it (ChartAxis.reversePlotOrder, ExcelApi 1.7).
    if (planned.kind === "bar" && supportsExcelApi("1.7")) chart.axes.categoryAxis.reversePlotOrder = true;
  }
}

/** True when the host's Excel supports this ExcelApi requirement set (Office.context.requirements). */
function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/** A write that failed and could not remove what it had written. */
export class PartialWriteError extends Error {}

/** Why something failed, in words for the pane: an error's message. */
export const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The writer for Excel, through Office.js. Excel does not undo what a failed batch had already
 * done (Microsoft's "Error handling with the application-specific JavaScript APIs"), so a failed
 * write removes what it wrote: the sheet it added, or the cells it filled at the selection.
 */
export class ExcelWorkbookWriter implements WorkbookWriter {
  async readCells(name: string, addresses: readonly string[]): Promise<CellNow[] | undefined> {
    return Excel.run(async (context) => {
      // isNullObject is read after a sync, without a load (Microsoft's *OrNullObject pattern).
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const ranges = addresses.map((address) => {
        const range = sheet.getRange(address.replace(/\$/g, ""));
        range.load("values,formulas");
        return range;
      });
      await context.sync();
      return ranges.map((range) => {
        const formula = range.formulas[0][0];
        return typeof formula === "string" && formula.startsWith("=")
          ? { formula, value: range.values[0][0] }
          : { value: range.values[0][0] };
      });
    });
  }

  watch(name: string, changed: () => void): void {
    // Worksheet.onChanged (ExcelApi 1.7): a handler added in Excel.run stays registered.
    if (!supportsExcelApi("1.7")) return;
    void Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.onChanged.add(async () => changed());
      await context.sync();
    }).catch(() => undefined);
  }

  async writeNewSheet(baseName: string, plan: SheetLayout): Promise<string> {
    let added: string | undefined;
    try {
      return await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const names = candidateSheetNames(baseName);
        const probes = names.map((name) => sheets.getItemOrNullObject(name));
        probes.forEach((probe) => probe.load("isNullObject"));
        await context.sync();
        const free = probes.findIndex((probe) => probe.isNullObject);
        if (free < 0) throw new Error(`Every name from "${names[0]}" to "${names[names.length - 1]}" is taken.`);
        const sheet = sheets.add(names[free]);
        added = names[free];
        applyPlan(sheet, plan, names[free]);
        sheet.activate();
        sheet.getRange("A1").select();
        await context.sync();
        // Many rows go a chunk a request, each within Excel on the web's request limit.
        for (const rows of plan.rows ?? []) {
          for (const chunk of rowChunks(rows)) {
            const range = sheet.getRange(chunk.range);
            range.numberFormat = chunk.formats;
            range.values = chunk.values.map((row) => row.map((value) => value ?? ""));
            // One request per chunk is the point: together they pass the request limit.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          }
        }
        return names[free];
      });
    } catch (error) {
      if (added === undefined) throw error;
      const name = added;
      const removed = await Excel.run(async (context) => {
        // isNullObject is read after a sync, without a load (Microsoft's *OrNullObject pattern).
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (sheet.isNullObject) return false;
        sheet.delete();
        await context.sync();
        return true;
      }).catch(() => false);
      if (removed) throw new Error(`${reason(error)} The partly written sheet "${name}" was removed.`);
      throw new PartialWriteError(`${reason(error)} The sheet "${name}" may be partly written: delete it.`);
    }
  }

  async writeAtSelection(build: (origin: { row: number; column: number }) => SheetLayout): Promise<SelectionWrite> {
    let written: string | undefined;
    try {
      return await Excel.run(async (context) => {
        const selection = context.workbook.getSelectedRange();
        selection.load("rowIndex,columnIndex");
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        await context.sync();
        const plan = build({ row: selection.rowIndex, column: selection.columnIndex });
        const target = sheet.getRange(plan.extent);
        target.load("values,formulas,address");
        await context.sync();
        const inTheWay = cellsInUse(target.values, target.formulas, selection.rowIndex, selection.columnIndex);
        if (inTheWay.length > 0) return { written: false, inTheWay, address: target.address };
        written = plan.extent;
        applyPlan(sheet, plan);
        await context.sync();
        return { written: true, address: target.address };
      });
    } catch (error) {
      if (written === undefined) throw error;
      const extent = written;
      // Every cell of the extent was empty before the write: clearing it restores the sheet.
      const cleared = await Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(extent).clear("All");
        await context.sync();
        return true;
      }).catch(() => false);
      if (cleared) throw new Error(`${reason(error)} The cells ${extent} it had started to fill were cleared again.`);
      throw new PartialWriteError(`${reason(error)} The cells ${extent} may be partly written: clear them.`);
    }
  }
}

/**
 * The preview's handle for tests and the browser console, `window.aicostPreview`: read-only, it
 * reads a cell as the engine holds it and as the sheet shows it, and lists the sheets. Tests drive
 * the sheet through the keyboard and the mouse, as a person does, and read results here.
 */
import { formatCell } from "../sheet/numberFormat";
import { parseAddress } from "./hyperformulaSheet";
import type { PreviewWorkbook } from "./workbook";

/** A cell as the engine holds it (an error as { error, message }), its formula, and its text on the sheet. */
export interface CellReading {
  value: number | string | boolean | null | { error: string; message: string };
  formula?: string;
  display: string;
}

export interface AutomationHandle {
  /** A cell by its sheet and address: "Worked example!B5", "'AI cost model'!A5". */
  cell(reference: string): CellReading;
  /** The sheets' names, in tab order. */
  sheets(): string[];
}

/** The handle over a workbook. */
export function automationHandle(workbook: PreviewWorkbook): AutomationHandle {
  return Object.freeze({
    cell(reference: string): CellReading {
      const bang = reference.lastIndexOf("!");
      if (bang < 0) throw new Error(`${reference}: give the sheet and the cell, as in "Worked example!B5"`);
      const name = reference
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const { row, column } = parseAddress(reference.slice(bang + 1));
      const cell = workbook.cell(workbook.sheetId(name), row, column);
      const value = cell.error ? { error: cell.error.code, message: cell.error.message } : cell.value;
      return {
        value: value as CellReading["value"],
        ...(cell.formula ? { formula: cell.formula } : {}),
        display: cell.error ? cell.error.code : formatCell(cell.value, cell.numberFormat),
      };
    },
    sheets: () => workbook.sheetNames(),
  });
}

/**
 * The bridge to Excel's custom functions runtime: one adapter per declaration, which hands Excel's
 * arguments to the runner and converts its host-neutral cells into what Excel expects.
 * CustomFunctions is a global the runtime provides; it is read only when a function runs, so this
 * module imports cleanly anywhere.
 */
import { ExcelError } from "./excelError";
import { runFunction, type FunctionDeclaration } from "./runner";

function toCustomFunctionsError(error: ExcelError): CustomFunctions.Error {
  const code = error.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/**
 * Runs a function for Excel: a result that is a single error is thrown, as Excel expects; an
 * error inside a larger result stays in its own cell. The result's rows are converted in place.
 */
export function runForExcel(declaration: FunctionDeclaration, rawArgs: readonly unknown[]): unknown[][] {
  const cells: unknown[][] = runFunction(declaration, rawArgs);
  const only = cells.length === 1 && cells[0].length === 1 ? cells[0][0] : undefined;
  if (only instanceof ExcelError) throw toCustomFunctionsError(only);
  for (const row of cells) {
    for (let c = 0; c < row.length; c++) {
      if (row[c] instanceof ExcelError) row[c] = toCustomFunctionsError(row[c] as ExcelError);
    }
  }
  return cells;
}

/** The function Excel calls for a declaration: its arguments arrive in declaration order. */
export function excelAdapter(declaration: FunctionDeclaration): (...args: unknown[]) => unknown[][] {
  return (...args) => runForExcel(declaration, args);
}

/**
 * The bridge to Excel's custom functions runtime: converts the runner's host-neutral cells into
 * what Excel expects. CustomFunctions is a global the runtime provides; it is read only when a
 * function runs, so this module imports cleanly anywhere.
 */
import { ExcelError, type Cell } from "./excelError";
import type { FunctionDefinition } from "./runner";
import { runFunction } from "./runner";

function toCustomFunctionsError(error: ExcelError): CustomFunctions.Error {
  const code = error.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/**
 * Runs a function for Excel: a result that is a single error is thrown, as Excel expects; an
 * error inside a larger result stays in its own cell.
 */
export function runForExcel(definition: FunctionDefinition, rawArgs: readonly unknown[]): unknown[][] {
  const cells: Cell[][] = runFunction(definition, rawArgs);
  const only = cells.length === 1 && cells[0].length === 1 ? cells[0][0] : undefined;
  if (only instanceof ExcelError) throw toCustomFunctionsError(only);
  return cells.map((row) => row.map((cell) => (cell instanceof ExcelError ? toCustomFunctionsError(cell) : cell)));
}

import { ExcelError, type Cell } from "../../src/functions/excelError";
import { FUNCTIONS } from "../../src/functions/declarations";
import { runFunction } from "../../src/functions/runner";

/** Wraps an argument as Excel passes it to a matrix parameter: a value becomes [[value]]. */
function asExcelArgument(value: unknown): unknown {
  if (value === null || value === undefined || Array.isArray(value)) return value ?? null;
  return [[value]];
}

/** Calls an AICOST function as Excel would (omitted arguments null) and returns all cells. */
export function callRange(id: string, ...args: unknown[]): Cell[][] {
  const definition = FUNCTIONS[id];
  if (!definition) throw new Error(`no function ${id}`);
  const raw = definition.params.map((_, index) => asExcelArgument(args[index]));
  return runFunction(definition, raw);
}

/** Calls a function that returns one value and returns that cell. */
export function call(id: string, ...args: unknown[]): Cell {
  const cells = callRange(id, ...args);
  if (cells.length !== 1 || cells[0].length !== 1) throw new Error(`${id} returned ${cells.length} rows`);
  return cells[0][0];
}

export const valueError = (message: string): ExcelError => new ExcelError("#VALUE!", message);
export const naError = (message: string): ExcelError => new ExcelError("#N/A", message);

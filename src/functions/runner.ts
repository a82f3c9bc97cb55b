/**
 * The one generic runner behind every custom function: it reads each argument as a range,
 * coerces it through the declared parameters, broadcasts ranges by Excel's rules, computes cell
 * by cell so that a bad cell fails alone, and guarantees that no result is NaN, Infinity or a
 * thrown exception.
 */
import { ExcelError, type Cell } from "./excelError";
import { messages } from "./messages";
import { coerceArgument, type ArgsOf, type Param, type PriceTableParam } from "./params";
import { parsePriceTable } from "./priceTable";

/** A function that returns one value per scenario and broadcasts over ranges. */
export interface BroadcastFunction<Ps extends readonly Param[] = readonly Param[]> {
  id: string;
  shape: "broadcast";
  params: Ps;
  compute(args: ArgsOf<Ps>): Cell;
}

/** A function that takes single values and spills a table. */
export interface TableFunction<Ps extends readonly Param[] = readonly Param[]> {
  id: string;
  shape: "table";
  params: Ps;
  compute(args: ArgsOf<Ps>): Cell[][] | ExcelError;
}

export type FunctionDefinition<Ps extends readonly Param[] = readonly Param[]> =
  BroadcastFunction<Ps> | TableFunction<Ps>;

/** Declares a broadcasting function with its argument types inferred from its parameters. */
export function broadcastFunction<const Ps extends readonly Param[]>(
  definition: Omit<BroadcastFunction<Ps>, "shape">,
): BroadcastFunction<Ps> {
  return { ...definition, shape: "broadcast" };
}

/** Declares a table-spilling function with its argument types inferred from its parameters. */
export function tableFunction<const Ps extends readonly Param[]>(
  definition: Omit<TableFunction<Ps>, "shape">,
): TableFunction<Ps> {
  return { ...definition, shape: "table" };
}

type Matrix = readonly (readonly unknown[])[];

/**
 * Excel passes a matrix parameter as equal rows of cells; anything that is not an array is one
 * cell. Returns undefined for a ragged array, which no range can produce.
 */
function asMatrix(raw: unknown): Matrix | undefined {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  if (!raw.some(Array.isArray)) return [raw];
  const width = Array.isArray(raw[0]) ? raw[0].length : 0;
  const rectangular = width > 0 && raw.every((row) => Array.isArray(row) && row.length === width);
  return rectangular ? (raw as Matrix) : undefined;
}

const RANGE_EXPECTED = "a cell or a rectangular range";

/** Where a cell sits in its argument's range, for messages; empty for a single cell. */
function cellLabel(name: string, rows: number, columns: number, r: number, c: number): string {
  if (rows === 1 && columns === 1) return name;
  if (columns === 1) return `${name} (row ${r + 1} of its range)`;
  if (rows === 1) return `${name} (column ${c + 1} of its range)`;
  return `${name} (row ${r + 1}, column ${c + 1} of its range)`;
}

/** Replaces non-finite numbers by an overflow error; other cells pass through. */
function finite(cell: Cell): Cell {
  return typeof cell === "number" && !Number.isFinite(cell) ? messages.overflow() : cell;
}

function safely<T>(compute: () => T, onError: (error: ExcelError) => T): T {
  try {
    return compute();
  } catch (error) {
    return onError(messages.unexpected(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Runs a function on raw Excel arguments (in declaration order; omitted ones null or undefined)
 * and returns a matrix of cells: a broadcast function gives one cell per scenario, a table
 * function its table. An error that concerns the whole call fills a 1 x 1 result.
 */
export function runFunction(definition: FunctionDefinition, rawArgs: readonly unknown[]): Cell[][] {
  return safely(
    () => (definition.shape === "broadcast" ? runBroadcast(definition, rawArgs) : runTable(definition, rawArgs)),
    (error) => [[error]],
  );
}

interface CoercedArgument {
  name: string;
  rows: number;
  columns: number;
  cells: (number | string | boolean | ExcelError)[][];
}

function coerceRange(param: Exclude<Param, PriceTableParam>, raw: unknown): CoercedArgument {
  const matrix = asMatrix(raw);
  if (!matrix) {
    return {
      name: param.name,
      rows: 1,
      columns: 1,
      cells: [[messages.invalidArgument(param.name, RANGE_EXPECTED, raw)]],
    };
  }
  const rows = matrix.length;
  const columns = matrix[0].length;
  const cells = matrix.map((row, r) =>
    row.map((value, c) => coerceArgument(param, value, cellLabel(param.name, rows, columns, r, c))),
  );
  return { name: param.name, rows, columns, cells };
}

/** Reads the price table arguments, once per call; the first error wins. */
function readTables(
  params: readonly Param[],
  rawArgs: readonly unknown[],
  args: Record<string, unknown>,
): ExcelError | undefined {
  for (let p = 0; p < params.length; p++) {
    const param = params[p];
    if (param.kind !== "priceTable") continue;
    const table = parsePriceTable(rawArgs[p]);
    if (table instanceof ExcelError) return table;
    args[param.name] = table;
  }
  return undefined;
}

function runBroadcast(definition: BroadcastFunction, rawArgs: readonly unknown[]): Cell[][] {
  const shared: Record<string, unknown> = {};
  const tableError = readTables(definition.params, rawArgs, shared);
  if (tableError) return [[tableError]];

  const ranges: CoercedArgument[] = [];
  definition.params.forEach((param, p) => {
    if (param.kind !== "priceTable") ranges.push(coerceRange(param, rawArgs[p]));
  });

  let rows = 1;
  let columns = 1;
  let tallest: CoercedArgument | undefined;
  let widest: CoercedArgument | undefined;
  for (const range of ranges) {
    if (range.rows !== 1) {
      if (tallest && range.rows !== rows) return [[mismatch(tallest, range)]];
      rows = range.rows;
      tallest = range;
    }
    if (range.columns !== 1) {
      if (widest && range.columns !== columns) return [[mismatch(widest, range)]];
      columns = range.columns;
      widest = range;
    }
  }

  const compute = definition.compute as (args: Record<string, unknown>) => Cell;
  const result: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = [];
    for (let c = 0; c < columns; c++) {
      const args: Record<string, unknown> = { ...shared };
      let error: ExcelError | undefined;
      for (const range of ranges) {
        const value = range.cells[range.rows === 1 ? 0 : r][range.columns === 1 ? 0 : c];
        if (value instanceof ExcelError) {
          error = value;
          break;
        }
        args[range.name] = value;
      }
      line.push(
        error ??
          safely(
            () => finite(compute(args)),
            (e) => e,
          ),
      );
    }
    result.push(line);
  }
  return result;
}

function mismatch(first: CoercedArgument, second: CoercedArgument): ExcelError {
  return messages.shapeMismatch(
    { label: first.name, rows: first.rows, columns: first.columns },
    { label: second.name, rows: second.rows, columns: second.columns },
  );
}

function runTable(definition: TableFunction, rawArgs: readonly unknown[]): Cell[][] {
  const args: Record<string, unknown> = {};
  const tableError = readTables(definition.params, rawArgs, args);
  if (tableError) return [[tableError]];
  for (let p = 0; p < definition.params.length; p++) {
    const param = definition.params[p];
    if (param.kind === "priceTable") continue;
    const range = asMatrix(rawArgs[p]);
    if (!range) return [[messages.invalidArgument(param.name, RANGE_EXPECTED, rawArgs[p])]];
    if (range.length !== 1 || range[0].length !== 1) {
      return [[messages.notSingleValue(param.name, range.length, range[0].length)]];
    }
    const value = coerceArgument(param, range[0][0], param.name);
    if (value instanceof ExcelError) return [[value]];
    args[param.name] = value;
  }
  const table = (definition.compute as (args: Record<string, unknown>) => Cell[][] | ExcelError)(args);
  if (table instanceof ExcelError) return [[table]];
  return table.map((row) => row.map(finite));
}

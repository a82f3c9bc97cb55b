/**
 * What a declared AICOST function is, and the one generic runner behind all of them: it reads
 * each argument as a range, coerces it through the declared parameters, broadcasts ranges by
 * Excel's rules, computes cell by cell so that a bad cell fails alone, and guarantees that no
 * result is NaN, Infinity or a thrown exception.
 */
import { ExcelError, type Cell } from "./excelError";
import { MAX_MESSAGE_LENGTH, messages } from "./messages";
import { MAX_RESULT_PAYLOAD_BYTES, payloadOver } from "./payload";
import {
  argumentKey,
  blankFor,
  cellLabel,
  coerceArgument,
  coerceValue,
  inDomain,
  refusal,
  REFUSED,
  type ArgsOf,
  type Param,
  type ScalarParam,
} from "./params";

/** A literal argument of an example, as typed in a formula. */
export type Literal = number | string | boolean;

/** An example's argument: a literal, or an array constant standing for a range ({1,2;3,4}). */
export type ExampleArg = Literal | readonly (readonly Literal[])[];

/** A formula shown in the README and Excel's help, and run by the tests on every host. */
export interface Example {
  /** Arguments in declaration order; trailing optional ones left out. */
  args: readonly ExampleArg[];
  /** The single value it returns, to the precision written (broadcast functions). */
  result?: Cell;
}

interface DeclarationBase<Ps extends readonly Param[]> {
  /** Excel's id, without the AICOST namespace. */
  id: string;
  /** One sentence, as Excel's autocomplete and Insert Function dialog show it. */
  description: string;
  /** What the result is, with its unit or formula, for the function reference. */
  returns: string;
  params: Ps;
  /** At least one; the first is the function reference's example. */
  examples: readonly [Example, ...Example[]];
}

/** A function that returns one value per scenario and broadcasts over ranges. */
export interface BroadcastFunction<Ps extends readonly Param[] = readonly Param[]> extends DeclarationBase<Ps> {
  shape: "broadcast";
  compute(args: ArgsOf<Ps>): Cell;
}

/** A function that takes single values and spills a table. */
export interface TableFunction<Ps extends readonly Param[] = readonly Param[]> extends DeclarationBase<Ps> {
  shape: "table";
  /**
   * Rows and columns of the table, known without computing it, from the arguments it depends on;
   * an argument not known yet (a formula's value while a spreadsheet parses) is undefined, and so
   * is the size when it depends on one.
   */
  spill(args: Partial<ArgsOf<Ps>>): readonly [rows: number, columns: number] | undefined;
  compute(args: ArgsOf<Ps>): Cell[][] | ExcelError;
}

export type FunctionDeclaration<Ps extends readonly Param[] = readonly Param[]> =
  BroadcastFunction<Ps> | TableFunction<Ps>;

/** Declares a broadcasting function with its argument types inferred from its parameters. */
export function broadcastFunction<const Ps extends readonly Param[]>(
  declaration: Omit<BroadcastFunction<Ps>, "shape">,
): BroadcastFunction<Ps> {
  return { ...declaration, shape: "broadcast" };
}

/** Declares a table-spilling function with its argument types inferred from its parameters. */
export function tableFunction<const Ps extends readonly Param[]>(
  declaration: Omit<TableFunction<Ps>, "shape">,
): TableFunction<Ps> {
  return { ...declaration, shape: "table" };
}

type Matrix = readonly (readonly unknown[])[];

/**
 * Excel passes a matrix parameter as equal rows of cells; anything that is not an array is one
 * cell. Returns undefined for a ragged array, which no range can produce.
 */
function asMatrix(raw: unknown): Matrix | undefined {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  if (!Array.isArray(raw[0])) return raw.some(Array.isArray) ? undefined : [raw];
  const width = (raw[0] as unknown[]).length;
  if (width === 0) return undefined;
  for (let r = 1; r < raw.length; r++) {
    if (!Array.isArray(raw[r]) || (raw[r] as unknown[]).length !== width) return undefined;
  }
  return raw as Matrix;
}

const RANGE_EXPECTED = "a cell or a rectangular range";

/**
 * The most cells one formula returns (SPEC 3.8): Excel desktop restarts an add-in unresponsive for 5
 * seconds, and a result's payload has a budget of its own (payload.ts), which 200,000 short
 * numbers stay inside.
 */
export const MAX_RESULT_CELLS = 200_000;

/** A worksheet's rows and columns: a range this tall or wide is a whole column or row (A:A, 1:1). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

const isEmpty = (cell: unknown): boolean =>
  cell === null ||
  cell === undefined ||
  cell === "" ||
  (typeof cell === "object" && (cell as { type?: unknown }).type === "Empty");
const isZeroOrEmpty = (cell: unknown): boolean => cell === 0 || isEmpty(cell);

/**
 * How a range passes the empty cells after its data, judged by its last cell: null on the web, 0
 * on desktop. Undefined when the last cell holds data: the range is filled to its end.
 */
function blankOf(matrix: Matrix): ((cell: unknown) => boolean) | undefined {
  const last = matrix[matrix.length - 1][matrix[0].length - 1];
  return last === 0 ? isZeroOrEmpty : isEmpty(last) ? isEmpty : undefined;
}

/**
 * Rows (or columns) up to the last one filled in any operand that spans all of them, at least 1:
 * a whole-column argument ends where its data ends.
 */
function filledLines(operands: readonly Operand[], count: number, rows: boolean): number {
  const spanning = operands.filter((operand) => (rows ? operand.rows : operand.columns) === count);
  const blanks = spanning.map((operand) => blankOf(operand.matrix));
  if (blanks.some((blank) => blank === undefined)) return count;
  for (let line = count - 1; line > 0; line--) {
    for (let o = 0; o < spanning.length; o++) {
      const blank = blanks[o] as (cell: unknown) => boolean;
      const matrix = spanning[o].matrix;
      if (rows ? !matrix[line].every(blank) : !matrix.every((row) => blank(row[line]))) return line + 1;
    }
  }
  return 1;
}

/** Replaces non-finite numbers by an overflow error; other cells pass through. */
function finite(cell: Cell): Cell {
  return typeof cell === "number" && !Number.isFinite(cell) ? messages.overflow() : cell;
}

function unexpected(error: unknown): ExcelError {
  return messages.unexpected(error instanceof Error ? error.message : String(error));
}

/**
 * Runs a function on raw arguments (in declaration order; omitted ones null or undefined) and
 * returns a matrix of cells: a broadcast function gives one cell per scenario, a table function
 * its table. An error that concerns the whole call fills a 1 x 1 result.
 */
export function runFunction(declaration: FunctionDeclaration, rawArgs: readonly unknown[]): Cell[][] {
  try {
    const result =
      declaration.shape === "broadcast" ? runBroadcast(declaration, rawArgs) : runTable(declaration, rawArgs);
    // A result Excel could not take back is refused whole: never a partial spill.
    const bytes = payloadOver(result);
    return bytes === undefined
      ? result
      : [[messages.payloadTooLarge(bytes, MAX_RESULT_PAYLOAD_BYTES, result.length, result[0].length)]];
  } catch (error) {
    return [[unexpected(error)]];
  }
}

/** One scalar argument of a broadcast call: its raw range, or its value coerced once when it is one cell. */
interface Operand {
  param: ScalarParam;
  matrix: Matrix;
  rows: number;
  columns: number;
  /**
   * The coerced value of a single cell, which every scenario shares (undefined for an omitted
   * argument that nothing stands in for).
   */
  single?: number | string | boolean | ExcelError;
}

/** Reads the table arguments into args, once per call; the first error wins. */
function readTables(
  params: readonly Param[],
  rawArgs: readonly unknown[],
  args: Record<string, unknown>,
): ExcelError | undefined {
  for (let p = 0; p < params.length; p++) {
    const param = params[p];
    if (param.kind !== "table") continue;
    const read = param.read(rawArgs[p]);
    if (read instanceof ExcelError) return read;
    args[param.key] = read;
  }
  return undefined;
}

function mismatch(first: Operand, second: Operand): ExcelError {
  return messages.shapeMismatch(
    { label: first.param.name, rows: first.rows, columns: first.columns },
    { label: second.param.name, rows: second.rows, columns: second.columns },
  );
}

/**
 * The broadcast loop. It is the add-in's hot path (one formula over 100,000 rows), so it
 * allocates nothing per cell but the result: a single-cell argument is coerced once, a range's
 * cells are coerced as they are read, the label of a bad cell is built only when it is bad, and
 * one arguments object is reused for every scenario (compute functions never keep it).
 */
function runBroadcast(declaration: BroadcastFunction, rawArgs: readonly unknown[]): Cell[][] {
  const args: Record<string, unknown> = {};
  const operands: Operand[] = [];
  for (let p = 0; p < declaration.params.length; p++) {
    const param = declaration.params[p];
    if (param.kind === "table") continue;
    args[param.key] = undefined;
    const matrix = asMatrix(rawArgs[p]);
    if (!matrix) return [[messages.invalidArgument(param.name, RANGE_EXPECTED, rawArgs[p])]];
    const single = matrix.length === 1 && matrix[0].length === 1;
    operands.push({
      param,
      matrix,
      rows: matrix.length,
      columns: matrix[0].length,
      single: single ? coerceArgument(param, matrix[0][0], param.name) : undefined,
    });
  }
  const tableError = readTables(declaration.params, rawArgs, args);
  if (tableError) return [[tableError]];

  let rows = 1;
  let columns = 1;
  let tallest: Operand | undefined;
  let widest: Operand | undefined;
  for (const operand of operands) {
    if (operand.rows !== 1) {
      if (tallest && operand.rows !== rows) return [[mismatch(tallest, operand)]];
      rows = operand.rows;
      tallest = operand;
    }
    if (operand.columns !== 1) {
      if (widest && operand.columns !== columns) return [[mismatch(widest, operand)]];
      columns = operand.columns;
      widest = operand;
    }
  }

  // A whole column or row (or any range too large to return) ends where its data ends, and so
  // does the spill.
  if (rows === SHEET_ROWS || rows * columns > MAX_RESULT_CELLS) rows = filledLines(operands, rows, true);
  if (columns === SHEET_COLUMNS || rows * columns > MAX_RESULT_CELLS) columns = filledLines(operands, columns, false);
  if (rows * columns > MAX_RESULT_CELLS) return [[messages.resultTooLarge(rows, columns, MAX_RESULT_CELLS)]];

  // A valid single cell is the same in every scenario: set once. Ranges, and single cells that
  // hold an error (it must still lose to an earlier argument's error in a row), are read per cell.
  const perCell: Operand[] = [];
  for (const operand of operands) {
    const single = operand.rows === 1 && operand.columns === 1;
    if (single && !(operand.single instanceof ExcelError)) args[operand.param.key] = operand.single;
    else perCell.push(operand);
  }
  const compute = declaration.compute as (args: Record<string, unknown>) => Cell;
  const result: Cell[][] = new Array(rows);
  // Cells that are not numbers (errors, mostly): only then can the messages outgrow their share.
  let others = 0;
  for (let r = 0; r < rows; r++) {
    if (columns === 1) {
      // A row literal is born with the right element kind: one allocation less per cell.
      const cell = scenario(perCell, args, compute, r, 0);
      if (typeof cell !== "number") others += 1;
      result[r] = [cell];
      continue;
    }
    const line: Cell[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = scenario(perCell, args, compute, r, c);
      if (typeof cell !== "number") others += 1;
      line[c] = cell;
    }
    result[r] = line;
  }
  if (others * MAX_MESSAGE_LENGTH > MESSAGE_CHARACTERS) keepMessagesWithin(result);
  return result;
}

/**
 * The characters of error messages one result may carry, so that the messages alone never use up
 * the payload's budget; the errors after them keep their kind, and still count in the payload.
 */
const MESSAGE_CHARACTERS = 500_000;

/** Errors after the first MESSAGE_CHARACTERS of messages keep their code and lose their message. */
function keepMessagesWithin(result: Cell[][]): void {
  let characters = 0;
  for (const line of result) {
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!(cell instanceof ExcelError) || !cell.message) continue;
      characters += cell.message.length;
      if (characters > MESSAGE_CHARACTERS) line[c] = new ExcelError(cell.code, "");
    }
  }
}

/** One scenario of a broadcast: row r, column c of the result. */
function scenario(
  operands: readonly Operand[],
  args: Record<string, unknown>,
  compute: (args: Record<string, unknown>) => Cell,
  r: number,
  c: number,
): Cell {
  for (let o = 0; o < operands.length; o++) {
    const operand = operands[o];
    const param = operand.param;
    let value = operand.single;
    if (value === undefined) {
      const r0 = operand.rows === 1 ? 0 : r;
      const c0 = operand.columns === 1 ? 0 : c;
      const raw = operand.matrix[r0][c0];
      // The common case inline: a number in its domain, as a scenario grid passes it.
      if (typeof raw === "number" && param.kind === "number" && inDomain(raw, param.domain)) {
        args[param.key] = raw;
        continue;
      }
      const coerced = coerceValue(param, raw);
      // Only a refused cell pays for a label that gives its position.
      value =
        coerced === REFUSED
          ? refusal(param, raw, cellLabel(param.name, operand.rows, operand.columns, r0, c0))
          : coerced;
    }
    if (typeof value === "object" && value instanceof ExcelError) return value;
    args[param.key] = value;
  }
  try {
    return finite(compute(args));
  } catch (thrown) {
    return unexpected(thrown);
  }
}

/**
 * Coerces the arguments of a call whose scalar arguments are single values (a table function's
 * always are): what compute receives, or the first argument's error in declaration order.
 */
export function coerceArgs(
  declaration: FunctionDeclaration,
  rawArgs: readonly unknown[],
): Record<string, unknown> | ExcelError {
  const args: Record<string, unknown> = {};
  // In declaration order: the first argument in error is the one named.
  for (let p = 0; p < declaration.params.length; p++) {
    const param = declaration.params[p];
    if (param.kind === "table") {
      const read = param.read(rawArgs[p]);
      if (read instanceof ExcelError) return read;
      args[param.key] = read;
      continue;
    }
    const range = asMatrix(rawArgs[p]);
    if (!range) return messages.invalidArgument(param.name, RANGE_EXPECTED, rawArgs[p]);
    if (range.length !== 1 || range[0].length !== 1) {
      return messages.notSingleValue(param.name, range.length, range[0].length);
    }
    // An omitted argument that copies an earlier one (ft_input_tokens takes input_tokens).
    if (param.kind === "number" && param.sameAs && blankFor(param, range[0][0])) {
      args[param.key] = args[argumentKey(param.sameAs)];
      continue;
    }
    // An omitted argument with nothing standing in for it (dedicated_monthly_cost).
    if (param.kind === "number" && param.omittable && blankFor(param, range[0][0])) continue;
    const value = coerceArgument(param, range[0][0], param.name);
    if (value instanceof ExcelError) return value;
    args[param.key] = value;
  }
  return args;
}

function runTable(declaration: TableFunction, rawArgs: readonly unknown[]): Cell[][] {
  const args = coerceArgs(declaration, rawArgs);
  if (args instanceof ExcelError) return [[args]];
  const table = (declaration.compute as (args: Record<string, unknown>) => Cell[][] | ExcelError)(args);
  if (table instanceof ExcelError) return [[table]];
  return table.map((row) => row.map(finite));
}

/**
 * Rows and columns the result of a call will have, from the declaration alone: a broadcast
 * function takes the broadcast shape of its ranges, a table function its declared spill for the
 * arguments known (blank or invalid ones are not). Undefined when the size depends on an argument
 * not known.
 */
export function resultSize(
  declaration: FunctionDeclaration,
  rawArgs: readonly unknown[],
): readonly [number, number] | undefined {
  if (declaration.shape === "table") {
    const args: Record<string, unknown> = {};
    declaration.params.forEach((param, p) => {
      const range = asMatrix(rawArgs[p]);
      if (param.kind === "table") {
        // A range whose size is all the result's size needs, its values not yet known.
        const stand = range && param.sized?.(range.length, range[0].length);
        if (stand !== undefined) args[param.key] = stand;
        return;
      }
      if (!range || range.length !== 1 || range[0].length !== 1) return;
      const value = coerceValue(param, range[0][0]);
      if (value !== REFUSED && !(value instanceof ExcelError)) args[param.key] = value;
    });
    return (declaration.spill as (args: Record<string, unknown>) => readonly [number, number] | undefined)(args);
  }
  let rows = 1;
  let columns = 1;
  declaration.params.forEach((param, p) => {
    if (param.kind === "table") return;
    const matrix = asMatrix(rawArgs[p]);
    if (!matrix) return;
    rows = Math.max(rows, matrix.length);
    columns = Math.max(columns, matrix[0].length);
  });
  return [rows, columns];
}

/** A declared parameter by name, for code that validates or writes that argument elsewhere. */
export function paramOf<Ps extends readonly Param[], N extends Ps[number]["name"]>(
  declaration: { id: string; params: Ps },
  name: N,
): Extract<Ps[number], { name: N }> {
  const found = declaration.params.find((param) => param.name === name);
  if (!found) throw new Error(`${declaration.id} has no parameter ${name}`);
  return found as Extract<Ps[number], { name: N }>;
}

/**
 * Every AICOST function registered in HyperFormula, a spreadsheet engine that runs without
 * Excel, by calling the very adapters Excel calls (functions.ts), with a small stand-in for the
 * CustomFunctions runtime they report errors through. Used by the sheet-level tests and the local
 * workbook preview; never part of what Excel loads (HyperFormula is GPL v3 and is used here with
 * the "gpl-v3" licence key, in tests and local tools only).
 */
import type { CustomFunctionsStandIn, SheetArgument, SheetCell } from "./customFunctionsRuntime";
import "./customFunctionsRuntime";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { DECLARATIONS } from "../functions/declarations";
import { excelAdapter } from "../functions/excelHost";
import { isOptional } from "../functions/params";
import { NAMESPACE } from "../functions/formula";
import { resultSize } from "../functions/runner";

type Ast = {
  type: string;
  expressionName?: string;
  args: Ast[];
  value?: unknown;
  procedureName?: string;
  reference?: { toSimpleCellAddress(base: unknown): unknown };
  start?: { toSimpleCellAddress(base: unknown): unknown };
  end?: { toSimpleCellAddress(base: unknown): unknown };
};

/** The largest range whose size is passed on for sizing: a spread has three cells, a price table a few hundred. */
const MAX_SIZED_CELLS = 10_000;
type State = { formulaAddress: unknown };
interface PluginInternals {
  arraySizeForAst(ast: Ast, state: State): ArraySize;
  dependencyGraph: { getCellValue(address: unknown): unknown; getCell?(address: unknown): unknown };
}

/**
 * An argument's value as far as it is known when HyperFormula parses the formula, which is when it
 * must size a spilled result: a literal, or the current value of a referenced cell; a nested call is
 * present though unknown. Anything else (a range's values, an operator) is unknown and reads as blank.
 */
function knownValue(plugin: PluginInternals, ast: Ast | undefined, state: State): unknown {
  if (!ast) return null;
  if (ast.type === "NUMBER" || ast.type === "STRING") return ast.value;
  // TRUE and FALSE, as addExcelLiterals names them.
  if (ast.type === "NAMED_EXPRESSION" && (ast.expressionName === "TRUE" || ast.expressionName === "FALSE")) {
    return ast.expressionName === "TRUE";
  }
  if (ast.type === "MINUS_UNARY_OP") {
    const inner = knownValue(plugin, ast.value as Ast, state);
    return typeof inner === "number" ? -inner : null;
  }
  // An array constant ({5000,30000}): its values, each as far as it is known.
  if (ast.type === "ARRAY") {
    const rows = ast.args as unknown as Ast[][];
    return rows.map((row) => row.map((item) => knownValue(plugin, item, state)));
  }
  // A range's size is known when the formula is parsed, its values are not: a range of blanks that
  // size sizes a result that depends on how many cells an argument has (FT_SENSITIVITY).
  if (ast.type === "CELL_RANGE" && ast.start && ast.end) {
    const start = ast.start.toSimpleCellAddress(state.formulaAddress) as { row: number; col: number };
    const end = ast.end.toSimpleCellAddress(state.formulaAddress) as { row: number; col: number };
    const rows = Math.abs(end.row - start.row) + 1;
    const columns = Math.abs(end.col - start.col) + 1;
    return rows * columns <= MAX_SIZED_CELLS
      ? Array.from({ length: rows }, () => new Array<null>(columns).fill(null))
      : null;
  }
  if (ast.type === "CELL_REFERENCE" && ast.reference) {
    try {
      // As the run will see it: on desktop a blank cell is 0.
      const raw = toRaw(plugin.dependencyGraph.getCellValue(ast.reference.toSimpleCellAddress(state.formulaAddress)));
      return Array.isArray(raw) ? (raw as unknown[][])[0][0] : raw;
    } catch {
      // Inside a batch, cells are not evaluated yet and HyperFormula refuses to read them.
      return null;
    }
  }
  // A nested call (IF(served, FT_GPU_MONTHLY_COST(...), 0)): its value is not known yet, its presence
  // is. A single value reads as given (a number stands in), so that a result sized by the numbers
  // given (FT_SWITCH_VALUES) has room for it; a nested array, as its size of blanks.
  if (ast.type === "FUNCTION_CALL") {
    const size = plugin.arraySizeForAst(ast, state);
    if (size.width === 1 && size.height === 1) return 1;
    return size.width * size.height <= MAX_SIZED_CELLS
      ? Array.from({ length: size.height }, () => new Array<null>(size.width).fill(null))
      : null;
  }
  return null;
}

/** Excel's text of each HyperFormula error; HyperFormula's own (#CYCLE!, #LIC!) keep their names. */
const EXCEL_ERRORS: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
};

/** A HyperFormula value as the sheet shows it: blank as null, an error by Excel's name. */
function toSheet(value: unknown): SheetArgument {
  // An argument left out (HyperFormula passes undefined) stays left out: it is no blank cell.
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toSheet) as SheetCell[]);
  return toSheetCell(value);
}

function toSheetCell(value: unknown): SheetCell {
  if (value === undefined || value === null || value === EmptyValue) return null;
  if (value instanceof CellError) {
    return { error: EXCEL_ERRORS[value.type] ?? `#${value.type}!`, message: value.message || undefined };
  }
  if (typeof value === "object" && "val" in value) return (value as { val: number }).val;
  return value as SheetCell;
}

/** A sheet value as the Excel being imitated (desktop or web) passes it to a custom function. */
const toRaw = (value: unknown): unknown =>
  (globalThis as unknown as { CustomFunctions: CustomFunctionsStandIn }).CustomFunctions.toArgument(toSheet(value));

/** An error the adapters threw or returned, as HyperFormula's error value. */
function isAdapterError(value: unknown): value is { code: string; message?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

/** HyperFormula's error for each error the functions return (it has no #NULL!). */
const HYPERFORMULA_ERRORS: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.ERROR,
};

function toCellError(error: { code: string; message?: string }): CellError {
  return new CellError(HYPERFORMULA_ERRORS[error.code] ?? ErrorType.VALUE, error.message);
}

/**
 * The #SPILL! a result gets when it outgrows the room HyperFormula sized for it when the formula
 * was parsed (a size that depends on a cell whose value has changed since): the workbook re-enters
 * such a formula, and HyperFormula sizes it anew (see PreviewWorkbook).
 */
export const RESIZE_MESSAGE = "The result's size has changed: it is sized anew.";

/**
 * The room HyperFormula gave a formula's result: its array's size, or one cell. A call nested in
 * another (INDEX(AICOST.FT_COMPARE(...), 3, 3)) hands its whole result to the outer function, as
 * Excel does: it has no room of its own to outgrow.
 */
function roomOf(plugin: FunctionPlugin, state: State, ast: Ast): { width: number; height: number } {
  const vertex = (plugin as unknown as PluginInternals).dependencyGraph.getCell?.(state.formulaAddress) as
    { width?: number; height?: number; formula?: unknown } | undefined;
  if (vertex?.formula !== undefined && vertex.formula !== ast) return { width: Infinity, height: Infinity };
  return { width: vertex?.width ?? 1, height: vertex?.height ?? 1 };
}

function fromAdapter(run: () => unknown[][], room: { width: number; height: number }): unknown {
  let cells: unknown[][];
  try {
    cells = run();
  } catch (error) {
    if (isAdapterError(error)) return toCellError(error);
    throw error;
  }
  // HyperFormula cannot grow an array it has sized (it throws "Resizing to smaller array").
  if (cells.length > room.height || (cells[0]?.length ?? 1) > room.width) {
    return new CellError(ErrorType.SPILL, RESIZE_MESSAGE);
  }
  const value = (cell: unknown) => (isAdapterError(cell) ? toCellError(cell) : cell);
  if (cells.length === 1 && cells[0].length === 1) return value(cells[0][0]);
  return SimpleRangeValue.onlyValues(cells.map((row) => row.map(value)) as never);
}

/** The plugin class, with one method and one size method per AICOST function. */
export class AicostPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};

  /**
   * An argument's value. HyperFormula 3.5 throws "Unknown array" for a range that is exactly the
   * spill of a formula whose result is an error (its ErroredArray is not handled there); Excel
   * passes that error on, and so does this: the error at the range's first cell.
   */
  override evaluateAst(
    ast: Parameters<FunctionPlugin["evaluateAst"]>[0],
    state: Parameters<FunctionPlugin["evaluateAst"]>[1],
  ) {
    try {
      return super.evaluateAst(ast, state);
    } catch (error) {
      const range = ast as unknown as { type: string; start?: { toSimpleCellAddress(base: unknown): unknown } };
      if (
        !(error instanceof Error) ||
        error.message !== "Unknown array" ||
        range.type !== "CELL_RANGE" ||
        !range.start
      ) {
        throw error;
      }
      const first = (this as unknown as PluginInternals).dependencyGraph.getCellValue(
        range.start.toSimpleCellAddress((state as unknown as State).formulaAddress),
      );
      return first instanceof CellError ? first : new CellError(ErrorType.VALUE, error.message);
    }
  }
}

const plugin = AicostPlugin.prototype as unknown as Record<string, unknown>;
for (const declaration of DECLARATIONS) {
  const method = `run${declaration.id}`;
  const sizeMethod = `size${declaration.id}`;
  AicostPlugin.implementedFunctions[`${NAMESPACE}.${declaration.id}`] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    parameters: declaration.params.map((param) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: isOptional(param),
    })),
    vectorizationForbidden: true,
  };
  const adapter = excelAdapter(declaration);
  plugin[method] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
    // An argument left out (f(a,,b)) arrives as null on every host (Microsoft: "Custom functions
    // parameter options"), never as a blank cell, which Excel desktop passes as 0.
    const omitted = ast.args.map((arg) => (arg as { type?: string }).type === "EMPTY");
    return run.call(this, ast.args, state, this.metadata(`${NAMESPACE}.${declaration.id}`), (...args: unknown[]) =>
      fromAdapter(
        () => adapter(...args.map((arg, index) => (omitted[index] ? null : toRaw(arg)))),
        roomOf(this, state, ast),
      ),
    );
  };
  /** The declared size: a table's spill from the arguments known now, a broadcast's from its ranges. */
  plugin[sizeMethod] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const internals = this as unknown as PluginInternals;
    if (declaration.shape === "table") {
      const size = resultSize(
        declaration,
        declaration.params.map((_, index) => knownValue(internals, ast.args[index], state)),
      );
      return !size || (size[0] === 1 && size[1] === 1) ? ArraySize.scalar() : new ArraySize(size[1], size[0]);
    }
    let rows = 1;
    let columns = 1;
    declaration.params.forEach((param, index) => {
      const arg = ast.args[index];
      if (!arg || param.kind === "table") return;
      const size = internals.arraySizeForAst(arg, state);
      rows = Math.max(rows, size.height);
      columns = Math.max(columns, size.width);
    });
    return new ArraySize(columns, rows);
  };
}

/** Registers the AICOST functions in HyperFormula once, named as in Excel (HyperFormula's default language). */
export function registerAicostFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(`${NAMESPACE}.REQUEST_COST`)) return;
  const names = Object.fromEntries(Object.keys(AicostPlugin.implementedFunctions).map((id) => [id, id]));
  HyperFormula.registerFunctionPlugin(AicostPlugin, { enGB: names });
}

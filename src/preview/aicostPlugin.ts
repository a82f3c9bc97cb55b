/**
 * Every AICOST function registered in HyperFormula, a spreadsheet engine that runs without
 * Excel, by calling the very adapters Excel calls (functions.ts), with a small stand-in for the
 * CustomFunctions runtime they report errors through. Used by the sheet-level tests and the local
 * workbook preview; never part of what Excel loads (HyperFormula is GPL v3 and is used here with
 * the "gpl-v3" licence key, in tests and local tools only).
 */
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
import { ExcelError } from "../functions/excelError";
import { ADAPTERS } from "../functions/functions";
import { DECISION_CHECK_COUNT, STRATEGIES } from "../engine";
import { compareHeader, FUNCTIONS } from "../functions/definitions";
import { isOptional } from "../functions/params";
import { runFunction, type FunctionDefinition } from "../functions/runner";

/** The namespace Excel puts in front of every function id. */
export const NAMESPACE = "AICOST";

type Ast = { type: string; args: Ast[]; value?: unknown; procedureName?: string };
type State = unknown;

/** Rows x columns a table function spills, known before it runs (HyperFormula sizes spills at parse time). */
function tableSize(definition: FunctionDefinition, args: Ast[]): [rows: number, columns: number] | undefined {
  const literal = (index: number): unknown =>
    args[index]?.type === "NUMBER" || args[index]?.type === "STRING" ? args[index].value : undefined;
  const sample = (raw: unknown[]): [number, number] | undefined => {
    const cells = runFunction(definition, raw);
    return cells.length === 1 && cells[0][0] instanceof ExcelError ? undefined : [cells.length, cells[0].length];
  };
  switch (definition.id) {
    case "TCO_SERIES": {
      const months = literal(3);
      return typeof months === "number" && Number.isInteger(months) && months >= 0 ? [months + 1, 1] : undefined;
    }
    case "MODELS":
      return sample([literal(0) ?? null]);
    case "FT_COMPARE":
      return [STRATEGIES.length + 1, compareHeader(0).length];
    case "FT_DECISION_REASONS":
      return [DECISION_CHECK_COUNT, 1];
    case "ASSUMPTIONS":
      return sample([]);
    default:
      return undefined;
  }
}

/** A HyperFormula value as Excel would pass it to a custom function. */
function toRaw(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toRaw));
  if (value instanceof CellError) {
    return new ExcelError(
      value.type === ErrorType.NA ? "#N/A" : "#VALUE!",
      value.message ?? `${value.type} in an argument`,
    );
  }
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** An error the adapters threw or returned, as HyperFormula's error value. */
function isAdapterError(value: unknown): value is { code: string; message?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

function toCellError(error: { code: string; message?: string }): CellError {
  return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
}

function fromAdapter(run: () => unknown[][]): unknown {
  let cells: unknown[][];
  try {
    cells = run();
  } catch (error) {
    if (isAdapterError(error)) return toCellError(error);
    throw error;
  }
  const value = (cell: unknown) => (isAdapterError(cell) ? toCellError(cell) : cell);
  if (cells.length === 1 && cells[0].length === 1) return value(cells[0][0]);
  return SimpleRangeValue.onlyValues(cells.map((row) => row.map(value)) as never);
}

/** The plugin class, with one method and one size method per AICOST function. */
export class AicostPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

const plugin = AicostPlugin.prototype as unknown as Record<string, unknown>;
for (const definition of Object.values(FUNCTIONS)) {
  const method = `run${definition.id}`;
  const sizeMethod = `size${definition.id}`;
  AicostPlugin.implementedFunctions[`${NAMESPACE}.${definition.id}`] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    parameters: definition.params.map((param) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: isOptional(param),
    })),
    vectorizationForbidden: true,
  };
  const adapter = ADAPTERS[definition.id];
  plugin[method] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
    return run.call(this, ast.args, state, this.metadata(`${NAMESPACE}.${definition.id}`), (...args: unknown[]) =>
      fromAdapter(() => adapter(...args.map(toRaw))),
    );
  };
  plugin[sizeMethod] = function (this: FunctionPlugin, ast: Ast, state: State) {
    if (definition.shape === "table") {
      const size = tableSize(definition, ast.args);
      return size ? new ArraySize(size[1], size[0]) : ArraySize.scalar();
    }
    let rows = 1;
    let columns = 1;
    definition.params.forEach((param, index) => {
      const arg = ast.args[index];
      if (!arg || param.kind === "priceTable") return;
      const size = (this as unknown as { arraySizeForAst: (a: Ast, s: State) => ArraySize }).arraySizeForAst(
        arg,
        state,
      );
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

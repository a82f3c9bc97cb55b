/**
 * The one stand-in for Excel's CustomFunctions runtime, for every host that is not Excel: the
 * preview, and each test that runs the adapters (in Node, in a bare VM context with the built
 * functions.js, and in Chromium). It is as strict as Microsoft documents Excel to be, and it
 * passes arguments the way Excel desktop or Excel on the web does; each rule names its source.
 * Importing this module installs a web stand-in unless the host has the runtime.
 */

/** The two ways Excel hands cells to a custom function. */
export type ExcelHostKind = "desktop" | "web";

/** A cell holding an Excel error, as a sheet shows it: `#DIV/0!`, `#N/A` with its message. */
export interface SheetError {
  error: string;
  message?: string;
}

/** A number shown through a number format ("$1,200.00"); data types deliver the format with it. */
export interface FormattedNumber {
  value: number;
  numberFormat: string;
}

/** A data-type cell the add-in cannot read: a Stocks or Geography entity, an image. */
export interface DataTypeCell {
  dataType: "Entity" | "LinkedEntity" | "WebImage";
  text: string;
}

/** One cell of a sheet as a test or the preview writes it, before a host turns it into an argument. */
export type SheetCell = null | number | string | boolean | SheetError | FormattedNumber | DataTypeCell;

/** One argument of a formula: a cell, a range, or undefined when the argument is left out. */
export type SheetArgument = SheetCell | SheetCell[][] | undefined;

export interface StandInOptions {
  /** Which Excel to behave as; "web" by default. */
  host?: ExcelHostKind;
  /** The functions' metadata as shipped (functions.json); only its error flag matters here. */
  metadata?: object;
}

/** An error as the runtime carries it: CustomFunctions.Error's fields. */
export interface StandInError {
  code: string;
  message?: string;
}

/** What the stand-in provides; `associated` holds every function associate() received. */
export interface CustomFunctionsStandIn {
  Error: new (code: string, message?: string) => StandInError;
  ErrorCode: {
    invalidValue: "#VALUE!";
    notAvailable: "#N/A";
    divisionByZero: "#DIV/0!";
    invalidNumber: "#NUM!";
    nullReference: "#NULL!";
    invalidName: "#NAME?";
    invalidReference: "#REF!";
  };
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  associated: Map<string, (...args: unknown[]) => unknown>;
  host: ExcelHostKind;
  /** One cell or range as this host passes it to a matrix parameter. */
  toArgument(value: SheetArgument): unknown;
  /**
   * Evaluates a formula as Excel would: checks the metadata, passes each argument the host's way,
   * calls the associated function and checks what it returns. Resolves to the result's cells (an
   * error as a StandInError); rejects when the function broke a rule Excel enforces.
   */
  evaluate(id: string, args: readonly SheetArgument[]): Promise<unknown[][]>;
}

/**
 * Builds a fresh stand-in. Self-contained (it refers to nothing outside its body), so a browser
 * test can inject its source text into a page.
 */
export function createCustomFunctionsRuntime(options: StandInOptions = {}): CustomFunctionsStandIn {
  const host: ExcelHostKind = options.host ?? "web";
  const allowErrors = options.metadata
    ? (options.metadata as { allowErrorForDataTypeAny?: unknown }).allowErrorForDataTypeAny === true
    : true;
  const associated = new Map<string, (...args: unknown[]) => unknown>();

  class StandInErrorClass {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }

  /** The errorType a data-type error object names its error by (Excel.ErrorCellValueType). */
  const ERROR_TYPES: Record<string, string> = {
    "#DIV/0!": "Div0",
    "#N/A": "NotAvailable",
    "#NAME?": "Name",
    "#NULL!": "Null",
    "#NUM!": "Num",
    "#REF!": "Ref",
    "#VALUE!": "Value",
    "#SPILL!": "Spill",
    "#CALC!": "Calc",
  };

  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

  function cellArgument(cell: SheetCell): unknown {
    // A blank cell: null in Excel on the web, 0 in Excel desktop (office-js issues 4702, 1951).
    if (cell === null) return host === "desktop" ? 0 : null;
    if (!isObject(cell)) return cell;
    if ("error" in cell) {
      const error = cell as SheetError;
      // With data types enabled (allowCustomDataForDataTypeAny), Excel desktop passes an error
      // cell as an error cell value; the web passes a CustomFunctions.Error (SPEC 3.8).
      return host === "desktop"
        ? { type: "Error", errorType: ERROR_TYPES[error.error] ?? "Value", basicValue: error.error }
        : new StandInErrorClass(error.error, error.message);
    }
    if ("numberFormat" in cell) {
      const number = cell as FormattedNumber;
      // A formatted number arrives as a FormattedNumber cell value on desktop (Microsoft: "Use data
      // types with custom functions in Excel"); as its plain number on the web.
      return host === "desktop"
        ? { type: "FormattedNumber", basicValue: number.value, numberFormat: number.numberFormat }
        : number.value;
    }
    const data = cell as DataTypeCell;
    return { type: data.dataType, text: data.text, properties: {} };
  }

  // An omitted optional argument arrives as null (Microsoft: "Custom functions parameter options");
  // every parameter is a matrix, so a single cell arrives as [[value]].
  const toArgument = (value: SheetArgument): unknown =>
    value === undefined
      ? null
      : Array.isArray(value)
        ? value.map((row) => row.map(cellArgument))
        : [[cellArgument(value)]];

  /** The first error an argument holds, if any. */
  const errorIn = (value: SheetArgument): string | undefined => {
    if (!Array.isArray(value)) return isObject(value) && "error" in value ? (value as SheetError).error : undefined;
    for (const row of value) for (const cell of row) if (errorIn(cell)) return errorIn(cell);
    return undefined;
  };

  const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);
  /** A CustomFunctions.Error: its code one of ErrorCode's, its message absent or text. */
  const isRuntimeError = (value: unknown): value is StandInError =>
    isObject(value) &&
    CODES.has(value.code as string) &&
    (value.message === undefined || typeof value.message === "string");

  /** Excel shows only these with a message ("A custom error message can't be used" for the rest). */
  const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
  /** Errors a custom function may take as input but not return (Microsoft's ErrorCode reference). */
  const INPUT_ONLY = new Set(["#NAME?", "#REF!"]);
  /** Excel for Mac cuts a message longer than this (office-js issue 4133). */
  const MESSAGE_LIMIT = 255;
  /**
   * A custom function's payload, its arguments and its result together, is capped at about 5 MB (a
   * Microsoft engineer in office-js issue 4654). Arguments above it never reach the function: Excel
   * on the web answers #CALC! for a whole column (office-js issue 4613, Office-Addin-Scripts 866).
   */
  const PAYLOAD_LIMIT = 5_000_000;

  function checkCell(cell: unknown, where: string): void {
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) throw new Error(`${where} is ${cell}, which Excel cannot show`);
      return;
    }
    if (typeof cell === "string" || typeof cell === "boolean") return;
    if (!isRuntimeError(cell)) throw new Error(`${where} is not a value Excel takes: ${String(cell)}`);
    if (INPUT_ONLY.has(cell.code)) throw new Error(`${where} returns ${cell.code}, which a custom function cannot`);
    if (cell.message !== undefined && !WITH_MESSAGE.has(cell.code)) {
      throw new Error(`${where}: ${cell.code} cannot carry a message ("${cell.message}")`);
    }
    if (cell.message !== undefined && cell.message.length > MESSAGE_LIMIT) {
      throw new Error(`${where}: a message of ${cell.message.length} characters is cut by Excel for Mac`);
    }
  }

  function checkResult(id: string, result: unknown, argumentBytes: number): unknown[][] {
    if (!Array.isArray(result) || result.length === 0 || !result.every(Array.isArray)) {
      throw new Error(`${id} must return a matrix (its metadata says dimensionality "matrix")`);
    }
    const width = (result[0] as unknown[]).length;
    if (width === 0 || result.some((row) => (row as unknown[]).length !== width)) {
      throw new Error(`${id} returned rows of different lengths`);
    }
    result.forEach((row, r) =>
      (row as unknown[]).forEach((cell, c) => checkCell(cell, `${id} row ${r + 1} column ${c + 1}`)),
    );
    if (argumentBytes + JSON.stringify(result).length > PAYLOAD_LIMIT) {
      throw new Error(`${id}: its arguments and result take more than about 5 MB`);
    }
    return result as unknown[][];
  }

  async function evaluate(id: string, args: readonly SheetArgument[]): Promise<unknown[][]> {
    const fn = associated.get(id);
    // An id the script never associated shows #NAME? in every cell that calls it.
    if (!fn) throw new Error(`${id} is not associated`);
    // Without allowErrorForDataTypeAny Excel does not call the function when an argument holds an
    // error: the whole formula is that error (Microsoft: "Handle and return errors from your custom
    // function", errors as custom function inputs).
    const held = allowErrors ? undefined : args.map(errorIn).find((code) => code !== undefined);
    if (held) return [[new StandInErrorClass(held)]];
    // As the host passes them: a blank cell is null on the web and 0 on desktop.
    const passed = args.map(toArgument);
    const argumentBytes = JSON.stringify(passed).length;
    if (argumentBytes > PAYLOAD_LIMIT) {
      throw new Error(`${id}: arguments of ${argumentBytes} bytes never reach the function; Excel answers #CALC!`);
    }
    let result: unknown;
    try {
      result = await fn(...passed);
    } catch (thrown) {
      // A thrown CustomFunctions.Error is the formula's result; anything else is a crash.
      if (!isRuntimeError(thrown)) throw thrown;
      result = [[thrown]];
    }
    return checkResult(id, result, argumentBytes);
  }

  return {
    Error: StandInErrorClass,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (id, fn) => {
      associated.set(id, fn);
    },
    associated,
    host,
    toArgument,
    evaluate,
  };
}

const installed = globalThis as unknown as { CustomFunctions?: unknown };
if (!installed.CustomFunctions) installed.CustomFunctions = createCustomFunctionsRuntime();

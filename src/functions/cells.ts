/**
 * What a raw cell from Excel holds, in each shape the hosts use. Excel passes an error cell as a
 * CustomFunctions.Error (`{ code, message }`), or, with data types enabled, as a cell-value object
 * (`{ type: "Error", errorType, basicValue: "#DIV/0!" }`); a formatted number, a string or a
 * boolean as `{ type, basicValue }`; an entity, a stock or an image as an object with no basic
 * value we can use (Microsoft: "Use data types with custom functions in Excel"; SPEC 3.8).
 */
import { ExcelError } from "./excelError";
import { fit, messages, type ArgumentLabel } from "./messages";

/** The cell-value types whose basic value is the cell's value. */
const BASIC_TYPES: ReadonlySet<unknown> = new Set(["Double", "FormattedNumber", "String", "Boolean", "Empty"]);

/** An Excel error held by a cell: its code as Excel shows it, and its message where it has one. */
export interface HeldError {
  code: string;
  message: string;
}

/** The error a raw cell holds, whatever shape the host gave it; undefined for any other value. */
export function heldError(raw: object): HeldError | undefined {
  if (raw instanceof ExcelError) return raw;
  const cell = raw as { type?: unknown; basicValue?: unknown; code?: unknown; message?: unknown };
  if (cell.type === "Error") {
    // An error cell value names its error in basicValue ("#DIV/0!"); #VALUE! should it lack one.
    const code = typeof cell.basicValue === "string" ? cell.basicValue : "#VALUE!";
    return { code, message: "" };
  }
  const code = cell.type === undefined ? cell.code : undefined;
  if (typeof code !== "string") return undefined;
  return { code, message: typeof cell.message === "string" ? cell.message : "" };
}

/** The value of a cell-value object of a basic type; the raw value itself when it is no such object. */
export function basicValue(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const cell = raw as { type?: unknown; basicValue?: unknown };
  return BASIC_TYPES.has(cell.type) ? (cell.type === "Empty" ? null : cell.basicValue) : raw;
}

/** The data type of a cell this add-in cannot read (an entity, a stock, an image), or undefined. */
export function unsupportedDataType(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || raw instanceof ExcelError) return undefined;
  const type = (raw as { type?: unknown }).type;
  return typeof type === "string" && type !== "Error" && !BASIC_TYPES.has(type) ? type : undefined;
}

/**
 * An argument's error, passed on as Excel's own functions pass it: #DIV/0!, #NUM!, #NULL! and #N/A
 * unchanged (#N/A with its message where it has one), #VALUE! with its message. Undefined for a
 * #VALUE! without a message and for the errors a custom function cannot return (#REF!, #NAME?,
 * #SPILL! and the like): the caller names the argument that held them.
 */
export function passOn(error: HeldError): ExcelError | undefined {
  switch (error.code) {
    case "#DIV/0!":
    case "#NUM!":
    case "#NULL!":
      return new ExcelError(error.code, "");
    case "#N/A":
      return new ExcelError("#N/A", fit(error.message));
    case "#VALUE!":
      return error.message ? new ExcelError("#VALUE!", fit(error.message)) : undefined;
    default:
      return undefined;
  }
}

/**
 * The error a cell that is an object stands for, named by label: the error it held, passed on or
 * named; a data type refused. Undefined for a value with a usable basic value.
 */
export function cellError(raw: object, label: ArgumentLabel): ExcelError | undefined {
  const error = heldError(raw);
  if (error) return passOn(error) ?? messages.heldError(label, error.code);
  const dataType = unsupportedDataType(raw);
  return dataType ? messages.dataType(label, dataType) : undefined;
}

/** A value Excel passes for an empty cell or an omitted argument. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/**
 * The bridge to Excel's custom functions runtime: one adapter per declaration, which hands Excel's
 * arguments to the runner and converts its host-neutral cells into what Excel expects.
 * CustomFunctions is a global the runtime provides; it is read only when a function runs, so this
 * module imports cleanly anywhere.
 */
import { separatorsUnknown, useSeparators } from "./culture";
import { carriesMessage, ExcelError } from "./excelError";
import { runFunction, type FunctionDeclaration } from "./runner";

/**
 * Only #VALUE! and #N/A take a message (Microsoft's CustomFunctions.ErrorCode reference). Each
 * ErrorCode member's value is the error as Excel writes it (invalidValue is "#VALUE!"), which is
 * what an ExcelError's code holds.
 */
function toCustomFunctionsError(error: ExcelError): CustomFunctions.Error {
  const code = error.code as CustomFunctions.ErrorCode;
  return carriesMessage(error.code) && error.message
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

/** Set while the workbook's number separators are being read, for the calls that must wait. */
let separatorsPending: Promise<void> | undefined;

/** The longest a call with text waits for the separators; after it, text the two conventions read differently is refused. */
const SEPARATORS_WAIT_MS = 3000;

/**
 * Reads the workbook's decimal and group separators once, so that numeric text is read as Excel
 * reads it: Excel's own separators where the analyst set them, the system culture's otherwise
 * (ExcelApi 1.11: Application.useSystemSeparators, decimalSeparator, thousandsSeparator and
 * cultureInfo.numberFormat). Where no Excel runs (the preview, the tests) en-US stays; in an Excel that
 * cannot say, they stay unknown.
 */
export function readWorkbookSeparators(): void {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  // Unknown until read: text that the two conventions read differently is refused meanwhile, and
  // stays refused where they cannot be read (an Excel without ExcelApi 1.11) or the read fails.
  separatorsUnknown();
  const read = Office.onReady().then(() => {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.11")) return;
    return Excel.run(async (context) => {
      const application = context.application;
      application.load("useSystemSeparators,decimalSeparator,thousandsSeparator");
      const culture = application.cultureInfo.numberFormat;
      culture.load("numberDecimalSeparator,numberGroupSeparator");
      await context.sync();
      // Even after the wait: nothing was guessed meanwhile, so a late answer only reads more text.
      useSeparators(
        application.useSystemSeparators
          ? { decimal: culture.numberDecimalSeparator, group: culture.numberGroupSeparator }
          : { decimal: application.decimalSeparator, group: application.thousandsSeparator },
      );
    });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, SEPARATORS_WAIT_MS)));
  separatorsPending = Promise.race([read, waited])
    .catch(() => undefined)
    .then(() => {
      clearTimeout(timer);
      separatorsPending = undefined;
    });
}

/** True when an argument holds text, which may be a number written in the workbook's culture. */
const holdsText = (raw: unknown): boolean => typeof raw === "string" || (Array.isArray(raw) && raw.some(holdsText));

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

/** The function for a declaration, as any CustomFunctions runtime calls it: arguments in declaration order. */
export function excelAdapter(declaration: FunctionDeclaration): (...args: unknown[]) => unknown[][] {
  return (...args) => runForExcel(declaration, args);
}

/**
 * The function Excel itself calls: the adapter, except that a call with text while the workbook's
 * separators are still being read waits for them (Excel takes a promise from any custom function).
 */
export function excelFunction(
  declaration: FunctionDeclaration,
): (...args: unknown[]) => unknown[][] | Promise<unknown[][]> {
  const adapter = excelAdapter(declaration);
  return (...args) =>
    separatorsPending && args.some(holdsText) ? separatorsPending.then(() => adapter(...args)) : adapter(...args);
}

/**
 * The Excel errors a custom function can return. Only #VALUE! and #N/A carry a message to the
 * user; #DIV/0!, #NUM! and #NULL! are passed on from an argument that held them, without one
 * (Microsoft's CustomFunctions.ErrorCode reference: "A custom error message can't be used").
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/**
 * An Excel error with its message, independent of any host. The Excel adapter turns it into a
 * CustomFunctions.Error; a spreadsheet engine used in tests turns it into its own error value.
 * Deliberately not a JavaScript Error: it is returned as a cell value, never thrown, and costs no
 * stack trace when a 10,000-row range has a bad cell in every row.
 */
export class ExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    /** Empty for the codes that carry none. */
    readonly message: string,
  ) {}
}

/** True for the codes whose error shows a message in Excel. */
export const carriesMessage = (code: ExcelErrorCode): boolean => code === "#VALUE!" || code === "#N/A";

/** A value in one cell of a result. */
export type Cell = number | string | boolean | ExcelError;

/** The two Excel errors that carry a message to the user. */
export type ExcelErrorCode = "#VALUE!" | "#N/A";

/**
 * An Excel error with its message, independent of any host. The Excel adapter turns it into a
 * CustomFunctions.Error; a spreadsheet engine used in tests turns it into its own error value.
 * Deliberately not a JavaScript Error: it is returned as a cell value, never thrown, and costs no
 * stack trace when a 10,000-row range has a bad cell in every row.
 */
export class ExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

/** A value in one cell of a result. */
export type Cell = number | string | boolean | ExcelError;

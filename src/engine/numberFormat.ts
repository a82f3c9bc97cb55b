/** Numbers in the words of the engine's sentences, as an analyst reads them in Excel (en-US). */

/**
 * An en-US number format made on first use: building one costs milliseconds in a browser, and the
 * functions script must load fast (Excel waits for it before the first formula computes).
 */
export function lazyFormat(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat("en-US", options)).format(value);
}

/**
 * A number with thousands separators and at most two decimals: 1650 gives "1,650", 2.5 gives "2.5".
 *
 * @example
 * formatGrouped(1234567.891); // "1,234,567.89"
 */
export const formatGrouped = lazyFormat({ maximumFractionDigits: 2 });

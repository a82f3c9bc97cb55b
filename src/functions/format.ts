/** Formats numbers for messages the way an analyst reads them in Excel (en-US). */

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const small = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });

/** A plain number with thousands separators: 1650 gives "1,650", 0.0165 gives "0.0165". */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 1 || value === 0 ? grouped.format(value) : small.format(value);
}

/** US dollars: 1650 gives "$1,650", 912.5 gives "$912.50", -0.001 gives "-$0.001". */
export function formatUsd(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude >= 1 && !Number.isInteger(magnitude) ? cents.format(magnitude) : formatNumber(magnitude);
  return value < 0 ? `-$${text}` : `$${text}`;
}

/** A decimal rate as a percentage: 0.1 gives "10%". */
export function formatPercent(rate: number): string {
  return `${formatNumber(rate * 100)}%`;
}

/** A cell value as the user typed it, for "got ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "a blank cell";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a non-finite number";
  if (Array.isArray(value)) return "a range";
  return "a value of an unsupported type";
}

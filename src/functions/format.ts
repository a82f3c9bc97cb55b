/** Formats numbers for messages the way an analyst reads them in Excel (en-US). */
import { formatGrouped, lazyFormat } from "../engine";

/** A whole number with thousands separators, without Intl (for text built as a script loads). */
export function groupDigits(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A number of whole months in words: "1 month", "24 months", "1,200 months". */
export const formatMonths = (months: number): string => `${groupDigits(months)} month${months === 1 ? "" : "s"}`;

const grouped = formatGrouped;
const cents = lazyFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const small = lazyFormat({ maximumSignificantDigits: 6 });

/** A plain number with thousands separators: 1650 gives "1,650", 0.0165 gives "0.0165". */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 1 || value === 0 ? grouped(value) : small(value);
}

/** A count with its noun, singular for one: "1 row", "1,650 rows", "2 other listings". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatNumber(count)} ${count === 1 ? one : many}`;

/** US dollars: 1650 gives "$1,650", 912.5 gives "$912.50", -0.001 gives "-$0.001". */
export function formatUsd(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude >= 1 && !Number.isInteger(magnitude) ? cents(magnitude) : formatNumber(magnitude);
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

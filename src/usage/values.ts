/**
 * Numbers and dates read from a usage file's cells and fields. A CSV cell is read where it lies
 * in the text (start and end offsets), so that a million rows allocate no string per number.
 * Results are plain numbers: {@link BLANK} for an empty cell, NaN for text that is no number or
 * date, and never −Infinity or −0 otherwise.
 *
 * Dates are Excel serials in UTC, and a row's day is its UTC calendar day (the serial's whole
 * part): a time written with a zone is moved to UTC first, so a request at
 * 2026-11-30T23:30:00-02:00 is on 2026-12-01, and one at 2026-12-01T01:00:00+05:30 on 2026-11-30.
 * OpenAI's buckets start at midnight UTC, and LiteLLM writes its times in UTC, so the days of a
 * log are the days its source counts.
 */
import { EARLIEST_DATE, LATEST_DATE, serialFromDateTime, serialFromIso } from "../engine";

/** What a reader gives for an empty cell, a missing field or null. */
export const BLANK = -Infinity;

/** Excel's serial of 1970-01-01, and seconds and milliseconds in a day. */
const UNIX_EPOCH_SERIAL = 25_569;
const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = 86_400_000;

/**
 * The first and the last day a usage row may fall on, as Excel serials: AICOST's dates, 2020-01-01
 * to 2100-12-31, so that WORKLOAD takes every row the Usage sheet holds.
 */
export const FIRST_USAGE_SERIAL = serialFromIso(EARLIEST_DATE);
export const LAST_USAGE_SERIAL = serialFromIso(LATEST_DATE);

/** Excel's last day, 9999-12-31: a bare number up to it is a date serial (a day outside the years above is said to be). */
const LAST_EXCEL_SERIAL = 2_958_465;

/** Unix seconds from this on are 2001-09-09 or later; from {@link UNIX_MS_FROM} on they are milliseconds. */
const UNIX_SECONDS_FROM = 1e9;
const UNIX_MS_FROM = 1e11;

/** A number as a CSV or a JSON text writes it: no thousands separators, no hexadecimal, no "Infinity". */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const SPACE = 32;
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

/** A number read, kept apart from {@link BLANK} (−Infinity reads as the lowest double) and with −0 as 0. */
const normalised = (read: number): number => (read === -Infinity ? -Number.MAX_VALUE : read + 0);

/**
 * The number written in text[start, end), spaces around it ignored: {@link BLANK} when there is
 * nothing but spaces, NaN when it is no number ("0x10", "1,200", "Infinity"), +Infinity beyond
 * any double ("1e400"), and 0 for "-0".
 *
 * @example
 * numberIn("a, 1200 ,b", 2, 8); // 1200
 */
export function numberIn(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) <= SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
  if (start === end) return BLANK;
  // Whole numbers of up to 15 digits, which token counts are, are read without a string.
  let i = start;
  const sign = text.charCodeAt(i);
  if (sign === MINUS || sign === PLUS) i++;
  let value = 0;
  const digitsFrom = i;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    value = value * 10 + (c - ZERO);
  }
  // 0 − value, not −value: "-0" is 0, as a count of nothing is.
  if (i === end && i > digitsFrom && i - digitsFrom <= 15) return sign === MINUS ? 0 - value : value;
  const written = text.slice(start, end);
  if (!NUMBER_TEXT.test(written)) return NaN;
  return normalised(Number(written));
}

/**
 * A JSON field as a count: a number as it is (−0 as 0), numeric text read by {@link numberIn},
 * null or missing as {@link BLANK}, anything else NaN.
 *
 * @example
 * numberOf("1500"); // 1500
 */
export function numberOf(value: unknown): number {
  if (typeof value === "number") return normalised(value);
  if (typeof value === "string") return numberIn(value, 0, value.length);
  return value === null || value === undefined ? BLANK : NaN;
}

/**
 * A number as a date, by its size: Unix milliseconds from 1e11 on, Unix seconds from 1e9, an Excel
 * date serial from 1 (1900-01-01) to Excel's last day with its fraction; NaN for any other.
 */
function serialOfNumber(value: number): number {
  if (value >= UNIX_MS_FROM) return value / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (value >= UNIX_SECONDS_FROM) return value / SECONDS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (value >= 1 && value < LAST_EXCEL_SERIAL + 1) return value;
  return NaN;
}

/**
 * The date in text[start, end) as an Excel serial, its time of day as the fraction (UTC): an ISO
 * date or date-time, Unix seconds (≥ 1e9), Unix milliseconds (≥ 1e11), or an Excel date serial
 * (1 to Excel's last day). {@link BLANK} for an empty cell; NaN for anything else, such as "03/04/2026",
 * which reads as two different days in two countries.
 *
 * @example
 * dateIn("2026-11-03T12:00:00Z", 0, 20); // 46329.5
 */
export function dateIn(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) <= SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
  if (start === end) return BLANK;
  if (end - start >= 10 && text.charCodeAt(start + 4) === MINUS) return serialFromDateTime(text, start, end);
  const value = numberIn(text, start, end);
  return value === BLANK ? BLANK : serialOfNumber(value);
}

/**
 * A JSON field as a date, as {@link dateIn} reads text: a number by its size (Unix seconds, as
 * OpenAI's `start_time`), a text as ISO or numeric, null or missing as {@link BLANK}.
 *
 * @example
 * dateOf(1793664000); // 46329
 */
export function dateOf(value: unknown): number {
  if (typeof value === "number") return serialOfNumber(value);
  if (typeof value === "string") return dateIn(value, 0, value.length);
  return value === null || value === undefined ? BLANK : NaN;
}

/**
 * Calendar dates as the catalogue and FT_COMPARE use them: ISO dates (YYYY-MM-DD), which compare
 * as text in date order, and Excel's date serials (days since 1899-12-30, for dates from
 * 1900-03-01 on, which is every date a price can have).
 */

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** The earliest and latest dates a start date or an as-of date may be (SPEC 3.4). */
export const EARLIEST_DATE: IsoDate = "2020-01-01";
export const LATEST_DATE: IsoDate = "2100-12-31";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * The ISO date of an Excel date serial; a time of day (the fraction) is dropped.
 *
 * @example
 * isoFromSerial(46361); // "2026-12-05"
 */
export function isoFromSerial(serial: number): IsoDate {
  return fromUtc((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

/**
 * The Excel date serial of an ISO date.
 *
 * @example
 * serialFromIso("2026-12-05"); // 46361
 */
export function serialFromIso(date: IsoDate): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The ISO date of a real calendar day typed as YYYY-MM-DD, or undefined (2026-02-30 is none). */
export function readIsoDate(text: string): IsoDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const iso = fromUtc(Date.UTC(year, month - 1, day));
  return iso === `${match[1]}-${match[2]}-${match[3]}` ? iso : undefined;
}

/**
 * The date n months after a date, on the same day of the month, or the month's last day when it
 * is shorter (as Excel's EDATE counts).
 *
 * @example
 * addMonths("2026-01-31", 1); // "2026-02-28"
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number);
  const first = Date.UTC(year, month - 1 + months, 1);
  const lastDay = new Date(Date.UTC(year, month + months, 0)).getUTCDate();
  return fromUtc(first + (Math.min(day, lastDay) - 1) * MS_PER_DAY);
}

/**
 * The month of a horizon starting on `start` that a date falls in: month k covers
 * [start + (k - 1) months, start + k months) (SPEC 3.4). 0 or less for a date before the start.
 *
 * @example
 * monthOfHorizon("2026-12-05", "2027-01-05"); // 2
 */
export function monthOfHorizon(start: IsoDate, date: IsoDate): number {
  if (date < start) return 0;
  const [y0, m0] = start.split("-").map(Number);
  const [y1, m1] = date.split("-").map(Number);
  // The calendar months between the two, less one when the date falls before that anniversary.
  let months = (y1 - y0) * 12 + (m1 - m0);
  if (addMonths(start, months) > date) months -= 1;
  return months + 1;
}

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

/** The ISO date of a calendar day given as its year, month (1 to 12) and day. */
export const isoOfDay = (year: number, month: number, day: number): IsoDate => fromUtc(Date.UTC(year, month - 1, day));

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
  return serialOfDay(year, month, day);
}

/** The Excel serial of a calendar day given as its year, month (1 to 12) and day. */
const serialOfDay = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;

/** The ISO date of a real calendar day typed as YYYY-MM-DD, or undefined (2026-02-30 is none). */
export function readIsoDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const serial = trimmed.length === 10 ? serialFromDateTime(trimmed) : NaN;
  return serial === serial && isoFromSerial(serial) === trimmed ? trimmed : undefined;
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

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * A date, then optionally "T", "t" or a space and a time: hours and minutes, optional seconds with
 * an optional fraction after a point or a comma (its first three digits kept), and an optional
 * zone ("Z", or +hh, +hhmm, +hh:mm). Sticky, so that a date inside a line is read where it starts,
 * without cutting it out.
 */
const DATE_TIME =
  /(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,3})\d*)?)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)?)?/y;

/**
 * An ISO 8601 date, with an optional time of day and zone, in text[start, end) as an Excel serial
 * with the time as its fraction, in UTC (a time with no zone is taken as UTC, as LiteLLM and
 * databases write it); NaN for anything else, such as 2026-02-30 or 25:00. Seconds are kept to the
 * millisecond: a finer fraction (.NET writes seven digits) would round 23:59:59.9999999 into the
 * next day, as a serial near 46,000 holds no finer step than about a microsecond.
 * Reads "2026-11-03", "2026-11-03T14:02:11.123Z", "2026-11-03 14:02:11", "2026-11-03T14:02+05:30".
 * The usage readers and WORKLOAD read date text with it alike.
 *
 * @example
 * serialFromDateTime("2026-11-30T23:30:00-02:00"); // 46357.0625
 */
export function serialFromDateTime(text: string, start = 0, end = text.length): number {
  DATE_TIME.lastIndex = start;
  const match = DATE_TIME.exec(text);
  if (!match) return NaN;
  // Past the end, it took the next field's digits as a fraction ("…:11,1500" in a CSV): read it alone.
  if (DATE_TIME.lastIndex !== end) return DATE_TIME.lastIndex > end ? serialFromDateTime(text.slice(start, end)) : NaN;
  const [, year, month, day, hour = 0, minute = 0, second = 0, fraction = "", zone, zoneHours = 0, zoneMinutes = 0] =
    match;
  const days = +month === 2 && isLeap(+year) ? 29 : MONTH_DAYS[+month - 1];
  if (
    !(+day >= 1 && +day <= days) ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 60 ||
    +zoneHours > 23 ||
    +zoneMinutes > 59
  ) {
    return NaN;
  }
  // A time ahead of UTC is that many hours later than the same time in UTC.
  const seconds =
    +hour * 3600 +
    +minute * 60 +
    +second +
    +fraction.padEnd(3, "0") / 1000 -
    (zone === "-" ? -1 : 1) * (+zoneHours * 3600 + +zoneMinutes * 60);
  return serialOfDay(+year, +month, +day) + seconds / 86_400;
}

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
  return serialOfDay(year, month, day);
}

/** The Excel serial of a calendar day given as its year, month (1 to 12) and day. */
const serialOfDay = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;

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

const SPACE = 32;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;
const COLON = 58;
const ZERO = 48;
const NINE = 57;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The value of the `count` digits at text[at], or −1 where one of them is no digit. */
function digitsAt(text: string, at: number, count: number, end: number): number {
  if (at + count > end) return -1;
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}

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
  const year = digitsAt(text, start, 4, end);
  const month = digitsAt(text, start + 5, 2, end);
  const day = digitsAt(text, start + 8, 2, end);
  if (year < 0 || month < 1 || month > 12 || day < 1) return NaN;
  if (text.charCodeAt(start + 4) !== MINUS || text.charCodeAt(start + 7) !== MINUS) return NaN;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return NaN;
  let seconds = 0;
  let i = start + 10;
  if (i < end) {
    const separator = text.charCodeAt(i);
    // "T", "t" or a space before the time.
    if (separator !== 84 && separator !== 116 && separator !== SPACE) return NaN;
    const hour = digitsAt(text, i + 1, 2, end);
    const minute = digitsAt(text, i + 4, 2, end);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text.charCodeAt(i + 3) !== COLON) return NaN;
    seconds = hour * 3600 + minute * 60;
    i += 6;
    if (i < end && text.charCodeAt(i) === COLON) {
      const second = digitsAt(text, i + 1, 2, end);
      if (second < 0 || second > 60) return NaN;
      seconds += second;
      i += 3;
      const mark = i < end ? text.charCodeAt(i) : 0;
      if (mark === DOT || mark === COMMA) {
        let milliseconds = 0;
        let scale = 100;
        const from = ++i;
        for (; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c < ZERO || c > NINE) break;
          milliseconds += (c - ZERO) * scale;
          scale = Math.floor(scale / 10);
        }
        if (i === from) return NaN;
        seconds += milliseconds / 1000;
      }
    }
    if (i < end) {
      const zone = text.charCodeAt(i);
      if (zone === 90 || zone === 122)
        i++; // "Z" or "z"
      else if (zone === PLUS || zone === MINUS) {
        const hours = digitsAt(text, i + 1, 2, end);
        if (hours < 0 || hours > 23) return NaN;
        i += 3;
        let minutes = 0;
        if (i < end) {
          if (text.charCodeAt(i) === COLON) i++;
          minutes = digitsAt(text, i, 2, end);
          if (minutes < 0 || minutes > 59) return NaN;
          i += 2;
        }
        // A time ahead of UTC is that many hours later than the same time in UTC.
        seconds -= (zone === PLUS ? 1 : -1) * (hours * 3600 + minutes * 60);
      }
    }
    if (i !== end) return NaN;
  }
  return daySerial(year, month, day) + seconds / 86_400;
}

/** The last day turned into a serial, by year × 10,000 + month × 100 + day: a log's rows run day by day. */
let lastDayKey = -1;
let lastDaySerial = 0;

/** The Excel serial of a calendar day (checked before). */
function daySerial(year: number, month: number, day: number): number {
  const key = year * 10_000 + month * 100 + day;
  if (key !== lastDayKey) {
    lastDayKey = key;
    lastDaySerial = serialOfDay(year, month, day);
  }
  return lastDaySerial;
}

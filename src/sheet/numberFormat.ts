/** How Excel (en-US) displays a cell under the number formats a written sheet uses: for the pane and the preview. */
import { isoFromSerial } from "../engine";

/** Excel's General format shows at most this many characters of a number (the minus sign aside). */
const GENERAL_WIDTH = 11;

const fixedFormats = /* @__PURE__ */ new Map<number, Intl.NumberFormat>();

/** `digits` fraction digits at most, no grouping, rounded half away from zero as Excel rounds. */
function fixed(magnitude: number, digits: number): string {
  let format = fixedFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, useGrouping: false });
    fixedFormats.set(digits, format);
  }
  return format.format(magnitude);
}

/** Excel's scientific form: "1.23457E+12", "1E-07" (capital E, a sign, two exponent digits at least). */
function scientific(magnitude: number, significantDigits: number): string {
  const text = new Intl.NumberFormat("en-US", {
    notation: "scientific",
    maximumSignificantDigits: significantDigits,
  }).format(magnitude);
  const [mantissa, exponent] = text.split("E");
  const power = Number(exponent);
  return `${mantissa}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

/**
 * Excel's General format for a number in a cell wide enough for 11 characters, following the
 * rules SheetJS SSF checks against Excel's own output: integers of up to 11 digits in full;
 * other numbers from 1e-4 to 1e11 rounded to fit 11 characters; smaller numbers in full when
 * they fit, else scientific; larger ones scientific, with as many significant digits as fit
 * (6 for a two-digit exponent). A minus sign does not count against the 11 characters.
 */
function formatGeneral(value: number): string {
  // Excel has no infinities or NaN; a formula that overflows shows #NUM!.
  if (!Number.isFinite(value)) return "#NUM!";
  const magnitude = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (magnitude === 0) return "0";
  if (Number.isInteger(magnitude) && magnitude < 1e11) return `${sign}${magnitude}`;
  // The exponent of the shortest decimal that reads back as this number; no rounding yet.
  const exponent = Number(magnitude.toExponential().split("e")[1]);
  if (exponent >= -9 && exponent <= 10) {
    // 11 characters less the integer digits and the point (less "0." below 1).
    const text = fixed(magnitude, exponent >= 0 ? Math.max(0, GENERAL_WIDTH - 2 - exponent) : GENERAL_WIDTH - 2);
    // Below 1e-4, rounding to 9 decimals would keep fewer digits than scientific shows, so
    // Excel keeps the fixed form only when it loses nothing (0.00001 stays 0.00001).
    const lossless = exponent > -5 || text === fixed(magnitude, 12);
    if (lossless && text.length <= GENERAL_WIDTH) return `${sign}${text}`;
  }
  for (let digits = 6; digits > 1; digits--) {
    const text = scientific(magnitude, digits);
    if (text.length <= GENERAL_WIDTH) return `${sign}${text}`;
  }
  return `${sign}${scientific(magnitude, 1)}`;
}

/** A section of a number format with a condition: `[>0.999]"more than 99.9 %"`. */
const CONDITIONAL = /^\[(<=|>=|<|>|=)(-?\d+(?:\.\d+)?)\](.*)$/;

/** A section that is a quoted text alone: what the cell shows, whatever the number. */
const LITERAL = /^"([^"]*)"$/;

/**
 * The section of a format with conditions that applies to a number (Excel takes the first whose
 * condition holds, then the last section): its format, or the text it shows.
 */
function sectionFor(value: number, numberFormat: string): { format: string; literal?: string } {
  if (!numberFormat.startsWith("[")) return { format: numberFormat };
  const sections = numberFormat.match(/(?:[^;"]|"[^"]*")+/g) ?? [numberFormat];
  for (const section of sections) {
    const condition = CONDITIONAL.exec(section);
    if (condition) {
      const [, operator, bound, rest] = condition;
      const limit = Number(bound);
      const holds =
        operator === "<"
          ? value < limit
          : operator === "<="
            ? value <= limit
            : operator === ">"
              ? value > limit
              : operator === ">="
                ? value >= limit
                : value === limit;
      if (!holds) continue;
      const literal = LITERAL.exec(rest);
      return literal ? { format: rest, literal: literal[1] } : { format: rest };
    }
    const literal = LITERAL.exec(section);
    return literal ? { format: section, literal: literal[1] } : { format: section };
  }
  return { format: "General" };
}

/** Fixed-decimal number formats, optionally money, grouped or percent: "$#,##0.00", "0", "0.0%". */
const FIXED_FORMAT = /^(\$?)(#,##)?0(?:\.(0+))?(%?)$/;

/**
 * A cell value as Excel (en-US) displays it under the number formats the add-in writes:
 * "$#,##0", "$#,##0.00", "$#,##0.0000", "#,##0", "0.0", "0.0000", "0", "0%", "0.0%", "@" and
 * "General", and those with conditions whose sections are a quoted text or one of these (the
 * chances). Any other format shows the number as General. Rounding is half away from zero on the
 * decimal the number reads as, as Excel rounds; a negative that rounds to zero loses its sign.
 *
 * @example
 * formatCell(0.01125, "$#,##0.0000") // "$0.0113"
 * formatCell(-1234.4, "$#,##0") // "-$1,234"
 * formatCell(0.125, "0.0%") // "12.5%"
 * formatCell(46361, "yyyy-mm-dd") // "2026-12-05"
 * formatCell(46361.5854, "yyyy-mm-dd hh:mm") // "2026-12-05 14:02"
 * formatCell(1, '[>0.999]"more than 99.9 %";[<0.001]"less than 0.1 %";0.0%') // "more than 99.9 %"
 * formatCell(1 / 3) // "0.333333333"
 * formatCell(1234567890123) // "1.23457E+12"
 * formatCell(true) // "TRUE"
 */
export function formatCell(value: number | string | boolean | null, numberFormat = "General"): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  // A date, as Excel shows a serial under "yyyy-mm-dd": its day (time of day aside), day 0 as
  // 1900-01-00, and #### for a negative serial, which is no date.
  if (numberFormat === "yyyy-mm-dd" && Number.isFinite(value)) {
    return value < 0 ? "####" : value < 1 ? "1900-01-00" : isoFromSerial(Math.floor(value));
  }
  // A date and its time: rounded to the second, as Excel rounds a time it shows, then the
  // seconds left out.
  if (numberFormat === "yyyy-mm-dd hh:mm" && Number.isFinite(value) && value >= 1) {
    const seconds = Math.round(value * 86_400);
    const day = Math.floor(seconds / 86_400);
    const minutes = Math.floor((seconds - day * 86_400) / 60);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${isoFromSerial(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const section = sectionFor(value, numberFormat);
  if (section.literal !== undefined) return section.literal;
  const match = FIXED_FORMAT.exec(section.format);
  if (!match || !Number.isFinite(value)) return formatGeneral(value);
  const [, currency, grouped, decimals, percent] = match;
  const digits = decimals?.length ?? 0;
  const text = new Intl.NumberFormat("en-US", {
    style: percent ? "percent" : "decimal",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: Boolean(grouped),
  }).format(Math.abs(value));
  const sign = value < 0 && /[1-9]/.test(text) ? "-" : "";
  return `${sign}${currency}${text}`;
}

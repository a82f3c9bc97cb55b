/**
 * Declared parameters: what each argument of a custom function accepts (type, unit, default,
 * bounds, help text), and the one coercion routine that turns a raw value, from an Excel cell or
 * a task pane field, into that or into an error naming the argument, the value and what was
 * expected.
 */
import { PRICE_TABLE_COLUMNS, serialFromDateTime, type PriceOverrides } from "../engine";
import { todaySerial } from "./clock";
import { basicValue, cellError, heldError, isBlank, passOn } from "./cells";
import { readNumber } from "./culture";
import { ExcelError } from "./excelError";
import { formatNumber } from "./format";
import { parsePriceTable } from "./priceTable";
import { messages, orList, separatorsRefusal, type ArgumentLabel } from "./messages";

/** The longest horizon in months: 100 years (SPEC 3.8), far inside what Excel takes from one formula. */
export const MAX_MONTHS = 1_200;

/** Bounds and unit of a numeric argument. */
export interface NumberDomain {
  /** What the analyst must type, as it reads after "must be". */
  expected: string;
  /** The unit in full, as Excel's help text and the README give it. */
  unit: string;
  /** The unit as a short label beside a field or in a sheet's unit column. */
  symbol: string;
  /** The lowest value allowed (or, with minExclusive, the value it must exceed). */
  min: number;
  minExclusive: boolean;
  max: number;
  integer: boolean;
  /** A rate typed without its per cent sign (10 for 10 %) is refused with a hint. */
  rate: boolean;
  /** An Excel date: a serial, or date text as YYYY-MM-DD, which is read as its serial. */
  date: boolean;
}

/** snake_case to camelCase, as a type: "input_tokens" is "inputTokens". */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The name under which compute receives an argument: Excel's snake_case name in camelCase. */
export function argumentKey<N extends string>(name: N): CamelCase<N> {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<N>;
}

interface ParamBase<N extends string> {
  /** The argument's name as Excel shows it (snake_case). */
  name: N;
  /** The same name in camelCase: the key compute reads it under, and the engine's input field. */
  key: CamelCase<N>;
  /** What the argument means, as Excel's autocomplete shows it; the default is added to it. */
  help: string;
}

export interface NumberParam<N extends string = string> extends ParamBase<N> {
  kind: "number";
  domain: NumberDomain;
  /** Value when the argument is omitted or blank; absent for a required argument. */
  default?: number;
  /**
   * When omitted or blank, the value of this earlier argument (a table function's: its arguments
   * are single values), such as ft_input_tokens taking input_tokens.
   */
  sameAs?: string;
  /** When omitted or blank, today's date (the computer's, at calculation), as Excel's TODAY() gives it. */
  today?: boolean;
  /**
   * May be omitted with no value standing in for it (a table function's): compute receives
   * undefined, and says in its result what the argument would have priced.
   */
  omittable?: boolean;
  /** 0 means nothing real here (GPUs that cost nothing): it counts as a blank cell, as desktop passes one. */
  zeroIsBlank?: boolean;
}

export interface TextParam<N extends string = string> extends ParamBase<N> {
  kind: "text";
  /** What the text names, as it reads after "must be". */
  expected: string;
  /** Value when omitted; "" means "no filter", which the help text explains. */
  default?: string;
}

export interface ChoiceParam<N extends string = string, C extends string = string> extends ParamBase<N> {
  kind: "choice";
  choices: readonly C[];
  default?: C;
}

export interface BooleanParam<N extends string = string> extends ParamBase<N> {
  kind: "boolean";
  default?: boolean;
}

/**
 * A whole range read as one table, never broadcast: the analyst's price table, FT_COMPARE's
 * spilled table. `read` turns the raw range into what compute receives, or the error naming what
 * is wrong with it.
 */
export interface TableParam<N extends string = string, T = unknown> extends ParamBase<N> {
  kind: "table";
  read(raw: unknown): T | ExcelError;
  optional: boolean;
  /**
   * What a range of that size stands for before its values are known, where the size of the
   * result depends on it (FT_SENSITIVITY: a row per argument given as a range). Undefined when the
   * range's size says nothing.
   */
  sized?(rows: number, columns: number): T | undefined;
  /**
   * The unit of the values the range holds, where they have one (FT_PAYBACK_RISK's US dollars):
   * the argument is then one value or a range of them.
   */
  unit?: string;
  /** The unit of the values of a column the range is, where it is one (WORKLOAD's usage log). */
  columnUnit?: string;
}

export type Param = NumberParam | TextParam | ChoiceParam | BooleanParam | TableParam;
export type ScalarParam = Exclude<Param, TableParam>;

/** The coerced value an argument declared by P arrives as. */
export type ValueOf<P> = P extends NumberParam
  ? number
  : P extends ChoiceParam<string, infer C>
    ? C
    : P extends TextParam
      ? string
      : P extends BooleanParam
        ? boolean
        : P extends TableParam<string, infer T>
          ? T
          : never;

/**
 * The coerced arguments of a function, by camelCase name: the names are the engine's input fields,
 * so that compute can hand the arguments to the engine as they are.
 */
export type ArgsOf<Ps extends readonly Param[]> = {
  [P in Ps[number] as CamelCase<P["name"]>]: P extends { omittable: true } ? ValueOf<P> | undefined : ValueOf<P>;
};

/** Declares an optional numeric parameter that takes an earlier argument's value when omitted. */
export function numSameAs<const N extends string>(
  name: N,
  domain: NumberDomain,
  help: string,
  sameAs: string,
): NumberParam<N> & { sameAs: string } {
  return { kind: "number", name, key: argumentKey(name), help, domain, sameAs };
}

/** Declares an optional date parameter that is today when omitted (SPEC 3.4: start_date; MODELS' as_of). */
export function dateToday<const N extends string>(
  name: N,
  domain: NumberDomain,
  help: string,
): NumberParam<N> & { today: true } {
  return { kind: "number", name, key: argumentKey(name), help, domain, today: true };
}

/**
 * Declares an optional numeric parameter that has no default: left out, compute receives undefined.
 * Where 0 prices nothing real (`zeroIsBlank`: a dedicated cost of $0), a 0 is left out too, as Excel
 * desktop passes a blank cell; elsewhere a 0 is a 0, refused where the domain refuses it (a
 * throughput of 0 tokens per second), as SPEC 3.8 has numbers.
 */
export function numOmittable<const N extends string>(
  name: N,
  domain: NumberDomain,
  help: string,
  zeroIsBlank: boolean,
): NumberParam<N> & { omittable: true } {
  return { kind: "number", name, key: argumentKey(name), help, domain, omittable: true, zeroIsBlank };
}

/** Declares a numeric parameter; with a default it is optional. */
export function num<const N extends string>(
  name: N,
  domain: NumberDomain,
  help: string,
  defaultValue?: number,
): NumberParam<N> {
  return { kind: "number", name, key: argumentKey(name), help, domain, default: defaultValue };
}

export function text<const N extends string>(
  name: N,
  expected: string,
  help: string,
  defaultValue?: string,
): TextParam<N> {
  return { kind: "text", name, key: argumentKey(name), expected, help, default: defaultValue };
}

export function choice<const N extends string, const C extends string>(
  name: N,
  choices: readonly C[],
  help: string,
  defaultValue?: C,
): ChoiceParam<N, C> {
  return { kind: "choice", name, key: argumentKey(name), choices, help, default: defaultValue };
}

export function bool<const N extends string>(name: N, help: string, defaultValue: boolean): BooleanParam<N> {
  return { kind: "boolean", name, key: argumentKey(name), help, default: defaultValue };
}

/** Declares a range read as one table. */
export function table<const N extends string, T>(
  name: N,
  help: string,
  read: (raw: unknown) => T | ExcelError,
  optional: boolean,
  sized?: (rows: number, columns: number) => T | undefined,
  unit?: string,
  columnUnit?: string,
): TableParam<N, T> {
  return {
    kind: "table",
    name,
    key: argumentKey(name),
    help,
    read,
    optional,
    ...(sized ? { sized } : {}),
    ...(unit ? { unit } : {}),
    ...(columnUnit ? { columnUnit } : {}),
  };
}

/** The price_table parameter: its help lists the columns in the order the engine reads them. */
export function priceTable<const N extends string>(name: N): TableParam<N, PriceOverrides | undefined> {
  return {
    kind: "table",
    name,
    key: argumentKey(name),
    help:
      `Optional range of your own prices, one model a row: ${PRICE_TABLE_COLUMNS.join(", ")} ` +
      "(US dollars per 1M tokens; hosting per hour).",
    read: parsePriceTable,
    optional: true,
  };
}

/** True when a parameter may be omitted. */
export function isOptional(param: Param): boolean {
  if (param.kind === "table") return param.optional;
  return (
    param.default !== undefined || (param.kind === "number" && (!!param.sameAs || !!param.today || !!param.omittable))
  );
}

/** The default as an analyst would type it: 160, FALSE, "mid", or the argument it copies. */
export function formatDefault(param: ScalarParam): string | undefined {
  if (param.kind === "number" && param.sameAs) return param.sameAs;
  if (param.kind === "number" && param.today) return "today";
  if (param.default === undefined) return undefined;
  if (param.kind === "boolean") return param.default ? "TRUE" : "FALSE";
  if (param.kind === "number") return formatNumber(param.default);
  return param.default === "" ? undefined : param.default;
}

/** What an argument accepts, as it reads after "must be". */
export function expectedOf(param: ScalarParam): string {
  switch (param.kind) {
    case "number":
      return param.domain.expected;
    case "text":
      return param.expected;
    case "choice":
      return `one of ${param.choices.join(", ")}`;
    case "boolean":
      return "TRUE or FALSE";
  }
}

/**
 * The whole help text of a parameter, as Excel's autocomplete shows it: its meaning, the choices
 * where it has some, and what an omitted argument means.
 */
export function describeParam(param: Param): string {
  if (param.kind === "table") return param.help;
  const fallback = formatDefault(param);
  const omitted =
    fallback === undefined
      ? ""
      : param.kind === "number" && param.sameAs
        ? `the same as ${fallback} when omitted`
        : `${fallback} when omitted`;
  if (param.kind === "choice" && !param.choices.every((option) => param.help.includes(option))) {
    return `${param.help} One of ${orList(param.choices)}${omitted ? `; ${omitted}` : ""}.`;
  }
  return omitted ? `${param.help} ${capitalise(omitted)}.` : param.help;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** True when value lies in the domain. */
export function inDomain(value: number, domain: NumberDomain): boolean {
  if (!(value === value) || value === Infinity || value === -Infinity) return false;
  if (domain.minExclusive ? value <= domain.min : value < domain.min) return false;
  return value <= domain.max && (!domain.integer || Number.isInteger(value));
}

/**
 * A blank for this parameter. Excel desktop passes a blank cell as 0, the web as null (office-js
 * issues 4702 and 1951): for a text or choice argument, a date, or a number whose 0 would price
 * nothing real (`zeroIsBlank`), where 0 is never a meant value, 0 is that blank cell; for any other
 * number it cannot be told apart, and counts as 0.
 */
export function blankFor(param: ScalarParam, raw: unknown): boolean {
  if (isBlank(raw)) return true;
  if (raw !== 0) return false;
  return (
    param.kind === "text" ||
    param.kind === "choice" ||
    (param.kind === "number" && (param.domain.date || param.zeroIsBlank === true))
  );
}

/** What coerceValue returns for a value the parameter refuses; {@link refusal} says why. */
export const REFUSED: unique symbol = Symbol("refused");

function readBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return raw !== 0;
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (word === "true") return true;
    if (word === "false") return false;
  }
  return undefined;
}

function normaliseChoice(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * Coerces one raw value for a scalar parameter without building any message: the default when
 * blank and optional, the coerced value when valid, the error the cell held when Excel's own
 * functions would pass it on, or REFUSED. Excel desktop passes a blank cell as 0, the web as null;
 * a cell-value object (data types) counts by its basic value.
 */
export function coerceValue(
  param: ScalarParam,
  raw: unknown,
): number | string | boolean | ExcelError | typeof REFUSED | undefined {
  // The common case first: a number in range, as a scenario grid passes it thousands of times.
  if (param.kind === "number" && typeof raw === "number") {
    if (inDomain(raw, param.domain)) return raw;
    // Excel desktop's blank cell, where 0 is never a meant value (a date): the default below.
    if (raw !== 0 || !blankFor(param, raw)) return REFUSED;
  }
  if (typeof raw === "object" && raw !== null) {
    const error = heldError(raw);
    if (error) return passOn(error) ?? REFUSED;
    raw = basicValue(raw);
    if (typeof raw === "object" && raw !== null) return REFUSED;
  }
  if (blankFor(param, raw)) {
    if (param.default !== undefined) return param.default;
    if (param.kind === "number" && param.omittable) return undefined;
    return param.kind === "number" && param.today ? todaySerial() : REFUSED;
  }
  switch (param.kind) {
    case "number": {
      // Date text where a date is asked: a calendar day as typed, 2027-01-01 (a usage log's date and
      // time is read by its column's reader).
      const text = typeof raw === "string" ? raw.trim() : "";
      const date = param.domain.date && text.length === 10 ? serialFromDateTime(text) : NaN;
      const value = date === date ? date : readNumber(raw);
      return value !== undefined && inDomain(value, param.domain) ? value : REFUSED;
    }
    case "boolean":
      return readBoolean(raw) ?? REFUSED;
    case "text":
      return typeof raw === "string" ? raw.trim() : REFUSED;
    case "choice": {
      const wanted = typeof raw === "string" ? normaliseChoice(raw) : undefined;
      return param.choices.find((option) => option === wanted) ?? REFUSED;
    }
  }
}

/** Where a cell sits in its argument's range, for messages; the bare name for a single cell. */
export function cellLabel(name: string, rows: number, columns: number, r: number, c: number): string {
  if (rows === 1 && columns === 1) return name;
  if (columns === 1) return `${name} (row ${r + 1} of its range)`;
  if (rows === 1) return `${name} (column ${c + 1} of its range)`;
  return `${name} (row ${r + 1}, column ${c + 1} of its range)`;
}

/** Why a parameter refuses a raw value, as the error Excel shows, naming the argument by label. */
export function refusal(param: ScalarParam, raw: unknown, label: ArgumentLabel): ExcelError {
  if (typeof raw === "object" && raw !== null) {
    const error = cellError(raw, label);
    if (error) return error;
    raw = basicValue(raw);
  }
  if (blankFor(param, raw)) return messages.missingArgument(label, expectedOf(param));
  if (param.kind === "number" && typeof raw === "string") {
    const why = separatorsRefusal(label, expectedOf(param), raw);
    if (why) return why;
  }
  if (param.kind === "number" && param.domain.rate) {
    const value = readNumber(raw);
    // The hint is for a number typed without its per cent sign; "150%" is simply out of range.
    const typedPercent = typeof raw === "string" && raw.trim().endsWith("%");
    if (value !== undefined && value > 1 && Number.isFinite(value) && !typedPercent) {
      return messages.rateWithoutPercent(label, value);
    }
  }
  return messages.invalidArgument(label, expectedOf(param), raw);
}

/**
 * Coerces one raw value, from a cell or a pane field, for a scalar parameter: the coerced value,
 * or an error naming the argument (label), the value and what was expected.
 */
export function coerceArgument(
  param: ScalarParam,
  raw: unknown,
  label: ArgumentLabel,
): number | string | boolean | ExcelError | undefined {
  const value = coerceValue(param, raw);
  return value === REFUSED ? refusal(param, raw, label) : value;
}

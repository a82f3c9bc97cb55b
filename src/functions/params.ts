/**
 * Declared parameters: what each argument of a custom function accepts, and the one coercion
 * routine that turns a raw Excel value into that, or into an Excel error naming the argument.
 */
import type { PriceOverrides } from "../engine";
import { ExcelError } from "./excelError";
import { formatNumber } from "./format";
import { messages } from "./messages";

/** Excel's last row; a spilled column of months + 1 values must fit in a worksheet. */
export const MAX_SPILL_MONTHS = 1_048_575;

/** Bounds of a numeric argument. */
export interface NumberDomain {
  /** What the analyst must type, as it reads after "must be". */
  expected: string;
  min?: number;
  /** When true, min itself is not allowed. */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
}

const nonNegative = (unit: string): NumberDomain => ({ expected: `a number ≥ 0 (${unit})`, min: 0 });

/** Numeric domains by meaning, with the unit the message names. */
export const DOMAINS = {
  tokens: nonNegative("tokens per request"),
  examples: nonNegative("training examples"),
  tokensPerExample: nonNegative("tokens per training example"),
  epochs: nonNegative("passes over the training set"),
  patterns: nonNegative("distinct input-output patterns"),
  price: nonNegative("US dollars per 1M tokens"),
  costPerRequest: nonNegative("US dollars per request"),
  cost: nonNegative("US dollars"),
  monthlyCost: nonNegative("US dollars per month"),
  signedMonthlyAmount: { expected: "a number (US dollars per month)" },
  signedAmountPerRequest: { expected: "a number (US dollars per request)" },
  volume: nonNegative("requests per month"),
  hours: nonNegative("hours"),
  hourlyRate: nonNegative("US dollars per hour"),
  months: nonNegative("months"),
  positiveMonths: { expected: "a number of months > 0", min: 0, minExclusive: true },
  wholeMonths: {
    expected: `a whole number of months from 0 to ${formatNumber(MAX_SPILL_MONTHS)}`,
    min: 0,
    max: MAX_SPILL_MONTHS,
    integer: true,
  },
  rate: { expected: "a decimal greater than -1 (0.10 = 10%)", min: -1, minExclusive: true },
} satisfies Record<string, NumberDomain>;

export type DomainName = keyof typeof DOMAINS;

interface ParamBase<N extends string> {
  /** The argument's name as Excel shows it (snake_case). */
  name: N;
}

export interface NumberParam<N extends string = string> extends ParamBase<N> {
  kind: "number";
  domain: NumberDomain;
  /** Value when the argument is omitted or blank; absent for a required argument. */
  default?: number;
}

export interface TextParam<N extends string = string> extends ParamBase<N> {
  kind: "text";
  /** What the text names, as it reads after "must be". */
  expected: string;
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

/** A whole range read as a price table; never broadcast, always optional. */
export interface PriceTableParam<N extends string = string> extends ParamBase<N> {
  kind: "priceTable";
}

export type Param = NumberParam | TextParam | ChoiceParam | BooleanParam | PriceTableParam;

/** The coerced value an argument declared by P arrives as. */
export type ValueOf<P> = P extends NumberParam
  ? number
  : P extends ChoiceParam<string, infer C>
    ? C
    : P extends TextParam
      ? string
      : P extends BooleanParam
        ? boolean
        : P extends PriceTableParam
          ? PriceOverrides | undefined
          : never;

/** The coerced arguments of a function, by parameter name. */
export type ArgsOf<Ps extends readonly Param[]> = { [P in Ps[number] as P["name"]]: ValueOf<P> };

/** Declares a numeric parameter; with a default it is optional. */
export function num<const N extends string>(name: N, domain: DomainName, defaultValue?: number): NumberParam<N> {
  return defaultValue === undefined
    ? { kind: "number", name, domain: DOMAINS[domain] }
    : { kind: "number", name, domain: DOMAINS[domain], default: defaultValue };
}

export function text<const N extends string>(name: N, expected: string, defaultValue?: string): TextParam<N> {
  return defaultValue === undefined
    ? { kind: "text", name, expected }
    : { kind: "text", name, expected, default: defaultValue };
}

export function choice<const N extends string, const C extends string>(
  name: N,
  choices: readonly C[],
  defaultValue?: C,
): ChoiceParam<N, C> {
  return defaultValue === undefined
    ? { kind: "choice", name, choices }
    : { kind: "choice", name, choices, default: defaultValue };
}

export function bool<const N extends string>(name: N, defaultValue: boolean): BooleanParam<N> {
  return { kind: "boolean", name, default: defaultValue };
}

export function priceTable<const N extends string>(name: N): PriceTableParam<N> {
  return { kind: "priceTable", name };
}

/** True when a parameter may be omitted. */
export function isOptional(param: Param): boolean {
  return param.kind === "priceTable" || param.default !== undefined;
}

/** A value Excel passes for an empty cell or an omitted argument. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Reads numeric text as Excel does in en-US: "5000", " 5,000 ", "$3", "10%", "1e6".
 * Returns undefined for text that is not a number.
 */
export function parseNumericText(raw: string): number | undefined {
  let body = raw.trim();
  let scale = 1;
  if (body.endsWith("%")) {
    scale = 0.01;
    body = body.slice(0, -1).trim();
  }
  body = body.replace(/^([+-]?)\$/, "$1");
  if (GROUPED_NUMBER.test(body)) body = body.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(body)) return undefined;
  return Number(body) * scale;
}

/** An error value Excel passed in place of an argument (a referenced cell holds an error). */
function passedError(raw: unknown): ExcelError | undefined {
  if (raw instanceof ExcelError) return raw;
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    const code = (raw as { code?: unknown }).code;
    const message = (raw as { message?: unknown }).message;
    if (code === "#N/A") return new ExcelError("#N/A", typeof message === "string" ? message : "An argument is #N/A.");
    return new ExcelError("#VALUE!", typeof message === "string" && message ? message : "An argument holds an error.");
  }
  return undefined;
}

function inDomain(value: number, domain: NumberDomain): boolean {
  if (!Number.isFinite(value)) return false;
  if (domain.min !== undefined && (domain.minExclusive ? value <= domain.min : value < domain.min)) return false;
  if (domain.max !== undefined && value > domain.max) return false;
  return !domain.integer || Number.isInteger(value);
}

function coerceNumber(param: NumberParam, raw: unknown, label: string): number | ExcelError {
  let value: number | undefined;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string") value = parseNumericText(raw);
  if (value === undefined || !inDomain(value, param.domain)) {
    return messages.invalidArgument(label, param.domain.expected, raw);
  }
  return value;
}

function normaliseChoice(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function coerceBoolean(raw: unknown, label: string): boolean | ExcelError {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return raw !== 0;
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (word === "true") return true;
    if (word === "false") return false;
  }
  return messages.invalidArgument(label, "TRUE or FALSE", raw);
}

function expectedOf(param: Exclude<Param, PriceTableParam>): string {
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
 * Coerces one raw cell value for a scalar parameter: the default when blank and optional, the
 * coerced value when valid, otherwise an Excel error naming the argument, the value and what was
 * expected. Excel desktop passes a blank cell as 0, the web as null: both are handled.
 */
export function coerceArgument(
  param: Exclude<Param, PriceTableParam>,
  raw: unknown,
  label: string,
): number | string | boolean | ExcelError {
  const error = passedError(raw);
  if (error) return error;
  if (isBlank(raw)) {
    return param.default !== undefined ? param.default : messages.missingArgument(label, expectedOf(param));
  }
  switch (param.kind) {
    case "number":
      return coerceNumber(param, raw, label);
    case "boolean":
      return coerceBoolean(raw, label);
    case "text":
      return typeof raw === "string" ? raw.trim() : messages.invalidArgument(label, param.expected, raw);
    case "choice": {
      const wanted = typeof raw === "string" ? normaliseChoice(raw) : undefined;
      const found = param.choices.find((option) => option === wanted);
      return found ?? messages.invalidArgument(label, expectedOf(param), raw);
    }
  }
}

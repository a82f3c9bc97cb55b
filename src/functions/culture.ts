/**
 * Numeric text in the workbook's culture. Excel reads "5.000" as five thousand in a German
 * workbook and as five in an American one; a number typed into a text cell, or imported as text,
 * must be read the workbook's way (Microsoft asks add-ins to use Application.cultureInfo). The
 * separators are read once where the runtime offers them (see readWorkbookSeparators in
 * excelHost.ts). Until they are read, and where they cannot be (the read timed out, or that Excel
 * lacks the API), they are unknown: text that a comma-decimal and a point-decimal culture read as
 * different numbers is refused, never guessed (SPEC 3.8). Where no Excel runs (the preview, the
 * tests), they are en-US.
 */

/** The characters a culture writes between whole and fraction, and between groups of thousands. */
export interface NumberSeparators {
  decimal: string;
  group: string;
}

export const EN_US: NumberSeparators = { decimal: ".", group: "," };

interface Reader {
  separators: NumberSeparators;
  plain: RegExp;
  grouped: RegExp;
  group: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function reader(separators: NumberSeparators): Reader {
  const decimal = escape(separators.decimal);
  // A culture that groups with a (narrow) no-break space accepts a plain space as well; one that
  // does not group ("") has no grouped form.
  const group =
    separators.group === "" ? "(?!)" : /^\s$/.test(separators.group) ? "[\\s\\u00a0\\u202f]" : escape(separators.group);
  return {
    separators,
    plain: new RegExp(`^(\\d+(${decimal}\\d*)?|${decimal}\\d+)(e[+-]?\\d+)?$`, "i"),
    grouped: new RegExp(`^\\d{1,3}(${group}\\d{3})+(${decimal}\\d*)?$`),
    group: new RegExp(group, "g"),
  };
}

/** The comma-decimal convention, the other common one (de-DE, fr-FR, pt-BR write 1.250,5 or 1 250,5). */
const COMMA_DECIMAL: NumberSeparators = { decimal: ",", group: "." };

let workbook = reader(EN_US);
/** The other common convention: comma decimals where the workbook uses a point, and the reverse. */
let other = reader(COMMA_DECIMAL);
/** False while the workbook's separators are not known: not yet read, timed out or unreadable. */
let known = true;

/** The workbook's separators, as the functions read numeric text now (en-US while they are unknown). */
export function workbookSeparators(): NumberSeparators {
  return workbook.separators;
}

/** True once the workbook's separators are known (always, where no Excel runs). */
export function separatorsKnown(): boolean {
  return known;
}

/**
 * Marks the workbook's separators unknown until {@link useSeparators} is given them: numeric text
 * is then read only where both conventions read it alike.
 */
export function separatorsUnknown(): void {
  known = false;
  workbook = reader(EN_US);
  other = reader(COMMA_DECIMAL);
}

/**
 * Reads numeric text from now on with these separators. Separators that cannot be told apart
 * (the same, a digit, a sign) are ignored and the reading stays as it was.
 */
export function useSeparators(separators: NumberSeparators): void {
  const { decimal, group } = separators;
  const usable = (text: unknown) => typeof text === "string" && text.length === 1 && !/[\d+\-eE%$]/.test(text);
  if (!usable(decimal) || !(group === "" || usable(group)) || decimal === group) return;
  workbook = reader({ decimal, group });
  other = reader(decimal === "." ? COMMA_DECIMAL : EN_US);
  known = true;
}

function read(raw: string, with_: Reader): number | undefined {
  let body = raw.trim();
  let scale = 1;
  if (body.endsWith("%")) {
    scale = 0.01;
    body = body.slice(0, -1).trim();
  }
  // A sign and a dollar sign, in either order: "-$5" and "$-5".
  const signed = /^([+-]?)\$?([+-]?)(.*)$/.exec(body) as RegExpExecArray;
  if (signed[1] && signed[2]) return undefined;
  const sign = signed[1] === "-" || signed[2] === "-" ? -1 : 1;
  body = signed[3];
  if (with_.grouped.test(body)) body = body.replace(with_.group, "");
  else if (!with_.plain.test(body)) return undefined;
  const value = sign * Number(body.replace(with_.separators.decimal, ".")) * scale;
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads numeric text as Excel does in the workbook's culture: in en-US "5000", " 5,000 ", "$3",
 * "10%", "1e6"; in de-DE "5.000" and "2,5". Returns undefined for text that is not a number, and,
 * while the separators are unknown, for text the two conventions read as different numbers
 * ("5.000", "1,250": see {@link ambiguousWhileUnknown}).
 */
export function parseNumericText(raw: string): number | undefined {
  const value = read(raw, workbook);
  if (known) return value;
  const otherValue = read(raw, other);
  // Unknown separators: only a reading both conventions agree on, or that only one of them makes.
  if (value === undefined) return otherValue;
  return otherValue === undefined || otherValue === value ? value : undefined;
}

/**
 * True when the separators are unknown and the text is a number in both conventions, but not the
 * same one: "5.000" is five in en-US and five thousand in de-DE. It is refused, asking for the
 * number without separators.
 */
export function ambiguousWhileUnknown(raw: string): boolean {
  if (known) return false;
  const value = read(raw, workbook);
  const otherValue = read(raw, other);
  return value !== undefined && otherValue !== undefined && value !== otherValue;
}

/** A number, or numeric text read in the workbook's culture; undefined for anything else. */
export function readNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  return typeof raw === "string" ? parseNumericText(raw) : undefined;
}

/**
 * True when text is no number in the workbook's culture but is one in the other convention
 * ("1,5" in an en-US workbook): it is refused with the workbook's way of writing numbers rather
 * than misread.
 */
export function writtenTheOtherWay(raw: string): boolean {
  return known && read(raw, workbook) === undefined && read(raw, other) !== undefined;
}

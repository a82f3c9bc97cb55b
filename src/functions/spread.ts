/**
 * An uncertain argument as an analyst types it (SPEC 3.10): one value, {low, high} or
 * {low, most likely, high}, in a row or a column of cells. Read once, at the boundary, into the
 * engine's Spread; a bad cell, a bad shape or values out of order is #VALUE! naming the argument.
 */
import type { Spread } from "../engine";
import { basicValue, isBlank } from "./cells";
import type { ExcelError } from "./excelError";
import { formatNumber } from "./format";
import { messages } from "./messages";
import { coerceArgument, type NumberDomain, type NumberParam } from "./params";

/** What a spread argument takes, for its help and its messages. */
export const SPREAD_EXPECTED = "one value, {low, high} or {low, most likely, high} in a row or a column";

const POSITIONS = [["value"], ["low", "high"], ["low", "most likely", "high"]] as const;

/**
 * The reader of one spread argument: its cells as numbers in the domain, in order. Left out, an
 * optional spread is its default, fixed.
 */
export function spreadReader(
  name: string,
  domain: NumberDomain,
  defaultValue?: number,
): (raw: unknown) => Spread | ExcelError {
  const cell: NumberParam = { kind: "number", name, key: name, help: "", domain };
  return (raw) => {
    if (raw === undefined || (raw === null && defaultValue !== undefined)) {
      return defaultValue !== undefined
        ? { kind: "fixed", value: defaultValue }
        : messages.missingArgument(name, SPREAD_EXPECTED);
    }
    const rows = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
    const columns = rows[0]?.length ?? 0;
    const count = rows.length * columns;
    if ((rows.length !== 1 && columns !== 1) || count < 1 || count > 3) {
      return messages.notSpread(name, SPREAD_EXPECTED, rows.length, columns);
    }
    const cells = rows.length === 1 ? rows[0] : rows.map((row) => row[0]);
    if (count === 1 && isBlank(basicValue(cells[0])) && defaultValue !== undefined) {
      return { kind: "fixed", value: defaultValue };
    }
    const values: number[] = [];
    for (let k = 0; k < count; k++) {
      // Each cell is read as a single required number is, and refused as one is, under its position's label.
      const value = coerceArgument(cell, cells[k], count === 1 ? name : `${name} (${POSITIONS[count - 1][k]})`);
      if (typeof value !== "number") return value as ExcelError;
      values.push(value);
    }
    for (let k = 1; k < values.length; k++) {
      if (values[k] < values[k - 1]) {
        return messages.spreadOutOfOrder(name, POSITIONS[count - 1].join(" ≤ "), values.map(formatNumber).join(", "));
      }
    }
    if (count === 1) return { kind: "fixed", value: values[0] };
    if (count === 2) return { kind: "uniform", low: values[0], high: values[1] };
    return { kind: "triangular", low: values[0], mode: values[1], high: values[2] };
  };
}

/** The spread a range of that many cells stands for, its values unknown: what sizes a result before it is read. */
export function spreadOfSize(rows: number, columns: number): Spread | undefined {
  if (rows !== 1 && columns !== 1) return undefined;
  const count = rows * columns;
  if (count === 1) return { kind: "fixed", value: 0 };
  if (count === 2) return { kind: "uniform", low: 0, high: 0 };
  if (count === 3) return { kind: "triangular", low: 0, mode: 0, high: 0 };
  return undefined;
}

/**
 * The reader of a spread argument that may be left out with no value standing in for it (one that
 * takes another argument's value, or that prices nothing when absent): undefined when left out or
 * when every cell of its range is blank, a 0 counting as blank where 0 prices nothing real
 * (`zeroIsBlank`), as Excel desktop passes a blank cell. A row of blank cells, or of formulas that
 * give 0 where the figure is not asked for (the dedicated GPUs' low, most likely and high cost
 * when they are not priced), is the argument left out, not a range around nothing.
 */
export function omittableSpreadReader(
  name: string,
  domain: NumberDomain,
  zeroIsBlank: boolean,
): (raw: unknown) => Spread | undefined | ExcelError {
  const read = spreadReader(name, domain);
  const leftOut = (cell: unknown): boolean => {
    const value = basicValue(cell);
    return isBlank(value) || (zeroIsBlank && value === 0);
  };
  return (raw) => {
    if (!Array.isArray(raw)) return leftOut(raw) ? undefined : read(raw);
    // Only a range a spread can be (a row or a column of one to three cells): another shape is refused as such.
    const cells = (raw as unknown[]).flat();
    const line = raw.length === 1 || raw.every((row) => Array.isArray(row) && row.length === 1);
    return line && cells.length >= 1 && cells.length <= 3 && cells.every(leftOut) ? undefined : read(raw);
  };
}

/** A1 addresses as the tests find written cells: from the plan's anchors, never typed out. */
import { parseAddress } from "../../src/preview/hyperformulaSheet";
import { address } from "../../src/sheet/layout";

/** An address without its $ signs; fails for a place the plan does not have. */
export function relative(a1: string | undefined): string {
  if (a1 === undefined) throw new Error("the plan has no such place");
  return a1.replace(/\$/g, "");
}

/** An address with $ before its column and row, as a written formula refers to it. */
export const absolute = (a1: string | undefined): string => relative(a1).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The cell `columns` to the right of an address and `rows` below it. */
export function beside(a1: string | undefined, columns: number, rows = 0): string {
  const { row, column } = parseAddress(relative(a1));
  return address(row + rows, column + columns);
}

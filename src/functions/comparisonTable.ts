/**
 * FT_COMPARE's table as a layout: its columns by name and its rows by strategy, the one place that
 * says where a figure of the comparison is. FT_COMPARE writes it, FT_RECOMMEND reads it, and the
 * written model and the pane find a cell of it here, never by a column number of their own.
 */
import { STRATEGIES, type Strategy } from "../engine";

/** The columns, by name, in their order. */
export const COMPARE_COLUMNS = ["strategy", "cost per request", "monthly cost", "upfront", "total", "saving"] as const;
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];

/** A column's 0-based index. */
export const compareColumn = (column: CompareColumn): number => COMPARE_COLUMNS.indexOf(column);

/** The header row FT_COMPARE spills: the total's heading names the months. */
export function compareHeader(months: number): string[] {
  return COMPARE_COLUMNS.map((column) =>
    column === "total" ? `total over ${months} months` : column === "saving" ? "saving vs larger model" : column,
  );
}

/** Where a strategy's figure is in the table, its header row 0: one row per strategy, in the declared order. */
export function comparedCell(strategy: Strategy, column: CompareColumn): { row: number; column: number } {
  return { row: 1 + STRATEGIES.indexOf(strategy), column: compareColumn(column) };
}

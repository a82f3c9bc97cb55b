/**
 * A 10,000-row scenario grid in HyperFormula, computed three ways side by side: one broadcast
 * AICOST formula over the whole column, 10,000 filled-down AICOST formulas, and the same math in
 * native formulas. Each way is built and computed from scratch several times, interleaved.
 */
import { HyperFormula } from "hyperformula";
import { registerAicostFunctions } from "../src/preview/aicostPlugin";
import { median } from "./median";

export const GRID_ROWS = 10_000;

type Way = "broadcast" | "filldown" | "native";

function sheet(way: Way, savings: number[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [["upfront", 17500, "maintenance", 1250]];
  savings.forEach((value, index) => {
    const row = index + 2;
    const formula =
      way === "filldown"
        ? `=AICOST.FT_BREAKEVEN($B$1,A${row},$D$1)`
        : way === "native"
          ? `=IF(A${row}-$D$1>0,$B$1/(A${row}-$D$1),NA())`
          : index === 0
            ? `=AICOST.FT_BREAKEVEN($B$1,A2:A${GRID_ROWS + 1},$D$1)`
            : null;
    rows.push([value, formula]);
  });
  return rows;
}

/** Milliseconds to build and compute the grid one way; checks a value so nothing is skipped. */
function buildOnce(way: Way, savings: number[]): number {
  const data = sheet(way, savings);
  const start = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", maxRows: GRID_ROWS + 10 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  const last = hf.getCellValue({ sheet: 0, row: GRID_ROWS, col: 1 });
  const expected = 17500 / (savings[GRID_ROWS - 1] - 1250);
  if (typeof last !== "number" || Math.abs(last - expected) > 1e-6 * expected)
    throw new Error(`${way}: wrong result ${String(last)}`);
  hf.destroy();
  return elapsed;
}

export function benchGrid(rounds = 7): Record<Way, number> {
  registerAicostFunctions();
  const savings = Array.from({ length: GRID_ROWS }, (_, index) => 2000 + ((index * 7919) % 18000));
  const times: Record<Way, number[]> = { broadcast: [], filldown: [], native: [] };
  for (const way of ["broadcast", "filldown", "native"] as Way[]) buildOnce(way, savings);
  for (let round = 0; round < rounds; round++) {
    for (const way of ["native", "filldown", "broadcast"] as Way[]) times[way].push(buildOnce(way, savings));
  }
  return { broadcast: median(times.broadcast), filldown: median(times.filldown), native: median(times.native) };
}

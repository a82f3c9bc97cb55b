/**
 * FT_PAYBACK_RISK as Excel calls it (the registered adapter, every argument a matrix): the median
 * time of a 100,000-sample simulation, and of a 1,000,000-sample one, after warm-up runs. Three
 * ranged inputs (uniform, triangular, uniform) and a discount rate: every sample takes the slow path.
 */
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { FT_PAYBACK_RISK } from "../src/functions/declarations";
import { excelAdapter } from "../src/functions/excelHost";
import { median } from "./median";

function time(run: () => unknown[][]): number {
  const start = process.hrtime.bigint();
  const result = run();
  if (result.length !== 9) throw new Error(`FT_PAYBACK_RISK gave ${result.length} rows`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchRisk(rounds = 9): { ms100k: number; ms1m: number } {
  const host = globalThis as unknown as { CustomFunctions?: unknown };
  host.CustomFunctions ??= createCustomFunctionsRuntime();
  const risk = excelAdapter(FT_PAYBACK_RISK);
  const simulate = (samples: number, seed: number) => () =>
    risk([[5000, 30000]], [[2000, 8250, 12000]], [[500, 2000]], [[12]], [[0.1]], [[samples]], [[seed]]);
  for (let warm = 0; warm < 3; warm++) time(simulate(100_000, warm));
  const ms100k: number[] = [];
  for (let round = 0; round < rounds; round++) ms100k.push(time(simulate(100_000, round + 1)));
  const ms1m: number[] = [];
  for (let round = 0; round < 3; round++) ms1m.push(time(simulate(1_000_000, round + 1)));
  return { ms100k: median(ms100k), ms1m: median(ms1m) };
}

/**
 * FT_COMPARE_RISK as Excel calls it (the registered adapter, every argument a matrix): the median
 * time of a 100,000-sample simulation after warm-up runs. Six ranged inputs (volume, the upfront
 * cost, maintenance, memory's setup and monthly costs, memory's fallback share), the rest fixed,
 * a discount rate and all four strategies priced: every sample figures every strategy.
 */
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { FT_COMPARE_RISK } from "../src/functions/declarations";
import { excelAdapter } from "../src/functions/excelHost";
import { median } from "./median";

function time(run: () => unknown[][]): number {
  const start = process.hrtime.bigint();
  const result = run();
  if (result.length !== 5) throw new Error(`FT_COMPARE_RISK gave ${result.length} rows`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchCompareRisk(rounds = 9): { ms100k: number } {
  const host = globalThis as unknown as { CustomFunctions?: unknown };
  host.CustomFunctions ??= createCustomFunctionsRuntime();
  const risk = excelAdapter(FT_COMPARE_RISK);
  const simulate = (seed: number) => () =>
    risk(
      [["claude-sonnet-4.6"]],
      [["fireworks/llama-3.1-8b-instruct"]],
      [[5000]],
      [[500]],
      [[200000, 500000, 900000]],
      [[24]],
      [[5000, 30000]],
      [[500, 2000]],
      [[1000]],
      [[100, 400]],
      [[2000, 8000, 20000]],
      null,
      [[1500]],
      [[0.05]],
      [[0.02, 0.2]],
      [[0]],
      [[0]],
      [[0.1]],
      [["2027-01-01"]],
      [[17500]],
      [[5840]],
      null,
      [[100_000]],
      [[seed]],
    );
  for (let warm = 0; warm < 3; warm++) time(simulate(warm));
  const ms100k: number[] = [];
  for (let round = 0; round < rounds; round++) ms100k.push(time(simulate(round + 1)));
  return { ms100k: median(ms100k) };
}

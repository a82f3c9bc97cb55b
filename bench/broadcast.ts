/**
 * The runner's cost per cell of a broadcast: FT_BREAKEVEN without and with a discount rate (the
 * discounted path takes logarithms per cell), FT_GPU_MONTHLY_COST over a column of volumes and
 * prompts (the per-token against dedicated table of a scenario grid) and MODEL_REQUEST_COST, each
 * over 100,000 rows, called as Excel calls them (the registered adapter, every argument a matrix,
 * results converted for Excel). Interleaved rounds, median taken; the budgeted figure is the slowest
 * of FT_BREAKEVEN's two paths and FT_GPU_MONTHLY_COST, and MODEL_REQUEST_COST (a model looked up by
 * name in every row) has a budget of its own. The payload's estimate on FT_BREAKEVEN's result is
 * timed against FT_BREAKEVEN's broadcast, side by side.
 */
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { FT_BREAKEVEN, FT_GPU_MONTHLY_COST, MODEL_REQUEST_COST } from "../src/functions/declarations";
import { excelAdapter } from "../src/functions/excelHost";
import { payloadOver } from "../src/functions/payload";
import { runFunction } from "../src/functions/runner";
import { median } from "./median";

export const BROADCAST_ROWS = 100_000;

const column = (value: (i: number) => unknown): unknown[][] =>
  Array.from({ length: BROADCAST_ROWS }, (_, i) => [value(i)]);

const MODELS = ["claude-sonnet-4", "claude-3.5-haiku", "gpt-4o", "gpt-4o-mini", "gemini-2.5-pro", "gpt-4.1-mini"];

function time(run: () => unknown[][]): number {
  const start = process.hrtime.bigint();
  const result = run();
  if (result.length !== BROADCAST_ROWS) throw new Error(`a broadcast gave ${result.length} rows`);
  return Number(process.hrtime.bigint() - start);
}

export function benchBroadcast(rounds = 9): {
  breakEvenNs: number;
  discountedBreakEvenNs: number;
  requestCostNs: number;
  gpuNs: number;
  nsPerCell: number;
  payloadEstimateShare: number;
} {
  const host = globalThis as unknown as { CustomFunctions?: unknown };
  host.CustomFunctions ??= createCustomFunctionsRuntime();
  const breakEven = excelAdapter(FT_BREAKEVEN);
  const requestCost = excelAdapter(MODEL_REQUEST_COST);
  const gpu = excelAdapter(FT_GPU_MONTHLY_COST);
  const upfront = column((i) => 5000 + (i % 100) * 250);
  // Every row pays back: the figure is the runner's cost per cell, not the cost of composing
  // "never breaks even" messages (an error cell's message is built with Intl number formats).
  const savings = column((i) => 2000 + ((i * 37) % 9000));
  const maintenance = [[1250]];
  const models = column((i) => MODELS[i % MODELS.length]);
  const tokensIn = column((i) => 500 + ((i * 13) % 5000));
  const tokensOut = column((i) => 100 + ((i * 7) % 900));

  const runBreakEven = () => breakEven(upfront, savings, maintenance, null);
  // The discounted path: one rate for the column, as a CFO's rate is given; each cell takes a logarithm.
  const runDiscounted = () => breakEven(upfront, savings, maintenance, [[0.1]]);
  const runRequestCost = () => requestCost(models, tokensIn, tokensOut, null);
  // Volumes and prompts down the column; the GPU's price and throughput one cell each, the
  // prefill throughput and the utilization left out (the published figures stand in).
  const volumes = column((i) => 10_000 + i * 1_000);
  const runGpu = () => gpu(volumes, tokensIn, tokensOut, [[3.99]], [[8000]], null, null, null);
  runBreakEven();
  runDiscounted();
  runRequestCost();
  runGpu();
  // The payload's estimate on FT_BREAKEVEN's result, against the broadcast that makes it (which
  // includes it): 100,000 cells, past the size below which a result is taken unmeasured.
  const rawArgs = [upfront, savings, maintenance, null];
  const cells = runFunction(FT_BREAKEVEN, rawArgs);
  const timeEstimate = (): number => {
    const start = process.hrtime.bigint();
    if (payloadOver(cells) !== undefined) throw new Error("the bench's result is past the payload budget");
    return Number(process.hrtime.bigint() - start);
  };
  const e: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const d: number[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(time(runBreakEven));
    b.push(time(runRequestCost));
    c.push(time(runDiscounted));
    d.push(time(runGpu));
    e.push(timeEstimate());
  }
  const breakEvenNs = median(a) / BROADCAST_ROWS;
  const requestCostNs = median(b) / BROADCAST_ROWS;
  const discountedBreakEvenNs = median(c) / BROADCAST_ROWS;
  const gpuNs = median(d) / BROADCAST_ROWS;
  return {
    breakEvenNs,
    discountedBreakEvenNs,
    requestCostNs,
    gpuNs,
    nsPerCell: Math.max(breakEvenNs, discountedBreakEvenNs, gpuNs),
    payloadEstimateShare: median(e) / median(a),
  };
}

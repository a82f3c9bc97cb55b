/**
 * The runner's cost per cell of a broadcast: one FT_BREAKEVEN and one MODEL_REQUEST_COST formula
 * over 100,000 rows each, called as Excel calls them (the registered adapter, every argument a
 * matrix, results converted for Excel), against the same 100,000 computations written inline.
 * Interleaved rounds, median taken; the figure is the slower of the two functions.
 */
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { FT_BREAKEVEN, MODEL_REQUEST_COST } from "../src/functions/declarations";
import { excelAdapter } from "../src/functions/excelHost";
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

export function benchBroadcast(rounds = 9): { breakEvenNs: number; requestCostNs: number; nsPerCell: number } {
  const host = globalThis as unknown as { CustomFunctions?: unknown };
  host.CustomFunctions ??= createCustomFunctionsRuntime();
  const breakEven = excelAdapter(FT_BREAKEVEN);
  const requestCost = excelAdapter(MODEL_REQUEST_COST);
  const upfront = column((i) => 5000 + (i % 100) * 250);
  // Every row pays back: the figure is the runner's cost per cell, not the cost of composing
  // "never breaks even" messages (an error cell's message is built with Intl number formats).
  const savings = column((i) => 2000 + ((i * 37) % 9000));
  const maintenance = [[1250]];
  const models = column((i) => MODELS[i % MODELS.length]);
  const tokensIn = column((i) => 500 + ((i * 13) % 5000));
  const tokensOut = column((i) => 100 + ((i * 7) % 900));

  const runBreakEven = () => breakEven(upfront, savings, maintenance, null);
  const runRequestCost = () => requestCost(models, tokensIn, tokensOut, null);
  runBreakEven();
  runRequestCost();
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(time(runBreakEven));
    b.push(time(runRequestCost));
  }
  const breakEvenNs = median(a) / BROADCAST_ROWS;
  const requestCostNs = median(b) / BROADCAST_ROWS;
  return { breakEvenNs, requestCostNs, nsPerCell: Math.max(breakEvenNs, requestCostNs) };
}

/**
 * The engine against the same arithmetic written inline, side by side: FT_BREAKEVEN's
 * break-even months (paybackMonths, what it computes per cell) and MODEL_REQUEST_COST's price
 * lookup and request cost, over the same varied inputs, interleaved rounds, median taken.
 */
import { findModel, paybackMonths, requestCost } from "../src/engine";
import { median } from "./median";

const SIZE = 1024;
const ITERATIONS = 2_000_000;
const MODELS = ["claude-sonnet-4", "claude-3.5-haiku", "gpt-4o", "gpt-4o-mini", "gemini-2.5-pro", "gpt-4.1-mini"];
const PRICES: Record<string, { input: number; output: number }> = Object.fromEntries(
  MODELS.map((name) => [
    name,
    { input: findModel(name)?.prices.input ?? 0, output: findModel(name)?.prices.output ?? 0 },
  ]),
);

const upfront = Float64Array.from({ length: SIZE }, (_, i) => 5000 + i * 25);
const savings = Float64Array.from({ length: SIZE }, (_, i) => 1000 + ((i * 37) % 9000));
const maintenance = Float64Array.from({ length: SIZE }, (_, i) => (i % 5) * 300);
const tokensIn = Float64Array.from({ length: SIZE }, (_, i) => 500 + ((i * 13) % 5000));
const tokensOut = Float64Array.from({ length: SIZE }, (_, i) => 100 + ((i * 7) % 900));
const names = Array.from({ length: SIZE }, (_, i) => MODELS[i % MODELS.length]);

function throughEngine(): number {
  let sum = 0;
  for (let n = 0; n < ITERATIONS; n++) {
    const i = n & (SIZE - 1);
    const months = paybackMonths({
      upfrontCost: upfront[i],
      monthlySavings: savings[i],
      monthlyMaintenance: maintenance[i],
      annualDiscountRate: 0,
    });
    if (months < Infinity) sum += months;
    const model = findModel(names[i]);
    if (model)
      sum += requestCost({
        inputTokens: tokensIn[i],
        outputTokens: tokensOut[i],
        inputPrice: model.prices.input,
        outputPrice: model.prices.output,
      });
  }
  return sum;
}

function inline(): number {
  let sum = 0;
  for (let n = 0; n < ITERATIONS; n++) {
    const i = n & (SIZE - 1);
    const net = savings[i] - maintenance[i];
    if (net > 0) sum += upfront[i] / net;
    const prices = PRICES[names[i]];
    if (prices) sum += (tokensIn[i] * prices.input + tokensOut[i] * prices.output) / 1e6;
  }
  return sum;
}

function time(run: () => number): { ms: number; result: number } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export function benchEngine(rounds = 7): { engineNsPerCall: number; inlineNsPerCall: number; ratio: number } {
  throughEngine();
  inline();
  const engineMs: number[] = [];
  const inlineMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = time(throughEngine);
    const b = time(inline);
    if (Math.abs(a.result - b.result) > 1e-6 * Math.abs(b.result)) throw new Error("engine and inline disagree");
    engineMs.push(a.ms);
    inlineMs.push(b.ms);
  }
  const calls = ITERATIONS * 2;
  const engineNsPerCall = (median(engineMs) * 1e6) / calls;
  const inlineNsPerCall = (median(inlineMs) * 1e6) / calls;
  return { engineNsPerCall, inlineNsPerCall, ratio: engineNsPerCall / inlineNsPerCall };
}

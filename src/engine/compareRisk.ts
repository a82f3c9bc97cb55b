import type { IsoDate } from "./calendar";
import {
  comparisonSetting,
  figureStrategies,
  STRATEGIES,
  StrategyFigures,
  strategyUnpriced,
  type ComparedNumbers,
  type MissingStrategyPrice,
  type Strategy,
  type Unpriced,
} from "./compare";
import type { ModelQuote } from "./models";
import {
  isUncertain,
  percentilesInc,
  RISK_PERCENTILES,
  Sampler,
  SeededRandom,
  spreadPoints,
  type Spread,
} from "./risk";

/**
 * The numbers of a comparison as an analyst types them when unsure (SPEC 3.12): each a spread,
 * one left out (undefined) taking the comparison's own default for every sample (ftInputTokens the
 * sample's inputTokens, retuneCost its upfrontCost, no dedicated GPUs' cost).
 */
export type CompareSpreads = { [K in keyof ComparedNumbers]: Spread };

/** Inputs of {@link compareRisk}. */
export interface CompareRiskInput {
  largeModel: ModelQuote;
  smallModel: ModelQuote;
  /** The first day of month 1 (see {@link CompareInput.startDate}). */
  startDate: IsoDate;
  /**
   * The numbers, each uncertain one taking its own draw in the order given (FT_COMPARE's argument
   * order). A range of months is drawn and rounded to the nearest whole month, at least 1.
   */
  spreads: CompareSpreads;
  /** The strategies that compete: those the decision rule finds fit (see FIT_STRATEGIES). */
  fit: readonly Strategy[];
  /** Number of draws. */
  samples: number;
  /** Seed of the generator: the same seed gives the same table. */
  seed: number;
}

/** One strategy's row of {@link compareRisk}: its chance and totals, or why it does not compete. */
export type StrategyRisk =
  | {
      strategy: Strategy;
      /** Share of samples in which it is the cheapest strategy that competes, 0 to 1. */
      chance: number;
      /** Its total over the horizon at the 10th, 50th and 90th percentiles, US dollars. */
      totals: [number, number, number];
    }
  /** The decision rule finds it unfit for the task. */
  | { strategy: Strategy; unfit: true }
  /** It cannot be priced (SPEC 3.4). */
  | { strategy: Strategy; unpriced: Unpriced };

/**
 * How sure the cheapest strategy is, by simulation (SPEC 3.12): each sample draws every uncertain
 * number independently and figures the four strategies exactly as {@link compareStrategies} does
 * ({@link figureStrategies}, the models' setting worked out once); the cheapest of the strategies
 * that compete (fit and priced) wins the sample, a tie going to the earlier in the order of
 * {@link STRATEGIES}. One row per strategy, in that order: its chance of being the cheapest and its
 * total's 10th, 50th and 90th percentiles (PERCENTILE.INC), or why it does not compete. The first
 * strategy whose model lacks a price a sample needs, otherwise. Deterministic for a seed; with
 * every number fixed, the chances are 0 or 1 and the percentiles are FT_COMPARE's totals.
 *
 * @example
 * compareRisk({ largeModel: sonnet, smallModel: llama, startDate: "2026-12-05", spreads: {
 *   inputTokens: { kind: "fixed", value: 5000 }, outputTokens: { kind: "fixed", value: 500 },
 *   requestsPerMonth: { kind: "fixed", value: 500000 }, months: { kind: "fixed", value: 12 },
 *   upfrontCost: { kind: "fixed", value: 17500 }, monthlyMaintenance: { kind: "fixed", value: 1250 },
 *   recallTokens: { kind: "fixed", value: 0 }, memoryMonthlyCost: { kind: "fixed", value: 0 },
 *   memorySetupCost: { kind: "fixed", value: 0 } }, fit: ["Larger model", "Fine-tuned small model"],
 *   samples: 100, seed: 1 })[1];
 * // { strategy: "Fine-tuned small model", chance: 1, totals: [39100, 39100, 39100] }
 */
export function compareRisk(input: CompareRiskInput): StrategyRisk[] | MissingStrategyPrice {
  const { samples } = input;
  const setting = comparisonSetting(input.largeModel, input.smallModel, input.startDate);
  const random = new SeededRandom(input.seed);
  const figures = new StrategyFigures();

  // One numbers object for every sample, every key set once so that its shape never changes: each
  // number at its base (the uncertain ones are drawn anew for every sample), those left out undefined.
  const numbers: Record<string, number | undefined> = {};
  const drawn: { key: string; sampler: Sampler; whole: boolean }[] = [];
  for (const [key, spread] of Object.entries(input.spreads) as [keyof CompareSpreads, Spread | undefined][]) {
    numbers[key] = spread && spreadPoints(spread).base;
    if (spread && isUncertain(spread)) drawn.push({ key, sampler: new Sampler(spread), whole: key === "months" });
  }
  const compared = numbers as unknown as ComparedNumbers;

  const rows: StrategyRisk[] = [];
  // The strategies that compete, by their place in STRATEGIES, each with its totals and its wins.
  const competing: { index: number; totals: Float64Array; wins: number }[] = [];
  STRATEGIES.forEach((strategy, index) => {
    const unpriced = strategyUnpriced(setting, compared, strategy);
    if (!input.fit.includes(strategy)) rows.push({ strategy, unfit: true });
    else if (unpriced) rows.push({ strategy, unpriced });
    else {
      competing.push({ index, totals: new Float64Array(samples), wins: 0 });
      rows.push({ strategy, chance: 0, totals: [0, 0, 0] });
    }
  });

  for (let k = 0; k < samples; k++) {
    for (let d = 0; d < drawn.length; d++) {
      const value = drawn[d].sampler.draw(random.next());
      numbers[drawn[d].key] = drawn[d].whole ? Math.max(1, Math.round(value)) : value;
    }
    const missing = figureStrategies(setting, compared, figures);
    if (missing) return missing;
    if (competing.length === 0) continue;
    let cheapest = competing[0];
    for (let c = 0; c < competing.length; c++) {
      const strategy = competing[c];
      const total = figures.total[strategy.index];
      strategy.totals[k] = total;
      // Strictly less: a tie stays with the earlier strategy.
      if (total < figures.total[cheapest.index]) cheapest = strategy;
    }
    cheapest.wins += 1;
  }

  for (const strategy of competing) {
    rows[strategy.index] = {
      strategy: STRATEGIES[strategy.index],
      chance: strategy.wins / samples,
      totals: percentilesInc(strategy.totals, RISK_PERCENTILES) as [number, number, number],
    };
  }
  return rows;
}

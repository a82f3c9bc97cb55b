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
} from "./compare";
import type { Verdict } from "./decision";
import type { ModelQuote } from "./models";
import { recommendationWord, recommendedStrategy, type RecommendationWord } from "./recommend";

/** How far a number is searched (SPEC 3.12). */
export type SearchScale =
  /** A share or a rate: within [0, 1]. */
  | "share"
  /** Tokens or requests: within [0, 10 × now]. */
  | "count"
  /** Whole months: within [0, 10 × now], whole numbers only. */
  | "months"
  /** US dollars: within [0, max(10 × now, the larger model's total over the horizon)], so that 0 is searched too. */
  | "money";

/** A number whose switch values are sought. */
export interface SearchedNumber {
  key: keyof ComparedNumbers;
  scale: SearchScale;
  /** The most the number may be (1,200 months, say), which the search never passes; Infinity for no bound. */
  max: number;
}

/** Inputs of {@link switchValues}. */
export interface SwitchValuesInput {
  largeModel: ModelQuote;
  smallModel: ModelQuote;
  /** The first day of month 1 (see {@link CompareInput.startDate}). */
  startDate: IsoDate;
  /**
   * The comparison's numbers as they stand; one left out takes the comparison's default, and keeps
   * following what it defaults to (ftInputTokens the input tokens searched, retuneCost the upfront).
   */
  numbers: ComparedNumbers;
  /** The decision rule's verdict: which strategies compete, and whose choice wins a tie. */
  verdict: Verdict;
  /** The numbers to search, each given a row in this order; each must be set in `numbers`. */
  searched: readonly SearchedNumber[];
}

/** Where the recommendation changes, and what to. */
export interface SwitchValue {
  /** The nearest value at which the recommendation is another, to 6 significant figures. */
  at: number;
  /** The recommendation there, in FT_RECOMMEND's words. */
  to: RecommendationWord;
}

/** One searched number's row of {@link switchValues}. */
export interface SwitchRow {
  key: keyof ComparedNumbers;
  /** Its value as it stands. */
  now: number;
  /** The nearest change below it; undefined when the recommendation holds down to the search's low end. */
  below?: SwitchValue;
  /** The nearest change above it; undefined when the recommendation holds up to the search's high end. */
  above?: SwitchValue;
}

/**
 * The scan's resolution: each number's searched range is crossed in this many equal steps (months
 * in whole steps, one at least: every month of a range up to 1,500 months), outward from the value
 * as it stands, to bracket the nearest change; bisection then places it.
 * Two changes closer together than one step can hide each other.
 */
export const SWITCH_SCAN_STEPS = 1_000;

/** The most halvings of a bracket: far more than a double's 53 bits need. */
const MAX_BISECTIONS = 200;

/** The recommendation's index in STRATEGIES where the comparison cannot be priced at all. */
const UNPRICED = -1;

/**
 * The values at which the recommendation changes (SPEC 3.12): for each searched number, every
 * other held, the nearest value below it and the nearest above at which the fit strategy with the
 * lowest total among those priced (FT_RECOMMEND's rule, {@link recommendedStrategy}) is another, and which.
 * Each side is scanned outward in {@link SWITCH_SCAN_STEPS} steps of the searched range, then the
 * change is bisected to full precision and given to 6 significant figures; a number is never
 * searched where the comparison cannot be priced (a share that needs a price the model lacks). The
 * first strategy whose model lacks a price the request needs at the numbers as they stand,
 * otherwise.
 *
 * @example
 * switchValues({ largeModel: sonnet, smallModel: llama, startDate: "2026-12-05", numbers: { inputTokens: 5000,
 *   outputTokens: 500, requestsPerMonth: 500000, months: 12, upfrontCost: 17500, monthlyMaintenance: 1250,
 *   recallTokens: 0, memoryMonthlyCost: 0, memorySetupCost: 0 }, verdict: "Fine-tune",
 *   searched: [{ key: "memorySetupCost", scale: "money", max: Infinity }] })[0].above;
 * // { at: 32500, to: "Fine-tune" }
 */
export function switchValues(input: SwitchValuesInput): SwitchRow[] | MissingStrategyPrice {
  const setting = comparisonSetting(input.largeModel, input.smallModel, input.startDate);
  const figures = new StrategyFigures();
  const missing = figureStrategies(setting, input.numbers, figures);
  if (missing) return missing;
  const largerTotal = figures.total[STRATEGIES.indexOf("Larger model")];
  const priced = STRATEGIES.map((strategy) => !strategyUnpriced(setting, input.numbers, strategy));
  const totals: Record<Strategy, number | undefined> = Object.fromEntries(
    STRATEGIES.map((strategy) => [strategy, undefined]),
  ) as Record<Strategy, number | undefined>;
  const numbers: Record<string, number | undefined> = { ...input.numbers };

  /** The index of the strategy recommended at the numbers as they are now set, or UNPRICED. */
  const recommended = (): number => {
    if (figureStrategies(setting, numbers as unknown as ComparedNumbers, figures)) return UNPRICED;
    for (let index = 0; index < STRATEGIES.length; index++) {
      totals[STRATEGIES[index]] = priced[index] ? figures.total[index] : undefined;
    }
    return STRATEGIES.indexOf(recommendedStrategy(input.verdict, totals));
  };
  const now = recommended();

  return input.searched.map(({ key, scale, max }) => {
    const value = input.numbers[key] ?? 0;
    const at = (x: number): number => {
      numbers[key] = x;
      return recommended();
    };
    const top = scale === "share" ? 1 : scale === "money" ? Math.max(10 * value, largerTotal) : 10 * value;
    const low = Math.min(0, value);
    const high = Math.max(Math.min(top, max), value);
    const whole = scale === "months";
    const step = whole ? Math.max(1, Math.round((high - low) / SWITCH_SCAN_STEPS)) : (high - low) / SWITCH_SCAN_STEPS;
    const change = (end: number): SwitchValue | undefined => {
      const found = nearestChange(at, value, end, step, now, whole);
      return (
        found && { at: Number(found.at.toPrecision(6)), to: recommendationWord(input.verdict, STRATEGIES[found.to]) }
      );
    };
    const below = change(low);
    const above = change(high);
    numbers[key] = input.numbers[key];
    return { key, now: value, ...(below ? { below } : {}), ...(above ? { above } : {}) };
  });
}

/**
 * The nearest value from `from` toward `end` at which `at` gives another recommendation than
 * `now`, and that recommendation: scanned in steps of `step`, the last point `end` itself, then
 * bisected between the last point that kept `now` and the first that did not (whole numbers only
 * when `whole`). Undefined when none changes, or where the comparison stops being priced first.
 */
function nearestChange(
  at: (x: number) => number,
  from: number,
  end: number,
  step: number,
  now: number,
  whole: boolean,
): { at: number; to: number } | undefined {
  const distance = Math.abs(end - from);
  if (distance === 0 || step === 0) return undefined;
  const stride = end > from ? step : -step;
  const points = Math.ceil(distance / step);
  let near = from;
  for (let k = 1; k <= points; k++) {
    const x = k === points ? end : from + k * stride;
    const found = at(x);
    if (found === UNPRICED) return undefined;
    if (found === now) {
      near = x;
      continue;
    }
    // Bisect [near, x]: near keeps the recommendation, far does not.
    let far = x;
    let to = found;
    for (let halving = 0; halving < MAX_BISECTIONS; halving++) {
      const gap = far - near;
      if (whole ? Math.abs(gap) <= 1 : Math.abs(gap) <= 1e-12 * Math.max(Math.abs(near), Math.abs(far))) break;
      const mid = whole ? near + Math.trunc(gap / 2) : near + gap / 2;
      if (mid === near || mid === far) break;
      const there = at(mid);
      if (there === now || there === UNPRICED) near = mid;
      else {
        far = mid;
        to = there;
      }
    }
    return { at: far, to };
  }
  return undefined;
}

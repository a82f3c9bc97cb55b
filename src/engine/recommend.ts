import { STRATEGIES, type Strategy } from "./compare";
import type { Verdict } from "./decision";

/** The strategies the decision rule finds fit for the task, by its verdict (SPEC 3.4b). */
export const FIT_STRATEGIES: Readonly<Record<Verdict, readonly Strategy[]>> = {
  "Fine-tune": STRATEGIES,
  "Evaluate fine-tuning": STRATEGIES,
  "Use memory": ["Larger model", "Small model + memory"],
  "Use the larger model": ["Larger model"],
};

/** The strategy each verdict names first. */
export const RULE_CHOICE: Readonly<Record<Verdict, Strategy>> = {
  "Fine-tune": "Fine-tuned small model",
  "Evaluate fine-tuning": "Fine-tuned small model",
  "Use memory": "Small model + memory",
  "Use the larger model": "Larger model",
};

/** What FT_RECOMMEND can answer: a verdict's words, or fine-tuning served on GPUs of one's own. */
export const RECOMMENDATIONS = [
  "Fine-tune",
  "Evaluate fine-tuning",
  "Fine-tune on dedicated GPUs",
  "Use memory",
  "Use the larger model",
] as const;
export type RecommendationWord = (typeof RECOMMENDATIONS)[number];

/** The fine-tuned strategies: the rule's choice of fine-tuning is served either way. */
const FINE_TUNED: readonly Strategy[] = ["Fine-tuned small model", "Fine-tuned model on dedicated GPUs"];

/** The strategies that carry out the verdict's first choice: fine-tuning is served per token or on dedicated GPUs. */
const servingRuleChoice = (verdict: Verdict): readonly Strategy[] =>
  FINE_TUNED.includes(RULE_CHOICE[verdict]) ? FINE_TUNED : [RULE_CHOICE[verdict]];

/** One recommendation: the rule and the money reconciled. */
export interface Recommendation {
  /** What to do, in the verdicts' words (or `Fine-tune on dedicated GPUs`). */
  recommendation: RecommendationWord;
  /** The strategy recommended: the cheapest fit one that is priced. */
  strategy: Strategy;
  /** The strategy the rule chose first. */
  ruleChoice: Strategy;
  /** True when a cheaper fit strategy (not a way of serving the rule's choice) overrules the rule's first choice. */
  overruled: boolean;
  /**
   * True when the rule's first choice cannot be priced in any way of carrying it out (its totals are
   * #N/A), so it could not be recommended.
   */
  ruleChoiceUnpriced: boolean;
  /** The next cheapest fit strategy that is priced, if there is another. */
  runnerUp?: Strategy;
  /**
   * US dollars the recommendation saves in total over the rule's choice when overruled (over the
   * cheaper way of fine-tuning where the rule chose it), else over the runner-up; 0 alone.
   */
  margin: number;
  /** A strategy the rule finds unfit that would cost less, with the US dollars it would save. */
  cheaperUnfit?: { strategy: Strategy; saving: number };
}

/**
 * FT_RECOMMEND's order of two priced strategies under a verdict: negative when `a` goes first. The
 * lower total first; at equal totals the rule's own choice (fine-tuning either way, where the rule
 * chose it), then the larger model (then, as the callers keep it, the order of {@link STRATEGIES}).
 */
function rankOrder(
  verdict: Verdict,
  totals: Readonly<Record<Strategy, number | undefined>>,
): (a: Strategy, b: Strategy) => number {
  const servesRuleChoice = servingRuleChoice(verdict);
  const preference = (strategy: Strategy) =>
    servesRuleChoice.includes(strategy) ? 0 : strategy === "Larger model" ? 1 : 2;
  const total = (strategy: Strategy): number => totals[strategy] ?? Infinity;
  return (a, b) => total(a) - total(b) || preference(a) - preference(b);
}

/**
 * The strategies the verdict finds fit and that are priced (a total that is undefined, FT_COMPARE's
 * #N/A, is not), cheapest first: a tie goes to the rule's own choice, then to the larger model,
 * then to the order of {@link STRATEGIES}. The larger model is always priced, so there is one.
 *
 * @example
 * rankFit("Use memory", { "Larger model": 270000, "Fine-tuned small model": 120000,
 *   "Small model + memory": 270000, "Fine-tuned model on dedicated GPUs": undefined }); // ["Small model + memory", "Larger model"]
 */
export function rankFit(verdict: Verdict, totals: Readonly<Record<Strategy, number | undefined>>): Strategy[] {
  // Array.prototype.sort is stable: strategies that stay tied keep the order of STRATEGIES.
  return FIT_STRATEGIES[verdict].filter((strategy) => totals[strategy] !== undefined).sort(rankOrder(verdict, totals));
}

/**
 * The strategy FT_RECOMMEND recommends: the first of {@link rankFit}'s ranking, found in one pass
 * without building it (a search that asks a thousand times a cell).
 *
 * @example
 * recommendedStrategy("Fine-tune", { "Larger model": 270000, "Fine-tuned small model": 80000,
 *   "Small model + memory": 80000, "Fine-tuned model on dedicated GPUs": undefined }); // "Fine-tuned small model"
 */
export function recommendedStrategy(
  verdict: Verdict,
  totals: Readonly<Record<Strategy, number | undefined>>,
): Strategy {
  const order = rankOrder(verdict, totals);
  let best: Strategy | undefined;
  for (const strategy of FIT_STRATEGIES[verdict]) {
    if (totals[strategy] === undefined) continue;
    // Strictly first: of strategies that rank alike, the earlier stays, as the stable sort keeps it.
    if (best === undefined || order(strategy, best) < 0) best = strategy;
  }
  return best ?? "Larger model";
}

/**
 * A recommended strategy in the verdicts' words (SPEC 3.4b): `Fine-tune` (or `Evaluate
 * fine-tuning` when that was the verdict), `Fine-tune on dedicated GPUs`, `Use memory` or `Use the
 * larger model`.
 *
 * @example
 * recommendationWord("Evaluate fine-tuning", "Fine-tuned small model"); // "Evaluate fine-tuning"
 */
export function recommendationWord(verdict: Verdict, strategy: Strategy): RecommendationWord {
  switch (strategy) {
    case "Fine-tuned model on dedicated GPUs":
      return "Fine-tune on dedicated GPUs";
    case "Fine-tuned small model":
      return verdict === "Evaluate fine-tuning" ? "Evaluate fine-tuning" : "Fine-tune";
    case "Small model + memory":
      return "Use memory";
    case "Larger model":
      return "Use the larger model";
  }
}

/**
 * The fit strategy with the lowest total among those priced (a strategy whose total is undefined,
 * FT_COMPARE's #N/A, is never recommended): a tie goes to the rule's own choice, then to the
 * larger model. Says when the money overrules the rule's first choice, and by how much. The
 * larger model is always priced.
 *
 * @example
 * recommend("Fine-tune", { "Larger model": 270000, "Fine-tuned small model": 120000,
 *   "Small model + memory": 80000, "Fine-tuned model on dedicated GPUs": undefined }).recommendation; // "Use memory"
 */
export function recommend(verdict: Verdict, totals: Readonly<Record<Strategy, number | undefined>>): Recommendation {
  const ruleChoice = RULE_CHOICE[verdict];
  const priced = (strategy: Strategy): strategy is Strategy => totals[strategy] !== undefined;
  const total = (strategy: Strategy): number => totals[strategy] ?? Infinity;
  const [strategy, runnerUp] = rankFit(verdict, totals);
  // The rule's choice as the cheapest way of carrying it out that is priced (fine-tuning per token or on dedicated GPUs).
  const serving = servingRuleChoice(verdict);
  const served = serving.filter(priced);
  const ruleChoiceUnpriced = served.length === 0;
  const overruled = !serving.includes(strategy);
  const margin =
    overruled && !ruleChoiceUnpriced
      ? Math.min(...served.map(total)) - total(strategy)
      : runnerUp
        ? total(runnerUp) - total(strategy)
        : 0;
  const unfit = STRATEGIES.filter(
    (candidate) => !FIT_STRATEGIES[verdict].includes(candidate) && priced(candidate),
  ).sort((a, b) => total(a) - total(b))[0];
  return {
    recommendation: recommendationWord(verdict, strategy),
    strategy,
    ruleChoice,
    overruled,
    ruleChoiceUnpriced,
    ...(runnerUp ? { runnerUp } : {}),
    margin,
    ...(unfit && total(unfit) < total(strategy)
      ? { cheaperUnfit: { strategy: unfit, saving: total(strategy) - total(unfit) } }
      : {}),
  };
}

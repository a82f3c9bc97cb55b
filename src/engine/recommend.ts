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

/** One recommendation: the rule and the money reconciled. */
export interface Recommendation {
  /** What to do, in the verdicts' words. */
  recommendation: Verdict;
  /** The strategy recommended: the cheapest fit one. */
  strategy: Strategy;
  /** The strategy the rule chose first. */
  ruleChoice: Strategy;
  /** True when a cheaper fit strategy overrules the rule's first choice. */
  overruled: boolean;
  /** The next cheapest fit strategy, if there is another. */
  runnerUp?: Strategy;
  /** US dollars the recommendation saves in total over the runner-up (over the rule's choice when overruled); 0 alone. */
  margin: number;
  /** A strategy the rule finds unfit that would cost less, with the US dollars it would save. */
  cheaperUnfit?: { strategy: Strategy; saving: number };
}

/**
 * The fit strategy with the lowest total: a tie goes to the rule's own choice, then to the larger
 * model. Says when the money overrules the rule's first choice, and by how much.
 *
 * @example
 * recommend("Fine-tune", { "Larger model": 270000, "Fine-tuned small model": 120000,
 *   "Small model + memory": 80000 }).recommendation; // "Use memory"
 */
export function recommend(verdict: Verdict, totals: Readonly<Record<Strategy, number>>): Recommendation {
  const ruleChoice = RULE_CHOICE[verdict];
  const preference = (strategy: Strategy) => (strategy === ruleChoice ? 0 : strategy === "Larger model" ? 1 : 2);
  const ranked = [...FIT_STRATEGIES[verdict]].sort((a, b) => totals[a] - totals[b] || preference(a) - preference(b));
  const [strategy, runnerUp] = ranked;
  const overruled = strategy !== ruleChoice;
  const margin = overruled ? totals[ruleChoice] - totals[strategy] : runnerUp ? totals[runnerUp] - totals[strategy] : 0;
  const unfit = STRATEGIES.filter((candidate) => !FIT_STRATEGIES[verdict].includes(candidate)).sort(
    (a, b) => totals[a] - totals[b],
  )[0];
  const recommendation: Verdict =
    strategy === "Fine-tuned small model"
      ? verdict === "Evaluate fine-tuning"
        ? "Evaluate fine-tuning"
        : "Fine-tune"
      : strategy === "Small model + memory"
        ? "Use memory"
        : "Use the larger model";
  return {
    recommendation,
    strategy,
    ruleChoice,
    overruled,
    ...(runnerUp ? { runnerUp } : {}),
    margin,
    ...(unfit && totals[unfit] < totals[strategy]
      ? { cheaperUnfit: { strategy: unfit, saving: totals[strategy] - totals[unfit] } }
      : {}),
  };
}

/**
 * Published figures for a fine-tuning pipeline: the low and high ends of the ranges the source
 * article gives; mid is their midpoint.
 */
export interface Assumption {
  name: string;
  low: number;
  high: number;
  unit: string;
  meaning: string;
}

export const ASSUMPTION_LEVELS = ["low", "mid", "high"] as const;
export type AssumptionLevel = (typeof ASSUMPTION_LEVELS)[number];

/** name, low, high, unit, meaning: one published figure a row, as ASSUMPTIONS() lists them. */
// prettier-ignore
const ROWS: readonly [name: string, low: number, high: number, unit: string, meaning: string][] = [
  ["volume_threshold", 500000, 500000, "requests/month", "Monthly volume above which fine-tuning usually pays"],
  ["engineering_hours", 40, 160, "hours", "Engineering time to build the fine-tuning pipeline"],
  ["per_token_reduction", 4, 10, "x", "How many times cheaper per token the small model is"],
  ["training_examples", 500, 5000, "examples", "Input-output examples needed for training"],
  ["training_data_hours", 20, 80, "hours", "Hours to create the training examples"],
  ["hourly_rate", 100, 200, "$/hour", "Cost of one engineering hour"],
  ["training_data_cost", 2000, 16000, "$", "Cost of creating the training data"],
  ["training_run_cost", 50, 500, "$", "Compute cost of one fine-tuning run"],
  ["eval_build_hours", 10, 20, "hours", "Hours to build benchmarks, quality metrics and regression tests"],
  ["pipeline_hours", 10, 40, "hours", "Hours to automate training, deployment and monitoring"],
  ["upfront_total", 5000, 30000, "$", "Total upfront investment"],
  ["retrain_interval_months", 1, 3, "months", "Months between retraining cycles"],
  ["retrain_data_hours", 4, 8, "hours", "Hours to refresh training data per cycle"],
  ["retrain_eval_cost", 100, 300, "$", "Evaluation API calls per cycle"],
  ["retrain_deploy_hours", 2, 4, "hours", "Deployment and smoke testing per cycle"],
  ["maintenance_monthly", 500, 2000, "$/month", "Cost of keeping the fine-tuned model current"],
  ["max_patterns", 20, 20, "patterns", "Distinct input-output patterns a narrow task stays below"],
  ["min_stable_months", 6, 6, "months", "Months the specification must stay unchanged"],
];

export const ASSUMPTION_TABLE: readonly Assumption[] = ROWS.map(([name, low, high, unit, meaning]) => ({
  name,
  low,
  high,
  unit,
  meaning,
}));

/** An assumption's value at a level; mid is the midpoint of low and high. */
export function assumptionValue(assumption: Assumption, level: AssumptionLevel): number {
  if (level === "low") return assumption.low;
  if (level === "high") return assumption.high;
  return (assumption.low + assumption.high) / 2;
}

/** The assumption of that name (case-insensitive), or undefined. */
export function findAssumption(name: string): Assumption | undefined {
  const wanted = name.trim().toLowerCase();
  return ASSUMPTION_TABLE.find((assumption) => assumption.name === wanted);
}

/**
 * An assumption's value by name, for code that knows the name exists.
 *
 * @example
 * assumption("upfront_total", "mid"); // 17500
 */
export function assumption(name: string, level: AssumptionLevel = "mid"): number {
  const found = findAssumption(name);
  if (!found) throw new RangeError(`No published assumption named ${name}`);
  return assumptionValue(found, level);
}

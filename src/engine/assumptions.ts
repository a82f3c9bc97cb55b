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

export const ASSUMPTION_TABLE: readonly Assumption[] = [
  {
    name: "volume_threshold",
    low: 500000,
    high: 500000,
    unit: "requests/month",
    meaning: "Monthly volume above which fine-tuning usually pays",
  },
  {
    name: "engineering_hours",
    low: 40,
    high: 160,
    unit: "hours",
    meaning: "Engineering time to build the fine-tuning pipeline",
  },
  {
    name: "per_token_reduction",
    low: 4,
    high: 10,
    unit: "x",
    meaning: "How many times cheaper per token the small model is",
  },
  {
    name: "training_examples",
    low: 500,
    high: 5000,
    unit: "examples",
    meaning: "Input-output examples needed for training",
  },
  { name: "training_data_hours", low: 20, high: 80, unit: "hours", meaning: "Hours to create the training examples" },
  { name: "hourly_rate", low: 100, high: 200, unit: "$/hour", meaning: "Cost of one engineering hour" },
  { name: "training_data_cost", low: 2000, high: 16000, unit: "$", meaning: "Cost of creating the training data" },
  { name: "training_run_cost", low: 50, high: 500, unit: "$", meaning: "Compute cost of one fine-tuning run" },
  {
    name: "eval_build_hours",
    low: 10,
    high: 20,
    unit: "hours",
    meaning: "Hours to build benchmarks, quality metrics and regression tests",
  },
  {
    name: "pipeline_hours",
    low: 10,
    high: 40,
    unit: "hours",
    meaning: "Hours to automate training, deployment and monitoring",
  },
  { name: "upfront_total", low: 5000, high: 30000, unit: "$", meaning: "Total upfront investment" },
  { name: "retrain_interval_months", low: 1, high: 3, unit: "months", meaning: "Months between retraining cycles" },
  { name: "retrain_data_hours", low: 4, high: 8, unit: "hours", meaning: "Hours to refresh training data per cycle" },
  { name: "retrain_eval_cost", low: 100, high: 300, unit: "$", meaning: "Evaluation API calls per cycle" },
  { name: "retrain_deploy_hours", low: 2, high: 4, unit: "hours", meaning: "Deployment and smoke testing per cycle" },
  {
    name: "maintenance_monthly",
    low: 500,
    high: 2000,
    unit: "$/month",
    meaning: "Cost of keeping the fine-tuned model current",
  },
  {
    name: "max_patterns",
    low: 20,
    high: 20,
    unit: "patterns",
    meaning: "Distinct input-output patterns a narrow task stays below",
  },
  {
    name: "min_stable_months",
    low: 6,
    high: 6,
    unit: "months",
    meaning: "Months the specification must stay unchanged",
  },
];

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

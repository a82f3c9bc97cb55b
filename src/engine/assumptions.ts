/**
 * Published figures for a fine-tuning pipeline: the low and high ends of the ranges the source
 * article gives, mid their midpoint; and the figures of serving on dedicated GPUs, each with its
 * own low, mid and high and the pages they come from.
 */
export interface Assumption {
  name: string;
  low: number;
  /** The typical figure: the midpoint of low and high unless a source gives its own. */
  mid: number;
  high: number;
  unit: string;
  meaning: string;
  /** Where the figures come from. */
  source: string;
}

/** The article the pipeline's figures come from. */
const ARTICLE = "the source article, “Is Fine-Tuning Cheaper Than Using a Larger Model”";

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

/**
 * Serving a fine-tuned open-weight model on GPUs of its own (SPEC 3.11): name, low, mid, high,
 * unit, meaning, source.
 */
// prettier-ignore
const GPU_ROWS: readonly [name: string, low: number, mid: number, high: number, unit: string, meaning: string, source: string][] = [
  ["gpu_hourly_price", 2.69, 3.99, 8, "$/GPU-hour", "Hourly on-demand price of one H100 80GB GPU, rented alone",
    "RunPod $2.69 (https://www.runpod.io/pricing, 2026-09-25); Together AI dedicated endpoints $3.99 (https://docs.together.ai/docs/dedicated-endpoints, 2026-05-08); Lambda $3.99 to $4.29 (https://lambda.ai/pricing, 2026-09-25); Fireworks AI on demand $8.00 (https://fireworks.ai/pricing, 2026-10-07)"],
  ["decode_tokens_per_second", 3500, 8000, 15000, "tokens/second", "Output tokens one H100 generates per second for a small (8B) open-weight model, many requests at once",
    "Llama 3.1 8B on one H100: TensorRT-LLM FP8, 3,459 (5,000 in, 500 out) to 15,220 (1,000 in, 1,000 out) (https://github.com/NVIDIA/TensorRT-LLM/blob/00f3768/docs/source/performance/perf-overview.md, 2025); NVIDIA NIM 8,018 at 50 requests at once (https://docs.nvidia.com/nim/benchmarking/llm/latest/performance.html, undated)"],
  ["prefill_decode_ratio", 3, 5, 10, "x", "How many times faster one GPU reads input tokens than it generates output tokens, under load",
    "Derived from TensorRT-LLM's Llama 3.1 8B table on one H100 (https://github.com/NVIDIA/TensorRT-LLM/blob/00f3768/docs/source/performance/perf-overview.md, 2025): prefill about 59,000 tokens/s against decode 20,500 (2.9x at 1,000/1,000) to 8,400 (7.0x at 5,000/500); one source"],
  ["gpu_utilization", 0.15, 0.35, 0.65, "share", "Share of a dedicated GPU's capacity a service uses on average, peaks and headroom left",
    "Alibaba's Aegaeon (SOSP 2025: 17.7% of GPUs served 1.35% of requests); Red Hat, many inference GPUs near 15%, 60% to 85% with orchestration (https://www.redhat.com/en/blog/optimizing-gpu-roi-inference-day-training-night, undated); capacity planned at twice the peak, scaled out above 70%"],
];

export const ASSUMPTION_TABLE: readonly Assumption[] = [
  ...ROWS.map(([name, low, high, unit, meaning]) => ({
    name,
    low,
    mid: (low + high) / 2,
    high,
    unit,
    meaning,
    source: ARTICLE,
  })),
  ...GPU_ROWS.map(([name, low, mid, high, unit, meaning, source]) => ({ name, low, mid, high, unit, meaning, source })),
];

/** An assumption's value at a level; mid is the midpoint of low and high. */
export function assumptionValue(assumption: Assumption, level: AssumptionLevel): number {
  if (level === "low") return assumption.low;
  if (level === "high") return assumption.high;
  return assumption.mid;
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

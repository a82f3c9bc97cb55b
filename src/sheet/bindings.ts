/**
 * The one binding table from the questionnaire's answers to the AICOST calls of the live model.
 *
 * - ANSWERS: each answer names the declared parameter it feeds, which gives it its type, unit,
 *   bounds, default and messages.
 * - MODEL: each figure of the model is a call of a declared function. An argument comes from the
 *   answer that names that very parameter, unless the call says otherwise: another figure, a
 *   constant, a row of low, most likely and high, or the price table.
 *
 * The formulas the pane writes (plan.ts gives each source its cell) and the figures the pane shows
 * (evaluate, through the runner that computes the cells) are both generated from this table, so an
 * answer and its cell cannot hold different numbers: no answer has a rounding, a default or a
 * fallback of its own.
 */
import { assumption, type Strategy } from "../engine";
import { comparedCell, type CompareColumn } from "../functions/comparisonTable";
import {
  ASSUMPTION,
  FT_BREAKEVEN,
  FT_COMPARE,
  FT_COMPARE_RISK,
  FT_DECISION,
  FT_DECISION_REASONS,
  FT_GPU_MONTHLY_COST,
  FT_MAINTENANCE_MONTHLY,
  FT_MONTHLY_SAVINGS,
  FT_NET_SAVINGS,
  FT_PAYBACK_RISK,
  FT_RECOMMEND,
  FT_RUNNING_MONTHLY,
  FT_SENSITIVITY,
  FT_SWITCH_VALUES,
  FT_TRAINING_COST,
  FT_UPFRONT_COST,
  MODEL_PRICE,
  REQUEST_COST,
  TCO,
} from "../functions/declarations";
import type { Cell } from "../functions/excelError";
import type { ArgsOf, Param } from "../functions/params";
import { bool, type ScalarParam, type ValueOf } from "../functions/params";
import { coerceArgs, paramOf, resultSize, runFunction, type FunctionDeclaration } from "../functions/runner";
import { ExcelError } from "../functions/excelError";

/** Draws and seed of the simulation: FT_PAYBACK_RISK's defaults, passed explicitly so the sheet shows them. */
export const RISK_SAMPLES = paramOf(FT_PAYBACK_RISK, "samples").default ?? 10_000;
const RISK_SEED = paramOf(FT_PAYBACK_RISK, "seed").default ?? 1;

/**
 * An answer's binding: the parameter it feeds. `optional`: a blank answer is an omitted argument.
 * `asked`: "sometimes" for an answer asked only in some cases (a model's own prices), absent
 * otherwise. `range`: a low or a high, read by the simulation from its own row rather than fed to
 * a call. `otherwise`: a figure that a blank answer stands for (the training run from the model's
 * price), which a typed answer overrides; its input cell holds that figure's formula until then.
 */
interface AnswerRow {
  readonly param: ScalarParam;
  readonly optional?: true;
  readonly asked?: "sometimes";
  readonly range?: true;
  readonly otherwise?: string;
}

const feeds = <P extends ScalarParam>(param: P) => ({ param }) as const;
const optional = <P extends ScalarParam>(param: P) => ({ param, optional: true }) as const;
const ranged = <P extends ScalarParam>(param: P) => ({ param, range: true }) as const;
const sometimes = <P extends ScalarParam>(param: P) => ({ param, asked: "sometimes" }) as const;
const overriding = <P extends ScalarParam>(param: P, otherwise: string) =>
  ({ param, optional: true, otherwise }) as const;
const sometimesOptional = <P extends ScalarParam>(param: P) => ({ param, asked: "sometimes", optional: true }) as const;

/** The yes-or-no question of own prices: no AICOST argument, but coerced the same way. */
const ownPrices = bool("own_prices", "Use my own prices for this model.", false);

/** Whether the fine-tuned model is served on GPUs of its own too: a yes-or-no the sheet's IF reads. */
const dedicatedGpus = bool("dedicated_gpus", "Price serving the fine-tuned model on dedicated GPUs.", false);

/** Every answer and the parameter it feeds; the questionnaire's order is the questions'. */
export const ANSWERS = {
  taskType: feeds(paramOf(FT_DECISION, "task_type")),
  distinctPatterns: feeds(paramOf(FT_DECISION, "distinct_patterns")),
  stableMonths: feeds(paramOf(FT_DECISION, "stable_months")),
  needsGeneralQueries: feeds(paramOf(FT_DECISION, "needs_general_queries")),
  knowledgeChanges: feeds(paramOf(FT_DECISION, "knowledge_changes")),
  requestsPerMonth: feeds(paramOf(FT_COMPARE, "requests_per_month")),
  inputTokens: feeds(paramOf(FT_COMPARE, "input_tokens")),
  ftInputTokens: optional(paramOf(FT_COMPARE, "ft_input_tokens")),
  outputTokens: feeds(paramOf(FT_COMPARE, "output_tokens")),
  largeModel: feeds(paramOf(FT_COMPARE, "large_model")),
  largeOwnPrices: feeds(ownPrices),
  largeInputPrice: sometimes(paramOf(REQUEST_COST, "input_price")),
  largeOutputPrice: sometimes(paramOf(REQUEST_COST, "output_price")),
  smallModel: feeds(paramOf(FT_COMPARE, "small_model")),
  smallOwnPrices: feeds(ownPrices),
  smallInputPrice: sometimes(paramOf(REQUEST_COST, "input_price")),
  smallOutputPrice: sometimes(paramOf(REQUEST_COST, "output_price")),
  smallFtInputPrice: sometimesOptional(paramOf(REQUEST_COST, "input_price")),
  smallFtOutputPrice: sometimesOptional(paramOf(REQUEST_COST, "output_price")),
  startDate: feeds(paramOf(FT_COMPARE, "start_date")),
  // The CFO's horizon: whole months from 1 (the payback's horizon, which never takes 0).
  horizonMonths: feeds(paramOf(FT_PAYBACK_RISK, "within_months")),
  // One declared rate, shared by every function that discounts: each call takes the answer.
  discountRate: feeds(paramOf(FT_COMPARE, "annual_discount_rate")),
  cachedShare: feeds(paramOf(FT_COMPARE, "cached_share")),
  batchShare: feeds(paramOf(FT_COMPARE, "batch_share")),
  costLevel: feeds(paramOf(ASSUMPTION, "level")),
  hourlyRate: feeds(paramOf(FT_UPFRONT_COST, "hourly_rate")),
  engineeringHours: feeds(paramOf(FT_DECISION, "engineering_hours")),
  trainingDataHours: feeds(paramOf(FT_UPFRONT_COST, "data_hours")),
  trainingExamples: feeds(paramOf(FT_TRAINING_COST, "examples")),
  trainingTokensPerExample: feeds(paramOf(FT_TRAINING_COST, "tokens_per_example")),
  trainingEpochs: feeds(paramOf(FT_TRAINING_COST, "epochs")),
  // Blank: the run priced from the small model's training price; typed: the analyst's own figure.
  trainingRunCost: overriding(paramOf(FT_UPFRONT_COST, "training_cost"), "trainingRun"),
  evalBuildHours: feeds(paramOf(FT_UPFRONT_COST, "eval_hours")),
  pipelineHours: feeds(paramOf(FT_UPFRONT_COST, "pipeline_hours")),
  retrainIntervalMonths: feeds(paramOf(FT_MAINTENANCE_MONTHLY, "retrain_every_months")),
  retrainDataHours: feeds(paramOf(FT_MAINTENANCE_MONTHLY, "data_hours")),
  retrainEvalCost: feeds(paramOf(FT_MAINTENANCE_MONTHLY, "eval_cost")),
  retrainDeployHours: feeds(paramOf(FT_MAINTENANCE_MONTHLY, "deploy_hours")),
  recallTokens: feeds(paramOf(FT_COMPARE, "recall_tokens")),
  memoryMonthlyCost: feeds(paramOf(FT_COMPARE, "memory_monthly_cost")),
  memorySetupCost: feeds(paramOf(FT_COMPARE, "memory_setup_cost")),
  fallbackShare: feeds(paramOf(FT_COMPARE, "fallback_share")),
  memoryFallbackShare: feeds(paramOf(FT_COMPARE, "memory_fallback_share")),
  // Serving on dedicated GPUs (SPEC 3.11): asked for a small model whose weights can be hosted.
  servedOnGpus: feeds(dedicatedGpus),
  gpuHourlyPrice: feeds(paramOf(FT_GPU_MONTHLY_COST, "gpu_hourly_price")),
  gpuTokensPerSecond: feeds(paramOf(FT_GPU_MONTHLY_COST, "output_tokens_per_second")),
  gpuUtilization: feeds(paramOf(FT_GPU_MONTHLY_COST, "utilization")),
  upfrontLow: ranged(paramOf(FT_COMPARE, "upfront_cost")),
  upfrontHigh: ranged(paramOf(FT_COMPARE, "upfront_cost")),
  maintenanceLow: ranged(paramOf(FT_COMPARE, "monthly_maintenance")),
  maintenanceHigh: ranged(paramOf(FT_COMPARE, "monthly_maintenance")),
  volumeLow: ranged(paramOf(FT_COMPARE, "requests_per_month")),
  volumeHigh: ranged(paramOf(FT_COMPARE, "requests_per_month")),
  recallTokensLow: ranged(paramOf(FT_COMPARE, "recall_tokens")),
  recallTokensHigh: ranged(paramOf(FT_COMPARE, "recall_tokens")),
  memoryMonthlyLow: ranged(paramOf(FT_COMPARE, "memory_monthly_cost")),
  memoryMonthlyHigh: ranged(paramOf(FT_COMPARE, "memory_monthly_cost")),
  memorySetupLow: ranged(paramOf(FT_COMPARE, "memory_setup_cost")),
  memorySetupHigh: ranged(paramOf(FT_COMPARE, "memory_setup_cost")),
  fallbackShareLow: ranged(paramOf(FT_COMPARE, "fallback_share")),
  fallbackShareHigh: ranged(paramOf(FT_COMPARE, "fallback_share")),
  memoryFallbackLow: ranged(paramOf(FT_COMPARE, "memory_fallback_share")),
  memoryFallbackHigh: ranged(paramOf(FT_COMPARE, "memory_fallback_share")),
  gpuHourlyPriceLow: ranged(paramOf(FT_GPU_MONTHLY_COST, "gpu_hourly_price")),
  gpuHourlyPriceHigh: ranged(paramOf(FT_GPU_MONTHLY_COST, "gpu_hourly_price")),
  gpuTokensPerSecondLow: ranged(paramOf(FT_GPU_MONTHLY_COST, "output_tokens_per_second")),
  gpuTokensPerSecondHigh: ranged(paramOf(FT_GPU_MONTHLY_COST, "output_tokens_per_second")),
  gpuUtilizationLow: ranged(paramOf(FT_GPU_MONTHLY_COST, "utilization")),
  gpuUtilizationHigh: ranged(paramOf(FT_GPU_MONTHLY_COST, "utilization")),
} as const satisfies Record<string, AnswerRow>;

export type AnswerKey = keyof typeof ANSWERS;
type RowOf<K extends AnswerKey> = (typeof ANSWERS)[K];
type OptionalKey = {
  [K in AnswerKey]: RowOf<K> extends { optional: true } | { asked: "sometimes" } ? K : never;
}[AnswerKey];

/** The answers as their parameters type them; an optional answer left blank is absent. */
export type Answers = { [K in Exclude<AnswerKey, OptionalKey>]: ValueOf<RowOf<K>["param"]> } & {
  [K in OptionalKey]?: ValueOf<RowOf<K>["param"]>;
};

/** The parameter an answer feeds. */
export const paramFor = (key: AnswerKey): ScalarParam => ANSWERS[key].param;

/**
 * How an answer follows another until the analyst types their own: that answer times a factor,
 * and at least and at most a figure where the rule says so (a range around a guess of 0 still
 * spans something; a share stays a share).
 */
export interface FollowRule {
  readonly answer: AnswerKey;
  readonly times: number;
  readonly atLeast?: number;
  readonly atMost?: number;
}

/**
 * The answers that follow another until the analyst types their own: the fine-tuned prompt is
 * half the prompt; a low is half its guess and a high twice it (the volume's one and a half
 * times), a memory setup's high at least $10,000 and a share handed to the larger model at least
 * 10 % and at most all; the GPUs' lows and highs the published ones, or the analyst's figure where
 * it lies beyond them. The pane prefills the result, unrounded; the sheet writes it as a formula
 * on the other answer's cell while the answer still equals it.
 */
export const FOLLOWS: Partial<Record<AnswerKey, FollowRule>> = {
  ftInputTokens: { answer: "inputTokens", times: 0.5 },
  volumeLow: { answer: "requestsPerMonth", times: 0.5 },
  volumeHigh: { answer: "requestsPerMonth", times: 1.5 },
  recallTokensLow: { answer: "recallTokens", times: 0.5 },
  recallTokensHigh: { answer: "recallTokens", times: 2 },
  memoryMonthlyLow: { answer: "memoryMonthlyCost", times: 0.5 },
  memoryMonthlyHigh: { answer: "memoryMonthlyCost", times: 2 },
  memorySetupLow: { answer: "memorySetupCost", times: 0.5 },
  memorySetupHigh: { answer: "memorySetupCost", times: 2, atLeast: 10_000 },
  fallbackShareLow: { answer: "fallbackShare", times: 0.5 },
  fallbackShareHigh: { answer: "fallbackShare", times: 2, atLeast: 0.1, atMost: 1 },
  memoryFallbackLow: { answer: "memoryFallbackShare", times: 0.5 },
  memoryFallbackHigh: { answer: "memoryFallbackShare", times: 2, atLeast: 0.1, atMost: 1 },
  // The GPUs' published range, widened to take the analyst's own figure where it lies outside it.
  gpuHourlyPriceLow: { answer: "gpuHourlyPrice", times: 1, atMost: assumption("gpu_hourly_price", "low") },
  gpuHourlyPriceHigh: { answer: "gpuHourlyPrice", times: 1, atLeast: assumption("gpu_hourly_price", "high") },
  gpuTokensPerSecondLow: {
    answer: "gpuTokensPerSecond",
    times: 1,
    atMost: assumption("decode_tokens_per_second", "low"),
  },
  gpuTokensPerSecondHigh: {
    answer: "gpuTokensPerSecond",
    times: 1,
    atLeast: assumption("decode_tokens_per_second", "high"),
  },
  gpuUtilizationLow: { answer: "gpuUtilization", times: 1, atMost: assumption("gpu_utilization", "low") },
  gpuUtilizationHigh: { answer: "gpuUtilization", times: 1, atLeast: assumption("gpu_utilization", "high") },
};

/** The value an answer that follows another starts at; undefined when that one is not a number. */
export function followed(key: AnswerKey, leader: unknown): number | undefined {
  const rule = FOLLOWS[key];
  if (!rule || typeof leader !== "number") return undefined;
  const scaled = Math.max(leader * rule.times, rule.atLeast ?? -Infinity);
  return Math.min(scaled, rule.atMost ?? Infinity);
}

/** The formula of a follower on its leader's cell, as the sheet writes it: =MIN(1,MAX($B$9*2,0.1)), =MIN($B$45,2.69). */
export function followingFormula(rule: FollowRule, leader: string): string {
  let text = rule.times === 1 ? leader : `${leader}*${rule.times}`;
  if (rule.atLeast !== undefined) text = `MAX(${text},${rule.atLeast})`;
  if (rule.atMost !== undefined) text = `MIN(${text},${rule.atMost})`;
  return `=${text}`;
}

/** Where an argument comes from. */
export type Source =
  | { readonly kind: "answer"; readonly key: AnswerKey }
  | { readonly kind: "figure"; readonly name: string }
  | { readonly kind: "constant"; readonly value: number | string }
  | { readonly kind: "prices" };

const answer = (key: AnswerKey): Source => ({ kind: "answer", key });
const figure = (name: string): Source => ({ kind: "figure", name });
const constant = (value: number | string): Source => ({ kind: "constant", value });
/** The price table, where the model has one: the analyst's own prices, or an imported sheet. */
const PRICES: Source = { kind: "prices" };

/**
 * A figure the model computes: a call, a row of low, most likely and high, another figure's row
 * from its smallest value to its largest, or a cell of the comparison.
 */
export type Figure =
  | { readonly kind: "call"; readonly fn: FunctionDeclaration; readonly args: Readonly<Record<string, Source>> }
  | { readonly kind: "row"; readonly cells: readonly [Source, Source, Source] }
  | { readonly kind: "sorted"; readonly of: string }
  | { readonly kind: "ifna"; readonly of: string; readonly otherwise: string }
  | { readonly kind: "when"; readonly answer: AnswerKey; readonly of: string }
  | { readonly kind: "compared"; readonly strategy: Strategy; readonly column: CompareColumn };

/**
 * A call of a declared function: each parameter the call does not bind itself takes the answer
 * that names that very parameter, if one does (no answer for it: the argument is left out).
 */
function call(fn: FunctionDeclaration, own: Readonly<Record<string, Source>> = {}): Figure {
  const args: Record<string, Source> = {};
  for (const param of fn.params) {
    if (param.name in own) {
      args[param.name] = own[param.name];
      continue;
    }
    const named = (Object.keys(ANSWERS) as AnswerKey[]).filter(
      (key) => ANSWERS[key].param === param && !("range" in ANSWERS[key]),
    );
    if (named.length > 1) throw new Error(`${fn.id}: ${named.join(" and ")} both feed ${param.name}`);
    if (named.length === 1) args[param.name] = answer(named[0]);
  }
  for (const name of Object.keys(own)) {
    if (!fn.params.some((param) => param.name === name)) throw new Error(`${fn.id} has no parameter ${name}`);
  }
  return { kind: "call", fn, args };
}

const row = (low: Source, likely: Source, high: Source): Figure => ({ kind: "row", cells: [low, likely, high] });
const compared = (strategy: Strategy, column: CompareColumn): Figure => ({ kind: "compared", strategy, column });
const sorted = (of: string): Figure => ({ kind: "sorted", of });
/** A figure, or another where it is #N/A (Excel's IFNA): a price the model does not have. */
const ifna = (of: string, otherwise: string): Figure => ({ kind: "ifna", of, otherwise });
/**
 * A figure where a yes-or-no answer says yes, else 0 (Excel's IF): an omittable argument reads 0
 * as left out, as Excel desktop passes a blank cell (the dedicated GPUs' cost, when not asked for).
 */
const when = (answerKey: AnswerKey, of: string): Figure => ({ kind: "when", answer: answerKey, of });

type CallFigure = Extract<Figure, { kind: "call" }>;

/**
 * FT_GPU_MONTHLY_COST for the fine-tuned model's requests (its shorter prompt and the output) at a
 * volume, a GPU-hour's price, a throughput and a share in use: the most likely figures, or a
 * range's ends.
 */
const gpusFor = (volume: AnswerKey, price: AnswerKey, speed: AnswerKey, share: AnswerKey): Figure =>
  call(FT_GPU_MONTHLY_COST, {
    requests_per_month: answer(volume),
    input_tokens: answer("ftInputTokens"),
    output_tokens: answer("outputTokens"),
    gpu_hourly_price: answer(price),
    output_tokens_per_second: answer(speed),
    utilization: answer(share),
  });

/** FT_COMPARE's call: the arguments FT_COMPARE_RISK and FT_SWITCH_VALUES take too, by name. */
const COMPARISON = call(FT_COMPARE, {
  months: answer("horizonMonths"),
  upfront_cost: figure("upfront"),
  monthly_maintenance: figure("maintenance"),
  price_table: PRICES,
  dedicated_monthly_cost: figure("dedicated"),
}) as CallFigure;

/**
 * The live model, each figure after the figures it reads. The costs per request are FT_COMPARE's,
 * so that every figure prices what the comparison prices.
 */
export const MODEL = {
  // One training run: examples × tokens × epochs at the small model's training price (catalogue or
  // price table). Written inside the training cost's input cell, which a typed figure replaces.
  trainingPrice: call(MODEL_PRICE, {
    model: answer("smallModel"),
    price_kind: constant("ft_training"),
    price_table: PRICES,
  }),
  trainingRunPriced: call(FT_TRAINING_COST, { training_price: figure("trainingPrice") }),
  // A small model with no training price (its fine-tuning is not sold, or a model typed without
  // one): the published figure for one run at the chosen level, said so in the label.
  publishedRun: call(ASSUMPTION, { name: constant("training_run_cost") }),
  trainingRun: ifna("trainingRunPriced", "publishedRun"),
  upfront: call(FT_UPFRONT_COST),
  // The GPUs that serve the fine-tuned model's requests (its shorter prompt), on all month, where
  // the analyst asks for them; the published prefill ratio and one GPU at least.
  gpuMonthly: gpusFor("requestsPerMonth", "gpuHourlyPrice", "gpuTokensPerSecond", "gpuUtilization"),
  dedicated: when("servedOnGpus", "gpuMonthly"),
  maintenance: call(FT_MAINTENANCE_MONTHLY, { training_cost: answer("trainingRunCost") }),
  comparison: COMPARISON,
  largeCost: compared("Larger model", "cost per request"),
  fineTunedCost: compared("Fine-tuned small model", "cost per request"),
  memoryCost: compared("Small model + memory", "cost per request"),
  dedicatedCost: compared("Fine-tuned model on dedicated GPUs", "cost per request"),
  fineTunedSaving: compared("Fine-tuned small model", "saving"),
  savings: call(FT_MONTHLY_SAVINGS, {
    large_cost_per_request: figure("largeCost"),
    small_cost_per_request: figure("fineTunedCost"),
  }),
  running: call(FT_RUNNING_MONTHLY, {
    model: answer("smallModel"),
    monthly_maintenance: figure("maintenance"),
    price_table: PRICES,
  }),
  breakEven: call(FT_BREAKEVEN, {
    upfront_cost: figure("upfront"),
    monthly_savings: figure("savings"),
    monthly_maintenance: figure("running"),
  }),
  netSavings: call(FT_NET_SAVINGS, {
    upfront_cost: figure("upfront"),
    monthly_savings: figure("savings"),
    months: answer("horizonMonths"),
    monthly_maintenance: figure("running"),
  }),
  verdict: call(FT_DECISION),
  reasons: call(FT_DECISION_REASONS),
  recommendation: call(FT_RECOMMEND, { verdict: figure("verdict"), comparison: figure("comparison") }),
  upfrontRange: row(answer("upfrontLow"), figure("upfront"), answer("upfrontHigh")),
  maintenanceRange: row(answer("maintenanceLow"), figure("maintenance"), answer("maintenanceHigh")),
  volumeRange: row(answer("volumeLow"), answer("requestsPerMonth"), answer("volumeHigh")),
  recallRange: row(answer("recallTokensLow"), answer("recallTokens"), answer("recallTokensHigh")),
  memoryMonthlyRange: row(answer("memoryMonthlyLow"), answer("memoryMonthlyCost"), answer("memoryMonthlyHigh")),
  memorySetupRange: row(answer("memorySetupLow"), answer("memorySetupCost"), answer("memorySetupHigh")),
  fallbackRange: row(answer("fallbackShareLow"), answer("fallbackShare"), answer("fallbackShareHigh")),
  memoryFallbackRange: row(answer("memoryFallbackLow"), answer("memoryFallbackShare"), answer("memoryFallbackHigh")),
  gpuPriceRange: row(answer("gpuHourlyPriceLow"), answer("gpuHourlyPrice"), answer("gpuHourlyPriceHigh")),
  gpuSpeedRange: row(answer("gpuTokensPerSecondLow"), answer("gpuTokensPerSecond"), answer("gpuTokensPerSecondHigh")),
  gpuShareRange: row(answer("gpuUtilizationLow"), answer("gpuUtilization"), answer("gpuUtilizationHigh")),
  // The dedicated GPUs' cost from its least to its most: the GPUs the lowest volume needs at the
  // cheapest hour, the fastest GPU and the fullest use, to those the highest volume needs at the
  // dearest, the slowest and the emptiest (the cost rises with the volume and the price, and falls
  // with the throughput and the use). Each 0 where they are not priced: a range of 0s is left out.
  gpuLeast: gpusFor("volumeLow", "gpuHourlyPriceLow", "gpuTokensPerSecondHigh", "gpuUtilizationHigh"),
  gpuMost: gpusFor("volumeHigh", "gpuHourlyPriceHigh", "gpuTokensPerSecondLow", "gpuUtilizationLow"),
  dedicatedLeast: when("servedOnGpus", "gpuLeast"),
  dedicatedMost: when("servedOnGpus", "gpuMost"),
  dedicatedRange: row(figure("dedicatedLeast"), figure("dedicated"), figure("dedicatedMost")),
  // How sure the recommendation is: FT_COMPARE's arguments, every guess as its row of low, most
  // likely and high, among the strategies the rule finds fit.
  compareRisk: call(FT_COMPARE_RISK, {
    ...COMPARISON.args,
    requests_per_month: figure("volumeRange"),
    upfront_cost: figure("upfrontRange"),
    monthly_maintenance: figure("maintenanceRange"),
    recall_tokens: figure("recallRange"),
    memory_monthly_cost: figure("memoryMonthlyRange"),
    memory_setup_cost: figure("memorySetupRange"),
    fallback_share: figure("fallbackRange"),
    memory_fallback_share: figure("memoryFallbackRange"),
    dedicated_monthly_cost: figure("dedicatedRange"),
    verdict: figure("verdict"),
    samples: constant(RISK_SAMPLES),
    seed: constant(RISK_SEED),
  }),
  // What would change it: FT_COMPARE's own arguments, one searched at a time.
  switchValues: call(FT_SWITCH_VALUES, { ...COMPARISON.args, verdict: figure("verdict") }),
  savingsRange: call(FT_MONTHLY_SAVINGS, {
    large_cost_per_request: figure("largeCost"),
    small_cost_per_request: figure("fineTunedCost"),
    requests_per_month: figure("volumeRange"),
  }),
  // Savings fall as the volume rises where the fine-tuned model costs more per request: low to
  // high, they are the volume's row in reverse, as a range of the simulation must be given.
  savingsOrdered: sorted("savingsRange"),
  runningRange: call(FT_RUNNING_MONTHLY, {
    model: answer("smallModel"),
    monthly_maintenance: figure("maintenanceRange"),
    price_table: PRICES,
  }),
  risk: call(FT_PAYBACK_RISK, {
    upfront_cost: figure("upfrontRange"),
    monthly_savings: figure("savingsOrdered"),
    monthly_maintenance: figure("runningRange"),
    samples: constant(RISK_SAMPLES),
    seed: constant(RISK_SEED),
  }),
  sensitivity: call(FT_SENSITIVITY, {
    upfront_cost: figure("upfrontRange"),
    monthly_savings: figure("savingsOrdered"),
    monthly_maintenance: figure("runningRange"),
    months: answer("horizonMonths"),
  }),
  // The cumulative cost of each strategy after the horizon: the chart's table writes each over a
  // column of months across the horizon instead (TCO broadcasts over it).
  largeSeries: call(TCO, {
    upfront_cost: constant(0),
    cost_per_request: figure("largeCost"),
    requests_per_month: answer("requestsPerMonth"),
    months: answer("horizonMonths"),
  }),
  fineTunedSeries: call(TCO, {
    upfront_cost: figure("upfront"),
    cost_per_request: figure("fineTunedCost"),
    requests_per_month: answer("requestsPerMonth"),
    months: answer("horizonMonths"),
    monthly_fixed_cost: figure("running"),
  }),
  memorySeries: call(TCO, {
    upfront_cost: answer("memorySetupCost"),
    cost_per_request: figure("memoryCost"),
    requests_per_month: answer("requestsPerMonth"),
    months: answer("horizonMonths"),
    monthly_fixed_cost: answer("memoryMonthlyCost"),
  }),
  // The GPUs' monthly cost is in their cost per request (spread over the volume); #N/A, and no
  // line, where they are not priced.
  dedicatedSeries: call(TCO, {
    upfront_cost: figure("upfront"),
    cost_per_request: figure("dedicatedCost"),
    requests_per_month: answer("requestsPerMonth"),
    months: answer("horizonMonths"),
    monthly_fixed_cost: figure("maintenance"),
  }),
} as const satisfies Record<string, Figure>;

export type FigureName = keyof typeof MODEL;

// Each figure reads only figures defined before it, so that one pass computes them all.
{
  const seen = new Set<string>();
  const check = (source: Source, name: string) => {
    if (source.kind === "figure" && !seen.has(source.name)) {
      throw new Error(`${name} reads ${source.name}, which is not defined before it`);
    }
  };
  for (const [name, node] of Object.entries(MODEL) as [string, Figure][]) {
    if (node.kind === "call") {
      Object.values(node.args).forEach((source) => {
        check(source, name);
        const otherwise = source.kind === "answer" ? (ANSWERS[source.key] as AnswerRow).otherwise : undefined;
        if (otherwise) check(figure(otherwise), name);
      });
    }
    if (node.kind === "row") node.cells.forEach((source) => check(source, name));
    if (node.kind === "compared") check(figure("comparison"), name);
    if (node.kind === "sorted") check(figure(node.of), name);
    if (node.kind === "ifna") [node.of, node.otherwise].forEach((other) => check(figure(other), name));
    if (node.kind === "when") check(figure(node.of), name);
    seen.add(name);
  }
}

/** The answers every written input holds: those a call reads, in the questionnaire's order (ranges have a row of their own). */
export const WRITTEN_ANSWERS: readonly AnswerKey[] = (() => {
  const read = new Set<AnswerKey>();
  for (const node of Object.values(MODEL) as Figure[]) {
    if (node.kind === "when") read.add(node.answer);
    if (node.kind !== "call") continue;
    for (const source of Object.values(node.args)) if (source.kind === "answer") read.add(source.key);
  }
  return (Object.keys(ANSWERS) as AnswerKey[]).filter((key) => read.has(key) && !("range" in ANSWERS[key]));
})();

/**
 * The answer a blank optional answer stands for, where its parameter takes another argument's value
 * when omitted (ft_input_tokens takes input_tokens): the sheet writes a reference to that answer's
 * cell, since Excel desktop passes a blank cell as 0, not as an omitted argument.
 */
export function standsFor(key: AnswerKey): AnswerKey | undefined {
  const param = ANSWERS[key].param;
  if (param.kind !== "number" || !param.sameAs) return undefined;
  for (const node of Object.values(MODEL) as Figure[]) {
    if (node.kind !== "call" || !Object.values(node.args).some((s) => s.kind === "answer" && s.key === key)) continue;
    const source = node.args[param.sameAs];
    if (source?.kind === "answer" && source.key !== key) return source.key;
  }
  return undefined;
}

/** A price table as a range holds it: a header row, then a model id and its prices per row. */
export type PriceTableValues = (string | number | null)[][];

/** The value an answer's cell holds: a blank optional answer is an empty cell. */
const cellOf = (value: unknown): Cell | null => (value === undefined ? null : (value as Cell));

/** The figures of the model as their cells compute them, each a matrix (1 × 1 for a single value). */
export type Figures = { readonly [N in FigureName]: Cell[][] };

/** The raw arguments of a call, in declaration order, as their cells hold them. */
function rawArguments(
  node: Extract<Figure, { kind: "call" }>,
  answers: Answers,
  priceTable: PriceTableValues | undefined,
  figure: (name: string) => unknown,
): unknown[] {
  const values = answers as Readonly<Record<AnswerKey, unknown>>;
  const raw = (source: Source): unknown => {
    switch (source.kind) {
      case "answer": {
        const otherwise = (ANSWERS[source.key] as AnswerRow).otherwise;
        // A blank answer that a figure stands for: the figure its cell computes.
        if (otherwise && values[source.key] === undefined) return figure(otherwise);
        // A blank answer written as a reference to the answer it stands for: that answer's value, as its cell holds.
        const other = values[source.key] === undefined ? standsFor(source.key) : undefined;
        return cellOf(values[other ?? source.key]);
      }
      case "figure":
        return figure(source.name);
      case "constant":
        return source.value;
      case "prices":
        return priceTable ?? null;
    }
  };
  return node.fn.params.map((param) => (param.name in node.args ? raw(node.args[param.name]) : null));
}

/**
 * Computes the figures of the model for these answers (all of them, or those up to `until`),
 * through the runner that computes the written cells, with each argument the value its cell holds:
 * the pane's figures are the sheet's.
 */
export function evaluate(answers: Answers, priceTable: PriceTableValues | undefined, until?: FigureName): Figures {
  const figures: Record<string, Cell[][]> = {};
  const values = answers as Readonly<Record<AnswerKey, unknown>>;
  const single = (source: Source): Cell => {
    if (source.kind === "answer") return cellOf(values[source.key]) as Cell;
    if (source.kind === "figure") return figures[source.name][0][0];
    if (source.kind === "constant") return source.value;
    throw new Error("a price table is no cell of a row");
  };
  for (const [name, node] of Object.entries(MODEL) as [FigureName, Figure][]) {
    if (node.kind === "call") {
      figures[name] = runFunction(
        node.fn,
        rawArguments(node, answers, priceTable, (other) => figures[other]),
      );
    } else if (node.kind === "row") {
      figures[name] = [node.cells.map(single)];
    } else if (node.kind === "when") {
      figures[name] = values[node.answer] === true ? figures[node.of] : [[0]];
    } else if (node.kind === "ifna") {
      const first = figures[node.of];
      const failed = first[0][0];
      figures[name] = failed instanceof ExcelError && failed.code === "#N/A" ? figures[node.otherwise] : first;
    } else if (node.kind === "sorted") {
      // As SMALL reads the row on the sheet: an error cell stays the row's error.
      const cells = figures[node.of][0];
      const failed = cells.find((cell) => typeof cell !== "number");
      figures[name] = [failed === undefined ? [...(cells as number[])].sort((a, b) => a - b) : cells.map(() => failed)];
    } else {
      const table = figures.comparison;
      const at = comparedCell(node.strategy, node.column);
      figures[name] = [[table[at.row]?.[at.column] ?? table[0][0]]];
    }
    if (name === until) break;
  }
  return figures as Figures;
}

/**
 * The coerced arguments of a figure's call, as its compute receives them, for what the pane says
 * beyond the cells (the rule's checks, a retirement); the error of the first bad argument otherwise.
 */
export function argumentsOf<D extends FunctionDeclaration<readonly Param[]>>(
  name: FigureName,
  fn: D,
  answers: Answers,
  priceTable: PriceTableValues | undefined,
  figures: Readonly<Record<string, Cell[][]>> = {},
): ArgsOf<D["params"]> | ExcelError {
  const node: Figure = MODEL[name];
  if (node.kind !== "call" || node.fn !== fn) throw new Error(`${name} is no call of ${fn.id}`);
  return coerceArgs(
    node.fn,
    rawArguments(node, answers, priceTable, (other) => figures[other]),
  ) as ArgsOf<D["params"]> | ExcelError;
}

/** What the label of an answer that overrides a figure says, computed or typed, in the pane and the sheet. */
export const OVERRIDE_WORDS = {
  computed: "computed; type over it to override",
  unpriced: "the published figure: no training price is known; type yours",
  typed: "typed",
} as const;

/**
 * The tornado's inputs in words, by the name FT_SENSITIVITY gives each: the written sheet labels
 * its chart with them, and the pane its rows.
 */
export const SENSITIVITY_WORDS: Readonly<Record<string, string>> = {
  upfront_cost: "Upfront cost",
  monthly_savings: "Monthly savings (the volume's range)",
  monthly_maintenance: "Maintenance and hosting",
};

/**
 * FT_SWITCH_VALUES's inputs in words, by their argument names: the written sheet writes them beside
 * its rows, and the pane says what would change the recommendation with them.
 */
export const SWITCH_WORDS: Readonly<Record<string, string>> = {
  input_tokens: "the prompt's length in tokens",
  output_tokens: "the answer's length in tokens",
  requests_per_month: "the volume",
  months: "the horizon",
  upfront_cost: "fine-tuning's upfront cost",
  monthly_maintenance: "fine-tuning's maintenance",
  recall_tokens: "memory's recall in tokens a request",
  memory_monthly_cost: "memory's monthly cost",
  memory_setup_cost: "memory's setup cost",
  ft_input_tokens: "the fine-tuned prompt's length in tokens",
  fallback_share: "the fine-tuned model's share handed to the larger model",
  memory_fallback_share: "memory's share handed to the larger model",
  cached_share: "the cached share of the prompt",
  batch_share: "the share sent in batch",
  annual_discount_rate: "the discount rate",
  retune_cost: "the re-tune's cost",
  dedicated_monthly_cost: "the dedicated GPUs' monthly cost",
};

/** The rows and columns a figure takes on the sheet for these answers, from its declaration. */
export function figureSize(name: FigureName, answers: Answers): readonly [number, number] {
  const node: Figure = MODEL[name];
  if (node.kind === "row") return [1, node.cells.length];
  if (node.kind === "compared") return [1, 1];
  if (node.kind === "sorted") return figureSize(node.of as FigureName, answers);
  if (node.kind === "ifna" || node.kind === "when") return figureSize(node.of as FigureName, answers);
  // What the size depends on: the answers and constants as they are, a figure by its own size.
  const zeros = (other: string) => {
    // A figure given only when an answer says so is sized as given: the room holds it either way,
    // so that ticking the answer on the sheet never makes a spill outgrow its room.
    if (MODEL[other as FigureName].kind === "when") return [[1]];
    const [rows, columns] = figureSize(other as FigureName, answers);
    return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  };
  const size = resultSize(node.fn, rawArguments(node, answers, undefined, zeros));
  if (!size) throw new Error(`${name}: the size of ${node.fn.id}'s result depends on an argument not given`);
  return size;
}

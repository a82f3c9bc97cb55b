/**
 * Every AICOST function, declared once: id, description, parameters (type, unit, default, bounds,
 * help text), what it returns, examples, result shape and spill size, and a compute step that
 * calls the engine. Everything else is derived from these declarations: Excel's functions.json
 * and registration, the preview's registration and spill sizes, the README's function reference,
 * the formulas the task pane writes and the validation of its answers.
 */
import {
  ASSUMPTION_LEVELS,
  ASSUMPTION_TABLE,
  assumptionValue,
  breakEvenVolume,
  compareStrategies,
  comparisonSetting,
  costOfOwnershipSeries,
  decide,
  DECISION_CHECK_COUNT,
  findAssumption,
  findModel,
  fineTunedRunningCost,
  fineTuningAvailability,
  fineTuningOn,
  isoFromSerial,
  isPriced,
  listModels,
  nextPriceChange,
  pricesOn,
  statusOn,
  listProviders,
  maintenanceMonthly,
  monthlySavings,
  NARROW_TASK_TYPES,
  BROAD_TASK_TYPES,
  netSavings,
  paybackMonths,
  paybackRisk,
  isUncertain,
  sensitivity,
  PRICE_KIND_LABELS,
  PRICE_KINDS,
  priceOf,
  recommend,
  requestCost,
  STRATEGIES,
  strategyRows,
  suggestModels,
  TASK_TYPES,
  totalCostOfOwnership,
  trainingCost,
  assumption,
  gpuCount,
  gpusMonthlyCost,
  MAX_GPUS,
  upfrontCost,
  VERDICTS,
  whyNeverPaysBack,
  type CatalogueEntry,
  type IsoDate,
  requestCostAt,
  type ModelQuote,
  type PriceOverrides,
  type StrategyRow,
  type Comparison,
  type MissingStrategyPrice,
  compareRisk,
  FIT_STRATEGIES,
  switchValues,
  SWITCH_SCAN_STEPS,
  type ComparedNumbers,
  type CompareSpreads,
  type SearchedNumber,
  type SearchScale,
  type Spread,
  type StrategyRisk,
  type Verdict,
} from "../engine";
import { ExcelError, type Cell } from "./excelError";
import { messages, orList } from "./messages";
import * as domain from "./domains";
import {
  bool,
  choice,
  dateToday,
  describeParam,
  isOptional,
  num,
  numOmittable,
  numSameAs,
  priceTable,
  table,
  text,
  type NumberParam,
  type Param,
  type TableParam,
} from "./params";
import { today } from "./clock";
import {
  invalidVerdict,
  readComparison,
  readVerdict,
  recommendationReason,
  STRATEGY_WORDS,
  VERDICT_LIST,
} from "./recommendation";
import { broadcastFunction, tableFunction, type FunctionDeclaration } from "./runner";
import { compareHeader } from "./comparisonTable";
import { omittableSpreadReader, SPREAD_EXPECTED, spreadOfSize, spreadReader } from "./spread";
import { formatMonths, groupDigits } from "./format";
import { logColumnReader, usageRows, workloadTable, WORKLOAD_MEASURES } from "./usageLog";
import type { ArgsOf, NumberDomain } from "./params";

const MODEL_EXPECTED = 'a model id as text, such as "gpt-4o-mini"';

/** A model at the prices in force on a day (today unless said): the analyst's table first, then the catalogue. */
function quote(name: string, table: PriceOverrides | undefined, day: IsoDate = today()): ModelQuote | ExcelError {
  return findModel(name, table, day) ?? messages.unknownModel(name, suggestModels(name));
}

const inputTokens = num("input_tokens", domain.tokens, "Input tokens per request.");
const outputTokens = num("output_tokens", domain.tokens, "Output tokens per request.");
const requestsPerMonth = num("requests_per_month", domain.volume, "Requests per month.");
const upfrontCostParam = num("upfront_cost", domain.cost, "US dollars invested up front.");
const monthlySavingsParam = num("monthly_savings", domain.signedMonthlyAmount, "US dollars saved per month.");
const maintenanceParam = num(
  "monthly_maintenance",
  domain.monthlyCost,
  "US dollars per month to keep the model current.",
  0,
);
const discountRate = num("annual_discount_rate", domain.rate, "Annual discount rate as a decimal (0.10 = 10%).", 0);
const hourlyRate = num("hourly_rate", domain.hourlyRate, "US dollars per engineering hour.");
const prices = priceTable("price_table");

export const REQUEST_COST = broadcastFunction({
  id: "REQUEST_COST",
  description: "Cost of one request from its token counts and per-token prices.",
  returns: "$ per request = (in × input_price + out × output_price) / 1M",
  params: [
    inputTokens,
    outputTokens,
    num("input_price", domain.price, "US dollars per 1M input tokens."),
    num("output_price", domain.price, "US dollars per 1M output tokens."),
  ],
  examples: [{ args: [5000, 500, 3, 15], result: 0.0225 }],
  compute: (a) => requestCost(a),
});

const cachedShare = num(
  "cached_share",
  domain.share,
  "Share of input tokens read from the provider's prompt cache, at its cached-input price.",
  0,
);
const batchShare = num("batch_share", domain.share, "Share of requests sent through the provider's batch API.", 0);

/** A request's cost at a model's list prices, or #N/A naming the model unknown or the price it lacks. */
function pricedRequest(
  a: {
    model: string;
    priceTable: PriceOverrides | undefined;
    inputTokens: number;
    outputTokens: number;
    cachedShare: number;
    batchShare: number;
  },
  fineTuned: boolean | "where offered",
): Cell {
  const model = quote(a.model, a.priceTable);
  if (model instanceof ExcelError) return model;
  if (fineTuned === "where offered") {
    const unpriced = fineTuningAvailability(model, today());
    if (unpriced) return messages.unpriced(unpriced);
  }
  // A 100,000-row column allocates no input object per row.
  const cost = requestCostAt(model.prices, a.inputTokens, a.outputTokens, a.cachedShare, a.batchShare, !!fineTuned);
  return typeof cost === "number" ? cost : messages.priceNotOffered(model.id, cost.missing);
}

export const MODEL_REQUEST_COST = broadcastFunction({
  id: "MODEL_REQUEST_COST",
  description:
    "Cost of one request on a model at its list prices, with prompt caching, the batch API and long-context rates applied.",
  returns:
    "$ per request = (in × ((1 − c) × input + c × cached_input) × k_in + out × output × k_out) / 1M; long-context and batch rates scale k (SPEC 3.1)",
  params: [
    text("model", MODEL_EXPECTED, 'Model id, alias or name, such as "claude-sonnet-4.5" (see AICOST.MODELS()).'),
    inputTokens,
    outputTokens,
    prices,
    cachedShare,
    batchShare,
  ],
  examples: [
    { args: ["claude-3.5-haiku", 5000, 500], result: 0.006 },
    { args: ["claude-sonnet-4", 5000, 500], result: 0.0225 },
    { args: ["claude-sonnet-4.5", 5000, 500, "", 0.8], result: 0.0117 },
  ],
  compute: (a) => pricedRequest(a, false),
});

export const FT_REQUEST_COST = broadcastFunction({
  id: "FT_REQUEST_COST",
  description:
    "Cost of one request on a fine-tuned model at the provider's fine-tuned inference prices, with caching, batch and long context applied.",
  returns: "$ per request at the model's fine-tuned inference prices",
  params: [
    text("model", MODEL_EXPECTED, 'Model id or alias of a model that can be fine-tuned, such as "gpt-4.1-mini".'),
    inputTokens,
    outputTokens,
    prices,
    cachedShare,
    batchShare,
  ],
  examples: [
    { args: ["gpt-4.1-mini", 2000, 400], result: 0.00288 },
    { args: ["azure/gpt-4o-mini", 2000, 400], result: 0.00054 },
  ],
  // Without fine-tuned prices FT_SERVING_COST falls back to base prices; this function says so.
  compute: (a) => pricedRequest(a, true),
});

export const FT_SERVING_COST = broadcastFunction({
  id: "FT_SERVING_COST",
  description:
    "Cost of one request on the fine-tuned small model as FT_COMPARE prices it today: only where fine-tuning of the model can be bought, or price_table gives fine-tuned prices.",
  returns:
    "$ per request at the model's fine-tuned inference prices, where its fine-tuning can be bought today or price_table gives them, with caching, batch and long context applied (as `FT_COMPARE` prices the fine-tuned small model before fallback); `#N/A` saying why otherwise",
  params: [
    text("model", MODEL_EXPECTED, 'Model id or alias of the small model, such as "fireworks/llama-3.1-8b-instruct".'),
    inputTokens,
    outputTokens,
    prices,
    cachedShare,
    batchShare,
  ],
  examples: [
    { args: ["fireworks/llama-3.1-8b-instruct", 2000, 400], result: 0.00048 },
    { args: ["fireworks/llama-3.3-70b-instruct", 5000, 500], result: 0.00495 },
  ],
  compute: (a) => pricedRequest(a, "where offered"),
});

export const MODEL_PRICE = broadcastFunction({
  id: "MODEL_PRICE",
  description: "One list price of a model.",
  returns: "$ per 1M tokens; $ per hour for `ft_hosting_hour`; input tokens for `long_context_threshold`",
  params: [
    text("model", MODEL_EXPECTED, 'Model id, alias or name, such as "gpt-4o".'),
    choice("price_kind", PRICE_KINDS, "The kind of price.", "input"),
    prices,
  ],
  examples: [{ args: ["gpt-4o", "output"], result: 10 }],
  compute: (a) => {
    const model = quote(a.model, a.priceTable);
    if (model instanceof ExcelError) return model;
    return priceOf(model, a.priceKind) ?? messages.priceNotOffered(model.id, a.priceKind);
  },
});

/** Column headings of MODELS(). */
export const MODELS_HEADER = [
  "model",
  "provider",
  "status",
  "retires on",
  "fine-tuning",
  "fine-tuning until",
  ...PRICE_KINDS.map((kind) => PRICE_KIND_LABELS[kind]),
  "next price change",
  "single source",
  "as of",
  "source",
];

/** A scheduled change as MODELS shows it: "2027-01-01: input 1.5, output 7.5". */
function describeChange(entry: CatalogueEntry, day: IsoDate): string {
  const change = nextPriceChange(entry, day);
  if (!change) return "";
  const kinds = PRICE_KINDS.filter((kind) => change.prices[kind] !== undefined);
  return `${change.from}: ${kinds.map((kind) => `${PRICE_KIND_LABELS[kind]} ${change.prices[kind]}`).join(", ")}`;
}

/** What only one reference gives, as a column of MODELS reads it. */
function describeSingleSource(entry: CatalogueEntry): string {
  const words: Readonly<Record<string, string>> = { retiresOn: "retires on", deprecatedOn: "deprecated on" };
  return entry.singleSource
    .map((what) => words[what] ?? PRICE_KIND_LABELS[what as keyof typeof PRICE_KIND_LABELS] ?? what.replace(/_/g, " "))
    .join(", ");
}

function modelRow(entry: CatalogueEntry, day: IsoDate): Cell[] {
  const prices = pricesOn(entry, day);
  const offer = fineTuningOn(entry, day);
  return [
    entry.id,
    entry.provider,
    statusOn(entry, day),
    entry.retiresOn ?? "",
    offer.status,
    offer.until ?? "",
    ...PRICE_KINDS.map((kind) => prices[kind] ?? ""),
    describeChange(entry, day),
    describeSingleSource(entry),
    entry.asOf,
    entry.source,
  ];
}

export const MODELS = tableFunction({
  id: "MODELS",
  description:
    "The price catalogue as a table with a header row, as of a date: status, fine-tuning offer and every price in force (US dollars per 1M tokens, hosting per hour).",
  returns: `the catalogue as a spilled table with a header row: ${MODELS_HEADER.join(", ")}`,
  params: [
    text(
      "provider",
      'a provider as text, such as "openai"',
      `Only this provider's models: ${orList(listProviders())}. All when omitted.`,
      "",
    ),
    bool("include_retired", "TRUE to list retired models too (they still compute in old workbooks).", false),
    dateToday(
      "as_of",
      domain.date,
      'The day whose statuses, fine-tuning offers and prices are shown: an Excel date, or text such as "2027-01-01".',
    ),
  ],
  examples: [{ args: ["azure"] }, { args: ["together", false, "2027-01-01"] }, { args: ["anthropic", true] }],
  spill: (a) => {
    const day = a.asOf === undefined ? today() : isoFromSerial(a.asOf);
    const count = listModels(a.provider ?? "", a.includeRetired ?? false, day).length;
    return count === 0 ? [1, 1] : [count + 1, MODELS_HEADER.length];
  },
  compute: (a) => {
    const day = isoFromSerial(a.asOf);
    const entries = listModels(a.provider, a.includeRetired, day);
    if (entries.length === 0) return messages.unknownProvider(a.provider, listProviders());
    return [[...MODELS_HEADER], ...entries.map((entry) => modelRow(entry, day))];
  },
});

export const FT_MONTHLY_SAVINGS = broadcastFunction({
  id: "FT_MONTHLY_SAVINGS",
  description: "Monthly saving of moving requests from the larger model to the small one: (large - small) x volume.",
  returns: "$ per month = (large − small) × volume",
  params: [
    num("large_cost_per_request", domain.costPerRequest, "US dollars per request on the larger model."),
    num("small_cost_per_request", domain.costPerRequest, "US dollars per request on the small model."),
    requestsPerMonth,
  ],
  examples: [
    { args: [0.0225, 0.006, 100000], result: 1650 },
    { args: [0.0225, 0.006, 500000], result: 8250 },
  ],
  compute: (a) => monthlySavings(a),
});

export const FT_UPFRONT_COST = broadcastFunction({
  id: "FT_UPFRONT_COST",
  description:
    "Upfront cost of a fine-tuning pipeline: data hours x rate + training cost + (evaluation + pipeline hours) x rate.",
  returns: "$ = data_hours × rate + training_cost + (eval_hours + pipeline_hours) × rate",
  params: [
    num("data_hours", domain.hours, "Hours to create the training data."),
    hourlyRate,
    num("training_cost", domain.cost, "US dollars of fine-tuning compute.", 0),
    num("eval_hours", domain.hours, "Hours to build the evaluation suite.", 0),
    num("pipeline_hours", domain.hours, "Hours to automate training, deployment and monitoring.", 0),
  ],
  examples: [{ args: [50, 150, 275, 15, 25], result: 13775 }],
  compute: (a) => upfrontCost(a),
});

export const FT_TRAINING_COST = broadcastFunction({
  id: "FT_TRAINING_COST",
  description: "Compute cost of one fine-tuning run: examples x tokens x epochs x training price / 1M.",
  returns: "$ per training run = examples × tokens × epochs × price / 1M",
  params: [
    num("examples", domain.examples, "Training examples."),
    num("tokens_per_example", domain.tokensPerExample, "Tokens per training example."),
    num("epochs", domain.epochs, "Passes over the training set."),
    num("training_price", domain.price, "US dollars per 1M training tokens."),
  ],
  examples: [{ args: [2000, 1500, 3, 25], result: 225 }],
  compute: (a) => trainingCost(a),
});

export const FT_GPU_MONTHLY_COST = broadcastFunction({
  id: "FT_GPU_MONTHLY_COST",
  description:
    "Monthly cost of serving a fine-tuned open-weight model on GPUs of its own, rented by the hour: the whole GPUs the volume needs, on all month.",
  returns:
    "$ per month = GPUs × 730 × gpu_hourly_price, GPUs = max(min_gpus, ceil(requests × (input_tokens / input_tokens_per_second + output_tokens / output_tokens_per_second) / (730 × 3600 × utilization)))",
  params: [
    num("requests_per_month", domain.volume, "Requests per month."),
    num("input_tokens", domain.tokens, "Input tokens per request (the fine-tuned model's prompt)."),
    num("output_tokens", domain.tokens, "Output tokens per request."),
    num("gpu_hourly_price", domain.gpuHourlyPrice, 'US dollars per GPU-hour (see ASSUMPTION("gpu_hourly_price")).'),
    num(
      "output_tokens_per_second",
      domain.throughput,
      "Output tokens one GPU generates per second serving many requests at once (decode).",
    ),
    numOmittable(
      "input_tokens_per_second",
      domain.throughput,
      "Input tokens one GPU reads per second (prefill). Omitted: the published prefill-to-decode ratio times the output throughput.",
      false,
    ),
    num(
      "utilization",
      domain.utilization,
      "The share of a GPU's capacity the service can use, peaks and headroom left (0.5 = 50%).",
      assumption("gpu_utilization"),
    ),
    num("min_gpus", domain.gpus, "The fewest GPUs rented, a whole number ≥ 1.", 1),
  ],
  examples: [{ args: [1000000, 1000, 200, 4, 2000, 20000, 0.5], result: 2920 }],
  compute: (a) => {
    const gpus = gpuCount(a);
    return gpus > MAX_GPUS ? messages.tooManyGpus(gpus) : gpusMonthlyCost(gpus, a.gpuHourlyPrice);
  },
});

export const FT_MAINTENANCE_MONTHLY = broadcastFunction({
  id: "FT_MAINTENANCE_MONTHLY",
  description:
    "Monthly cost of keeping a fine-tuned model current: one retraining cycle spread over its interval, plus fixed monthly costs.",
  returns:
    "$ per month = (data_hours × rate + training_cost + eval_cost + deploy_hours × rate) / retrain_every_months + fixed_monthly",
  params: [
    num("retrain_every_months", domain.positiveMonths, "Months between retraining cycles (more than 0)."),
    hourlyRate,
    num("data_hours", domain.hours, "Hours to refresh the training data, per cycle."),
    num("training_cost", domain.cost, "US dollars of fine-tuning compute, per cycle."),
    num("eval_cost", domain.cost, "US dollars of evaluation API calls, per cycle."),
    num("deploy_hours", domain.hours, "Hours of deployment and smoke testing, per cycle."),
    num("fixed_monthly", domain.monthlyCost, "US dollars per month for hosting and monitoring.", 0),
  ],
  examples: [{ args: [2, 150, 6, 275, 200, 3], result: 912.5 }],
  compute: (a) => maintenanceMonthly(a),
});

export const FT_RUNNING_MONTHLY = broadcastFunction({
  id: "FT_RUNNING_MONTHLY",
  description:
    "Monthly cost of running a fine-tuned model apart from its requests: maintenance plus the provider's hourly hosting, where it bills one.",
  returns: "$ per month = monthly_maintenance + ft hosting per hour × 730 (0 where the model has no hosting fee)",
  params: [
    text("model", MODEL_EXPECTED, 'Model id or alias of the fine-tuned model, such as "azure/gpt-4.1-mini".'),
    num("monthly_maintenance", domain.monthlyCost, "US dollars per month to keep the fine-tuned model current."),
    prices,
  ],
  examples: [
    { args: ["azure/gpt-4.1-mini", 912.5], result: 2153.5 },
    { args: ["gpt-4.1-mini", 912.5], result: 912.5 },
  ],
  compute: (a) => {
    const model = quote(a.model, a.priceTable);
    if (model instanceof ExcelError) return model;
    return fineTunedRunningCost({ model, monthlyMaintenance: a.monthlyMaintenance });
  },
});

export const FT_BREAKEVEN = broadcastFunction({
  id: "FT_BREAKEVEN",
  description: "Months until cumulative net savings repay the upfront cost (fractional). #N/A when it never pays back.",
  returns: "months until cumulative net savings repay the upfront cost (fractional); `#N/A` when it never pays back",
  params: [upfrontCostParam, monthlySavingsParam, maintenanceParam, discountRate],
  examples: [
    { args: [30000, 8250], result: 3.636 },
    { args: [30000, 8250, 0, 0.1], result: 3.7048 },
  ],
  compute: (a) => {
    // The plain number per cell; the reason is worked out only for a cell that never pays back
    // (Infinity months that do pay back are an overflow, which the runner reports).
    const months = paybackMonths(a);
    if (months < Infinity) return months;
    const why = whyNeverPaysBack(a);
    return why ? messages.neverBreaksEven(why) : months;
  },
});

export const FT_BREAKEVEN_VOLUME = broadcastFunction({
  id: "FT_BREAKEVEN_VOLUME",
  description:
    "Requests per month needed to break even within a horizon: (upfront / months + maintenance) / saving per request.",
  returns:
    "requests per month to break even within `within_months` = (upfront / months + maintenance) / saving per request",
  params: [
    upfrontCostParam,
    num("savings_per_request", domain.signedAmountPerRequest, "US dollars saved per request."),
    num("within_months", domain.positiveMonths, "Months within which to break even (more than 0)."),
    maintenanceParam,
  ],
  examples: [{ args: [17500, 0.0165, 12, 1250], result: 164141.41 }],
  compute: (a) => {
    const result = breakEvenVolume(a);
    return result.paysBack ? result.requestsPerMonth : messages.noVolumeBreaksEven(result.savingsPerRequest);
  },
});

export const FT_NET_SAVINGS = broadcastFunction({
  id: "FT_NET_SAVINGS",
  description:
    "Net savings of fine-tuning over a horizon: -upfront + the (discounted) monthly savings less maintenance.",
  returns: "$ = −upfront + Σ(k=1..months) (savings − maintenance) / (1 + i)^k",
  params: [
    upfrontCostParam,
    monthlySavingsParam,
    num("months", domain.wholeMonths, "Whole months in the horizon."),
    maintenanceParam,
    discountRate,
  ],
  examples: [
    { args: [17500, 8250, 12, 1250, 0.1], result: 62303.41 },
    { args: [17500, 8250, 12, 1250], result: 66500 },
  ],
  compute: (a) => netSavings(a),
});

const TCO_PARAMS = [
  num("upfront_cost", domain.cost, "US dollars spent up front."),
  num("cost_per_request", domain.costPerRequest, "US dollars per request in the first month."),
  num("requests_per_month", domain.volume, "Requests per month in the first month."),
  num("months", domain.wholeMonths, "Whole months in the horizon."),
  num("monthly_fixed_cost", domain.monthlyCost, "US dollars per month that do not depend on volume.", 0),
  discountRate,
  num("monthly_volume_growth", domain.rate, "Volume growth per month as a decimal (0.05 = 5%).", 0),
  num("annual_price_change", domain.rate, "Price change per year as a decimal (-0.5 = prices halve).", 0),
] as const;

export const TCO = broadcastFunction({
  id: "TCO",
  description: "Total cost of ownership of a strategy: upfront plus every month's (discounted) usage and fixed costs.",
  returns: "$ = upfront + Σ(k=1..months) cash_k / (1 + i)^k, cash_k = V(1+g)^(k−1) · c(1+p)^((k−1)/12) + F",
  params: TCO_PARAMS,
  examples: [{ args: [0, 0.0225, 500000, 12], result: 135000 }],
  compute: (a) => totalCostOfOwnership(a),
});

export const TCO_SERIES = tableFunction({
  id: "TCO_SERIES",
  description: "Cumulative cost of ownership at month 0, 1, ..., months, as a spilled column (for charts).",
  returns: "a spilled column of months + 1 cumulative costs, month 0 to `months` (for charts)",
  params: TCO_PARAMS,
  examples: [{ args: [17500, 0.006, 500000, 24, 1250] }],
  spill: (a) => (a.months === undefined ? undefined : [a.months + 1, 1]),
  compute: (a) => costOfOwnershipSeries(a).map((value) => [value]),
});

/** A strategy's row as FT_COMPARE spills it: a row that cannot be priced keeps its name and upfront (SPEC 3.4). */
function comparisonRow(row: StrategyRow): Cell[] {
  if (!isPriced(row)) {
    const why = messages.unpriced(row.unpriced);
    return [row.strategy, why, why, row.upfront, why, why];
  }
  const perRequest = Number.isFinite(row.costPerRequest) ? row.costPerRequest : messages.noRequests();
  return [row.strategy, perRequest, row.monthlyCost, row.upfront, row.total, row.savingVsLarger];
}

/** FT_COMPARE's first example, which FT_SWITCH_VALUES searches too: a year of the article's workload, discounted at 10 %. */
const COMPARE_EXAMPLE = [
  "claude-sonnet-4.6",
  "fireworks/llama-3.1-8b-instruct",
  5000,
  500,
  500000,
  12,
  17500,
  1250,
  1000,
  200,
  0,
  "",
  1500,
  0.05,
  0.1,
  0,
  0,
  0.1,
  "2027-01-01",
  17500,
  5840,
] as const;

export const FT_COMPARE = tableFunction({
  id: "FT_COMPARE",
  description:
    "The larger model, a fine-tuned small model, a small model with memory and the fine-tuned model on dedicated GPUs side by side, as a spilled table.",
  returns:
    `a spilled table with a header row (${compareHeader(0).join(", ").replace("0 months", "the months")}) ` +
    `and one row per strategy: ${STRATEGIES.join(", ")}`,
  params: [
    text("large_model", MODEL_EXPECTED, 'Model id of the larger model, such as "claude-sonnet-4".'),
    text("small_model", MODEL_EXPECTED, 'Model id of the small model, such as "claude-3.5-haiku".'),
    inputTokens,
    outputTokens,
    requestsPerMonth,
    num("months", domain.wholeMonths, "Whole months in the horizon."),
    num("upfront_cost", domain.cost, "US dollars to build the fine-tuning pipeline."),
    num("monthly_maintenance", domain.monthlyCost, "US dollars per month to keep the fine-tuned model current."),
    num("recall_tokens", domain.tokens, "Extra input tokens per request that memory recall adds.", 0),
    num("memory_monthly_cost", domain.monthlyCost, "US dollars per month for the memory store.", 0),
    num("memory_setup_cost", domain.cost, "US dollars to set memory up.", 0),
    prices,
    numSameAs(
      "ft_input_tokens",
      domain.tokens,
      "Input tokens per request of the fine-tuned model, which no longer needs the instructions and examples it learned.",
      "input_tokens",
    ),
    num(
      "fallback_share",
      domain.share,
      "Share of the fine-tuned model's requests it gets wrong and the larger model answers too (measure on an evaluation set).",
      0,
    ),
    num(
      "memory_fallback_share",
      domain.share,
      "Share of the small model + memory's requests the larger model answers too.",
      0,
    ),
    num(
      "cached_share",
      domain.share,
      "Share of input_tokens that is a stable prefix read from the prompt cache; the fine-tuned prompt drops its removed tokens from that prefix first, and recalled memories are not cached.",
      0,
    ),
    num("batch_share", domain.share, "Share of every strategy's requests sent through the provider's batch API.", 0),
    discountRate,
    dateToday(
      "start_date",
      domain.date,
      "First day of month 1: fine-tuning must be buyable then, prices are those in force then, and a retirement is placed from it.",
    ),
    numSameAs(
      "retune_cost",
      domain.cost,
      "US dollars to fine-tune again when the small model retires within the horizon (paid in its retirement month).",
      "upfront_cost",
    ),
    numOmittable(
      "dedicated_monthly_cost",
      domain.monthlyCost,
      "US dollars per month of GPUs serving the fine-tuned model (open-weight models only). That row is #N/A when omitted or 0.",
      true,
    ),
  ],
  examples: [
    { args: COMPARE_EXAMPLE },
    {
      args: [
        "gpt-5.5",
        "fireworks/qwen3-8b",
        3000,
        300,
        1000000,
        24,
        17500,
        1250,
        800,
        400,
        2000,
        "",
        1200,
        0.02,
        0.05,
        0,
        0,
        0,
        "2027-01-01",
        17500,
        2920,
      ],
    },
  ],
  spill: () => [STRATEGIES.length + 1, compareHeader(0).length],
  compute: (a) => {
    const models = quotedModels(a);
    if (models instanceof ExcelError) return models;
    const rows = strategyRows(comparisonSetting(models.largeModel, models.smallModel, models.startDate), a);
    if (!Array.isArray(rows)) return messages.priceNotOffered(rows.model, rows.missing);
    return [compareHeader(a.months), ...rows.map(comparisonRow)];
  },
});

/** The two models at the start date's prices, as FT_COMPARE quotes them. */
function quotedModels(a: {
  largeModel: string;
  smallModel: string;
  priceTable: PriceOverrides | undefined;
  startDate: number;
}): { largeModel: ModelQuote; smallModel: ModelQuote; startDate: IsoDate } | ExcelError {
  const startDate = isoFromSerial(a.startDate);
  const largeModel = quote(a.largeModel, a.priceTable, startDate);
  if (largeModel instanceof ExcelError) return largeModel;
  const smallModel = quote(a.smallModel, a.priceTable, startDate);
  if (smallModel instanceof ExcelError) return smallModel;
  return { largeModel, smallModel, startDate };
}

/**
 * FT_COMPARE's comparison of its coerced arguments, before it is laid out as a table: the task
 * pane reads what the cells do not show (a retirement, own fine-tuned prices) from it.
 */
export function comparisonOf(a: ArgsOf<typeof FT_COMPARE.params>): Comparison | MissingStrategyPrice | ExcelError {
  const models = quotedModels(a);
  return models instanceof ExcelError ? models : compareStrategies({ ...a, ...models });
}

/** A comparison as FT_COMPARE spills it, for FT_RECOMMEND's examples (totals over 12 months). */
const EXAMPLE_COMPARISON = [
  ["Larger model", 0.0225, 11250, 0, 135000, 0],
  ["Fine-tuned small model", 0.006, 4250, 17500, 68500, 66500],
  ["Small model + memory", 0.0065, 3450, 0, 41400, 93600],
] as const;

export const FT_RECOMMEND = tableFunction({
  id: "FT_RECOMMEND",
  description:
    "One recommendation from FT_DECISION's verdict and FT_COMPARE's table: the cheapest strategy the rule finds fit, and why in dollars.",
  returns:
    `a spilled column of two cells: the recommendation (${VERDICT_LIST}) and one sentence saying why in dollars, ` +
    "saying so when the money overrules the rule's first choice",
  params: [
    text("verdict", `one of ${VERDICT_LIST}`, "FT_DECISION's verdict: a cell that holds it."),
    table(
      "comparison",
      "FT_COMPARE's table (its spilled range, such as A39#), with or without its header row.",
      readComparison,
      false,
    ),
  ],
  examples: [
    { args: ["Fine-tune", EXAMPLE_COMPARISON] },
    {
      args: [
        "Use the larger model",
        [["strategy", "cost per request", "monthly cost", "upfront", "total", "saving"], ...EXAMPLE_COMPARISON],
      ],
    },
  ],
  spill: () => [2, 1],
  compute: (a) => {
    const verdict = readVerdict(a.verdict);
    if (!verdict) return invalidVerdict(a.verdict);
    const recommendation = recommend(verdict, a.comparison);
    return [[recommendation.recommendation], [recommendationReason(recommendation, a.comparison)]];
  },
});

/** The three uncertain inputs of FT_PAYBACK_RISK and FT_SENSITIVITY, each a value or a range. */
function spreadParam<const N extends string>(name: N, unit: NumberDomain, what: string, defaultValue?: number) {
  return table(
    name,
    `${what}: ${SPREAD_EXPECTED} (uniform, or triangular with the most likely in the middle).`,
    spreadReader(name, unit, defaultValue),
    defaultValue !== undefined,
    spreadOfSize,
    unit.unit,
  );
}

const SPREAD_PARAMS = [
  spreadParam("upfront_cost", domain.cost, "US dollars invested up front"),
  // Its low may be negative: the downside where the small model ends up costing more (SPEC 3.10).
  spreadParam("monthly_savings", domain.signedMonthlyAmount, "US dollars saved per month"),
  spreadParam("monthly_maintenance", domain.monthlyCost, "US dollars per month to keep the model current", 0),
] as const;

const samplesParam = num("samples", domain.samples, "Number of simulated draws.", 10_000);
const seedParam = num("seed", domain.seed, "Seed of the generator: the same seed gives the same table.", 1);

/** The rows of FT_PAYBACK_RISK's table, after its header. */
export function paybackRiskMeasures(months: number): string[] {
  const horizon = formatMonths(months);
  return [
    `chance of breaking even within ${horizon}`,
    "chance of never breaking even",
    "break-even months, 10th percentile",
    "break-even months, median",
    "break-even months, 90th percentile",
    `net savings after ${horizon}, 10th percentile`,
    `net savings after ${horizon}, median`,
    `net savings after ${horizon}, 90th percentile`,
  ];
}

export const FT_PAYBACK_RISK = tableFunction({
  id: "FT_PAYBACK_RISK",
  description:
    "The chance that fine-tuning pays back within N months, and the 10th, 50th and 90th percentiles of break-even months and net savings, simulated from ranges.",
  returns:
    "a spilled table with a header row (measure, value): the chance of breaking even within N months and of never breaking even (0 to 1), " +
    "break-even months and net savings after N months at the 10th percentile, median and 90th percentile (Excel's PERCENTILE.INC)",
  params: [
    ...SPREAD_PARAMS,
    num("within_months", domain.horizonMonths, "Whole months within which paying back counts.", 12),
    discountRate,
    samplesParam,
    seedParam,
  ],
  examples: [{ args: [[[5000, 30000]], [[2000, 8250, 12000]], [[500, 2000]]] }, { args: [17500, 8250, 1250] }],
  spill: () => [paybackRiskMeasures(12).length + 1, 2],
  compute: (a) => {
    const risk = paybackRisk(a);
    const months = risk.breakEvenMonths.map((value) =>
      value === Infinity ? messages.percentileNeverBreaksEven(risk.chanceNever) : value,
    );
    const values = [risk.chanceWithin, risk.chanceNever, ...months, ...risk.netSavings];
    return [["measure", "value"], ...paybackRiskMeasures(a.withinMonths).map((measure, k) => [measure, values[k]])];
  },
});

/** Column headings of FT_SENSITIVITY(). */
export const SENSITIVITY_HEADER = ["input", "low", "high", "net savings at low", "net savings at high", "swing"];

export const FT_SENSITIVITY = tableFunction({
  id: "FT_SENSITIVITY",
  description:
    "The tornado: net savings with each uncertain input swung to its low and its high while the others stay at their base, largest swing first.",
  returns:
    `a spilled table with a header row (${SENSITIVITY_HEADER.join(", ")}) and one row per input given as a range, ` +
    "sorted by swing, largest first",
  params: [...SPREAD_PARAMS, num("months", domain.horizonMonths, "Whole months of the net savings.", 24), discountRate],
  examples: [{ args: [[[5000, 30000]], [[2000, 8250, 12000]], [[500, 2000]]] }],
  spill: (a) => {
    const ranges = [a.upfrontCost, a.monthlySavings, a.monthlyMaintenance].filter(
      (spread) => spread && isUncertain(spread),
    );
    return [ranges.length === 0 ? 1 : ranges.length + 1, ranges.length === 0 ? 1 : SENSITIVITY_HEADER.length];
  },
  compute: (a) => {
    const rows = sensitivity(a);
    if (rows.length === 0) return messages.noRange(SPREAD_EXPECTED);
    return [
      SENSITIVITY_HEADER,
      ...rows.map((row) => [SPREAD_PARAMS[row.input].name, row.low, row.high, row.netAtLow, row.netAtHigh, row.swing]),
    ];
  },
});

/** An FT_COMPARE argument that is one of the comparison's numbers: every number but start_date, a day. */
const isComparedNumber = (param: Param): param is NumberParam => param.kind === "number" && !param.today;

/** An FT_COMPARE number as FT_COMPARE_RISK declares it: a spread, undefined when left out with nothing standing in. */
type AsSpread<P> = P extends { today: true }
  ? P
  : P extends NumberParam<infer N>
    ? TableParam<N, P extends { sameAs: string } | { omittable: true } ? Spread | undefined : Spread>
    : P;

/**
 * An FT_COMPARE number as FT_COMPARE_RISK takes it (SPEC 3.12): one value, or a range read as
 * FT_PAYBACK_RISK reads one, every cell within the argument's own bounds (shares and rates at most
 * 1). Left out, it keeps FT_COMPARE's meaning: its default; or, for one that copies another
 * argument or prices nothing without it, undefined, which each sample reads as FT_COMPARE does.
 */
function comparedSpread(param: NumberParam): TableParam<string, Spread | undefined> {
  const standsIn = param.sameAs !== undefined || param.omittable === true;
  const whole = param.domain.integer
    ? ` A range's draws are rounded to a whole number of ${param.domain.unit}, at least 1.`
    : "";
  return table(
    param.name,
    `${describeParam(param)} Or a range: {low, high} (uniform) or {low, most likely, high} (triangular).${whole}`,
    standsIn
      ? omittableSpreadReader(param.name, param.domain, param.zeroIsBlank === true)
      : spreadReader(param.name, param.domain, param.default),
    isOptional(param),
    undefined,
    param.domain.unit,
  );
}

/** FT_COMPARE's parameters with every number a spread, in FT_COMPARE's order. */
function comparedSpreads<const Ps extends readonly Param[]>(params: Ps): { readonly [K in keyof Ps]: AsSpread<Ps[K]> } {
  return params.map((param) => (isComparedNumber(param) ? comparedSpread(param) : param)) as unknown as {
    readonly [K in keyof Ps]: AsSpread<Ps[K]>;
  };
}

/** Column headings of FT_COMPARE_RISK(). */
export const COMPARE_RISK_HEADER = [
  "strategy",
  "chance of being the cheapest",
  "total 10th percentile",
  "total median",
  "total 90th percentile",
];

/** A strategy's row of FT_COMPARE_RISK: its chance and totals, or chance 0 and #N/A totals saying why it does not compete. */
function compareRiskRow(row: StrategyRisk, verdict: Verdict | undefined): Cell[] {
  if ("totals" in row) return [row.strategy, row.chance, ...row.totals];
  const why =
    "unpriced" in row
      ? messages.unpriced(row.unpriced)
      : messages.unfitStrategy(STRATEGY_WORDS[row.strategy], verdict ?? "");
  return [row.strategy, 0, why, why, why];
}

/** The optional verdict of FT_COMPARE_RISK and FT_SWITCH_VALUES (SPEC 3.4b's verdict), with its help. */
const verdictParam = (help: string) => text("verdict", `one of ${VERDICT_LIST}`, help, "");

/** The optional verdict as read: "" (left out), a verdict, or refused. */
function optionalVerdict(text: string): Verdict | "" | ExcelError {
  if (text === "") return "";
  return readVerdict(text) ?? invalidVerdict(text);
}

const COMPARE_RISK_PARAMS = [
  ...comparedSpreads(FT_COMPARE.params),
  verdictParam(
    "FT_DECISION's verdict (a cell that holds it): only the strategies it finds fit compete. All four compete when omitted.",
  ),
  samplesParam,
  seedParam,
] as const;

export const FT_COMPARE_RISK = tableFunction({
  id: "FT_COMPARE_RISK",
  description:
    "How sure the cheapest strategy is: FT_COMPARE with any number given as a range, simulated; each strategy's chance of being the cheapest and its total's 10th, 50th and 90th percentiles.",
  returns:
    `a spilled table with a header row (${COMPARE_RISK_HEADER.join(", ")}) and one row per strategy ` +
    `(${STRATEGIES.join(", ")}); ties go to the earlier strategy; one not priced or not fit for the verdict ` +
    "has chance 0 and `#N/A` totals saying why. Percentiles as Excel's PERCENTILE.INC",
  params: COMPARE_RISK_PARAMS,
  examples: [
    {
      args: [
        "claude-sonnet-4.6",
        "fireworks/llama-3.1-8b-instruct",
        5000,
        500,
        [[300000, 500000, 800000]],
        12,
        [[5000, 30000]],
        [[500, 2000]],
        1000,
        [[100, 400]],
        [[0, 5000]],
        "",
        1500,
        [[0.02, 0.1]],
        0.1,
        0,
        0,
        0.1,
        "2027-01-01",
        17500,
        5840,
      ],
    },
  ],
  spill: () => [STRATEGIES.length + 1, COMPARE_RISK_HEADER.length],
  compute: (a) => {
    const models = quotedModels(a);
    if (models instanceof ExcelError) return models;
    const verdict = optionalVerdict(a.verdict);
    if (verdict instanceof ExcelError) return verdict;
    // The numbers in FT_COMPARE's order, the order in which the uncertain ones are drawn.
    const spreads: Record<string, Spread | undefined> = {};
    for (const param of FT_COMPARE.params) {
      if (isComparedNumber(param)) spreads[param.key] = (a as Record<string, unknown>)[param.key] as Spread | undefined;
    }
    const risk = compareRisk({
      ...models,
      spreads: spreads as CompareSpreads,
      fit: verdict === "" ? STRATEGIES : FIT_STRATEGIES[verdict],
      samples: a.samples,
      seed: a.seed,
    });
    if (!Array.isArray(risk)) return messages.priceNotOffered(risk.model, risk.missing);
    return [COMPARE_RISK_HEADER, ...risk.map((row) => compareRiskRow(row, verdict === "" ? undefined : verdict))];
  },
});

/** An FT_COMPARE number as FT_SWITCH_VALUES declares it: undefined when left out. */
type AsSearched<P> = P extends { today: true }
  ? P
  : P extends NumberParam<infer N>
    ? NumberParam<N> & { omittable: true }
    : P;

/**
 * An FT_COMPARE number as FT_SWITCH_VALUES takes it: the same bounds and meaning, but one that
 * FT_COMPARE defaults arrives undefined when left out, so that it gets no row (the default is
 * applied from FT_COMPARE's declaration when the comparison is made).
 */
function searchedParam(param: Param): Param {
  if (!isComparedNumber(param) || param.omittable || !isOptional(param)) return param;
  return {
    kind: "number",
    name: param.name,
    key: param.key,
    domain: param.domain,
    help: `${describeParam(param)} Left out, it is not searched.`,
    omittable: true,
  };
}

/** How far FT_SWITCH_VALUES searches a number of this domain (SPEC 3.12). */
function searchScale(numberDomain: NumberParam["domain"]): SearchScale {
  if (numberDomain.rate) return "share";
  if (numberDomain.integer) return "months";
  return numberDomain === domain.cost || numberDomain === domain.monthlyCost ? "money" : "count";
}

/** Column headings of FT_SWITCH_VALUES(). */
export const SWITCH_VALUES_HEADER = ["input", "now", "changes below at", "to", "changes above at", "to"];

const SWITCH_VALUES_PARAMS = [
  ...(FT_COMPARE.params.map(searchedParam) as unknown as {
    readonly [K in keyof typeof FT_COMPARE.params]: AsSearched<(typeof FT_COMPARE.params)[K]>;
  }),
  verdictParam(
    "FT_DECISION's verdict (a cell that holds it): only the strategies it finds fit compete, a tie going to its choice. All four compete when omitted, as under Fine-tune.",
  ),
] as const;

/** The numbers FT_SWITCH_VALUES gives a row: every required one, and each optional one given. */
const searchedNumbers = (args: Partial<Record<string, unknown>>): NumberParam[] =>
  (SWITCH_VALUES_PARAMS as readonly Param[]).filter(
    (param): param is NumberParam => isComparedNumber(param) && (!isOptional(param) || args[param.key] !== undefined),
  );

export const FT_SWITCH_VALUES = tableFunction({
  id: "FT_SWITCH_VALUES",
  description:
    "Where the recommendation changes: for each number of FT_COMPARE given, every other held, the nearest value below and above at which another strategy becomes the one to recommend.",
  returns:
    `a spilled table with a header row (${SWITCH_VALUES_HEADER.join(", ")}) and one row per number given, in FT_COMPARE's order: ` +
    "the nearest values below and above, to 6 significant figures, at which FT_RECOMMEND's rule on the totals recommends another strategy, " +
    "and which; blank where it does not change. Searched within [0, 1] for shares and rates, [0, 10 × now] for tokens, requests and " +
    `whole months, and [0, max(10 × now, the larger model's total)] for money, scanned outward in ${groupDigits(SWITCH_SCAN_STEPS)} steps of that range, then bisected`,
  params: SWITCH_VALUES_PARAMS,
  examples: [{ args: COMPARE_EXAMPLE }],
  spill: (a) => [searchedNumbers(a).length + 1, SWITCH_VALUES_HEADER.length],
  compute: (a) => {
    const models = quotedModels(a);
    if (models instanceof ExcelError) return models;
    const verdict = optionalVerdict(a.verdict);
    if (verdict instanceof ExcelError) return verdict;
    const args = a as unknown as Record<string, number | undefined>;
    // The numbers as FT_COMPARE takes them: one left out at FT_COMPARE's default, or following what it copies.
    const numbers: Record<string, number | undefined> = {};
    for (const param of FT_COMPARE.params) {
      if (isComparedNumber(param)) numbers[param.key] = args[param.key] ?? param.default;
    }
    const searched = searchedNumbers(args);
    const rows = switchValues({
      ...models,
      numbers: numbers as unknown as ComparedNumbers,
      verdict: verdict === "" ? "Fine-tune" : verdict,
      searched: searched.map((param): SearchedNumber => ({
        key: param.key as keyof ComparedNumbers,
        scale: searchScale(param.domain),
        max: param.domain.max,
      })),
    });
    if (!Array.isArray(rows)) return messages.priceNotOffered(rows.model, rows.missing);
    return [
      SWITCH_VALUES_HEADER,
      ...rows.map((row, index) => [
        searched[index].name,
        row.now,
        row.below?.at ?? "",
        row.below?.to ?? "",
        row.above?.at ?? "",
        row.above?.to ?? "",
      ]),
    ];
  },
});

const DECISION_PARAMS = [
  choice(
    "task_type",
    TASK_TYPES,
    `The kind of task: narrow (${NARROW_TASK_TYPES.join(", ")}) or broad (${BROAD_TASK_TYPES.join(", ")}).`,
  ),
  num("distinct_patterns", domain.patterns, "Distinct input-output patterns in the specification."),
  num("stable_months", domain.months, "Months the specification will stay unchanged."),
  requestsPerMonth,
  bool("needs_general_queries", "TRUE when users also ask general questions.", false),
  num("engineering_hours", domain.hours, "Engineering hours the team can commit.", 160),
  bool("knowledge_changes", "TRUE when the knowledge behind the task changes often.", false),
] as const;

export const FT_DECISION = broadcastFunction({
  id: "FT_DECISION",
  description: "Whether to fine-tune: Fine-tune, Evaluate fine-tuning, Use memory or Use the larger model.",
  returns: orList(VERDICTS.map((verdict) => `\`${verdict}\``)),
  params: DECISION_PARAMS,
  examples: [{ args: ["classification", 8, 12, 600000], result: "Fine-tune" }],
  compute: (a) => decide(a).verdict,
});

/** Marks that start each line of FT_DECISION_REASONS. */
export const PASS_MARK = "✓";
export const FAIL_MARK = "✗";

export const FT_DECISION_REASONS = tableFunction({
  id: "FT_DECISION_REASONS",
  description:
    "Why FT_DECISION decides as it does: one line per rule, marked pass or fail, the deciding rule ending in the verdict.",
  returns: `a spilled column, one line per rule, each starting ${PASS_MARK} (pass) or ${FAIL_MARK} (fail); the deciding line ends with → the verdict`,
  params: DECISION_PARAMS,
  examples: [{ args: ["extraction", 8, 12, 250000] }],
  spill: () => [DECISION_CHECK_COUNT, 1],
  compute: (a) => {
    const decision = decide(a);
    return decision.checks.map((check, index) => [
      `${check.passed ? PASS_MARK : FAIL_MARK} ${check.text}` +
        (index === decision.decidedBy ? ` → ${decision.verdict}` : ""),
    ]);
  },
});

export const ASSUMPTION = broadcastFunction({
  id: "ASSUMPTION",
  description: "A typical published figure for a fine-tuning pipeline, such as upfront_total or hourly_rate.",
  returns: "a published figure at the low end, the midpoint or the high end of its range",
  params: [
    text(
      "name",
      'an assumption name as text, such as "upfront_total"',
      'Assumption name, such as "upfront_total" (see AICOST.ASSUMPTIONS()).',
    ),
    choice("level", ASSUMPTION_LEVELS, "Where in the published range; mid is the midpoint.", "mid"),
  ],
  examples: [{ args: ["upfront_total"], result: 17500 }],
  compute: (a) => {
    const found = findAssumption(a.name);
    if (!found) return messages.unknownAssumption(a.name);
    return assumptionValue(found, a.level);
  },
});

/** The units of a usage log's token and request columns: a row's, one request's or a period's. */
const LOG_TOKENS_UNIT = "tokens of a usage log's row";
const LOG_REQUESTS_UNIT = "requests of a usage log's row";

/**
 * WORKLOAD's example: eight requests from 1 January to 1 April 2027 (2 in January, 3 in February,
 * 2 in March, whole months, and 1 on 1 April), each with its tokens.
 */
const EXAMPLE_LOG = {
  dates: [46388, 46400, 46419, 46430, 46440, 46447, 46461, 46478],
  input: [1000, 1200, 800, 1500, 900, 1100, 1300, 1000],
  output: [200, 250, 150, 300, 180, 220, 260, 200],
};
const column = (values: readonly number[]) => values.map((value) => [value]);

/** WORKLOAD (SPEC 3.13): a usage log's columns, live on a Usage sheet, summarised. */
export const WORKLOAD = /* @__PURE__ */ tableFunction({
  id: "WORKLOAD",
  description:
    "The team's real workload from its usage log: the period covered, requests per month over whole calendar months, their monthly growth, and the tokens per request.",
  returns:
    `a spilled table with a header row (measure, value): ${WORKLOAD_MEASURES.join(", ")}; ` +
    "days as Excel dates, growth as a decimal, percentiles as PERCENTILE.INC per request (#N/A for a log of request counts)",
  params: [
    /* @__PURE__ */ table(
      "dates",
      "The log's dates, a cell per row (Excel dates, or text such as 2026-11-03 or 2026-11-03T14:02:11Z); a time of day is dropped.",
      /* @__PURE__ */ logColumnReader("dates", domain.date),
      false,
      undefined,
      undefined,
      domain.date.unit,
    ),
    /* @__PURE__ */ table(
      "input_tokens",
      "Input tokens of each row: of its request, or the period's total where requests is given.",
      /* @__PURE__ */ logColumnReader("input_tokens", domain.logTokens),
      false,
      undefined,
      undefined,
      LOG_TOKENS_UNIT,
    ),
    /* @__PURE__ */ table(
      "output_tokens",
      "Output tokens of each row: of its request, or the period's total where requests is given.",
      /* @__PURE__ */ logColumnReader("output_tokens", domain.logTokens),
      false,
      undefined,
      undefined,
      LOG_TOKENS_UNIT,
    ),
    /* @__PURE__ */ table(
      "requests",
      "Requests of each row, for a provider's export of one row per period and model; left out, each row is one request.",
      /* @__PURE__ */ logColumnReader("requests", domain.logRequests, true),
      true,
      undefined,
      undefined,
      LOG_REQUESTS_UNIT,
    ),
  ],
  examples: [
    {
      args: [column(EXAMPLE_LOG.dates), column(EXAMPLE_LOG.input), column(EXAMPLE_LOG.output)],
    },
  ],
  spill: () => [WORKLOAD_MEASURES.length + 1, 2],
  compute: (a) => {
    const rows = usageRows(a as Parameters<typeof usageRows>[0]);
    return rows instanceof ExcelError ? [[rows]] : workloadTable(rows);
  },
});

/** Column headings of ASSUMPTIONS(). */
export const ASSUMPTIONS_HEADER = ["name", "low", "mid", "high", "unit", "meaning", "source"] as const;

export const ASSUMPTIONS = tableFunction({
  id: "ASSUMPTIONS",
  description: "Every published assumption as a table with a header row: name, low, mid, high, unit, meaning, source.",
  returns: `every published figure as a spilled table: ${ASSUMPTIONS_HEADER.join(", ")}`,
  params: [],
  examples: [{ args: [] }],
  spill: () => [ASSUMPTION_TABLE.length + 1, ASSUMPTIONS_HEADER.length],
  compute: () => [
    [...ASSUMPTIONS_HEADER],
    ...ASSUMPTION_TABLE.map((row) => [row.name, row.low, row.mid, row.high, row.unit, row.meaning, row.source]),
  ],
});

/** Every function, in the order the function reference lists them. */
export const DECLARATIONS: readonly FunctionDeclaration[] = [
  REQUEST_COST,
  MODEL_REQUEST_COST,
  FT_REQUEST_COST,
  FT_SERVING_COST,
  MODEL_PRICE,
  MODELS,
  FT_MONTHLY_SAVINGS,
  FT_UPFRONT_COST,
  FT_TRAINING_COST,
  FT_GPU_MONTHLY_COST,
  FT_MAINTENANCE_MONTHLY,
  FT_RUNNING_MONTHLY,
  FT_BREAKEVEN,
  FT_BREAKEVEN_VOLUME,
  FT_NET_SAVINGS,
  FT_PAYBACK_RISK,
  FT_SENSITIVITY,
  FT_COMPARE_RISK,
  FT_SWITCH_VALUES,
  TCO,
  TCO_SERIES,
  FT_COMPARE,
  FT_RECOMMEND,
  FT_DECISION,
  FT_DECISION_REASONS,
  ASSUMPTION,
  ASSUMPTIONS,
  WORKLOAD,
] as readonly FunctionDeclaration[];

/** Every function, by its Excel id. */
export const FUNCTIONS: Readonly<Record<string, FunctionDeclaration>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ DECLARATIONS.map((declaration) => [declaration.id, declaration]),
);

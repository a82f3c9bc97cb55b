/**
 * The questionnaire's answers: every question with its explanation and its prefilled value (the
 * published assumptions where there is one). Each question is an argument of an AICOST function
 * and is validated through that function's declaration: the same bounds, default and message as
 * in a cell.
 */
import {
  addMonths,
  assumption,
  catalogueEntry,
  findModel,
  fineTuningAvailability,
  fineTuningOn,
  PRICE_CATALOGUE,
  PROVIDER_NAMES,
  statusOn,
  suggestModels,
  type AssumptionLevel,
  type CatalogueEntry,
  type ModelPrices,
  type PriceOverrides,
  type TaskType,
} from "../engine";
import { isoFromSerial } from "../engine";
import {
  ASSUMPTION,
  FT_COMPARE,
  FT_DECISION,
  FT_MAINTENANCE_MONTHLY,
  FT_UPFRONT_COST,
  REQUEST_COST,
} from "../functions/declarations";
import { ExcelError } from "../functions/excelError";
import {
  bool,
  coerceArgument,
  type BooleanParam,
  type ChoiceParam,
  type NumberParam,
  type TextParam,
} from "../functions/params";
import { paramOf } from "../functions/runner";
import { today } from "../functions/clock";
import { formatUsd } from "../functions/format";

export const STEPS = [
  { id: "task", title: "The task" },
  { id: "workload", title: "The workload" },
  { id: "costs", title: "The team and costs" },
  { id: "result", title: "The result" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];

export interface Answers {
  taskType: TaskType;
  distinctPatterns: number;
  stableMonths: number;
  needsGeneralQueries: boolean;
  knowledgeChanges: boolean;
  requestsPerMonth: number;
  inputTokens: number;
  /** Input tokens per request on the fine-tuned model, which no longer needs what it learned. */
  ftInputTokens: number;
  outputTokens: number;
  /** Share of input tokens served from the provider's prompt cache, every strategy. */
  cachedShare: number;
  /** Share of requests sent through the provider's batch API, every strategy. */
  batchShare: number;
  largeModel: string;
  smallModel: string;
  /** The analyst's own (negotiated) prices for a catalogue model, asked for below it. */
  largeOwnPrices: boolean;
  smallOwnPrices: boolean;
  /** Prices for a larger model that is not in the catalogue, US dollars per 1M tokens. */
  largeInputPrice?: number;
  largeOutputPrice?: number;
  /** Prices for a small model that is not in the catalogue; fine-tuned ones are optional. */
  smallInputPrice?: number;
  smallOutputPrice?: number;
  smallFtInputPrice?: number;
  smallFtOutputPrice?: number;
  costLevel: AssumptionLevel;
  hourlyRate: number;
  engineeringHours: number;
  trainingDataHours: number;
  trainingRunCost: number;
  evalBuildHours: number;
  pipelineHours: number;
  retrainIntervalMonths: number;
  retrainDataHours: number;
  retrainEvalCost: number;
  retrainDeployHours: number;
  recallTokens: number;
  memoryMonthlyCost: number;
  memorySetupCost: number;
  /** Share of the fine-tuned model's requests handed to the larger model as well. */
  fallbackShare: number;
  /** Share of the small model + memory's requests handed to the larger model as well. */
  memoryFallbackShare: number;
  /** The first day of month 1, as an Excel date serial: prices, fine-tuning offers and retirements are read from it. */
  startDate: number;
  /** How sure the analyst is: the low and high of the upfront cost, the maintenance and the volume. */
  upfrontLow: number;
  upfrontHigh: number;
  maintenanceLow: number;
  maintenanceHigh: number;
  volumeLow: number;
  volumeHigh: number;
}

export type AnswerKey = keyof Answers;

/** A raw answer as a control holds it: text for inputs and lists, a flag for check boxes. */
export type RawAnswer = string | boolean;
export type RawAnswers = Record<AnswerKey, RawAnswer>;

interface FieldBase {
  key: AnswerKey;
  step: StepId;
  label: string;
  /** The explanation shown under the question. */
  help: string;
  /** When the question applies, given the answers and any imported prices; always when absent. */
  visible?: (raw: RawAnswers, imported: PriceOverrides) => boolean;
  /** The part of the step the question belongs to, headed by its title where its first question is. */
  group?: FieldGroup;
}

/** A part of a step with a heading and a line that says what it is for. */
export interface FieldGroup {
  title: string;
  help: string;
}

/** The uncertain inputs of the simulation (FT_PAYBACK_RISK, FT_SENSITIVITY). */
export const SURE: FieldGroup = {
  title: "How sure are you?",
  help:
    "A low and a high for the three figures that move the result most. The result step simulates 10,000 " +
    "combinations between them and gives the chance that fine-tuning pays back within 12 months.",
};

export interface NumberField extends FieldBase {
  kind: "number";
  /** The declared argument whose unit, bounds, default and messages the question takes. */
  param: NumberParam;
  /** A blank answer means "not given" (the analyst's own fine-tuned prices; the whole prompt once fine-tuned). */
  optional?: boolean;
}
export interface ChoiceField extends FieldBase {
  kind: "choice";
  param: ChoiceParam;
  /** Each declared choice with the words the pane shows for it. */
  choices: readonly { value: string; label: string }[];
}
export interface BooleanField extends FieldBase {
  kind: "boolean";
  param: BooleanParam;
}
export interface ModelField extends FieldBase {
  kind: "model";
  param: TextParam;
}
export type Field = NumberField | ChoiceField | BooleanField | ModelField;

/** The unit shown beside a number field: the declared argument's. */
export const unitOf = (field: NumberField): string => field.param.domain.symbol;

/** The declared choices of a parameter, each with the pane's words for it. */
function labelled<C extends string>(param: ChoiceParam<string, C>, labels: Record<C, string>) {
  return param.choices.map((value) => ({ value, label: labels[value] }));
}

const taskType = paramOf(FT_DECISION, "task_type");
const costLevel = paramOf(ASSUMPTION, "level");

const TASK_LABELS: Record<TaskType, string> = {
  classification: "Classification into fixed categories",
  extraction: "Extraction with a consistent schema",
  format_conversion: "Format conversion with fixed rules",
  domain_qa: "Domain Q&A on a stable knowledge base",
  conversation: "General conversation",
  reasoning: "Open-ended reasoning",
  creative: "Creative generation",
  other: "Something else",
};

/** No imported prices. */
export const NO_IMPORTED_PRICES: PriceOverrides = new Map();

/** True when the typed model name is neither in the catalogue nor imported, so its prices are asked for. */
export const isCustomModel = (name: RawAnswer, imported: PriceOverrides = NO_IMPORTED_PRICES): boolean =>
  typeof name === "string" && name.trim() !== "" && findModel(name, imported) === undefined;

/** A catalogue model, whose own (negotiated) prices the analyst may give instead of the list prices. */
const catalogued = (name: RawAnswer): boolean => typeof name === "string" && findModel(name) !== undefined;

/** The prices of a model are asked for: it is not in the catalogue, or the analyst has their own. */
const customLarge = (raw: RawAnswers, imported: PriceOverrides) =>
  isCustomModel(raw.largeModel, imported) || (raw.largeOwnPrices === true && catalogued(raw.largeModel));
const customSmall = (raw: RawAnswers, imported: PriceOverrides) =>
  isCustomModel(raw.smallModel, imported) || (raw.smallOwnPrices === true && catalogued(raw.smallModel));

/** The yes-or-no question of own prices: no AICOST argument, but coerced the same way. */
const ownPrices = bool("own_prices", "Use my own prices for this model.", false);

export const FIELDS: readonly Field[] = [
  {
    key: "taskType",
    step: "task",
    kind: "choice",
    param: taskType,
    label: "What does the model do?",
    help: "Narrow tasks (the first four) can be learned from examples; broad ones cannot.",
    choices: labelled(taskType, TASK_LABELS),
  },
  {
    key: "distinctPatterns",
    step: "task",
    kind: "number",
    param: paramOf(FT_DECISION, "distinct_patterns"),
    label: "Distinct input-output patterns",
    help: "How many different kinds of request and answer the task has. Fine-tuning suits fewer than 20.",
  },
  {
    key: "stableMonths",
    step: "task",
    kind: "number",
    param: paramOf(FT_DECISION, "stable_months"),
    label: "Months the specification stays unchanged",
    help: "Every change to the task means a new training cycle. Fine-tuning wants at least 6 stable months.",
  },
  {
    key: "needsGeneralQueries",
    step: "task",
    kind: "boolean",
    param: paramOf(FT_DECISION, "needs_general_queries"),
    label: "Users also ask general questions",
    help: "A fine-tuned model gets worse at anything outside its training examples.",
  },
  {
    key: "knowledgeChanges",
    step: "task",
    kind: "boolean",
    param: paramOf(FT_DECISION, "knowledge_changes"),
    label: "The knowledge behind the answers changes often",
    help: "Memory updates instantly; a fine-tuned model needs retraining for each change.",
  },
  {
    key: "requestsPerMonth",
    step: "workload",
    kind: "number",
    param: paramOf(FT_DECISION, "requests_per_month"),
    label: "Requests per month",
    help: "Fine-tuning usually pays from 500,000 a month and is worth evaluating from 100,000.",
  },
  {
    key: "inputTokens",
    step: "workload",
    kind: "number",
    param: paramOf(FT_COMPARE, "input_tokens"),
    label: "Input tokens per request",
    help: "The prompt: instructions, context and the user's text. About 4 characters make a token.",
  },
  {
    key: "ftInputTokens",
    step: "workload",
    kind: "number",
    param: paramOf(FT_COMPARE, "ft_input_tokens"),
    label: "Input tokens per request once fine-tuned",
    optional: true,
    help:
      "A fine-tuned model no longer needs the instructions and examples it has learned: count what stays, " +
      "such as the user's text. Starts at half the prompt until you change it; blank means the whole prompt.",
  },
  {
    key: "outputTokens",
    step: "workload",
    kind: "number",
    param: paramOf(FT_COMPARE, "output_tokens"),
    label: "Output tokens per request",
    help: "The length of a typical answer.",
  },
  {
    key: "largeModel",
    step: "workload",
    kind: "model",
    param: paramOf(FT_COMPARE, "large_model"),
    label: "The larger model you use today",
    help: "Pick a current model from the price catalogue or type a model id; for a model not listed you give its prices.",
  },
  {
    key: "largeOwnPrices",
    step: "workload",
    kind: "boolean",
    param: ownPrices,
    label: "Use my own (negotiated) prices for this model",
    help: "Your contract's prices replace the list prices in every formula, through a price table.",
    visible: (raw) => catalogued(raw.largeModel),
  },
  {
    key: "largeInputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "input_price"),
    label: "Larger model: input price",
    help: "Its list or negotiated price per 1M input tokens.",
    visible: customLarge,
  },
  {
    key: "largeOutputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "output_price"),
    label: "Larger model: output price",
    help: "Price of output tokens for this model.",
    visible: customLarge,
  },
  {
    key: "smallModel",
    step: "workload",
    kind: "model",
    param: paramOf(FT_COMPARE, "small_model"),
    label: "The small model to fine-tune or give memory",
    help:
      "Fine-tuning is priced only where it can be bought: open-weight models on Fireworks AI or Together AI, " +
      "or a provider's own offer while it lasts. Its offer is shown below.",
  },
  {
    key: "smallOwnPrices",
    step: "workload",
    kind: "boolean",
    param: ownPrices,
    label: "Use my own (negotiated) prices for this model",
    help: "Your contract's prices replace the list prices in every formula, through a price table.",
    visible: (raw) => catalogued(raw.smallModel),
  },
  {
    key: "smallInputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "input_price"),
    label: "Small model: input price",
    help: "Its base price per 1M input tokens, list or negotiated.",
    visible: customSmall,
  },
  {
    key: "smallOutputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "output_price"),
    label: "Small model: output price",
    help: "Base price of output tokens.",
    visible: customSmall,
  },
  {
    key: "smallFtInputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "input_price"),
    label: "Small model: fine-tuned input price (optional)",
    optional: true,
    help: "Give both fine-tuned prices to price fine-tuning (the base prices again if it costs the same); blank: not priced.",
    visible: customSmall,
  },
  {
    key: "smallFtOutputPrice",
    step: "workload",
    kind: "number",
    param: paramOf(REQUEST_COST, "output_price"),
    label: "Small model: fine-tuned output price (optional)",
    optional: true,
    help: "Give both fine-tuned prices to price fine-tuning (the base prices again if it costs the same); blank: not priced.",
    visible: customSmall,
  },
  {
    key: "cachedShare",
    step: "workload",
    kind: "number",
    param: paramOf(FT_COMPARE, "cached_share"),
    label: "Share of input tokens read from the prompt cache",
    help:
      "A prompt that starts with the same text every time is read from the provider's cache at a fraction " +
      "of the input price. 0 if you do not use caching.",
  },
  {
    key: "batchShare",
    step: "workload",
    kind: "number",
    param: paramOf(FT_COMPARE, "batch_share"),
    label: "Share of requests sent in batch",
    help: "Requests that can wait up to a day go through the provider's batch API at about half price. 0 for none.",
  },
  {
    key: "startDate",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "start_date"),
    label: "The first month starts on",
    help:
      "Type a date such as 2027-01-01. Fine-tuning must be buyable then, the prices in force then are used, " +
      "and a small model that retires within the horizon costs a re-tune in its retirement month.",
  },
  {
    key: "costLevel",
    step: "costs",
    kind: "choice",
    param: costLevel,
    label: "Start from the published figures at",
    help: "Fills the questions below with the low, middle or high end of published ranges. Change any of them.",
    choices: labelled(costLevel, { low: "Low end", mid: "Middle", high: "High end" }),
  },
  {
    key: "hourlyRate",
    step: "costs",
    kind: "number",
    param: paramOf(FT_UPFRONT_COST, "hourly_rate"),
    label: "Cost of an engineering hour",
    help: "Salary and overhead of the engineers who build and run the pipeline.",
  },
  {
    key: "engineeringHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_DECISION, "engineering_hours"),
    label: "Engineering hours the team can commit",
    help: "A fine-tuning pipeline takes 40 to 160 hours to build.",
  },
  {
    key: "trainingDataHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_UPFRONT_COST, "data_hours"),
    label: "Hours to create the training data",
    help: "Writing or curating 500 to 5,000 examples of inputs with ideal outputs.",
  },
  {
    key: "trainingRunCost",
    step: "costs",
    kind: "number",
    param: paramOf(FT_UPFRONT_COST, "training_cost"),
    label: "Cost of one fine-tuning run",
    help: "The provider's training compute, paid again at every retraining.",
  },
  {
    key: "evalBuildHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_UPFRONT_COST, "eval_hours"),
    label: "Hours to build the evaluation",
    help: "Benchmarks, quality metrics and regression tests.",
  },
  {
    key: "pipelineHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_UPFRONT_COST, "pipeline_hours"),
    label: "Hours to automate the pipeline",
    help: "Running training jobs, deploying models and monitoring quality.",
  },
  {
    key: "retrainIntervalMonths",
    step: "costs",
    kind: "number",
    param: paramOf(FT_MAINTENANCE_MONTHLY, "retrain_every_months"),
    label: "Retrain every",
    help: "Models drift as data changes; retraining every 1 to 3 months is typical.",
  },
  {
    key: "retrainDataHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_MAINTENANCE_MONTHLY, "data_hours"),
    label: "Hours to refresh the data per retraining",
    help: "Updating training examples for new cases.",
  },
  {
    key: "retrainEvalCost",
    step: "costs",
    kind: "number",
    param: paramOf(FT_MAINTENANCE_MONTHLY, "eval_cost"),
    label: "Evaluation cost per retraining",
    help: "API calls to run the benchmark against the new model.",
  },
  {
    key: "retrainDeployHours",
    step: "costs",
    kind: "number",
    param: paramOf(FT_MAINTENANCE_MONTHLY, "deploy_hours"),
    label: "Hours to deploy and smoke-test per retraining",
    help: "Releasing the retrained model safely.",
  },
  {
    key: "recallTokens",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "recall_tokens"),
    label: "Memory: extra input tokens per request",
    help: "The recalled memories added to each prompt. Your estimate.",
  },
  {
    key: "memoryMonthlyCost",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "memory_monthly_cost"),
    label: "Memory: monthly cost of the store",
    help: "Hosting and upkeep of the memory service. Your estimate.",
  },
  {
    key: "memorySetupCost",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "memory_setup_cost"),
    label: "Memory: setup cost",
    help: "One-off work to connect memory. Your estimate.",
  },
  {
    key: "fallbackShare",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "fallback_share"),
    label: "Fine-tuned model: share of requests handed to the larger model",
    help:
      "The requests it gets wrong, which a check sends to the larger model as well. Measure it on an " +
      "evaluation set; 0 for none.",
  },
  {
    key: "memoryFallbackShare",
    step: "costs",
    kind: "number",
    param: paramOf(FT_COMPARE, "memory_fallback_share"),
    label: "Memory: share of requests handed to the larger model",
    help: "The same for the small model with memory, measured the same way; 0 for none.",
  },
  {
    key: "upfrontLow",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "upfront_cost"),
    label: "Upfront cost: as low as",
    help: "Published figures run from $5,000 to $30,000. Your answers above give the most likely cost, between these two.",
  },
  {
    key: "upfrontHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "upfront_cost"),
    label: "Upfront cost: as high as",
    help: "Projects overrun: data takes longer to label, evaluation needs another pass.",
  },
  {
    key: "maintenanceLow",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "monthly_maintenance"),
    label: "Maintenance: as low as",
    help: "Published figures run from $500 to $2,000 a month of retraining (hosting comes on top).",
  },
  {
    key: "maintenanceHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "monthly_maintenance"),
    label: "Maintenance: as high as",
    help: "Drift can call for more frequent retraining than planned.",
  },
  {
    key: "volumeLow",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "requests_per_month"),
    label: "Requests per month: as low as",
    help: "Starts at half the volume you gave, until you change it: launches ramp up, and forecasts miss.",
  },
  {
    key: "volumeHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    param: paramOf(FT_COMPARE, "requests_per_month"),
    label: "Requests per month: as high as",
    help: "Starts at one and a half times the volume you gave, until you change it.",
  },
];

export const fieldsOf = (step: StepId): Field[] => FIELDS.filter((field) => field.step === step);

/** The questions of the third step that the published figures prefill, with their assumption. */
export const LEVELLED: Partial<Record<AnswerKey, string>> = {
  hourlyRate: "hourly_rate",
  engineeringHours: "engineering_hours",
  trainingDataHours: "training_data_hours",
  trainingRunCost: "training_run_cost",
  evalBuildHours: "eval_build_hours",
  pipelineHours: "pipeline_hours",
  retrainIntervalMonths: "retrain_interval_months",
  retrainDataHours: "retrain_data_hours",
  retrainEvalCost: "retrain_eval_cost",
  retrainDeployHours: "retrain_deploy_hours",
};

/**
 * The models a new questionnaire starts from: a current larger model, and a small model whose
 * fine-tuning anyone can buy (an open-weight model fine-tuned with LoRA, served at its base price).
 */
export const DEFAULT_MODELS = { large: "claude-sonnet-4.6", small: "fireworks/llama-3.1-8b-instruct" } as const;

/** The catalogue models the pane offers: the ones active today, so that a new decision is priced on them. */
export function offeredModels(): CatalogueEntry[] {
  const day = today();
  return PRICE_CATALOGUE.filter((entry) => statusOn(entry, day) === "active");
}

/** Whether fine-tuning of a catalogue model can be bought on that day and priced per token, as FT_COMPARE asks. */
function buyable(entry: CatalogueEntry, day: string): boolean {
  const quote = findModel(entry.id, undefined, day);
  return quote !== undefined && fineTuningAvailability(quote, day) === undefined;
}

/** Active models whose fine-tuning can be bought today and is priced per token, open-weight ones first. */
export function fineTunableModels(): CatalogueEntry[] {
  const day = today();
  return offeredModels()
    .filter((entry) => buyable(entry, day))
    .sort((a, b) => Number(b.openWeight) - Number(a.openWeight));
}

/** The horizon the pane's comparison and notes speak of, in months. */
export const HORIZON_MONTHS = 24;

/** What the pane says under a model question, and the ids it suggests for a name it does not know. */
export interface ModelNote {
  text: string;
  tone: "info" | "warning";
  suggestions: string[];
}

const STATUS_WORDS = { deprecated: "is deprecated", retired: "was retired" } as const;

/** The start date an answer gives, as an ISO date; today while it is blank or not a date. */
export function startDayOf(raw: RawAnswer | undefined): string {
  const field = FIELDS.find((candidate) => candidate.key === "startDate");
  if (!field || raw === undefined) return today();
  const { value } = validateField(field, raw);
  return typeof value === "number" ? isoFromSerial(value) : today();
}

/** The small model's fine-tuning offer on the start date, in a sentence. */
function offerSentence(entry: CatalogueEntry, day: string): { text: string; buyable: boolean } {
  const provider = PROVIDER_NAMES[entry.provider] ?? entry.provider;
  const offer = fineTuningOn(entry, day);
  const training =
    entry.prices.ft_training !== undefined
      ? ` Training ${formatUsd(entry.prices.ft_training)} per 1M training tokens.`
      : "";
  const served = entry.fineTuning?.dedicatedOnly
    ? " It is served on dedicated GPUs only, so only the dedicated GPUs row prices it."
    : entry.fineTuning?.servedAtBasePrices
      ? " Served at the base model's prices."
      : "";
  switch (offer.status) {
    case "offered":
      return {
        text: `Fine-tuning: offered by ${provider}${offer.until ? ` (to new customers until ${offer.until})` : ""}.${training}${served}`,
        buyable: buyable(entry, day),
      };
    case "closing":
      return {
        text: `Fine-tuning: closing. ${provider} takes existing customers only${offer.until ? `, until ${offer.until}` : ""}.${training}${served}`,
        buyable: buyable(entry, day),
      };
    case "closed":
      return { text: `Fine-tuning: closed. ${provider} no longer fine-tunes it.`, buyable: false };
    case "not offered":
      return { text: `Fine-tuning: not offered. ${provider} sells no fine-tuning of it.`, buyable: false };
  }
}

/**
 * The note under a model question: the date of a catalogue model's prices and, for a deprecated or
 * retired one, when it goes; for the small model, its fine-tuning offer on the start date and, where
 * it cannot be fine-tuned, models that can; where the model retires within the horizon, when and
 * what it costs. For a name the catalogue does not know, the closest ids. Undefined for a blank
 * answer.
 */
export function modelNote(
  name: RawAnswer,
  imported: PriceOverrides = NO_IMPORTED_PRICES,
  importedFrom = "the imported prices",
  context: { role: "large" | "small"; startDate?: RawAnswer; ownFineTunedPrices?: boolean } = { role: "large" },
): ModelNote | undefined {
  if (typeof name !== "string" || name.trim() === "") return undefined;
  // A catalogue model keeps its catalogue prices (and status) even when a file lists it too.
  const entry = catalogueEntry(name);
  if (!entry && findModel(name, imported)) {
    return { text: `Prices from ${importedFrom}.`, tone: "info", suggestions: [] };
  }
  if (!entry) {
    const suggestions = suggestModels(name);
    return {
      text:
        suggestions.length > 0
          ? "Not in the price catalogue. Did you mean one of these? Otherwise give its prices below."
          : "Not in the price catalogue: give its prices below.",
      tone: "warning",
      suggestions,
    };
  }
  const day = startDayOf(context.startDate);
  const status = statusOn(entry, day);
  const parts = [`${entry.name}: list prices as of ${entry.asOf}.`];
  let tone: ModelNote["tone"] = "info";
  let suggestions: string[] = [];
  if (status !== "active") {
    const when = entry.retiresOn ? ` (${status === "retired" ? "on" : "retiring"} ${entry.retiresOn})` : "";
    parts.push(
      `It ${STATUS_WORDS[status]}${when}: its prices still compute, but a new decision is better priced on a current model.`,
    );
    tone = "warning";
  }
  const horizonEnd = addMonths(day, HORIZON_MONTHS);
  if (status !== "retired" && entry.retiresOn !== undefined && entry.retiresOn < horizonEnd) {
    parts.push(
      context.role === "small"
        ? `It retires on ${entry.retiresOn}, within the ${HORIZON_MONTHS}-month horizon: a model fine-tuned on it stops then, and the fine-tuned strategies pay a re-tune (the upfront cost again) in that month.`
        : `It retires on ${entry.retiresOn}, within the ${HORIZON_MONTHS}-month horizon: its prices are used throughout, as if a successor cost the same.`,
    );
    tone = "warning";
  }
  if (context.role === "small") {
    const offer = offerSentence(entry, day);
    parts.push(offer.text);
    if (!offer.buyable && context.ownFineTunedPrices) {
      parts.push("Your own fine-tuned prices below are used instead: your arrangement, not a catalogue offer.");
    } else if (!offer.buyable) {
      parts.push("The fine-tuned strategy cannot be priced with it. Models that can be fine-tuned today:");
      tone = "warning";
      suggestions = fineTunableModels()
        .slice(0, 4)
        .map((candidate) => candidate.id);
    }
  }
  return { text: parts.join(" "), tone, suggestions };
}

/** The share of the prompt a fine-tuned model is first assumed to keep, until the analyst says otherwise. */
export const FT_PROMPT_SHARE = 0.5;

/** The fine-tuned prompt length prefilled for a prompt length as typed; blank when it is not a number. */
export function prefilledFtInputTokens(inputTokens: RawAnswer): string {
  const field = FIELDS.find((candidate) => candidate.key === "inputTokens");
  if (!field) return "";
  const { value } = validateField(field, inputTokens);
  return typeof value === "number" ? String(Math.round(value * FT_PROMPT_SHARE)) : "";
}

/** The share of the volume given that its low and its high start at, until the analyst says otherwise. */
export const VOLUME_RANGE = { low: 0.5, high: 1.5 } as const;

/** The low or high volume prefilled for a volume as typed; blank when it is not a number. */
export function prefilledVolume(volume: RawAnswer, end: keyof typeof VOLUME_RANGE): string {
  const field = FIELDS.find((candidate) => candidate.key === "requestsPerMonth");
  if (!field) return "";
  const { value } = validateField(field, volume);
  return typeof value === "number" ? String(Math.round(value * VOLUME_RANGE[end])) : "";
}

/** Answers at the published figures of one level, for the article's worked example workload. */
export function defaultAnswers(level: AssumptionLevel = "mid"): RawAnswers {
  const levelled = Object.fromEntries(
    Object.entries(LEVELLED).map(([key, name]) => [key, String(assumption(name as string, level))]),
  );
  return {
    taskType: "classification",
    distinctPatterns: "10",
    stableMonths: "12",
    needsGeneralQueries: false,
    knowledgeChanges: false,
    requestsPerMonth: String(assumption("volume_threshold")),
    inputTokens: "5000",
    ftInputTokens: prefilledFtInputTokens("5000"),
    outputTokens: "500",
    cachedShare: "0",
    batchShare: "0",
    largeModel: DEFAULT_MODELS.large,
    smallModel: DEFAULT_MODELS.small,
    largeOwnPrices: false,
    smallOwnPrices: false,
    largeInputPrice: "",
    largeOutputPrice: "",
    smallInputPrice: "",
    smallOutputPrice: "",
    smallFtInputPrice: "",
    smallFtOutputPrice: "",
    costLevel: level,
    recallTokens: "1000",
    memoryMonthlyCost: "200",
    memorySetupCost: "0",
    fallbackShare: "0",
    memoryFallbackShare: "0",
    startDate: today(),
    upfrontLow: String(assumption("upfront_total", "low")),
    upfrontHigh: String(assumption("upfront_total", "high")),
    maintenanceLow: String(assumption("maintenance_monthly", "low")),
    maintenanceHigh: String(assumption("maintenance_monthly", "high")),
    volumeLow: prefilledVolume(String(assumption("volume_threshold")), "low"),
    volumeHigh: prefilledVolume(String(assumption("volume_threshold")), "high"),
    ...levelled,
  } as RawAnswers;
}

/**
 * One answer through its declared argument: the value a cell would get, or the message a cell
 * would show, naming the question instead of the argument.
 */
function validateField(field: Field, raw: RawAnswer): { value?: unknown; error?: string } {
  if (field.kind === "number" && field.optional && typeof raw === "string" && raw.trim() === "") return {};
  const value = coerceArgument(field.param, raw, field.label);
  return value instanceof ExcelError ? { error: value.message } : { value };
}

/**
 * Validates the raw answers of the given fields; hidden fields are skipped. Returns the typed
 * values or a message per invalid field.
 */
export function validateFields(
  fields: readonly Field[],
  raw: RawAnswers,
  imported: PriceOverrides = NO_IMPORTED_PRICES,
): { values: Partial<Answers>; errors: Partial<Record<AnswerKey, string>> } {
  const values: Record<string, unknown> = {};
  const errors: Partial<Record<AnswerKey, string>> = {};
  for (const field of fields) {
    if (field.visible && !field.visible(raw, imported)) continue;
    const { value, error } = validateField(field, raw[field.key]);
    if (error !== undefined) errors[field.key] = error;
    else if (value !== undefined) values[field.key] = value;
  }
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: values as Partial<Answers>, errors };
}

/** Validates every answer; the answers when all are valid. */
export function parseAnswers(
  raw: RawAnswers,
  imported: PriceOverrides = NO_IMPORTED_PRICES,
): { answers?: Answers; errors: Partial<Record<AnswerKey, string>> } {
  const { values, errors } = validateFields(FIELDS, raw, imported);
  if (Object.keys(errors).length > 0) return { errors };
  // A blank fine-tuned prompt is the whole prompt, as FT_COMPARE reads a left-out ft_input_tokens.
  return { answers: { ...values, ftInputTokens: values.ftInputTokens ?? values.inputTokens } as Answers, errors };
}

/** The list prices charged as a multiple of the base input price, and of the base output price. */
const INPUT_LINKED = ["cached_input", "cache_write", "batch_input", "long_input"] as const;
const OUTPUT_LINKED = ["batch_output", "long_output"] as const;

/**
 * A model's prices with the analyst's own input and output prices: a catalogue model keeps the rest
 * of its prices (fine-tuning, hosting), and its cached, batch and long-context rates keep their
 * list proportion to the base prices (a contract's discount applies to them too).
 */
function withOwnPrices(name: string, input: number, output: number): ModelPrices {
  const listed = findModel(name)?.prices;
  const prices: ModelPrices = { ...listed, input, output };
  if (!listed) return prices;
  const scale = (kinds: readonly (keyof ModelPrices)[], own: number, list: number) => {
    for (const kind of kinds) {
      const price = listed[kind];
      if (price === undefined) continue;
      if (list > 0) prices[kind] = (price * own) / list;
      else delete prices[kind];
    }
  };
  scale(INPUT_LINKED, input, listed.input);
  scale(OUTPUT_LINKED, output, listed.output);
  return prices;
}

/** The analyst's own prices (typed for a model the catalogue lacks, or negotiated), as the engine's overrides. */
export function customPrices(answers: Answers): PriceOverrides {
  const overrides = new Map<string, { id: string; prices: ModelPrices }>();
  if (answers.largeInputPrice !== undefined && answers.largeOutputPrice !== undefined) {
    overrides.set(answers.largeModel.toLowerCase(), {
      id: answers.largeModel,
      prices: withOwnPrices(answers.largeModel, answers.largeInputPrice, answers.largeOutputPrice),
    });
  }
  if (answers.smallInputPrice !== undefined && answers.smallOutputPrice !== undefined) {
    const prices = withOwnPrices(answers.smallModel, answers.smallInputPrice, answers.smallOutputPrice);
    if (answers.smallFtInputPrice !== undefined && answers.smallFtOutputPrice !== undefined) {
      prices.ft_input = answers.smallFtInputPrice;
      prices.ft_output = answers.smallFtOutputPrice;
    }
    overrides.set(answers.smallModel.toLowerCase(), { id: answers.smallModel, prices });
  }
  return overrides;
}

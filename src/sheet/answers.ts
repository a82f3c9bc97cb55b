/**
 * The questionnaire: every question with its explanation and its prefilled value (the published
 * assumptions where there is one). A question says only what the analyst reads; the parameter its
 * answer feeds (type, unit, bounds, default, message) comes from the binding table, so an answer is
 * validated exactly as its cell is.
 */
import {
  assumption,
  catalogueEntry,
  findModel,
  type AssumptionLevel,
  type PriceOverrides,
  type TaskType,
} from "../engine";
import { today } from "../functions/clock";
import { ExcelError } from "../functions/excelError";
import {
  coerceArgument,
  type BooleanParam,
  type ChoiceParam,
  type NumberParam,
  type Param,
  type TextParam,
} from "../functions/params";
import { ANSWERS, FOLLOWS, followed, paramFor, type AnswerKey, type Answers } from "./bindings";

export type { AnswerKey, Answers } from "./bindings";

export const STEPS = [
  { id: "task", title: "The task" },
  { id: "workload", title: "The workload" },
  { id: "costs", title: "The team and costs" },
  { id: "result", title: "The result" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];

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
  /**
   * Hidden, its answer still holds: a figure the sheet writes whether or not the question is asked
   * (the dedicated GPUs' figures, which the per-token-against-GPUs table reads at every volume).
   */
  keptWhenHidden?: true;
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
    "A low and a high for every guess the recommendation rests on. The result step simulates 10,000 " +
    "combinations between them, each figure drawn independently of the others, and gives the chance that the " +
    "recommended strategy is the cheapest and that fine-tuning pays back within your horizon.",
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

/** A question as written below: its parameter comes from the binding table. */
type Question = Field extends infer F ? (F extends Field ? Omit<F, "param" | "optional"> : never) : never;

/** The unit shown beside a number field: the declared argument's. */
export const unitOf = (field: NumberField): string => field.param.domain.symbol;

/** The declared choices of an answer's parameter, each with the pane's words for it. */
function labelled<C extends string>(key: AnswerKey, labels: Record<C, string>) {
  const param = paramFor(key) as ChoiceParam<string, C>;
  return param.choices.map((value) => ({ value, label: labels[value] }));
}

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
const isCustomModel = (name: RawAnswer, imported: PriceOverrides): boolean =>
  typeof name === "string" && name.trim() !== "" && findModel(name, imported) === undefined;

/** A catalogue model, whose own (negotiated) prices the analyst may give instead of the list prices. */
const catalogued = (name: RawAnswer): boolean => typeof name === "string" && findModel(name) !== undefined;

/** The prices of a model are asked for: it is not in the catalogue, or the analyst has their own. */
const customLarge = (raw: RawAnswers, imported: PriceOverrides) =>
  isCustomModel(raw.largeModel, imported) || (raw.largeOwnPrices === true && catalogued(raw.largeModel));
const customSmall = (raw: RawAnswers, imported: PriceOverrides) =>
  isCustomModel(raw.smallModel, imported) || (raw.smallOwnPrices === true && catalogued(raw.smallModel));

/**
 * A small model whose weights can be served on GPUs of one's own (SPEC 3.4): an open-weight model
 * of the catalogue, or one the catalogue does not know.
 */
const hostable = (raw: RawAnswers): boolean => {
  if (typeof raw.smallModel !== "string" || raw.smallModel.trim() === "") return false;
  const entry = catalogueEntry(raw.smallModel);
  return entry === undefined || entry.openWeight;
};

/** The dedicated GPUs' questions are asked where the analyst prices them, for a model that can be so served. */
const onGpus = (raw: RawAnswers): boolean => hostable(raw) && raw.servedOnGpus === true;

/** The questions of serving the fine-tuned model on GPUs of its own. */
export const GPUS: FieldGroup = {
  title: "Dedicated GPUs",
  help:
    "An open-weight model fine-tuned with LoRA can be served per token, at the base model's price, or on GPUs of " +
    "its own rented by the hour: a fixed cost that wins above some volume. The comparison's fourth row prices it.",
};

/** The kind of parameter each kind of question takes. */
const PARAM_KINDS: Record<Field["kind"], Param["kind"]> = {
  number: "number",
  choice: "choice",
  boolean: "boolean",
  model: "text",
};

/** A question with the parameter its answer feeds, which must be of the kind the question asks. */
function bound(question: Question): Field {
  const param = paramFor(question.key);
  if (param.kind !== PARAM_KINDS[question.kind]) {
    throw new Error(`${question.key}: a ${question.kind} question cannot feed ${param.kind} parameter ${param.name}`);
  }
  const optional = "optional" in ANSWERS[question.key];
  return { ...question, param, ...(optional ? { optional } : {}) } as Field;
}

const QUESTIONS: readonly Question[] = [
  {
    key: "taskType",
    step: "task",
    kind: "choice",
    label: "What does the model do?",
    help: "Narrow tasks (the first four) can be learned from examples; broad ones cannot.",
    choices: labelled("taskType", TASK_LABELS),
  },
  {
    key: "distinctPatterns",
    step: "task",
    kind: "number",
    label: "Distinct input-output patterns",
    help: "How many different kinds of request and answer the task has. Fine-tuning suits fewer than 20.",
  },
  {
    key: "stableMonths",
    step: "task",
    kind: "number",
    label: "Months the specification stays unchanged",
    help: "Every change to the task means a new training cycle. Fine-tuning wants at least 6 stable months.",
  },
  {
    key: "needsGeneralQueries",
    step: "task",
    kind: "boolean",
    label: "Users also ask general questions",
    help: "A fine-tuned model gets worse at anything outside its training examples.",
  },
  {
    key: "knowledgeChanges",
    step: "task",
    kind: "boolean",
    label: "The knowledge behind the answers changes often",
    help: "Memory updates instantly; a fine-tuned model needs retraining for each change.",
  },
  {
    key: "requestsPerMonth",
    step: "workload",
    kind: "number",
    label: "Requests per month",
    help: "Fine-tuning usually pays from 500,000 a month and is worth evaluating from 100,000.",
  },
  {
    key: "inputTokens",
    step: "workload",
    kind: "number",
    label: "Input tokens per request",
    help: "The prompt: instructions, context and the user's text. About 4 characters make a token.",
  },
  {
    key: "ftInputTokens",
    step: "workload",
    kind: "number",
    label: "Input tokens per request once fine-tuned",
    help:
      "A fine-tuned model no longer needs the instructions and examples it has learned: count what stays, " +
      "such as the user's text. Starts at half the prompt until you change it; blank means the whole prompt.",
  },
  {
    key: "outputTokens",
    step: "workload",
    kind: "number",
    label: "Output tokens per request",
    help: "The length of a typical answer.",
  },
  {
    key: "largeModel",
    step: "workload",
    kind: "model",
    label: "The larger model you use today",
    help: "Pick a current model from the price catalogue or type a model id; for a model not listed you give its prices.",
  },
  {
    key: "largeOwnPrices",
    step: "workload",
    kind: "boolean",
    label: "Use my own (negotiated) prices for this model",
    help: "Your contract's prices replace the list prices in every formula, through a price table.",
    visible: (raw) => catalogued(raw.largeModel),
  },
  {
    key: "largeInputPrice",
    step: "workload",
    kind: "number",
    label: "Larger model: input price",
    help: "Its list or negotiated price per 1M input tokens.",
    visible: customLarge,
  },
  {
    key: "largeOutputPrice",
    step: "workload",
    kind: "number",
    label: "Larger model: output price",
    help: "Price of output tokens for this model.",
    visible: customLarge,
  },
  {
    key: "smallModel",
    step: "workload",
    kind: "model",
    label: "The small model to fine-tune or give memory",
    help:
      "Fine-tuning is priced only where it can be bought: open-weight models on Fireworks AI or Together AI, " +
      "or a provider's own offer while it lasts. Its offer is shown below.",
  },
  {
    key: "smallOwnPrices",
    step: "workload",
    kind: "boolean",
    label: "Use my own (negotiated) prices for this model",
    help: "Your contract's prices replace the list prices in every formula, through a price table.",
    visible: (raw) => catalogued(raw.smallModel),
  },
  {
    key: "smallInputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: input price",
    help: "Its base price per 1M input tokens, list or negotiated.",
    visible: customSmall,
  },
  {
    key: "smallOutputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: output price",
    help: "Base price of output tokens.",
    visible: customSmall,
  },
  {
    key: "smallFtInputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: fine-tuned input price (optional)",
    help: "Give both fine-tuned prices to price fine-tuning (the base prices again if it costs the same); blank: not priced.",
    visible: customSmall,
  },
  {
    key: "smallFtOutputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: fine-tuned output price (optional)",
    help: "Give both fine-tuned prices to price fine-tuning (the base prices again if it costs the same); blank: not priced.",
    visible: customSmall,
  },
  {
    key: "cachedShare",
    step: "workload",
    kind: "number",
    label: "Share of input tokens read from the prompt cache",
    help:
      "A prompt that starts with the same text every time is read from the provider's cache at a fraction " +
      "of the input price. 0 if you do not use caching.",
  },
  {
    key: "batchShare",
    step: "workload",
    kind: "number",
    label: "Share of requests sent in batch",
    help: "Requests that can wait up to a day go through the provider's batch API at about half price. 0 for none.",
  },
  {
    key: "startDate",
    step: "costs",
    kind: "number",
    label: "The first month starts on",
    help:
      "Type a date such as 2027-01-01. Fine-tuning must be buyable then, the prices in force then are used, " +
      "and a small model that retires within the horizon costs a re-tune in its retirement month.",
  },
  {
    key: "horizonMonths",
    step: "costs",
    kind: "number",
    label: "Horizon of the decision",
    help:
      "The months your CFO weighs the strategies over: every total, the payback, the tornado and the chart " +
      "run to it. 12 to 36 months is usual.",
  },
  {
    key: "discountRate",
    step: "costs",
    kind: "number",
    label: "Annual discount rate",
    help:
      "Your finance team's rate for money later, as a decimal (0.1 for 10 %); 0 to add months up undiscounted. " +
      "A month's cost counts at (1 + rate) to the power of −months/12.",
  },
  {
    key: "costLevel",
    step: "costs",
    kind: "choice",
    label: "Start from the published figures at",
    help: "Fills the questions below with the low, middle or high end of published ranges. Change any of them.",
    choices: labelled("costLevel", { low: "Low end", mid: "Middle", high: "High end" }),
  },
  {
    key: "hourlyRate",
    step: "costs",
    kind: "number",
    label: "Cost of an engineering hour",
    help: "Salary and overhead of the engineers who build and run the pipeline.",
  },
  {
    key: "engineeringHours",
    step: "costs",
    kind: "number",
    label: "Engineering hours the team can commit",
    help: "A fine-tuning pipeline takes 40 to 160 hours to build.",
  },
  {
    key: "trainingDataHours",
    step: "costs",
    kind: "number",
    label: "Hours to create the training data",
    help: "Writing or curating 500 to 5,000 examples of inputs with ideal outputs.",
  },
  {
    key: "trainingExamples",
    step: "costs",
    kind: "number",
    label: "Training examples",
    help: "Input-output pairs the model learns from: 500 to 5,000 is typical for a narrow task.",
  },
  {
    key: "trainingTokensPerExample",
    step: "costs",
    kind: "number",
    label: "Tokens per training example",
    help: "An example is a fine-tuned prompt with its ideal answer: about the fine-tuned input plus the output tokens.",
  },
  {
    key: "trainingEpochs",
    step: "costs",
    kind: "number",
    label: "Passes over the training set",
    help: "Providers bill every pass: 1 to 4 is usual, 3 a common default.",
  },
  {
    key: "trainingRunCost",
    step: "costs",
    kind: "number",
    label: "Cost of one fine-tuning run",
    help:
      "Leave blank to price it as examples × tokens × epochs × the small model's training price (AICOST." +
      "FT_TRAINING_COST). A figure typed here overrides that price, in the pane and in the sheet. Paid again at every retraining.",
  },
  {
    key: "evalBuildHours",
    step: "costs",
    kind: "number",
    label: "Hours to build the evaluation",
    help: "Benchmarks, quality metrics and regression tests.",
  },
  {
    key: "pipelineHours",
    step: "costs",
    kind: "number",
    label: "Hours to automate the pipeline",
    help: "Running training jobs, deploying models and monitoring quality.",
  },
  {
    key: "retrainIntervalMonths",
    step: "costs",
    kind: "number",
    label: "Retrain every",
    help: "Models drift as data changes; retraining every 1 to 3 months is typical.",
  },
  {
    key: "retrainDataHours",
    step: "costs",
    kind: "number",
    label: "Hours to refresh the data per retraining",
    help: "Updating training examples for new cases.",
  },
  {
    key: "retrainEvalCost",
    step: "costs",
    kind: "number",
    label: "Evaluation cost per retraining",
    help: "API calls to run the benchmark against the new model.",
  },
  {
    key: "retrainDeployHours",
    step: "costs",
    kind: "number",
    label: "Hours to deploy and smoke-test per retraining",
    help: "Releasing the retrained model safely.",
  },
  {
    key: "recallTokens",
    step: "costs",
    kind: "number",
    label: "Memory: extra input tokens per request",
    help: "The recalled memories added to each prompt. Your estimate.",
  },
  {
    key: "memoryMonthlyCost",
    step: "costs",
    kind: "number",
    label: "Memory: monthly cost of the store",
    help: "Hosting and upkeep of the memory service. Your estimate.",
  },
  {
    key: "memorySetupCost",
    step: "costs",
    kind: "number",
    label: "Memory: setup cost",
    help: "One-off work to connect memory. Your estimate.",
  },
  {
    key: "fallbackShare",
    step: "costs",
    kind: "number",
    label: "Fine-tuned model: share of requests handed to the larger model",
    help:
      "The requests it gets wrong, which a check sends to the larger model as well. Measure it on an " +
      "evaluation set; 0 for none.",
  },
  {
    key: "memoryFallbackShare",
    step: "costs",
    kind: "number",
    label: "Memory: share of requests handed to the larger model",
    help: "The same for the small model with memory, measured the same way; 0 for none.",
  },
  {
    key: "servedOnGpus",
    step: "costs",
    kind: "boolean",
    group: GPUS,
    label: "Also price serving the fine-tuned model on dedicated GPUs",
    help: "Left unticked, the fine-tuned model is served per token only, and the fourth row says so.",
    visible: hostable,
  },
  {
    key: "gpuHourlyPrice",
    step: "costs",
    kind: "number",
    group: GPUS,
    keptWhenHidden: true,
    label: "Dedicated GPUs: price of one GPU-hour",
    help: "One H100 80GB on demand: $2.69 to $8.00 an hour from RunPod, Together AI, Lambda and Fireworks AI.",
    visible: onGpus,
  },
  {
    key: "gpuTokensPerSecond",
    step: "costs",
    kind: "number",
    group: GPUS,
    keptWhenHidden: true,
    label: "Dedicated GPUs: output tokens one GPU generates a second",
    help:
      "With many requests at once: 3,500 to 15,000 for an 8B model on one H100 in NVIDIA's benchmarks. Input " +
      "tokens are read five times faster (the published ratio).",
    visible: onGpus,
  },
  {
    key: "gpuUtilization",
    step: "costs",
    kind: "number",
    group: GPUS,
    keptWhenHidden: true,
    label: "Dedicated GPUs: share of their capacity in use",
    help: "Peaks and headroom leave GPUs idle: 15 % to 65 % on average in published reports. Whole GPUs are rented all month.",
    visible: onGpus,
  },
  {
    key: "upfrontLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Upfront cost: as low as",
    help: "Published figures run from $5,000 to $30,000. Your answers above give the most likely cost, between these two.",
  },
  {
    key: "upfrontHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Upfront cost: as high as",
    help: "Projects overrun: data takes longer to label, evaluation needs another pass.",
  },
  {
    key: "maintenanceLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Maintenance: as low as",
    help: "Published figures run from $500 to $2,000 a month of retraining (hosting comes on top).",
  },
  {
    key: "maintenanceHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Maintenance: as high as",
    help: "Drift can call for more frequent retraining than planned.",
  },
  {
    key: "volumeLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Requests per month: as low as",
    help: "Starts at half the volume you gave, until you change it: launches ramp up, and forecasts miss.",
  },
  {
    key: "volumeHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Requests per month: as high as",
    help: "Starts at one and a half times the volume you gave, until you change it.",
  },
  {
    key: "recallTokensLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's extra input tokens: as few as",
    help: "Starts at half your estimate: fewer memories recalled per request.",
  },
  {
    key: "recallTokensHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's extra input tokens: as many as",
    help: "Starts at twice your estimate: a memory store grows as it learns.",
  },
  {
    key: "memoryMonthlyLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's monthly cost: as low as",
    help: "Starts at half your estimate.",
  },
  {
    key: "memoryMonthlyHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's monthly cost: as high as",
    help: "Starts at twice your estimate.",
  },
  {
    key: "memorySetupLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's setup cost: as low as",
    help: "Starts at half your estimate.",
  },
  {
    key: "memorySetupHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's setup cost: as high as",
    help: "Starts at twice your estimate and at least $10,000: connecting memory to a product is engineering work too.",
  },
  {
    key: "fallbackShareLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Fine-tuned model's share handed to the larger model: as low as",
    help: "Starts at half your figure.",
  },
  {
    key: "fallbackShareHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Fine-tuned model's share handed to the larger model: as high as",
    help: "Starts at twice your figure and at least 10 %: a small model gets more wrong than its evaluation shows.",
  },
  {
    key: "memoryFallbackLow",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's share handed to the larger model: as low as",
    help: "Starts at half your figure.",
  },
  {
    key: "memoryFallbackHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    label: "Memory's share handed to the larger model: as high as",
    help: "Starts at twice your figure and at least 10 %.",
  },
  {
    key: "gpuHourlyPriceLow",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: price of one GPU-hour as low as",
    help:
      "Starts at the lowest published price, or at your price where it is lower: a reserved or committed GPU costs " +
      "less than one on demand.",
    visible: onGpus,
  },
  {
    key: "gpuHourlyPriceHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: price of one GPU-hour as high as",
    help: "Starts at the highest published price, a managed endpoint's, or at your price where it is higher.",
    visible: onGpus,
  },
  {
    key: "gpuTokensPerSecondLow",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: output tokens a second as few as",
    help:
      "Starts at the lowest published figure, or at yours where it is lower: long prompts and few requests at once " +
      "slow a GPU down.",
    visible: onGpus,
  },
  {
    key: "gpuTokensPerSecondHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: output tokens a second as many as",
    help: "Starts at the highest published figure, or at yours where it is higher: many short requests at once.",
    visible: onGpus,
  },
  {
    key: "gpuUtilizationLow",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: share in use as low as",
    help: "Starts at the lowest published figure, or at yours where it is lower: bursts of traffic leave GPUs idle.",
    visible: onGpus,
  },
  {
    key: "gpuUtilizationHigh",
    step: "costs",
    kind: "number",
    group: SURE,
    keptWhenHidden: true,
    label: "Dedicated GPUs: share in use as high as",
    help:
      "Starts at the highest published figure, or at yours where it is higher. The dedicated cost's low takes the " +
      "lowest volume with the cheapest, " +
      "fastest and fullest GPUs; its high the highest volume with the dearest, slowest and emptiest.",
    visible: onGpus,
  },
];

/** Every question, with the parameter its answer feeds. */
export const FIELDS: readonly Field[] = QUESTIONS.map(bound);

export const fieldsOf = (step: StepId): Field[] => FIELDS.filter((field) => field.step === step);

/** The questions of the third step that the published figures prefill, with their assumption. */
export const LEVELLED: Partial<Record<AnswerKey, string>> = {
  hourlyRate: "hourly_rate",
  engineeringHours: "engineering_hours",
  trainingDataHours: "training_data_hours",
  trainingExamples: "training_examples",
  evalBuildHours: "eval_build_hours",
  pipelineHours: "pipeline_hours",
  retrainIntervalMonths: "retrain_interval_months",
  retrainDataHours: "retrain_data_hours",
  retrainEvalCost: "retrain_eval_cost",
  retrainDeployHours: "retrain_deploy_hours",
  gpuHourlyPrice: "gpu_hourly_price",
};

/**
 * The models a new questionnaire starts from: a current larger model, and a small model whose
 * fine-tuning anyone can buy (an open-weight model fine-tuned with LoRA, served at its base price).
 */
/** Passes over the training set a new questionnaire starts from: a common default of fine-tuning services. */
export const DEFAULT_EPOCHS = 3;

/** The horizon a new questionnaire starts from, in months: two years, as CFOs often weigh such a project. */
export const DEFAULT_HORIZON_MONTHS = 24;

export const DEFAULT_MODELS = { large: "claude-sonnet-4.6", small: "fireworks/llama-3.1-8b-instruct" } as const;

/**
 * The value an answer that follows another (FOLLOWS: the fine-tuned prompt, the volume's low and high) is prefilled with,
 * for the leader as typed, unrounded as the sheet's formula computes it; blank when the leader is
 * not a number.
 */
export function prefilledFollower(key: AnswerKey, leader: RawAnswer): string {
  const rule = FOLLOWS[key];
  const field = rule && FIELDS.find((candidate) => candidate.key === rule.answer);
  if (!field) return "";
  const value = followed(key, validateField(field, leader).value);
  return value === undefined ? "" : String(value);
}

/**
 * What an answer starts at where the questionnaire does not say otherwise: its parameter's declared
 * default (today for a date that defaults to today), else blank.
 */
function declaredDefault(key: AnswerKey): RawAnswer {
  // Blank: the figure the answer overrides when typed (the training run from the model's price).
  if ("otherwise" in ANSWERS[key]) return "";
  const param = paramFor(key);
  if (param.kind === "boolean") return param.default ?? false;
  if (param.kind === "number" && param.today) return today();
  return param.default === undefined ? "" : String(param.default);
}

/**
 * Answers at the published figures of one level, for the article's worked example workload; every
 * other answer at its declared default.
 */
export function defaultAnswers(level: AssumptionLevel = "mid"): RawAnswers {
  const declared = (key: AnswerKey) => String(declaredDefault(key));
  const volume = String(assumption("volume_threshold"));
  const prefilled: Partial<RawAnswers> = {
    taskType: "classification",
    distinctPatterns: "10",
    stableMonths: "12",
    requestsPerMonth: volume,
    inputTokens: "5000",
    ftInputTokens: prefilledFollower("ftInputTokens", "5000"),
    outputTokens: "500",
    largeModel: DEFAULT_MODELS.large,
    smallModel: DEFAULT_MODELS.small,
    costLevel: level,
    horizonMonths: String(DEFAULT_HORIZON_MONTHS),
    // The fine-tuned prompt and the answer: the tokens of one training example.
    trainingTokensPerExample: String(Number(prefilledFollower("ftInputTokens", "5000")) + 500),
    trainingEpochs: String(DEFAULT_EPOCHS),
    recallTokens: "1000",
    memoryMonthlyCost: "200",
    gpuTokensPerSecond: String(assumption("decode_tokens_per_second")),
    upfrontLow: String(assumption("upfront_total", "low")),
    upfrontHigh: String(assumption("upfront_total", "high")),
    maintenanceLow: String(assumption("maintenance_monthly", "low")),
    maintenanceHigh: String(assumption("maintenance_monthly", "high")),
    volumeLow: prefilledFollower("volumeLow", volume),
    volumeHigh: prefilledFollower("volumeHigh", volume),
    recallTokensLow: prefilledFollower("recallTokensLow", "1000"),
    recallTokensHigh: prefilledFollower("recallTokensHigh", "1000"),
    memoryMonthlyLow: prefilledFollower("memoryMonthlyLow", "200"),
    memoryMonthlyHigh: prefilledFollower("memoryMonthlyHigh", "200"),
    memorySetupLow: prefilledFollower("memorySetupLow", declared("memorySetupCost")),
    memorySetupHigh: prefilledFollower("memorySetupHigh", declared("memorySetupCost")),
    fallbackShareLow: prefilledFollower("fallbackShareLow", declared("fallbackShare")),
    fallbackShareHigh: prefilledFollower("fallbackShareHigh", declared("fallbackShare")),
    memoryFallbackLow: prefilledFollower("memoryFallbackLow", declared("memoryFallbackShare")),
    memoryFallbackHigh: prefilledFollower("memoryFallbackHigh", declared("memoryFallbackShare")),
    // The published range around the level's figure, which always lies within it.
    gpuHourlyPriceLow: prefilledFollower("gpuHourlyPriceLow", String(assumption("gpu_hourly_price", level))),
    gpuHourlyPriceHigh: prefilledFollower("gpuHourlyPriceHigh", String(assumption("gpu_hourly_price", level))),
    gpuTokensPerSecondLow: prefilledFollower("gpuTokensPerSecondLow", String(assumption("decode_tokens_per_second"))),
    gpuTokensPerSecondHigh: prefilledFollower("gpuTokensPerSecondHigh", String(assumption("decode_tokens_per_second"))),
    gpuUtilizationLow: prefilledFollower("gpuUtilizationLow", declared("gpuUtilization")),
    gpuUtilizationHigh: prefilledFollower("gpuUtilizationHigh", declared("gpuUtilization")),
    ...Object.fromEntries(Object.entries(LEVELLED).map(([key, name]) => [key, String(assumption(name, level))])),
  };
  const keys = Object.keys(ANSWERS) as AnswerKey[];
  return Object.fromEntries(keys.map((key) => [key, prefilled[key] ?? declaredDefault(key)])) as RawAnswers;
}

/**
 * One answer through its declared argument: the value a cell would get, or the message a cell
 * would show, naming the question instead of the argument.
 */
export function validateField(field: Field, raw: RawAnswer): { value?: unknown; error?: string } {
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
    if (field.visible && !field.visible(raw, imported) && !field.keptWhenHidden) continue;
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
  // A blank optional answer stays absent: its cell is blank, and FT_COMPARE reads it as a left-out argument.
  return { answers: values as Answers, errors };
}

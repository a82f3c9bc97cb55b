/**
 * The questionnaire's answers: every question with its explanation, its default (the published
 * assumptions where there is one), and the one zod schema that validates the answers.
 */
import { z } from "zod";
import {
  assumption,
  findModel,
  TASK_TYPES,
  type AssumptionLevel,
  type ModelPrices,
  type PriceOverrides,
  type TaskType,
} from "../engine";
import { parseNumericText } from "../functions/params";

// The pane's Content-Security-Policy forbids run-time code generation: use zod's interpreter.
z.config({ jitless: true });

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
  outputTokens: number;
  largeModel: string;
  smallModel: string;
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
  /** When the question applies; always when absent. */
  visible?: (raw: RawAnswers) => boolean;
}

export interface NumberField extends FieldBase {
  kind: "number";
  unit: string;
  min: number;
  /** When true, min itself is not allowed. */
  above?: boolean;
  integer?: boolean;
  optional?: boolean;
}
export interface ChoiceField extends FieldBase {
  kind: "choice";
  choices: readonly { value: string; label: string }[];
}
export interface BooleanField extends FieldBase {
  kind: "boolean";
}
export interface ModelField extends FieldBase {
  kind: "model";
}
export type Field = NumberField | ChoiceField | BooleanField | ModelField;

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

/** True when the typed model name is not in the catalogue, so its prices are asked for. */
export const isCustomModel = (name: RawAnswer): boolean =>
  typeof name === "string" && name.trim() !== "" && findModel(name) === undefined;

const customLarge = (raw: RawAnswers) => isCustomModel(raw.largeModel);
const customSmall = (raw: RawAnswers) => isCustomModel(raw.smallModel);

export const FIELDS: readonly Field[] = [
  {
    key: "taskType",
    step: "task",
    kind: "choice",
    label: "What does the model do?",
    help: "Narrow tasks (the first four) can be learned from examples; broad ones cannot.",
    choices: TASK_TYPES.map((value) => ({ value, label: TASK_LABELS[value] })),
  },
  {
    key: "distinctPatterns",
    step: "task",
    kind: "number",
    label: "Distinct input-output patterns",
    unit: "patterns",
    min: 0,
    integer: true,
    help: "How many different kinds of request and answer the task has. Fine-tuning suits fewer than 20.",
  },
  {
    key: "stableMonths",
    step: "task",
    kind: "number",
    label: "Months the specification stays unchanged",
    unit: "months",
    min: 0,
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
    unit: "requests/month",
    min: 0,
    help: "Fine-tuning usually pays from 500,000 a month and is worth evaluating from 100,000.",
  },
  {
    key: "inputTokens",
    step: "workload",
    kind: "number",
    label: "Input tokens per request",
    unit: "tokens",
    min: 0,
    help: "The prompt: instructions, context and the user's text. About 4 characters make a token.",
  },
  {
    key: "outputTokens",
    step: "workload",
    kind: "number",
    label: "Output tokens per request",
    unit: "tokens",
    min: 0,
    help: "The length of a typical answer.",
  },
  {
    key: "largeModel",
    step: "workload",
    kind: "model",
    label: "The larger model you use today",
    help: "Pick from the price catalogue or type a model id; for a model not listed you give its prices.",
  },
  {
    key: "largeInputPrice",
    step: "workload",
    kind: "number",
    label: "Larger model: input price",
    unit: "$ per 1M tokens",
    min: 0,
    help: "This model is not in the catalogue: give its list or negotiated price.",
    visible: customLarge,
  },
  {
    key: "largeOutputPrice",
    step: "workload",
    kind: "number",
    label: "Larger model: output price",
    unit: "$ per 1M tokens",
    min: 0,
    help: "Price of output tokens for this model.",
    visible: customLarge,
  },
  {
    key: "smallModel",
    step: "workload",
    kind: "model",
    label: "The small model to fine-tune or give memory",
    help: "Fine-tuned prices are used where the provider offers fine-tuning, base prices otherwise.",
  },
  {
    key: "smallInputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: input price",
    unit: "$ per 1M tokens",
    min: 0,
    help: "This model is not in the catalogue: give its base input price.",
    visible: customSmall,
  },
  {
    key: "smallOutputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: output price",
    unit: "$ per 1M tokens",
    min: 0,
    help: "Base price of output tokens.",
    visible: customSmall,
  },
  {
    key: "smallFtInputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: fine-tuned input price (optional)",
    unit: "$ per 1M tokens",
    min: 0,
    optional: true,
    help: "Leave blank when a fine-tuned model costs the same as the base one.",
    visible: customSmall,
  },
  {
    key: "smallFtOutputPrice",
    step: "workload",
    kind: "number",
    label: "Small model: fine-tuned output price (optional)",
    unit: "$ per 1M tokens",
    min: 0,
    optional: true,
    help: "Leave blank when a fine-tuned model costs the same as the base one.",
    visible: customSmall,
  },
  {
    key: "costLevel",
    step: "costs",
    kind: "choice",
    label: "Start from the published figures at",
    help: "Fills the questions below with the low, middle or high end of published ranges. Change any of them.",
    choices: [
      { value: "low", label: "Low end" },
      { value: "mid", label: "Middle" },
      { value: "high", label: "High end" },
    ],
  },
  {
    key: "hourlyRate",
    step: "costs",
    kind: "number",
    label: "Cost of an engineering hour",
    unit: "$/hour",
    min: 0,
    help: "Salary and overhead of the engineers who build and run the pipeline.",
  },
  {
    key: "engineeringHours",
    step: "costs",
    kind: "number",
    label: "Engineering hours the team can commit",
    unit: "hours",
    min: 0,
    help: "A fine-tuning pipeline takes 40 to 160 hours to build.",
  },
  {
    key: "trainingDataHours",
    step: "costs",
    kind: "number",
    label: "Hours to create the training data",
    unit: "hours",
    min: 0,
    help: "Writing or curating 500 to 5,000 examples of inputs with ideal outputs.",
  },
  {
    key: "trainingRunCost",
    step: "costs",
    kind: "number",
    label: "Cost of one fine-tuning run",
    unit: "$",
    min: 0,
    help: "The provider's training compute, paid again at every retraining.",
  },
  {
    key: "evalBuildHours",
    step: "costs",
    kind: "number",
    label: "Hours to build the evaluation",
    unit: "hours",
    min: 0,
    help: "Benchmarks, quality metrics and regression tests.",
  },
  {
    key: "pipelineHours",
    step: "costs",
    kind: "number",
    label: "Hours to automate the pipeline",
    unit: "hours",
    min: 0,
    help: "Running training jobs, deploying models and monitoring quality.",
  },
  {
    key: "retrainIntervalMonths",
    step: "costs",
    kind: "number",
    label: "Retrain every",
    unit: "months",
    min: 0,
    above: true,
    help: "Models drift as data changes; retraining every 1 to 3 months is typical.",
  },
  {
    key: "retrainDataHours",
    step: "costs",
    kind: "number",
    label: "Hours to refresh the data per retraining",
    unit: "hours",
    min: 0,
    help: "Updating training examples for new cases.",
  },
  {
    key: "retrainEvalCost",
    step: "costs",
    kind: "number",
    label: "Evaluation cost per retraining",
    unit: "$",
    min: 0,
    help: "API calls to run the benchmark against the new model.",
  },
  {
    key: "retrainDeployHours",
    step: "costs",
    kind: "number",
    label: "Hours to deploy and smoke-test per retraining",
    unit: "hours",
    min: 0,
    help: "Releasing the retrained model safely.",
  },
  {
    key: "recallTokens",
    step: "costs",
    kind: "number",
    label: "Memory: extra input tokens per request",
    unit: "tokens",
    min: 0,
    help: "The recalled memories added to each prompt. Your estimate.",
  },
  {
    key: "memoryMonthlyCost",
    step: "costs",
    kind: "number",
    label: "Memory: monthly cost of the store",
    unit: "$/month",
    min: 0,
    help: "Hosting and upkeep of the memory service. Your estimate.",
  },
  {
    key: "memorySetupCost",
    step: "costs",
    kind: "number",
    label: "Memory: setup cost",
    unit: "$",
    min: 0,
    help: "One-off work to connect memory. Your estimate.",
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
    outputTokens: "500",
    largeModel: "claude-sonnet-4",
    smallModel: "claude-3.5-haiku",
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
    ...levelled,
  } as RawAnswers;
}

/** What a model id may look like; a leading "=" would make Excel read it as a formula. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/;

function numberSchema(field: NumberField) {
  const bound = field.above ? `more than ${field.min}` : `${field.min} or more`;
  const expected = `${field.integer ? "a whole number" : "a number"} of ${bound} (${field.unit})`;
  const valid = (value: number) =>
    Number.isFinite(value) &&
    (field.above ? value > field.min : value >= field.min) &&
    (!field.integer || Number.isInteger(value));
  return z.union([z.string(), z.number()]).transform((raw, context) => {
    if (typeof raw === "string" && raw.trim() === "") {
      if (field.optional) return undefined;
      context.addIssue({ code: "custom", message: `${field.label} is required: enter ${expected}.` });
      return z.NEVER;
    }
    const value = typeof raw === "number" ? raw : parseNumericText(raw);
    if (value === undefined || !valid(value)) {
      context.addIssue({ code: "custom", message: `${field.label} must be ${expected}.` });
      return z.NEVER;
    }
    return value;
  });
}

function fieldSchema(field: Field) {
  switch (field.kind) {
    case "number":
      return numberSchema(field);
    case "boolean":
      return z.boolean({ error: `${field.label}: tick the box or leave it clear.` });
    case "choice":
      return z.enum(field.choices.map((choice) => choice.value) as [string, ...string[]], {
        error: `${field.label}: choose one of the options.`,
      });
    case "model":
      return z
        .string()
        .trim()
        .min(1, { error: `${field.label} is required: pick a model or type its id.` })
        .regex(MODEL_ID, { error: `${field.label}: a model id starts with a letter or digit and has no spaces.` });
  }
}

/**
 * Validates the raw answers of the given fields; hidden fields are skipped. Returns the typed
 * values or a message per invalid field.
 */
export function validateFields(
  fields: readonly Field[],
  raw: RawAnswers,
): { values: Partial<Answers>; errors: Partial<Record<AnswerKey, string>> } {
  const shown = fields.filter((field) => !field.visible || field.visible(raw));
  const schema = z.object(Object.fromEntries(shown.map((field) => [field.key, fieldSchema(field)])));
  const result = schema.safeParse(Object.fromEntries(shown.map((field) => [field.key, raw[field.key]])));
  if (result.success) return { values: result.data as Partial<Answers>, errors: {} };
  const errors: Partial<Record<AnswerKey, string>> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as AnswerKey;
    errors[key] ??= issue.message;
  }
  return { values: {}, errors };
}

/** Validates every answer; the answers when all are valid. */
export function parseAnswers(raw: RawAnswers): { answers?: Answers; errors: Partial<Record<AnswerKey, string>> } {
  const { values, errors } = validateFields(FIELDS, raw);
  return Object.keys(errors).length > 0 ? { errors } : { answers: values as Answers, errors };
}

/** The analyst's own prices for models the catalogue lacks, as the engine's overrides. */
export function customPrices(answers: Answers): PriceOverrides {
  const overrides = new Map<string, { id: string; prices: ModelPrices }>();
  if (answers.largeInputPrice !== undefined && answers.largeOutputPrice !== undefined) {
    overrides.set(answers.largeModel.toLowerCase(), {
      id: answers.largeModel,
      prices: { input: answers.largeInputPrice, output: answers.largeOutputPrice },
    });
  }
  if (answers.smallInputPrice !== undefined && answers.smallOutputPrice !== undefined) {
    const prices: ModelPrices = { input: answers.smallInputPrice, output: answers.smallOutputPrice };
    if (answers.smallFtInputPrice !== undefined && answers.smallFtOutputPrice !== undefined) {
      prices.ft_input = answers.smallFtInputPrice;
      prices.ft_output = answers.smallFtOutputPrice;
    }
    overrides.set(answers.smallModel.toLowerCase(), { id: answers.smallModel, prices });
  }
  return overrides;
}

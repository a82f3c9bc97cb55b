import { formatGrouped } from "./numberFormat";
import { assumption } from "./assumptions";

/** Tasks narrow enough for a small model to learn from examples. */
export const NARROW_TASK_TYPES = ["classification", "extraction", "format_conversion", "domain_qa"] as const;
/** Broad or open-ended tasks. */
export const BROAD_TASK_TYPES = ["conversation", "reasoning", "creative", "other"] as const;
export const TASK_TYPES = [...NARROW_TASK_TYPES, ...BROAD_TASK_TYPES] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const VERDICTS = ["Fine-tune", "Evaluate fine-tuning", "Use memory", "Use the larger model"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Lines of reasoning {@link decide} gives: one check per rule, the volume rule in two steps. */
export const DECISION_CHECK_COUNT = 8;

/** Volume from which fine-tuning is worth evaluating, requests per month. */
export const EVALUATE_VOLUME = 100_000;

/** Inputs of {@link decide}. */
export interface DecisionInput {
  taskType: TaskType;
  /** Distinct input-output patterns in the specification. */
  distinctPatterns: number;
  /** Months the specification is expected to stay unchanged. */
  stableMonths: number;
  /** Requests per month. */
  requestsPerMonth: number;
  /** Whether users also ask questions outside the trained task. */
  needsGeneralQueries: boolean;
  /** Engineering hours the team can commit to the pipeline. */
  engineeringHours: number;
  /** Whether the knowledge the task relies on changes often. */
  knowledgeChanges: boolean;
}

/** One line of the reasoning: a check that favours fine-tuning when it passes. */
export interface DecisionCheck {
  passed: boolean;
  text: string;
}

/** The verdict, the check that settled it, and every check in rule order. */
export interface Decision {
  verdict: Verdict;
  /** Index into checks of the check that settled the verdict. */
  decidedBy: number;
  checks: DecisionCheck[];
}

const isNarrow = (taskType: TaskType): boolean => (NARROW_TASK_TYPES as readonly string[]).includes(taskType);

const count = formatGrouped;

/** The rule's thresholds, from the published assumptions. */
const MAX_PATTERNS = assumption("max_patterns");
const MIN_STABLE_MONTHS = assumption("min_stable_months");
const MIN_ENGINEERING_HOURS = assumption("engineering_hours", "low");
const MAX_ENGINEERING_HOURS = assumption("engineering_hours", "high");
const FINE_TUNE_VOLUME = assumption("volume_threshold");

/**
 * Applies the decision rule (first match wins) and explains it.
 *
 * 1. Broad task: memory if the knowledge changes, else the larger model.
 * 2. 20 or more patterns, or stable for under 6 months: memory if the knowledge changes or the task
 *    is domain Q&A, else the larger model.
 * 3. Knowledge changes: memory. 4. General queries too: memory. 5. Under 40 engineering hours:
 *    memory. 6. 500,000 requests a month or more: fine-tune. 7. 100,000 or more: evaluate
 *    fine-tuning. 8. Otherwise: memory.
 *
 * @example
 * decide({ taskType: "classification", distinctPatterns: 8, stableMonths: 12, requestsPerMonth: 600000,
 *   needsGeneralQueries: false, engineeringHours: 160, knowledgeChanges: false }).verdict; // "Fine-tune"
 */
export function decide(input: DecisionInput): Decision {
  const narrow = isNarrow(input.taskType);
  const memoryOrLarger = (useMemory: boolean): Verdict => (useMemory ? "Use memory" : "Use the larger model");

  // Each rule settles the verdict when its `settles` is defined; the first such rule wins.
  const rules: { check: DecisionCheck; settles: (passed: boolean) => Verdict | undefined }[] = [
    {
      check: {
        passed: narrow,
        text: narrow
          ? `Narrow task (${input.taskType}): a small model can learn it from examples`
          : `Broad task (${input.taskType}): a small model cannot learn it from examples`,
      },
      settles: (passed) => (passed ? undefined : memoryOrLarger(input.knowledgeChanges)),
    },
    {
      check: {
        passed: input.distinctPatterns < MAX_PATTERNS,
        text: `${count(input.distinctPatterns)} distinct input-output patterns (fine-tuning wants fewer than ${MAX_PATTERNS})`,
      },
      settles: (passed) =>
        passed ? undefined : memoryOrLarger(input.knowledgeChanges || input.taskType === "domain_qa"),
    },
    {
      check: {
        passed: input.stableMonths >= MIN_STABLE_MONTHS,
        text: `Specification stable for ${count(input.stableMonths)} months (fine-tuning wants at least ${MIN_STABLE_MONTHS})`,
      },
      settles: (passed) =>
        passed ? undefined : memoryOrLarger(input.knowledgeChanges || input.taskType === "domain_qa"),
    },
    {
      check: {
        passed: !input.knowledgeChanges,
        text: input.knowledgeChanges
          ? "Knowledge changes often: every change would need a retraining cycle"
          : "Knowledge is stable: no retraining for every change",
      },
      settles: (passed) => (passed ? undefined : "Use memory"),
    },
    {
      check: {
        passed: !input.needsGeneralQueries,
        text: input.needsGeneralQueries
          ? "Users also ask general questions: a fine-tuned model loses general capability"
          : "No general questions outside the trained task",
      },
      settles: (passed) => (passed ? undefined : "Use memory"),
    },
    {
      check: {
        passed: input.engineeringHours >= MIN_ENGINEERING_HOURS,
        text: `${count(input.engineeringHours)} engineering hours available (the pipeline needs ${MIN_ENGINEERING_HOURS} to ${MAX_ENGINEERING_HOURS})`,
      },
      settles: (passed) => (passed ? undefined : "Use memory"),
    },
    {
      check: {
        passed: input.requestsPerMonth >= FINE_TUNE_VOLUME,
        text: `${count(input.requestsPerMonth)} requests a month (the rule fine-tunes from ${count(FINE_TUNE_VOLUME)})`,
      },
      settles: (passed) => (passed ? "Fine-tune" : undefined),
    },
    {
      check: {
        passed: input.requestsPerMonth >= EVALUATE_VOLUME,
        text: `${count(input.requestsPerMonth)} requests a month (fine-tuning is worth evaluating from ${count(EVALUATE_VOLUME)})`,
      },
      settles: (passed) => (passed ? "Evaluate fine-tuning" : "Use memory"),
    },
  ];

  const checks = rules.map((rule) => rule.check);
  for (let index = 0; index < rules.length; index++) {
    const verdict = rules[index].settles(checks[index].passed);
    if (verdict) return { verdict, decidedBy: index, checks };
  }
  throw new Error("no rule settled the verdict");
}

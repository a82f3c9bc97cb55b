/**
 * The questionnaire's state: which step is shown, the answers as typed, and the errors of the
 * last check. It knows nothing of the DOM; the view renders it and the controller drives it.
 */
import {
  assumption,
  catalogueEntry,
  findModel,
  requestCost,
  type AssumptionLevel,
  type PriceOverrides,
} from "../engine";
import {
  defaultAnswers,
  FIELDS,
  fieldsOf,
  LEVELLED,
  NO_IMPORTED_PRICES,
  parseAnswers,
  prefilledFollower,
  STEPS,
  validateFields,
  type Answers,
  type AnswerKey,
  type Field,
  type RawAnswer,
  type RawAnswers,
  type StepId,
} from "../sheet/answers";
import { FOLLOWS } from "../sheet/bindings";
import type { ImportedPrices } from "../sheet/priceSheet";
import { priceSource, sourceTable } from "../sheet/prices";
import { computeResults, fineTuningCosts, pricingGap, rangeErrors, trainingRun, type Results } from "./results";

/**
 * The questions the costs of fine-tuning are computed from: the published cost items, the training
 * run's size and cost, and the workload (the small model and its prices, which the run's training
 * price and the price table come from).
 */
const COST_FIELDS = FIELDS.filter(
  (field) => field.step === "workload" || field.key in LEVELLED || field.key.startsWith("training"),
);

export class Questionnaire {
  private stepIndex = 0;
  private raw: RawAnswers;
  private currentErrors: Partial<Record<AnswerKey, string>> = {};
  /** Prices imported into the workbook, which the model questions may name. */
  private importedPrices: ImportedPrices | undefined;
  /** The answers the analyst has given that otherwise follow another (the fine-tuned prompt, the volume's range). */
  private given = new Set<AnswerKey>();

  constructor(level: AssumptionLevel = "mid") {
    this.raw = defaultAnswers(level);
    this.followCostRanges();
  }

  /**
   * The low and high upfront cost and maintenance the analyst has not given: the published range,
   * widened to take in the figure the cost items give, so that the prefilled range always holds it
   * (in whole dollars, rounded outwards: a low down, a high up).
   */
  private followCostRanges(): void {
    const given = this.costAnswers(this.raw);
    if (!given) return;
    const costs = fineTuningCosts(given.answers, given.table);
    if ("error" in costs) return;
    const { upfront, maintenance } = costs;
    const ends: [AnswerKey, number][] = [
      ["upfrontLow", Math.floor(Math.min(assumption("upfront_total", "low"), upfront))],
      ["upfrontHigh", Math.ceil(Math.max(assumption("upfront_total", "high"), upfront))],
      ["maintenanceLow", Math.floor(Math.min(assumption("maintenance_monthly", "low"), maintenance))],
      ["maintenanceHigh", Math.ceil(Math.max(assumption("maintenance_monthly", "high"), maintenance))],
    ];
    for (const [key, value] of ends) if (!this.given.has(key)) this.raw[key] = String(value);
  }

  get step(): StepId {
    return STEPS[this.stepIndex].id;
  }

  get stepNumber(): number {
    return this.stepIndex + 1;
  }

  get stepTitle(): string {
    return STEPS[this.stepIndex].title;
  }

  get stepCount(): number {
    return STEPS.length;
  }

  get errors(): Partial<Record<AnswerKey, string>> {
    return this.currentErrors;
  }

  /**
   * The answers the costs of fine-tuning are computed from (COST_FIELDS) with the price table they
   * pass; undefined while one of them is not valid.
   */
  private costAnswers(raw: RawAnswers) {
    const { values, errors } = validateFields(COST_FIELDS, raw, this.importedOverrides);
    if (Object.keys(errors).length > 0) return undefined;
    const answers = values as Answers;
    return { answers, table: this.priceTable(answers) };
  }

  /** The price table the written formulas pass for these answers, if any. */
  private priceTable(answers: Answers) {
    return sourceTable(priceSource(answers, this.importedPrices));
  }

  /**
   * The training run the blank answer stands for, from the answers as typed so far: its cost, and
   * the small model's training price where it has one. Undefined while they cannot compute it.
   */
  trainingRun(): { cost: number; price?: number } | undefined {
    const given = this.costAnswers({ ...this.raw, trainingRunCost: "" });
    return given && trainingRun(given.answers, given.table);
  }

  get imported(): ImportedPrices | undefined {
    return this.importedPrices;
  }

  /** Takes imported prices: the model questions may name their models from now on. */
  useImportedPrices(prices: ImportedPrices): void {
    this.importedPrices = prices;
  }

  get importedOverrides(): PriceOverrides {
    return this.importedPrices?.overrides ?? NO_IMPORTED_PRICES;
  }

  /**
   * The two models' base cost per request at the answered token counts, when the "small" model
   * costs as much as the larger one or more on the same prompt: memory cannot save money then, and
   * fine-tuning only through a shorter prompt, so the pane says so at once. Undefined otherwise, or
   * while the answers cannot price both.
   */
  smallNotCheaper(): { small: number; large: number } | undefined {
    // The token counts as their questions read them: the same coercion as a cell.
    const counts = FIELDS.filter((field) => field.key === "inputTokens" || field.key === "outputTokens");
    const { inputTokens, outputTokens } = validateFields(counts, this.raw).values;
    if (inputTokens === undefined || outputTokens === undefined) return undefined;
    const priced = (name: RawAnswer) =>
      typeof name === "string" ? findModel(name, this.importedOverrides)?.prices : undefined;
    const large = priced(this.raw.largeModel);
    const small = priced(this.raw.smallModel);
    if (!large || !small) return undefined;
    const cost = (prices: { input: number; output: number }) =>
      requestCost({ inputTokens, outputTokens, inputPrice: prices.input, outputPrice: prices.output });
    const costs = { small: cost(small), large: cost(large) };
    return costs.small >= costs.large ? costs : undefined;
  }

  /** The questions of the current step that apply to the answers so far. */
  visibleFields(): Field[] {
    return fieldsOf(this.step).filter((field) => !field.visible || field.visible(this.raw, this.importedOverrides));
  }

  value(key: AnswerKey): RawAnswer {
    return this.raw[key];
  }

  /**
   * Records an answer; choosing a cost level refills the questions it governs, and the fine-tuned
   * prompt length follows the prompt length until the analyst gives it.
   */
  set(key: AnswerKey, value: RawAnswer): void {
    this.raw = { ...this.raw, [key]: value };
    delete this.currentErrors[key];
    this.given.add(key);
    const follow = (follower: AnswerKey, prefilled: string) => {
      if (!this.given.has(follower) && prefilled !== "") this.raw[follower] = prefilled;
    };
    for (const [follower, rule] of Object.entries(FOLLOWS) as [AnswerKey, { answer: AnswerKey }][]) {
      if (rule.answer === key) follow(follower, prefilledFollower(follower, value));
    }
    if (key === "costLevel" && (value === "low" || value === "mid" || value === "high")) {
      const levelled = defaultAnswers(value);
      for (const levelledKey of Object.keys(LEVELLED) as AnswerKey[]) this.raw[levelledKey] = levelled[levelledKey];
    }
    // A small model whose provider serves its fine-tuned models on dedicated GPUs only (Together
    // AI's) is priced on them, until the analyst says otherwise: per token it has no price.
    if (key === "smallModel" && typeof value === "string" && !this.given.has("servedOnGpus")) {
      this.raw.servedOnGpus = catalogueEntry(value)?.fineTuning?.dedicatedOnly === true;
    }
    this.followCostRanges();
  }

  /**
   * Checks the current step; moves on when it is valid. Returns whether it moved. From the workload
   * on, a share of caching or batch that a model's prices cannot bill is an error on its question,
   * shown on the workload step.
   */
  next(): boolean {
    if (this.step === "result") return false;
    this.currentErrors = validateFields(this.visibleFields(), this.raw, this.importedOverrides).errors;
    if (Object.keys(this.currentErrors).length > 0) return false;
    const workload = STEPS.findIndex((step) => step.id === "workload");
    const costs = STEPS.findIndex((step) => step.id === "costs");
    if (this.stepIndex >= workload) {
      const { answers } = parseAnswers(this.raw, this.importedOverrides);
      const gap = answers && pricingGap(answers, this.importedPrices);
      if (gap) {
        this.stepIndex = workload;
        this.currentErrors = { [gap.key]: gap.message };
        return false;
      }
      // The low and high figures must bracket the most likely ones, which the cost items give.
      const unbracketed = answers && this.stepIndex >= costs ? rangeErrors(answers, this.importedPrices) : {};
      if (Object.keys(unbracketed).length > 0) {
        this.stepIndex = costs;
        this.currentErrors = unbracketed;
        return false;
      }
    }
    this.stepIndex += 1;
    return true;
  }

  back(): boolean {
    if (this.stepIndex === 0) return false;
    this.currentErrors = {};
    this.stepIndex -= 1;
    return true;
  }

  /** Back to the first step with the published defaults. */
  restart(): void {
    this.stepIndex = 0;
    this.raw = defaultAnswers();
    this.currentErrors = {};
    this.given.clear();
    this.followCostRanges();
  }

  /** The share question the answers as they stand cannot price (a model without a cached-input or batch price). */
  pricingGap(): ReturnType<typeof pricingGap> {
    const { answers } = parseAnswers(this.raw, this.importedOverrides);
    return answers && pricingGap(answers, this.importedPrices);
  }

  /** The messages of the answers that are not valid as they stand, by answer; none when all are. */
  invalidAnswers(): Partial<Record<AnswerKey, string>> {
    return parseAnswers(this.raw, this.importedOverrides).errors;
  }

  /** Every answer, validated; throws when called before the answers are complete. */
  answers(): Answers {
    const { answers, errors } = parseAnswers(this.raw, this.importedOverrides);
    if (!answers) throw new Error(`answers are incomplete: ${Object.values(errors).join(" ")}`);
    return answers;
  }

  /**
   * The result of the answers as they stand. Computed once for a set of answers (the simulation
   * and the search are its dearest part) and kept until an answer or the imported prices change:
   * showing the result and then writing it use the same figures.
   */
  results(): Results {
    const key = JSON.stringify(this.raw);
    if (this.computed?.key !== key || this.computed.imported !== this.importedPrices) {
      this.computed = {
        key,
        imported: this.importedPrices,
        results: computeResults(this.answers(), this.importedPrices),
      };
    }
    return this.computed.results;
  }

  /** The last result computed, with the answers and the imported prices it was computed for. */
  private computed?: { key: string; imported: ImportedPrices | undefined; results: Results };
}

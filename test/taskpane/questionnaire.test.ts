/** The questionnaire model: steps, defaults, validation messages, answers to engine inputs, verdicts. */
import { isPriced, statusOn, type StrategyCosts, type StrategyRow } from "../../src/engine";
import { DEFAULT_MODELS, defaultAnswers, FIELDS, type AnswerKey, type RawAnswer } from "../../src/sheet/answers";
import { modelNote, offeredModels } from "../../src/taskpane/modelNotes";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import type { FineTunedFigures, Results } from "../../src/taskpane/results";
import { expectNear } from "../helpers/tolerance";

function answered(changes: Partial<Record<AnswerKey, RawAnswer>> = {}): Questionnaire {
  const model = new Questionnaire();
  for (const [key, value] of Object.entries(changes)) model.set(key as AnswerKey, value as RawAnswer);
  return model;
}

/** The fine-tuned figures of results whose small model can be fine-tuned. */
function tunedFigures(results: Results): FineTunedFigures {
  if (!results.fineTuned) throw new Error(`fine-tuning is not priced: ${results.unpricedReason}`);
  return results.fineTuned;
}

/** A comparison row that must have costs. */
function priced(row: StrategyRow): StrategyCosts {
  if (!isPriced(row)) throw new Error(`${row.strategy} is not priced`);
  return row;
}

function toResult(model: Questionnaire): void {
  for (let step = 0; step < 3; step++) expect(model.next()).toBe(true);
}

/** What is said of the catalogue's prices, read 2026-08-21, at a start on 2026-12-05. */
const STALE =
  "That is 106 days before the start date (2026-12-05), more than 90: check them against the providers' pages, " +
  "or import a newer price file.";

describe("steps", () => {
  it("go task, workload, costs, result, with back and next", () => {
    const model = new Questionnaire();
    expect([model.step, model.stepNumber, model.stepCount, model.stepTitle]).toEqual(["task", 1, 4, "The task"]);
    expect(model.back()).toBe(false);
    expect(model.next()).toBe(true);
    expect(model.step).toBe("workload");
    expect(model.next()).toBe(true);
    expect(model.step).toBe("costs");
    expect(model.back()).toBe(true);
    expect(model.step).toBe("workload");
    model.next();
    expect(model.next()).toBe(true);
    expect(model.step).toBe("result");
    expect(model.next()).toBe(false);
    model.restart();
    expect(model.step).toBe("task");
  });

  it("every question has a label and an explanation, and belongs to a step", () => {
    for (const field of FIELDS) {
      expect(field.label.length).toBeGreaterThan(3);
      expect(field.help.length).toBeGreaterThan(10);
      expect(["task", "workload", "costs"]).toContain(field.step);
    }
  });
});

describe("defaults", () => {
  it("start from the article's workload, current models of its tiers and the published midpoints", () => {
    const raw = defaultAnswers();
    expect(raw).toMatchObject({
      requestsPerMonth: "500000",
      inputTokens: "5000",
      outputTokens: "500",
      largeModel: "claude-sonnet-4.6",
      // Fine-tuning anyone can buy: an open-weight model trained with LoRA, served at its base price.
      smallModel: "fireworks/llama-3.1-8b-instruct",
      // The start date is today's (the tests' clock is fixed at 2026-12-05).
      startDate: "2026-12-05",
      hourlyRate: "150",
      engineeringHours: "100",
      trainingDataHours: "50",
      // The run is priced from the small model's training price: 2,750 examples of 3,000 tokens, 3 passes.
      trainingExamples: "2750",
      trainingTokensPerExample: "3000",
      trainingEpochs: "3",
      trainingRunCost: "",
      evalBuildHours: "15",
      pipelineHours: "25",
      retrainIntervalMonths: "2",
      retrainDataHours: "6",
      retrainEvalCost: "200",
      retrainDeployHours: "3",
    });
  });

  it("choosing a level refills the published figures", () => {
    const model = answered({ hourlyRate: "999", costLevel: "high" });
    expect(model.value("hourlyRate")).toBe("200");
    expect(model.value("trainingDataHours")).toBe("80");
    model.set("costLevel", "low");
    expect([model.value("hourlyRate"), model.value("retrainIntervalMonths"), model.value("trainingExamples")]).toEqual([
      "100",
      "1",
      "500",
    ]);
  });
});

describe("validation", () => {
  // The same rule and message as the AICOST argument each question feeds, naming the question.
  it.each<[AnswerKey, RawAnswer, string, number]>([
    [
      "distinctPatterns",
      "-2",
      'Distinct input-output patterns must be a number ≥ 0 (distinct input-output patterns); got "-2".',
      0,
    ],
    [
      "stableMonths",
      "",
      "Months the specification stays unchanged is required: a number ≥ 0 (months); got a blank cell.",
      0,
    ],
    ["requestsPerMonth", "-5", 'Requests per month must be a number ≥ 0 (requests per month); got "-5".', 1],
    ["inputTokens", "lots", 'Input tokens per request must be a number ≥ 0 (tokens per request); got "lots".', 1],
    [
      "largeModel",
      " ",
      'The larger model you use today is required: a model id as text, such as "gpt-4o-mini"; got a blank cell.',
      1,
    ],
    ["retrainIntervalMonths", "0", 'Retrain every must be a number of months > 0; got "0".', 2],
    ["hourlyRate", "-1", 'Cost of an engineering hour must be a number ≥ 0 (US dollars per hour); got "-1".', 2],
  ])("%s = %j: %s", (key, value, message, step) => {
    const model = answered({ [key]: value });
    for (let s = 0; s < step; s++) expect(model.next()).toBe(true);
    expect(model.next()).toBe(false);
    expect(model.errors[key]).toBe(message);
    model.set(key, defaultAnswers()[key]);
    expect(model.errors[key]).toBeUndefined();
    expect(model.next()).toBe(true);
  });

  it("accepts what the function accepts: 2.5 patterns, as FT_DECISION does", () => {
    expect(answered({ distinctPatterns: "2.5" }).next()).toBe(true);
  });

  it("takes the declared default for a blank optional answer, as a blank cell does", () => {
    expect(answered({ engineeringHours: " " }).answers()).toMatchObject({ engineeringHours: 160 });
  });

  it("prices a blank training run from the small model's training price, and a typed one overrides it", () => {
    const computed = answered({});
    expect(computed.answers().trainingRunCost).toBeUndefined();
    toResult(computed);
    // Fireworks' LoRA training of an 8B model: $0.50 per 1M training tokens.
    const run = (2750 * 3000 * 3 * 0.5) / 1e6;
    expect(computed.results().upfrontCost).toBe(50 * 150 + run + (15 + 25) * 150);
    const typed = answered({ trainingRunCost: "275" });
    toResult(typed);
    expect(typed.results().upfrontCost).toBe(50 * 150 + 275 + (15 + 25) * 150);
    // A small model with no training price: the published figure for one run, at the chosen level.
    const unpriced = answered({ smallModel: "claude-haiku-4.5", costLevel: "high" });
    toResult(unpriced);
    expect(unpriced.results().upfrontCost).toBe(80 * 200 + 500 + (20 + 40) * 200);
    // One that can be fine-tuned but has no known training price: the pane asks for the run's cost.
    const azure = answered({ largeModel: "gpt-4o", smallModel: "azure/gpt-4.1-mini" });
    azure.next();
    azure.next();
    expect(azure.next()).toBe(false);
    expect(azure.errors.trainingRunCost).toBe(
      "azure/gpt-4.1-mini can be fine-tuned, but no training price is known for it: type the cost of one run " +
        "(the provider's quote, or the published $50 to $500).",
    );
  });

  it("accepts numbers typed the Excel way", () => {
    const model = answered({ requestsPerMonth: "1,200,000", hourlyRate: "$180" });
    expect(model.answers()).toMatchObject({ requestsPerMonth: 1200000, hourlyRate: 180 });
  });

  it("asks for the prices of a model the catalogue does not have", () => {
    const model = answered({ smallModel: "our-distilled-3b" });
    model.next();
    expect(model.visibleFields().map((field) => field.key)).toEqual(
      expect.arrayContaining(["smallInputPrice", "smallOutputPrice", "smallFtInputPrice", "smallFtOutputPrice"]),
    );
    expect(model.visibleFields().map((field) => field.key)).not.toContain("largeInputPrice");
    expect(model.next()).toBe(false);
    expect(model.errors.smallInputPrice).toBe(
      "Small model: input price is required: a number ≥ 0 (US dollars per 1M tokens); got a blank cell.",
    );
    expect(model.errors.smallFtInputPrice).toBeUndefined();
    model.set("smallInputPrice", "0.2");
    model.set("smallOutputPrice", "0.6");
    expect(model.next()).toBe(true);
  });
});

describe("answers to engine inputs", () => {
  it("the results are the engine's, from the answers (the article's models, now retired, still compute)", () => {
    const model = new Questionnaire();
    model.set("largeModel", "claude-sonnet-4");
    model.set("smallModel", "claude-3.5-haiku");
    // Anthropic sells no fine-tuning of Claude 3.5 Haiku: the article's assumption, fine-tuned at its list
    // prices, is the analyst's own.
    model.set("smallOwnPrices", true);
    model.set("smallInputPrice", "0.8");
    model.set("smallOutputPrice", "4");
    model.set("smallFtInputPrice", "0.8");
    model.set("smallFtOutputPrice", "4");
    // The article prices the fine-tuned model on the same prompt, and one training run at $275.
    model.set("ftInputTokens", "5000");
    model.set("trainingRunCost", "275");
    toResult(model);
    const results = model.results();
    const figures = tunedFigures(results);
    expect(results.upfrontCost).toBe(50 * 150 + 275 + (15 + 25) * 150);
    expect(results.monthlyMaintenance).toBe((6 * 150 + 275 + 200 + 3 * 150) / 2);
    expectNear(results.comparison.larger.costPerRequest, 0.0225, 12);
    expectNear(priced(results.comparison.fineTuned).costPerRequest, 0.006, 12);
    expectNear(figures.monthlySavings, 8250, 6);
    expect(figures.monthlyRunning).toBe(results.monthlyMaintenance);
    // Independent arithmetic: upfront over the monthly net saving; the horizon's months of it less the upfront.
    expectNear(figures.breakEven, 13775 / (8250 - 912.5), 9);
    expectNear(figures.netSavings, 24 * (8250 - 912.5) - 13775, 6);
    expectNear(figures.netSavingsCompared, priced(results.comparison.fineTuned).savingVsLarger, 6);
    expect(results.comparison.rows.map((row) => row.strategy)).toEqual([
      "Larger model",
      "Fine-tuned small model",
      "Small model + memory",
      "Fine-tuned model on dedicated GPUs",
    ]);
    expectNear(results.comparison.memory.costPerRequest, (6000 * 0.8 + 500 * 4) / 1e6, 12);
    expect(results.notes).toEqual([
      "The fine-tuned prices of claude-3.5-haiku are your own (a price table), not a catalogue offer: the catalogue " +
        "sells no fine-tuning of it on the start date.",
      // Prices older than 90 days at the start date are flagged.
      `claude-sonnet-4's prices (the catalogue) are as of 2026-08-21. ${STALE}`,
    ]);
  });

  it("never prices fine-tuning that cannot be bought: the figures say why, and it is never recommended", () => {
    const model = answered({ largeModel: "claude-sonnet-4", smallModel: "claude-3.5-haiku" });
    toResult(model);
    const results = model.results();
    expect(results.fineTuned).toBeUndefined();
    expect(results.unpricedReason).toBe(
      "claude-3.5-haiku cannot be fine-tuned: Anthropic offers no fine-tuning for it. Choose a model that can be " +
        "(AICOST.MODELS()), or give fine-tuned prices in price_table.",
    );
    expect(isPriced(results.comparison.fineTuned)).toBe(false);
    expect(results.recommendation.strategy).not.toBe("Fine-tuned small model");
  });

  it("says when the small model retires within the horizon, and what the re-tune costs", () => {
    const model = answered({ largeModel: "gpt-5.5", smallModel: "gpt-4.1-mini" });
    toResult(model);
    expect(model.results().notes).toEqual([
      "gpt-4.1-mini retires on 2027-01-14, in month 2 of 24: the fine-tuned strategies pay a re-tune of $13,623.75 " +
        "then (the upfront cost again).",
      `The prices of gpt-5.5 and gpt-4.1-mini (the catalogue) are as of 2026-08-21. ${STALE}`,
    ]);
    // From a start date after OpenAI's last day of new jobs, it is not priced at all.
    const later = answered({ largeModel: "gpt-5.5", smallModel: "gpt-4.1-mini", startDate: "2027-01-06" });
    toResult(later);
    expect(later.results().unpricedReason).toMatch(/^gpt-4.1-mini cannot be fine-tuned: OpenAI takes no new/);
  });

  it("uses Azure's fine-tuned pricing for an Azure small model: base token prices plus hosting", () => {
    // Azure lists no training price: the run is typed.
    const model = answered({ largeModel: "gpt-4o", smallModel: "azure/gpt-4.1-mini", trainingRunCost: "275" });
    toResult(model);
    const results = model.results();
    // On its prefilled prompt: half of the 5,000 tokens.
    expectNear(priced(results.comparison.fineTuned).costPerRequest, (2500 * 0.4 + 500 * 1.6) / 1e6, 12);
    expectNear(tunedFigures(results).monthlyRunning - results.monthlyMaintenance, 1.7 * 730, 9);
  });

  it("prices a custom model from the typed prices", () => {
    const model = answered({ largeModel: "house-70b", largeInputPrice: "2", largeOutputPrice: "6" });
    toResult(model);
    expectNear(model.results().comparison.larger.costPerRequest, (5000 * 2 + 500 * 6) / 1e6, 12);
  });
});

describe("shorter prompts, caching, batch and fallback", () => {
  it("prefills the fine-tuned prompt at half the prompt, following it until the analyst gives one", () => {
    const model = new Questionnaire();
    expect(model.value("ftInputTokens")).toBe("2500");
    model.set("inputTokens", "3,000");
    expect(model.value("ftInputTokens")).toBe("1500");
    model.set("inputTokens", "3,0");
    expect(model.value("ftInputTokens")).toBe("1500");
    model.set("ftInputTokens", "800");
    model.set("inputTokens", "6000");
    expect(model.value("ftInputTokens")).toBe("800");
    model.restart();
    model.set("inputTokens", "4000");
    expect(model.value("ftInputTokens")).toBe("2000");
  });

  it("asks the new questions where SPEC 5 puts them, each with its declared bounds", () => {
    const model = new Questionnaire();
    model.next();
    // A small model with a cached-input price, so that the cached share can be priced.
    model.set("smallModel", "gpt-4.1-mini");
    expect(model.visibleFields().map((field) => field.key)).toEqual(
      expect.arrayContaining(["ftInputTokens", "cachedShare", "batchShare"]),
    );
    model.set("cachedShare", "1.5");
    model.set("ftInputTokens", "-5");
    expect(model.next()).toBe(false);
    expect(model.errors.cachedShare).toMatch(/^Share of input tokens read from the prompt cache /);
    expect(model.errors.ftInputTokens).toMatch(/^Input tokens per request once fine-tuned must be a number ≥ 0/);
    model.set("cachedShare", "30%");
    // Blank is the whole prompt, as FT_COMPARE reads a left-out ft_input_tokens.
    model.set("ftInputTokens", "");
    expect(model.next()).toBe(true);
    // Left blank, it is left out of FT_COMPARE, which then takes the whole prompt.
    expect(model.answers().ftInputTokens).toBeUndefined();
    const blank = model.results().rows;
    model.set("ftInputTokens", "5000");
    expect(model.results().rows).toEqual(blank);
    expect(model.visibleFields().map((field) => field.key)).toEqual(
      expect.arrayContaining(["fallbackShare", "memoryFallbackShare"]),
    );
    expect(model.value("fallbackShare")).toBe("0");
  });

  it("prices the answers by hand: shorter prompt, cache, batch and both fallbacks", () => {
    const model = answered({
      largeModel: "gpt-5.4",
      smallModel: "gpt-4.1-mini",
      inputTokens: "4000",
      ftInputTokens: "1000",
      outputTokens: "400",
      cachedShare: "0.5",
      batchShare: "0.2",
      fallbackShare: "0.1",
      memoryFallbackShare: "0.25",
      recallTokens: "0",
    });
    toResult(model);
    const { larger, memory } = model.results().comparison;
    const fineTuned = priced(model.results().comparison.fineTuned);
    // gpt-5.4: 4,000 tokens at half $2.50 and half $0.25, 400 at $15; a fifth of requests at half price.
    const large = (4000 * 1.375 + 400 * 15) / 1e6;
    expectNear(larger.costPerRequest, 0.8 * large + 0.2 * large * 0.5, 12);
    // gpt-4.1-mini fine-tuned: the 3,000 tokens it drops come out of the 2,000-token cached prefix
    // first, so none of its 1,000 is cached: 1,000 at $0.80, 400 at $3.20.
    const tuned = (1000 * 0.8 + 400 * 3.2) / 1e6;
    expectNear(fineTuned.costPerRequest, 0.9 * tuned + 0.1 * larger.costPerRequest, 12);
    const small = (4000 * 0.25 + 400 * 1.6) / 1e6;
    expectNear(memory.costPerRequest, 0.9 * small + 0.25 * larger.costPerRequest, 12);
  });

  it("stops at the workload step when a model cannot bill the cached share, naming it", () => {
    const model = answered({ smallModel: "house-3b", smallInputPrice: "0.1", smallOutputPrice: "0.3" });
    model.set("cachedShare", "0.4");
    model.next();
    expect(model.next()).toBe(false);
    expect(model.step).toBe("workload");
    expect(model.errors.cachedShare).toBe(
      "house-3b has no cached input price, so the small model with memory cannot be priced with caching: set " +
        "this share to 0, or import a price file that lists its cached input price.",
    );
    model.set("cachedShare", "0");
    expect(model.next()).toBe(true);
  });
});

describe("how sure the analyst is", () => {
  it("prefills the published low and high figures, and a volume range that follows the volume until given", () => {
    const model = new Questionnaire();
    expect(
      ["upfrontLow", "upfrontHigh", "maintenanceLow", "maintenanceHigh"].map((key) => model.value(key as AnswerKey)),
    ).toEqual(["5000", "30000", "500", "2000"]);
    expect([model.value("volumeLow"), model.value("volumeHigh")]).toEqual(["250000", "750000"]);
    model.set("requestsPerMonth", "1,000,000");
    expect([model.value("volumeLow"), model.value("volumeHigh")]).toEqual(["500000", "1500000"]);
    model.set("volumeHigh", "2000000");
    model.set("requestsPerMonth", "800000");
    expect([model.value("volumeLow"), model.value("volumeHigh")]).toEqual(["400000", "2000000"]);
  });

  it("widens the published range to take in the figure the cost items give, at every level", () => {
    const model = new Questionnaire();
    model.set("costLevel", "low");
    // The low level's items give an upfront cost of $4,002.25 (a $2.25 run), below the published $5,000.
    expect([model.value("upfrontLow"), model.value("upfrontHigh")]).toEqual(["4002", "30000"]);
    model.next();
    model.next();
    expect(model.next()).toBe(true);
    model.back();
    model.set("hourlyRate", "1000");
    expect(Number(model.value("upfrontHigh"))).toBeGreaterThan(30000);
    model.set("upfrontHigh", "50000");
    model.set("hourlyRate", "100");
    expect(model.value("upfrontHigh")).toBe("50000");
  });

  it("asks them under their own heading in the third step", () => {
    const model = new Questionnaire();
    model.next();
    model.next();
    const grouped = model.visibleFields().filter((field) => field.group?.title === "How sure are you?");
    expect(grouped.map((field) => field.key)).toEqual([
      "upfrontLow",
      "upfrontHigh",
      "maintenanceLow",
      "maintenanceHigh",
      "volumeLow",
      "volumeHigh",
      "recallTokensLow",
      "recallTokensHigh",
      "memoryMonthlyLow",
      "memoryMonthlyHigh",
      "memorySetupLow",
      "memorySetupHigh",
      "fallbackShareLow",
      "fallbackShareHigh",
      "memoryFallbackLow",
      "memoryFallbackHigh",
    ]);
    // Every guess the recommendation rests on has a range, prefilled around it.
    expect(grouped.map((field) => model.value(field.key)).slice(6)).toEqual([
      "500",
      "2000",
      "100",
      "400",
      "0",
      "10000",
      "0",
      "0.1",
      "0",
      "0.1",
    ]);
    // A low and a high follow their figure until typed: a 5 % share gives 2.5 % to 10 %, a 25 % one up to 50 %.
    model.set("fallbackShare", "0.05");
    model.set("memoryFallbackShare", "0.25");
    expect(
      ["fallbackShareLow", "fallbackShareHigh", "memoryFallbackLow", "memoryFallbackHigh"].map((key) =>
        model.value(key as AnswerKey),
      ),
    ).toEqual(["0.025", "0.1", "0.125", "0.5"]);
  });

  it("refuses a low above, or a high below, the most likely figure the answers give", () => {
    const model = new Questionnaire();
    model.set("upfrontHigh", "10000");
    model.set("volumeLow", "600000");
    model.next();
    model.next();
    expect(model.next()).toBe(false);
    expect(model.step).toBe("costs");
    expect(model.errors.upfrontHigh).toBe(
      "The high upfront cost must be at least the upfront cost your answers give ($13,512.38); got $10,000.",
    );
    expect(model.errors.volumeLow).toBe(
      "The low volume must be at most the volume your answers give (500,000); got 600,000.",
    );
    model.set("upfrontHigh", "30000");
    model.set("volumeLow", "250000");
    expect(model.next()).toBe(true);
  });

  it("simulates the chance of paying back from the three triangles, as FT_PAYBACK_RISK does", () => {
    const model = new Questionnaire();
    toResult(model);
    const { upfrontCost } = model.results();
    const { risk, sensitivity, monthlySavings } = tunedFigures(model.results());
    if (!risk) throw new Error("the defaults save money");
    expect(risk.chanceWithin).toBeGreaterThan(0.9);
    expect(risk.breakEvenMonths[0]).toBeLessThan(risk.breakEvenMonths[2]);
    expect(sensitivity.map((row) => row.input)).toEqual(["monthly_savings", "monthly_maintenance", "upfront_cost"]);
    // The savings' range is the volume's: half and one and a half times the most likely.
    expectNear(sensitivity[0].low, monthlySavings / 2, 6);
    expectNear(sensitivity[0].high, monthlySavings * 1.5, 6);
    expect(sensitivity.find((row) => row.input === "upfront_cost")?.low).toBe(5000);
    expect(upfrontCost).toBe(7500 + (2750 * 3000 * 3 * 0.5) / 1e6 + 6000);
  });

  it("models the downside where the fine-tuned model costs more per request: its savings from lowest to highest", () => {
    const model = answered({
      largeModel: "gemini-2.5-flash-lite",
      smallModel: "fireworks/llama-3.3-70b-instruct",
      ftInputTokens: "5000",
    });
    toResult(model);
    const { risk, sensitivity, monthlySavings } = tunedFigures(model.results());
    if (!risk) throw new Error("the simulation takes negative savings");
    expect(monthlySavings).toBeLessThan(0);
    // Every combination loses money: it never breaks even, and the savings fall as the volume rises.
    expect([risk.chanceWithin, risk.chanceNever]).toEqual([0, 1]);
    const savings = sensitivity.find((row) => row.input === "monthly_savings");
    expectNear(savings?.low ?? NaN, monthlySavings * 1.5, 6);
    expectNear(savings?.high ?? NaN, monthlySavings / 2, 6);
  });
});

describe("negotiated prices with caching and batch", () => {
  it("keeps the list proportion of the cached and batch rates to the prices given", () => {
    const priced = (changes: Partial<Record<AnswerKey, RawAnswer>>) => {
      const model = answered({
        largeModel: "gpt-4o",
        smallModel: "gpt-4.1-mini",
        largeOwnPrices: true,
        largeInputPrice: "1",
        largeOutputPrice: "4",
        ...changes,
      });
      toResult(model);
      return model.results().comparison.larger.costPerRequest;
    };
    const own = (5000 * 1 + 500 * 4) / 1e6;
    expectNear(priced({}), own, 12);
    // gpt-4o lists batch at half its prices, and cached input at half its input price.
    expectNear(priced({ batchShare: "1" }), own / 2, 12);
    expectNear(priced({ cachedShare: "1" }), (5000 * 0.5 + 500 * 4) / 1e6, 12);
  });
});

describe("one recommendation: the rule and the money reconciled", () => {
  it.each<[string, Partial<Record<AnswerKey, RawAnswer>>, string, string, RegExp]>([
    [
      "a 70B open-weight model, against memory that recalls 3,000 tokens",
      { smallModel: "fireworks/llama-3.1-70b-instruct", recallTokens: "3000" },
      "Fine-tune",
      "Fine-tuned small model",
      /^The fine-tuned small model, the rule's choice, is also the cheapest/,
    ],
    [
      "the defaults: memory cheaper than the fine-tuning the rule prefers",
      {},
      "Use memory",
      "Small model + memory",
      /^The rule allows fine-tuning, but the small model with memory costs \$19,061 less in total\.$/,
    ],
    [
      "the models swapped: the small one costs more",
      {
        largeModel: "gemini-2.5-flash-lite",
        smallModel: "fireworks/llama-3.3-70b-instruct",
        ftInputTokens: "5000",
      },
      "Use the larger model",
      "Larger model",
      /^The rule allows fine-tuning, but the larger model costs \$[\d,]+ less in total\.$/,
    ],
    [
      "a small model that cannot be fine-tuned",
      { smallModel: "claude-haiku-4.5" },
      "Use memory",
      "Small model + memory",
      /^The rule allows fine-tuning, but the fine-tuned small model cannot be priced \(see its row\): the small model with memory is the cheapest it allows/,
    ],
    [
      "a broad task where memory would be cheaper",
      { taskType: "conversation", ftInputTokens: "5000" },
      "Use the larger model",
      "Larger model",
      /only the larger model .*; the small model with memory would cost \$[\d,]+ less, but the rule finds it unfit/,
    ],
  ])("%s", (_, changes, recommendation, strategy, reason) => {
    const model = answered(changes);
    toResult(model);
    const results = model.results();
    expect(results.recommendation.recommendation).toBe(recommendation);
    expect(results.recommendation.strategy).toBe(strategy);
    expect(results.reason).toMatch(reason);
  });
});

describe("verdicts for sets of answers", () => {
  it.each<[string, Partial<Record<AnswerKey, RawAnswer>>, string]>([
    ["the defaults", {}, "Fine-tune"],
    ["250,000 requests", { requestsPerMonth: "250000" }, "Evaluate fine-tuning"],
    ["50,000 requests", { requestsPerMonth: "50000" }, "Use memory"],
    ["a conversation bot", { taskType: "conversation" }, "Use the larger model"],
    ["changing knowledge", { knowledgeChanges: true }, "Use memory"],
    ["general questions too", { needsGeneralQueries: true }, "Use memory"],
    ["30 patterns of domain Q&A", { taskType: "domain_qa", distinctPatterns: "30" }, "Use memory"],
    ["a spec stable for 3 months", { stableMonths: "3" }, "Use the larger model"],
    ["20 engineering hours", { engineeringHours: "20" }, "Use memory"],
  ])("%s: %s", (_, changes, verdict) => {
    const model = answered(changes);
    toResult(model);
    expect(model.results().decision.verdict).toBe(verdict);
  });
});

describe("the models the pane offers and what it says of them", () => {
  it("offers active models only, the defaults among them", () => {
    const offered = offeredModels();
    expect(offered.every((entry) => statusOn(entry, "2026-12-05") === "active")).toBe(true);
    expect(offered.map((entry) => entry.id)).not.toContain("gemini-2.5-pro");
    expect(offered.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([DEFAULT_MODELS.large, DEFAULT_MODELS.small]),
    );
    expect(offered.map((entry) => entry.id)).not.toContain("claude-3.5-haiku");
  });

  it("shows a catalogue model's price date, and says when it is retired or deprecated", () => {
    expect(modelNote("claude-haiku-4.5")).toEqual({
      text: `Claude Haiku 4.5: list prices as of 2026-08-21. ${STALE}`,
      tone: "warning",
      suggestions: [],
    });
    expect(modelNote("Claude Sonnet 4")).toEqual({
      text:
        `Claude Sonnet 4: list prices as of 2026-08-21. ${STALE} ` +
        "It was retired (on 2026-06-15): its prices still compute, " +
        "but a new decision is better priced on a current model.",
      tone: "warning",
      suggestions: [],
    });
    expect(modelNote("gpt-5")?.text).toMatch(/It is deprecated \(retiring 2026-12-11\)/);
    expect(modelNote("")).toBeUndefined();
  });

  it("does not take a misspelt name silently as a custom model: it suggests the closest ids", () => {
    expect(modelNote("claude-sonet-4.6")).toEqual({
      text: "Not in the price catalogue. Did you mean one of these? Otherwise give its prices below.",
      tone: "warning",
      suggestions: ["claude-sonnet-4.6"],
    });
    expect(modelNote("house-70b-instruct")?.suggestions).toEqual([]);
  });

  it("negotiated prices for an Azure model keep its hosting fee and fine-tuning terms", () => {
    const model = new Questionnaire();
    model.set("smallModel", "azure/gpt-4.1-mini");
    model.set("trainingRunCost", "275");
    model.set("smallOwnPrices", true);
    model.set("smallInputPrice", "0.3");
    model.set("smallOutputPrice", "1.2");
    for (let step = 0; step < 3; step++) expect(model.next()).toBe(true);
    const results = model.results();
    expectNear(tunedFigures(results).monthlyRunning - results.monthlyMaintenance, 1.7 * 730, 9);
    // Azure serves a fine-tuned deployment at the listed base prices: those stay as listed.
    expectNear(priced(results.comparison.fineTuned).costPerRequest, (2500 * 0.4 + 500 * 1.6) / 1e6, 12);
    expectNear(results.comparison.memory.costPerRequest, (6000 * 0.3 + 500 * 1.2) / 1e6, 12);
  });

  it("takes negotiated prices for a catalogue model, and prices with them", () => {
    const model = new Questionnaire();
    model.set("largeModel", "gpt-4o");
    expect(model.next()).toBe(true);
    const keys = () => model.visibleFields().map((field) => field.key);
    expect(keys()).not.toContain("largeInputPrice");
    model.set("largeOwnPrices", true);
    expect(keys()).toEqual(expect.arrayContaining(["largeInputPrice", "largeOutputPrice"]));
    model.set("largeInputPrice", "2");
    model.set("largeOutputPrice", "8");
    expect(model.next()).toBe(true);
    expect(model.next()).toBe(true);
    expectNear(model.results().comparison.larger.costPerRequest, (5000 * 2 + 500 * 8) / 1e6, 12);
  });
});

describe("serving the fine-tuned model on dedicated GPUs (SPEC 3.11)", () => {
  const onStep3 = (changes: Partial<Record<AnswerKey, RawAnswer>> = {}) => {
    const model = answered(changes);
    model.next();
    model.next();
    return model;
  };
  const keys = (model: Questionnaire) => model.visibleFields().map((field) => field.key);

  it("is asked for an open-weight small model, its figures prefilled from the published ones", () => {
    const model = onStep3();
    expect(keys(model)).toContain("servedOnGpus");
    expect(keys(model)).not.toContain("gpuHourlyPrice");
    model.set("servedOnGpus", true);
    expect(keys(model)).toEqual(expect.arrayContaining(["gpuHourlyPrice", "gpuTokensPerSecond", "gpuUtilization"]));
    expect([model.value("gpuHourlyPrice"), model.value("gpuTokensPerSecond"), model.value("gpuUtilization")]).toEqual([
      "3.99",
      "8000",
      "0.35",
    ]);
    // How sure: a low and a high of each, from the published figures, asked with the other ranges.
    const ranges = [
      "gpuHourlyPriceLow",
      "gpuHourlyPriceHigh",
      "gpuTokensPerSecondLow",
      "gpuTokensPerSecondHigh",
    ] as const;
    const shares = ["gpuUtilizationLow", "gpuUtilizationHigh"] as const;
    expect(keys(model)).toEqual(expect.arrayContaining([...ranges, ...shares]));
    expect([...ranges, ...shares].map((key) => model.value(key))).toEqual([
      "2.69",
      "8",
      "3500",
      "15000",
      "0.15",
      "0.65",
    ]);
    expect(model.visibleFields().find((field) => field.key === "gpuHourlyPriceLow")?.group?.title).toBe(
      "How sure are you?",
    );
    // A model whose weights its provider keeps cannot be served so: the question is not asked.
    const closed = onStep3({ smallModel: "gpt-4.1-mini" });
    expect(keys(closed)).not.toContain("servedOnGpus");
  });

  it("prices the fourth row from FT_GPU_MONTHLY_COST once asked, and leaves it unpriced otherwise", () => {
    const model = onStep3({ requestsPerMonth: "20000000", inputTokens: "1000", outputTokens: "200" });
    expect(model.next()).toBe(true);
    expect(isPriced(model.results().comparison.dedicated)).toBe(false);
    model.back();
    model.set("servedOnGpus", true);
    model.set("gpuHourlyPrice", "4");
    model.set("gpuTokensPerSecond", "2000");
    model.set("gpuUtilization", "50%");
    expect(model.next()).toBe(true);
    // The fine-tuned prompt follows the prompt at half: 500 tokens at 5 × 2,000 a second, 200 at 2,000.
    const seconds = 500 / 10_000 + 200 / 2000;
    const gpus = Math.ceil((20_000_000 * seconds) / (730 * 3600 * 0.5));
    expect(gpus).toBe(3);
    // The row's monthly cost: the GPUs, and the maintenance (no fallback).
    const dedicated = priced(model.results().comparison.dedicated);
    expectNear(dedicated.monthlyCost, gpus * 730 * 4 + model.results().monthlyMaintenance, 6);
    // How sure: the fourth row competes in the simulation, its cost ranged from the GPUs' lows and highs.
    const sure = model.results().sureness;
    if (!sure) throw new Error(`no simulation: ${model.results().surenessError}`);
    const fourth = sure.strategies.find((row) => row.strategy === "Fine-tuned model on dedicated GPUs");
    expect(fourth?.totals).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
  });

  it("widens the GPUs' published range to the analyst's own figure, so the simulation's row stays in order", () => {
    // $2 an hour (a reserved GPU) is below the published $2.69, and 20,000 tokens a second above 15,000.
    const model = onStep3({ servedOnGpus: true });
    model.set("gpuHourlyPrice", "2");
    model.set("gpuTokensPerSecond", "20000");
    model.set("gpuUtilization", "80%");
    expect(
      ["gpuHourlyPriceLow", "gpuHourlyPriceHigh", "gpuTokensPerSecondLow", "gpuTokensPerSecondHigh"].map((key) =>
        model.value(key as AnswerKey),
      ),
    ).toEqual(["2", "8", "3500", "20000"]);
    expect([model.value("gpuUtilizationLow"), model.value("gpuUtilizationHigh")]).toEqual(["0.15", "0.8"]);
    expect(model.next()).toBe(true);
    const sure = model.results().sureness;
    if (!sure) throw new Error(`no simulation: ${model.results().surenessError}`);
    // $10 an hour is above the published $8: the high follows it.
    model.back();
    model.set("gpuHourlyPrice", "10");
    expect([model.value("gpuHourlyPriceLow"), model.value("gpuHourlyPriceHigh")]).toEqual(["2.69", "10"]);
    expect(model.next()).toBe(true);
    expect(model.results().surenessError).toBeUndefined();
    // A low typed by the analyst stays as typed.
    model.back();
    model.set("gpuHourlyPriceLow", "1.5");
    model.set("gpuHourlyPrice", "3");
    expect(model.value("gpuHourlyPriceLow")).toBe("1.5");
  });

  it("prices a model served on dedicated GPUs only (Together's) on them, until the analyst unticks it", () => {
    const model = new Questionnaire();
    model.set("smallModel", "together/llama-3.1-8b-instruct");
    expect(model.value("servedOnGpus")).toBe(true);
    model.set("smallModel", "fireworks/llama-3.1-8b-instruct");
    expect(model.value("servedOnGpus")).toBe(false);
    model.set("smallModel", "together/llama-3.1-70b-instruct");
    expect(model.value("servedOnGpus")).toBe(true);
    // Once the analyst answers it, the answer stays whatever the model.
    model.set("servedOnGpus", false);
    model.set("smallModel", "together/llama-3.1-8b-instruct");
    expect(model.value("servedOnGpus")).toBe(false);
    // Left as prefilled, the dedicated row is priced at the defaults.
    const together = onStep3({ smallModel: "together/llama-3.1-8b-instruct" });
    expect(together.next()).toBe(true);
    expect(isPriced(together.results().comparison.dedicated)).toBe(true);
  });

  it("refuses GPU ranges that do not bracket the GPU figures, naming the range, so the simulation can run", () => {
    const model = onStep3({ servedOnGpus: true });
    model.set("gpuHourlyPriceHigh", "1");
    model.set("gpuTokensPerSecondLow", "9000");
    model.set("gpuUtilizationLow", "0.9");
    expect(model.next()).toBe(false);
    expect(model.step).toBe("costs");
    expect(model.errors).toEqual({
      gpuHourlyPriceHigh:
        "The high price of a GPU-hour must be at least the price of a GPU-hour your answers give ($3.99); got $1.",
      gpuTokensPerSecondLow:
        "The low GPU's output tokens must be at most the GPU's output tokens your answers give (8,000 a second); " +
        "got 9,000 a second.",
      gpuUtilizationLow:
        "The low share of the GPUs in use must be at most the share of the GPUs in use your answers give (35.0%); " +
        "got 90.0%.",
    });
    model.set("gpuHourlyPriceHigh", "8");
    model.set("gpuTokensPerSecondLow", "3500");
    model.set("gpuUtilizationLow", "0.15");
    expect(model.next()).toBe(true);
    expect(model.results().surenessError).toBeUndefined();
    // Not priced on GPUs, the same figures are not asked, and not checked.
    model.back();
    model.set("gpuHourlyPriceHigh", "1");
    model.set("servedOnGpus", false);
    expect(model.next()).toBe(true);
  });

  it("refuses a utilization typed as 60 for 60 %, as the other shares are", () => {
    const model = onStep3({ servedOnGpus: true });
    model.set("gpuUtilization", "60");
    expect(model.next()).toBe(false);
    expect(model.errors.gpuUtilization).toMatch(/^Dedicated GPUs: share of their capacity in use /);
  });
});

/** The controller against a stub view and a stub writer: what it renders, writes and reports. */
import * as fs from "fs";
import * as path from "path";
import { expectNear } from "../helpers/tolerance";
import { FORMATS } from "../../src/sheet/formats";
import { groupDigits } from "../../src/functions/format";
import { formatCell } from "../../src/sheet/numberFormat";
import { isPriced } from "../../src/engine";
import { PaneController, SHEET_NAME } from "../../src/taskpane/controller";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import type { PriceReviewView } from "../../src/taskpane/view";
import type { SheetLayout } from "../../src/sheet/layout";
import type { AnswerKey } from "../../src/sheet/answers";
import type { SheetPlan } from "../../src/sheet/plan";
import type { PaneView, ResultView, StepView } from "../../src/taskpane/view";
import { PartialWriteError, type SelectionWrite, type WorkbookWriter } from "../../src/taskpane/writer";

class StubView {
  steps: { step: StepView; focus: string }[] = [];
  results: ResultView[] = [];
  statuses: { message: string; kind: string }[] = [];
  bind(): void {}
  showStep(step: StepView, focus: string): void {
    this.steps.push({ step, focus });
  }
  showResult(_: unknown, result: ResultView): void {
    this.results.push(result);
  }
  showStatus(message: string, kind: string): void {
    this.statuses.push({ message, kind });
  }
  snapshots: { text: string; canReadBack: boolean }[] = [];
  showSnapshot(snapshot: { text: string; canReadBack: boolean }): void {
    this.snapshots.push(snapshot);
  }
  modelOptions: string[][] = [];
  setModelOptions(ids: readonly string[]): void {
    this.modelOptions.push([...ids]);
  }
  get lastStatus() {
    return this.statuses[this.statuses.length - 1];
  }
  reviews: { review: PriceReviewView; focus: string }[] = [];
  showPriceReview(review: PriceReviewView, focus: string): void {
    this.reviews.push({ review, focus });
  }
  plans: string[] = [];
  showPricePlan(plan: string): void {
    this.plans.push(plan);
  }
  hidden = 0;
  hidePriceReview(): void {
    this.hidden++;
  }
  usageReviews: unknown[] = [];
  showUsageReview(review: unknown): void {
    this.usageReviews.push(review);
  }
  showUsagePlan(): void {}
  hideUsageReview(): void {}
}

class StubWriter implements WorkbookWriter {
  sheets: { name: string; plan: SheetLayout }[] = [];
  selection: SelectionWrite = { written: true, address: "Sheet1!B2:G56" };
  failure?: Error;
  async writeNewSheet(baseName: string, plan: SheetLayout): Promise<string> {
    if (this.failure) throw this.failure;
    this.sheets.push({ name: baseName, plan });
    // As Excel's writer names them: the base name is taken, so (2), then (3).
    return `${baseName} (${this.sheets.length + 1})`;
  }
  async writeAtSelection(build: (origin: { row: number; column: number }) => SheetPlan): Promise<SelectionWrite> {
    build({ row: 1, column: 1 });
    return this.selection;
  }
}

/** Sets up a controller; null stands for "no writer" (outside Excel). */
function setUp(writer: WorkbookWriter | null = new StubWriter()) {
  const view = new StubView();
  const model = new Questionnaire();
  const controller = new PaneController(model, view as unknown as PaneView, writer ?? undefined, () => "2026-11-29");
  controller.start();
  return { view, model, controller };
}

function toResult(controller: PaneController): void {
  for (let step = 0; step < 3; step++) controller.next();
}

/** What is said of the catalogue's prices, read 2026-08-21, at a start on 2026-12-05. */
const STALE =
  "That is 106 days before the start date (2026-12-05), more than 90: check them against the providers' pages, " +
  "or import a newer price file.";

describe("PaneController", () => {
  it("renders the first step, then moves on with the focus on the heading", () => {
    const { view, controller } = setUp();
    expect(view.steps[0].step).toMatchObject({ number: 1, count: 4, title: "The task" });
    controller.next();
    expect(view.steps[1]).toMatchObject({ step: { number: 2, title: "The workload" }, focus: "heading" });
  });

  it("keeps the step and reports when an answer needs a fix", () => {
    const { view, controller } = setUp();
    controller.answer("distinctPatterns", "many");
    controller.next();
    const last = view.steps[view.steps.length - 1];
    expect(last.focus).toBe("first-error");
    expect(last.step.fields.find((field) => field.key === "distinctPatterns")?.error).toBe(
      'Distinct input-output patterns must be a number ≥ 0 (distinct input-output patterns); got "many".',
    );
    expect(view.lastStatus).toEqual({
      message: "Some answers need a fix: see the messages under the questions.",
      kind: "error",
    });
  });

  it("re-renders when an answer reveals questions, not on every keystroke", () => {
    const { view, controller } = setUp();
    controller.next();
    const rendered = view.steps.length;
    controller.answer("requestsPerMonth", "600000");
    expect(view.steps).toHaveLength(rendered);
    controller.answer("largeModel", "house-70b");
    expect(view.steps).toHaveLength(rendered + 1);
    expect(view.steps[rendered].step.fields.map((field) => field.key)).toContain("largeInputPrice");
  });

  it("leads with the recommendation; no figure says another strategy is the one to take", () => {
    const { view, controller, model } = setUp();
    controller.next();
    // The small model costs more than the larger one on the same prompt.
    controller.answer("largeModel", "gemini-2.5-flash-lite");
    controller.answer("smallModel", "fireworks/llama-3.3-70b-instruct");
    controller.answer("ftInputTokens", "5000");
    controller.next();
    controller.next();
    const result = view.results[0];
    expect(result.recommendation).toBe("Use the larger model");
    expect(result.reason).toBe(model.results().reason);
    expect(result.verdict).toBe("Fine-tune");
    expect(result.verdictExplanation).not.toMatch(/pay/);
    expect(result.figures.map((figure) => figure.label).join()).not.toMatch(/[Cc]heapest/);
    expect(result.comparison.rows.map((row) => row.mark)).toEqual(["recommended", undefined, undefined, undefined]);
    // A negative saving is said as the cost it is.
    const monthly = result.figures.find((figure) => figure.label === "Monthly savings, fallback included");
    expect(monthly?.value).toMatch(/^\$[\d,]+ a month more than the larger model$/);
    expect(result.figures.find((figure) => figure.label === "Net savings after 24 months")?.value).toMatch(
      /^\$[\d,]+ lost$/,
    );
    expect(result.figures.find((figure) => figure.label === "Break-even")?.value).toMatch(
      /^Never breaks even: the small model costs \$[\d,.]+\/month more than the larger model/,
    );
  });

  it("marks the strategies the rule finds unfit", () => {
    const { view, controller } = setUp();
    controller.answer("taskType", "conversation");
    toResult(controller);
    expect(view.results[0].recommendation).toBe("Use the larger model");
    expect(view.results[0].comparison.rows.map((row) => row.mark)).toEqual(["recommended", "unfit", "unfit", "unfit"]);
  });

  it("shows the engine's results at the last step", () => {
    const { view, controller, model } = setUp();
    toResult(controller);
    const result = view.results[0];
    expect(result.recommendation).toBe(model.results().recommendation.recommendation);
    expect(result.verdict).toBe(model.results().decision.verdict);
    expect(result.reasons).toHaveLength(8);
    expect(result.reasons.filter((reason) => reason.decisive)).toHaveLength(1);
    // Fireworks' Llama 3.1 8B against Claude Sonnet 4.6, at the published midpoints.
    expect(result.figures.find((figure) => figure.label === "Break-even")?.value).toBe("1.3 months");
    expect(result.comparison.rows.map((row) => row.cells[0])).toEqual([
      "Larger model",
      "Fine-tuned small model",
      "Small model + memory",
      "Fine-tuned model on dedicated GPUs",
    ]);
    // The dedicated GPUs' row is not priced without their monthly cost: it says why, as the sheet's cell does.
    expect(result.comparison.rows[3]).toMatchObject({
      cells: ["Fine-tuned model on dedicated GPUs", "not priced", "not priced", "not priced"],
      why: "Give dedicated_monthly_cost, the US dollars a month of the GPUs that serve the fine-tuned model, to price this row.",
    });
    expect(result.canWrite).toBe(true);
  });

  it("writes the model to a new sheet and names it", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    toResult(controller);
    await controller.writeSheet();
    expect(writer.sheets.map((sheet) => sheet.name)).toEqual([SHEET_NAME]);
    expect(writer.sheets[0].plan.charts?.map((chart) => chart.kind)).toEqual(["scatter", "bar"]);
    expect(view.lastStatus).toEqual({
      message:
        "Wrote the model to the new worksheet “AI cost model (2)”. Change a blue input cell to see the results move.",
      kind: "success",
    });
  });

  it("says plainly that a second press writes another copy, and which sheet stays as it was", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    toResult(controller);
    await controller.writeSheet();
    await controller.writeSheet();
    expect(writer.sheets).toHaveLength(2);
    expect(view.lastStatus).toEqual({
      message:
        "Wrote another copy of the model, to the new worksheet “AI cost model (3)”; “AI cost model (2)”, written before, is unchanged.",
      kind: "success",
    });
  });

  it("says which cells are in the way when the selection is not empty", async () => {
    const writer = new StubWriter();
    writer.selection = { written: false, inTheWay: ["C4", "D9", "E12", "F20", "G30"], address: "Sheet1!B2:G56" };
    const { view, controller } = setUp(writer);
    toResult(controller);
    await controller.writeAtSelection();
    expect(view.lastStatus).toEqual({
      message:
        "Nothing was written: C4, D9, E12 and 2 more cells are not empty. The model needs Sheet1!B2:G56 to be empty: select an empty area and try again.",
      kind: "error",
    });
  });

  it("reports a failed write without losing the answers", async () => {
    const writer = new StubWriter();
    writer.failure = new Error("The workbook is protected.");
    const { view, controller, model } = setUp(writer);
    toResult(controller);
    await controller.writeSheet();
    expect(view.lastStatus).toEqual({ message: "Nothing was written: The workbook is protected.", kind: "error" });
    expect(model.step).toBe("result");
  });

  it("says what may be left when a failed write could not clean up", async () => {
    const writer = new StubWriter();
    writer.failure = new PartialWriteError('Lost. The sheet "AI cost model" may be partly written: delete it.');
    const { view, controller } = setUp(writer);
    toResult(controller);
    await controller.writeSheet();
    expect(view.lastStatus).toEqual({
      message: 'The write failed: Lost. The sheet "AI cost model" may be partly written: delete it.',
      kind: "error",
    });
  });

  it("outside Excel there is no writer: the result says how to write", () => {
    const { view, controller } = setUp(null);
    toResult(controller);
    expect(view.results[0]).toMatchObject({
      canWrite: false,
      writeNote: "Open this add-in in Excel to write the model into a workbook.",
    });
  });
});

/** The note under the small model's question, as the step last drawn shows it. */
const smallModelNote = (view: StubView) =>
  view.steps[view.steps.length - 1].step.fields.find((field) => field.key === "smallModel")?.note;

/** A file as the pane's file chooser hands it over. */
const file = (name: string, text: string) => ({ name, text: async () => text });

describe("a small model that is not cheaper", () => {
  it("is said at once, under the small model, before the result step", () => {
    const { view, controller } = setUp();
    controller.next();
    controller.answer("smallModel", "gpt-5.5-pro");
    const note = () => smallModelNote(view);
    // gpt-5.5-pro: 5,000 × $30 + 500 × $180 per 1M tokens = $0.24; Claude Sonnet 4.6: $0.0225.
    expect(note()).toEqual({
      text:
        "At these token counts this model costs $0.2400 a request, the larger one $0.0225: on the same prompt it is " +
        "not the cheaper model, so memory cannot save money and fine-tuning only through a shorter prompt. Swap the " +
        "two, or pick a smaller model.",
      tone: "warning",
      suggestions: [],
    });
    controller.answer("smallModel", "fireworks/llama-3.1-70b-instruct");
    expect(note()?.text).not.toMatch(/not the cheaper model/);
  });
});

describe("the small model's fine-tuning offer, beside it", () => {
  it("says at once that a model cannot be fine-tuned, and offers models that can, open-weight ones first", () => {
    const { view, controller } = setUp();
    controller.next();
    const note = () => smallModelNote(view);
    controller.answer("smallModel", "claude-haiku-4.5");
    expect(note()?.tone).toBe("warning");
    expect(note()?.text).toBe(
      `Claude Haiku 4.5: list prices as of 2026-08-21. ${STALE} Fine-tuning: not offered.` +
        " Anthropic sells no fine-tuning of it. " +
        "The fine-tuned strategy cannot be priced with it. Models that can be fine-tuned today:",
    );
    expect(note()?.suggestions).toEqual([
      "fireworks/llama-3.1-8b-instruct",
      "fireworks/llama-3.1-70b-instruct",
      "fireworks/llama-3.3-70b-instruct",
      "fireworks/mistral-7b-instruct",
    ]);
    controller.answer("smallModel", "fireworks/llama-3.1-8b-instruct");
    expect(note()).toEqual({
      text:
        `Llama 3.1 8B Instruct (Fireworks): list prices as of 2026-08-21. ${STALE} Fine-tuning: offered by Fireworks AI. ` +
        "Training $0.50 per 1M training tokens. Served at the base model's prices.",
      tone: "warning",
      suggestions: [],
    });
    // Fine-tuning on dedicated GPUs only (Together's) is fine-tuning still: no warning that it cannot be
    // priced, the per-token offers suggested beside it.
    controller.answer("smallModel", "together/llama-3.1-8b-instruct");
    expect(note()?.text).toMatch(
      /Fine-tuning: offered by Together AI\..* It is served on dedicated GPUs only, so only the dedicated GPUs row prices it\. To weigh fine-tuning served per token too, models offered that way today:$/,
    );
    expect(note()?.text).not.toMatch(/cannot be priced/);
    expect(note()?.suggestions[0]).toBe("fireworks/llama-3.1-8b-instruct");
    // A 70B model: the published GPU figures, for an 8B model on one H100, do not fit it.
    controller.answer("smallModel", "fireworks/llama-3.3-70b-instruct");
    expect(note()?.text).toMatch(
      /Training \$3 per 1M training tokens\. Served at the base model's prices\. On dedicated GPUs: the published figures are for an 8B model on one H100; at 70B it needs more GPUs a copy and generates fewer tokens a second, so give your own in step 3\.$/,
    );
  });

  it("says the analyst's own fine-tuned prices stand in for an offer no one sells", () => {
    const { view, controller } = setUp();
    controller.next();
    const note = () => smallModelNote(view);
    controller.answer("smallModel", "gpt-5.4-mini");
    expect(note()?.tone).toBe("warning");
    controller.answer("smallOwnPrices", true);
    controller.answer("smallInputPrice", "0.75");
    controller.answer("smallOutputPrice", "4.5");
    controller.answer("smallFtInputPrice", "1.5");
    controller.answer("smallFtOutputPrice", "9");
    expect(note()).toEqual({
      text:
        `GPT-5.4 mini: list prices as of 2026-08-21. ${STALE} Fine-tuning: not offered. OpenAI sells no fine-tuning of it. ` +
        "Your own fine-tuned prices below are used instead: your arrangement, not a catalogue offer.",
      tone: "warning",
      suggestions: [],
    });
  });

  it("says when OpenAI's offer closes, and when the model retires within the horizon and what that costs", () => {
    const { view, controller } = setUp();
    controller.next();
    const note = () => smallModelNote(view);
    controller.answer("smallModel", "gpt-4.1-mini");
    expect(note()?.text).toBe(
      `GPT-4.1 mini: list prices as of 2026-08-21. ${STALE} It is deprecated` +
        " (retiring 2027-01-14): its prices still compute, " +
        "but a new decision is better priced on a current model. It retires on 2027-01-14, within the 24-month " +
        "horizon: a model fine-tuned on it stops then, and the fine-tuned strategies pay a re-tune (the upfront cost " +
        "again) in that month. Fine-tuning: closing. OpenAI takes existing customers only, until 2027-01-06. Training " +
        "$5 per 1M training tokens.",
    );
    // The result says what the re-tune costs and where it is counted.
    controller.answer("largeModel", "gpt-5.5");
    controller.next();
    controller.next();
    const figures = view.results[0].figures;
    expect(figures.at(-1)).toEqual({
      label: "Re-tune when gpt-4.1-mini retires, in month 2 (counted in the comparison's saving only)",
      value: "$13,624",
    });
  });
});

describe("importing prices", () => {
  const CSV = "model,input,output,cached input\nacme-large,2,8,0.5\nclaude-sonnet-4,3,15,0.3\n";

  it("asks the file's date where its contents carry none, and refuses a future or unreadable one", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    await controller.importPrices(file("negotiated.csv", CSV));
    expect(writer.sheets).toEqual([]);
    const asked = view.reviews.at(-1);
    expect(asked?.focus).toBe("date");
    expect(asked?.review.date).toEqual({ value: "", fromContents: false, latest: "2026-11-29" });
    expect(asked?.review.models).toBeUndefined();
    controller.priceDate("2026-12-01");
    expect(view.reviews.at(-1)?.review.date.error).toBe(
      "2026-12-01 is after today (2026-11-29): a file's prices were read on or before the day it reached you.",
    );
    controller.priceDate("last week");
    expect(view.reviews.at(-1)?.review.date.error).toMatch(/^“last week” is no date: /);
    await controller.writePrices();
    expect(writer.sheets).toEqual([]);
    controller.priceDate("2026-11-20");
    expect(view.reviews.at(-1)?.review.date.error).toBeUndefined();
    expect(view.reviews.at(-1)?.review.models).toEqual([]);
    expect(view.reviews.at(-1)?.review.stale).toBeUndefined();
    // Prices older than 90 days at the start date (the questions' default, the clock's 2026-12-05) are flagged.
    controller.priceDate("2026-08-30");
    expect(view.reviews.at(-1)?.review.stale).toBe(
      "The file's prices are as of 2026-08-30. That is 97 days before the start date (2026-12-05), more than 90: " +
        "check them against the providers' pages, or import a newer price file.",
    );
  });

  it("asks again where the date a file gives is in the future", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    await controller.importPrices(file("negotiated.csv", `as of,2099-01-01\n${CSV}`));
    const asked = view.reviews.at(-1);
    expect(asked?.focus).toBe("date");
    expect(asked?.review.date.error).toMatch(/^2099-01-01 is after today \(2026-11-29\)/);
    expect(asked?.review.models).toBeUndefined();
    await controller.writePrices();
    expect(writer.sheets).toEqual([]);
  });

  it("takes the date a CSV gives, and stamps the sheet with it, never the import day", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    await controller.importPrices(file("negotiated.csv", `as of,2026-10-01\n${CSV}`));
    expect(view.reviews.at(-1)?.review.date).toEqual({ value: "2026-10-01", fromContents: true, latest: "2026-11-29" });
    await controller.writePrices();
    const { name, plan } = writer.sheets[0];
    expect(name).toBe("Prices");
    expect(plan.cells.find((cell) => cell.address === "B2")).toMatchObject({
      value: 46296,
      numberFormat: "yyyy-mm-dd",
    });
    expect(plan.cells.find((cell) => cell.address === "C2")?.value).toBe("the file's own date, from its contents");
    // claude-sonnet-4 is priced as the catalogue prices it: the catalogue goes on pricing it.
    expect(plan.tables?.[0]).toMatchObject({ range: "A7:P7" });
    expect(plan.tables?.[0].values[0].slice(0, 4)).toEqual(["acme-large", 2, 8, 0.5]);
    expect(view.lastStatus.kind).toBe("success");
    expect(view.lastStatus.message).toMatch(
      /^Wrote the prices to the new worksheet “Prices \(2\)”, dated 2026-10-01: negotiated\.csv \(CSV in price_table column order\): 2 models taken, none skipped\./,
    );
    // The file prices a model the catalogue lists as retired: the pane says so.
    expect(view.lastStatus.message).toMatch(/retired or deprecated: claude-sonnet-4 \(retired 2026-06-15\)/);
    expect(view.modelOptions.at(-1)).toEqual(expect.arrayContaining(["acme-large", "claude-haiku-4.5"]));
    expect(view.hidden).toBe(1);
  });

  it("lets the questions name an imported model, and the formulas take the imported sheet as price_table", async () => {
    const writer = new StubWriter();
    const { view, controller, model } = setUp(writer);
    await controller.importPrices(file("negotiated.csv", CSV));
    controller.priceDate("2026-11-20");
    await controller.writePrices();
    controller.next();
    controller.answer("largeModel", "acme-large");
    const fields = view.steps[view.steps.length - 1].step.fields;
    expect(fields.map((field) => field.key)).not.toContain("largeInputPrice");
    expect(fields.find((field) => field.key === "largeModel")?.note?.text).toBe(
      "Prices from the sheet “Prices (2)” as of 2026-11-20.",
    );
    controller.next();
    controller.next();
    expectNear(model.results().comparison.larger.costPerRequest, (5000 * 2 + 500 * 8) / 1e6, 12);
    await controller.writeSheet();
    const written = writer.sheets[1].plan as SheetPlan;
    const formulas = written.cells.flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.some((text) => text.includes("'Prices (2)'!$A$6:$P$7"))).toBe(true);
  });

  it("shows how the file differs from the catalogue, and the analyst's choice decides which price is used", async () => {
    // gpt-4.1-mini at other prices than the catalogue's; the file lacks its fine-tuned prices.
    const text = "as of,2026-11-20\nmodel,input,output\nacme-large,2,8\ngpt-4.1-mini,0.5,2\n";
    const writer = new StubWriter();
    const { view, controller, model } = setUp(writer);
    await controller.importPrices(file("mixed.csv", text));
    const models = view.reviews.at(-1)?.review.models ?? [];
    expect(models.map((row) => [row.id, row.winner])).toEqual([["gpt-4.1-mini", "file"]]);
    expect(models[0].prices).toEqual([
      { kind: "input", catalogue: "$0.4", file: "$0.5", why: "differs" },
      { kind: "output", catalogue: "$1.6", file: "$2", why: "differs" },
    ]);
    expect(models[0].catalogue).toMatch(
      /^Catalogue as of 2026-08-21, from https:\/\/github\.com\/pydantic\/genai-prices\//,
    );
    controller.priceChoice("gpt-4.1-mini", "catalogue");
    expect(view.plans.at(-1)).toMatch(
      /: 1 row in the table: 1 model the catalogue lacks, and 0 catalogue models at the file's prices\. The catalogue keeps pricing 1 model \(gpt-4\.1-mini\)\./,
    );
    controller.priceChoice("gpt-4.1-mini", "file");
    await controller.writePrices();
    const sheet = writer.sheets[0].plan;
    expect(sheet.tables?.[0].values.map((row) => row.slice(0, 3))).toEqual([
      ["acme-large", 2, 8],
      ["gpt-4.1-mini", 0.5, 2],
    ]);
    // The difference, beside the table, says which price is used.
    expect(sheet.tables?.[1].values[0]).toEqual([
      "gpt-4.1-mini",
      "input",
      0.4,
      "2026-08-21",
      expect.stringMatching(/^https:/),
      0.5,
      "differs",
      "the file's",
    ]);
    controller.next();
    controller.answer("largeModel", "acme-large");
    controller.answer("smallModel", "gpt-4.1-mini");
    controller.next();
    controller.next();
    // The file's base prices, and the catalogue's fine-tuned ones it lacks.
    const tuned = model.results().comparison.fineTuned;
    expectNear(isPriced(tuned) && tuned.costPerRequest, (2500 * 0.8 + 500 * 3.2) / 1e6, 12);
    await controller.writeSheet();
    const written = writer.sheets[1].plan as SheetPlan;
    const formulas = written.cells.flatMap((cell) => (cell.formula ? [cell.formula] : []));
    const compares = formulas.filter((text) => text.includes("AICOST.FT_COMPARE("));
    expect(compares.length).toBeGreaterThan(0);
    expect(compares.every((text) => text.includes("'Prices (2)'!"))).toBe(true);
  });

  it("writes nothing when the analyst cancels", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    await controller.importPrices(file("negotiated.csv", CSV));
    controller.cancelPrices();
    await controller.writePrices();
    expect(writer.sheets).toEqual([]);
    expect(view.lastStatus).toEqual({ message: "Nothing was imported from negotiated.csv.", kind: "info" });
  });

  it("writes nothing for a malformed file and says what is wrong", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    await controller.importPrices(file("prices.csv", "model,input,output\nacme,two,8\n"));
    expect(writer.sheets).toEqual([]);
    expect(view.reviews).toEqual([]);
    expect(view.lastStatus.kind).toBe("error");
    expect(view.lastStatus.message).toMatch(/^Nothing was imported: prices\.csv, line 2, column 2 \(input\)/);
  });

  it("outside Excel and the preview, says where prices can be imported", async () => {
    const { view, controller } = setUp(null);
    await controller.importPrices(file("negotiated.csv", CSV));
    expect(view.lastStatus).toEqual({
      message: "Prices can be imported where the pane can write: in Excel or the preview.",
      kind: "error",
    });
  });
});

/** A writer that keeps the cells it wrote, so that a test can change one as an analyst would. */
class SheetWriter extends StubWriter {
  cells = new Map<string, { formula?: string; value: unknown }>();
  listeners: (() => void)[] = [];
  async writeNewSheet(baseName: string, plan: SheetLayout): Promise<string> {
    for (const cell of plan.cells) {
      this.cells.set(
        cell.address,
        cell.formula !== undefined ? { formula: cell.formula, value: 0 } : { value: cell.value },
      );
    }
    return super.writeNewSheet(baseName, plan);
  }
  async readCells(_sheet: string, addresses: readonly string[]) {
    return addresses.map((address) => this.cells.get(address.replace(/\$/g, "")) ?? { value: "" });
  }
  watch(_sheet: string, changed: () => void): void {
    this.listeners.push(changed);
  }
  type(address: string, value: unknown): void {
    this.cells.set(address.replace(/\$/g, ""), { value });
    this.listeners.forEach((listener) => listener());
  }
}

describe("the result as a snapshot of the answers", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("says so, says when the written sheet has changed since, and reads its inputs back", async () => {
    const writer = new SheetWriter();
    const { view, model, controller } = setUp(writer);
    toResult(controller);
    expect(view.snapshots.at(-1)?.text).toMatch(/^These figures are a snapshot of your answers\./);
    await controller.writeSheet();
    const plan = writer.sheets[0].plan as SheetPlan;
    const volume = plan.where.inputs.requestsPerMonth ?? "";
    controller.next();
    await settle();
    expect(view.snapshots.at(-1)).toEqual({
      text: "These figures are a snapshot of your answers. The sheet “AI cost model (2)” holds the same inputs; its formulas stay live.",
      canReadBack: false,
    });
    // An analyst types another volume and a higher memory setup into the sheet.
    writer.type(volume, 100000);
    writer.type(plan.where.inputs.memorySetupHigh ?? "", 40000);
    await settle();
    const said = view.snapshots.at(-1);
    expect(said?.canReadBack).toBe(true);
    expect(said?.text).toContain(
      "has changed since it was written (Requests per month: 100,000; Memory: setup cost (high): 40,000)",
    );
    const before = view.results.length;
    controller.readBack();
    expect([model.value("requestsPerMonth"), model.value("memorySetupHigh")]).toEqual(["100000", "40000"]);
    expect(view.results.length).toBe(before + 1);
    expect(view.lastStatus).toEqual({
      message: "Read the sheet's inputs back: the figures below are the sheet's.",
      kind: "success",
    });
  });
});

describe("how sure the recommendation is, in the pane", () => {
  it("gives the chance the recommended strategy is the cheapest, the totals' ranges and what would change it", () => {
    const { view, model, controller } = setUp();
    toResult(controller);
    const result = view.results.at(-1);
    if (!result) throw new Error("no result");
    const results = model.results();
    const sureness = results.sureness;
    if (!sureness) throw new Error(results.surenessError);
    expect(results.recommendation.recommendation).toBe("Use memory");
    const memory = sureness.strategies.find((row) => row.strategy === "Small model + memory");
    expect(result.sure.chanceWords).toBe(
      " chance that the small model with memory is the cheapest of the strategies the rule finds fit.",
    );
    expect(result.sure.chance).toBe(formatCell(memory?.chance ?? NaN, FORMATS.chance));
    expect(result.sure.rows.map((row) => row.cells[0])).toEqual(results.rows.map((row) => row.strategy));
    expect(result.sure.rows.find((row) => row.recommended)?.cells[0]).toBe("Small model + memory");
    // The chances of the strategies that compete add up to one.
    expectNear(
      sureness.strategies.reduce((sum, row) => sum + row.chance, 0),
      1,
      12,
    );
    // Memory's setup is paid at month 0, so it switches where memory's total reaches the fine-tuned one's.
    const total = (strategy: string) => results.rows.find((row) => row.strategy === strategy)?.total as number;
    const gap = total("Fine-tuned small model") - total("Small model + memory");
    const setup = sureness.switches.find((row) => row.input === "memory_setup_cost");
    expect(setup?.above?.to).toBe("Fine-tune");
    // To 6 significant figures, as FT_SWITCH_VALUES gives it.
    expect(setup?.above?.at).toBe(Number(gap.toPrecision(6)));
    expect(result.sure.switches).toContain(
      `“Use memory” holds unless memory's setup cost (now $0) rises above ${formatCell(setup?.above?.at ?? NaN, FORMATS.money)} (then: Fine-tune).`,
    );
  });
});

describe("how sure, where the simulation and the most likely figures part", () => {
  it("says plainly that a headline is not settled when another strategy is cheapest more often", () => {
    // 50,000 requests a month: memory costs least at the most likely figures (its setup at $0, the
    // low end of its range), the larger model in most combinations of the lows and highs.
    const { view, model, controller } = setUp();
    const answers = {
      largeModel: "gpt-5.4",
      smallModel: "fireworks/llama-3.1-8b-instruct",
      inputTokens: "1200",
      ftInputTokens: "500",
      outputTokens: "150",
      requestsPerMonth: "50000",
      discountRate: "0.1",
    };
    for (const [key, value] of Object.entries(answers)) model.set(key as Parameters<typeof model.set>[0], value);
    toResult(controller);
    const results = model.results();
    const sureness = results.sureness;
    if (!sureness) throw new Error(results.surenessError);
    const chance = (strategy: string) => sureness.strategies.find((row) => row.strategy === strategy)?.chance ?? NaN;
    expect(results.recommendation.strategy).toBe("Small model + memory");
    expect(chance("Small model + memory")).toBeLessThan(0.5);
    expect(chance("Larger model")).toBeGreaterThan(0.5);
    expect(view.results.at(-1)?.sure.summary).toMatch(
      new RegExp(
        "^Not settled: at your most likely figures the small model with memory costs least, but over your lows and " +
          `highs the larger model is the cheapest more often \\(${formatCell(chance("Larger model"), FORMATS.chance).replace(".", "\\.")} of the combinations\\)\\. `,
      ),
    );
    // Where the headline is also what the combinations favour, nothing of the kind is said.
    const settled = setUp();
    toResult(settled.controller);
    expect(settled.view.results.at(-1)?.sure.summary).toMatch(/^Over 10,000 combinations/);
    // The pane lists the six nearest changes, and says that the sheet holds one more.
    const switches = view.results.at(-1)?.sure.switches ?? [];
    expect(switches).toHaveLength(7);
    expect(switches.at(-1)).toBe("One more change is in the written sheet's table of what would change it.");
  });

  it("says none breaks even where no combination does, and says the payback's chance is not known without prices", () => {
    const { view, model, controller } = setUp();
    model.set("largeModel", "gemini-2.5-flash-lite");
    model.set("smallModel", "fireworks/llama-3.3-70b-instruct");
    model.set("ftInputTokens", "5000");
    toResult(controller);
    const risk = view.results.at(-1)?.risk;
    expect(risk?.summary).toMatch(
      /^Over 10,000 combinations of your low and high figures, none of them ever breaks even;/,
    );
    expect(risk?.summary).not.toMatch(/never breaks even\./);
    const unpriced = setUp();
    unpriced.model.set("smallModel", "claude-haiku-4.5");
    toResult(unpriced.controller);
    const said = unpriced.view.results.at(-1)?.risk;
    expect(`${said?.chance}${said?.chanceWords}`).toBe(
      "Not known: the chance that fine-tuning pays back within 24 months.",
    );
  });
});

describe("importing a price file of 50 MB or more", () => {
  it("is refused before the file is read, and nothing is written", async () => {
    const writer = new StubWriter();
    const { view, controller } = setUp(writer);
    let read = false;
    await controller.importPrices({
      name: "export.json",
      size: 60 * 1024 * 1024,
      text: async () => {
        read = true;
        return "{}";
      },
    });
    expect(read).toBe(false);
    expect(writer.sheets).toEqual([]);
    expect(view.lastStatus).toEqual({
      message:
        "Nothing was imported: export.json is 60 MB: a price file is under 50 MB (litellm's, the largest, is about " +
        "1.5 MB). Choose the price file itself.",
      kind: "error",
    });
  });
});

describe("PaneController's usage import", () => {
  /** A usage export as the pane's file input gives it. */
  const usageFile = (name: string) => {
    const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", "usage", name), "utf8");
    return { name, size: text.length, text: () => Promise.resolve(text) };
  };
  /** Lets the import's reading and writing, which the controller starts without waiting, finish. */
  const settle = async () => {
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
  };

  it("takes the export's cached share only where the small model prices cached input, and says why not", async () => {
    const { view, model, controller } = setUp();
    const before = model.value("cachedShare");
    controller.importUsage(usageFile("openai-usage.json"));
    await settle();
    controller.writeUsage();
    await settle();
    // The default small model, an open-weight Llama served by Fireworks, has no cached-input price.
    expect(model.value("cachedShare")).toBe(before);
    expect(model.pricingGap()).toBeUndefined();
    expect(view.lastStatus.kind).toBe("success");
    expect(view.lastStatus.message).toMatch(
      /Its cached share was not taken: fireworks\/llama-3\.1-8b-instruct has no cached input price, so .* cannot be priced with caching\.$/,
    );
    // A small model that prices cached input takes it.
    controller.answer("smallModel", "gpt-4.1-mini");
    controller.importUsage(usageFile("openai-usage.json"));
    await settle();
    controller.writeUsage();
    await settle();
    expect(Number(model.value("cachedShare"))).toBeGreaterThan(0.3);
    expect(view.lastStatus.message).not.toMatch(/not taken/);
  });

  it("says under each answer it gave where it came from, until the analyst types another", async () => {
    const { view, model, controller } = setUp();
    controller.importUsage(usageFile("openai-usage.json"));
    await settle();
    controller.writeUsage();
    await settle();
    controller.next();
    const note = (key: string) =>
      view.steps[view.steps.length - 1].step.fields.find((field) => field.key === key)?.note?.text;
    // The stub writer numbers the sheet as Excel's writer does when "Usage" is taken.
    const from = "From openai-usage.json, written to the sheet “Usage (2)”.";
    expect([note("requestsPerMonth"), note("inputTokens"), note("outputTokens")]).toEqual([from, from, from]);
    // The cached share the small model could not price was not taken: nothing is said of it.
    expect(note("cachedShare")).toBeUndefined();
    controller.answer("requestsPerMonth", String(Number(model.value("requestsPerMonth")) + 1));
    expect(note("requestsPerMonth")).toBeUndefined();
    expect(note("inputTokens")).toBe(from);
    // Start over forgets the file.
    controller.restart();
    controller.next();
    expect(note("inputTokens")).toBeUndefined();
  });

  it("writes the model with the answers it gave as formulas on the Usage sheet, while they stand", async () => {
    const writer = new StubWriter();
    const { model, controller } = setUp(writer);
    controller.importUsage(usageFile("openai-usage.json"));
    await settle();
    controller.writeUsage();
    await settle();
    const usage = writer.sheets[0];
    expect(usage.name).toBe("Usage");
    // The stub names it "Usage (2)"; WORKLOAD's table is on it, and the answers read its cells.
    const spill = usage.plan.spills[0];
    expect(usage.plan.cells.find((cell) => cell.address === spill.anchor)?.formula).toMatch(/^=AICOST\.WORKLOAD\(/);
    const typed = String(Number(model.value("outputTokens")) + 1);
    controller.answer("outputTokens", typed);
    toResult(controller);
    await controller.writeSheet();
    const plan = writer.sheets[1].plan as SheetPlan;
    const input = (key: AnswerKey) => {
      const address = (plan.where.inputs[key] ?? "").replace(/\$/g, "");
      return plan.cells.find((cell) => cell.address === address);
    };
    expect(input("requestsPerMonth")?.formula).toMatch(/^=ROUND\('Usage \(2\)'!\$[A-Z]+\$\d+,0\)$/);
    expect(input("inputTokens")?.formula).toMatch(/^=ROUND\('Usage \(2\)'!/);
    expect(input("volumeLow")?.formula).toMatch(/^=MIN\('Usage \(2\)'!/);
    expect(input("volumeHigh")?.formula).toMatch(/^=MAX\('Usage \(2\)'!/);
    // An answer typed since is the analyst's own: written as typed.
    expect(input("outputTokens")).toMatchObject({ value: Number(typed) });
    expect(input("outputTokens")?.formula).toBeUndefined();
  });

  /** A writer with a workbook of sheets, each with its cells, that names the first "Usage" as Excel would. */
  class WorkbookStub extends StubWriter {
    book = new Map<string, Map<string, { formula?: string; value: unknown }>>();
    listeners = new Map<string, (() => void)[]>();
    async writeNewSheet(baseName: string, plan: SheetLayout): Promise<string> {
      await super.writeNewSheet(baseName, plan);
      const name = this.book.has(baseName) ? `${baseName} (${this.book.size + 1})` : baseName;
      const cells = new Map<string, { formula?: string; value: unknown }>();
      for (const cell of plan.cells) {
        cells.set(
          cell.address,
          cell.formula !== undefined ? { formula: cell.formula, value: 0 } : { value: cell.value },
        );
      }
      this.book.set(name, cells);
      return name;
    }
    async readCells(sheet: string, addresses: readonly string[]) {
      const cells = this.book.get(sheet);
      return cells && addresses.map((address) => cells.get(address.replace(/\$/g, "")) ?? { value: "" });
    }
    watch(sheet: string, changed: () => void): void {
      this.listeners.set(sheet, [...(this.listeners.get(sheet) ?? []), changed]);
    }
    changed(sheet: string): void {
      for (const listener of this.listeners.get(sheet) ?? []) listener();
    }
  }

  /** A controller whose usage import of OpenAI's sample export has written its Usage sheet. */
  async function withUsageSheet() {
    const writer = new WorkbookStub();
    const pane = setUp(writer);
    pane.controller.importUsage(usageFile("openai-usage.json"));
    await settle();
    pane.controller.writeUsage();
    await settle();
    return { writer, ...pane };
  }

  it("a linked input is the same while its value is, whatever quotes its sheet's name comes back with", async () => {
    const { writer, view, model, controller } = await withUsageSheet();
    toResult(controller);
    await controller.writeSheet();
    const plan = writer.sheets[1].plan as SheetPlan;
    const sheet = writer.book.get("AI cost model");
    const volume = (plan.where.inputs.requestsPerMonth ?? "").replace(/\$/g, "");
    if (!sheet) throw new Error("no model sheet");
    // As the workbook computes them, and gives the formulas back: 'Usage'!$K$14 as Usage!$K$14.
    for (const [address, cell] of sheet) {
      if (cell.formula?.includes("'Usage'!")) {
        const key = (Object.entries(plan.where.inputs) as [AnswerKey, string][]).find(
          ([, at]) => at.replace(/\$/g, "") === address,
        )?.[0];
        sheet.set(address, {
          formula: cell.formula.replace(/'Usage'!/g, "Usage!"),
          value: Number(model.value(key as AnswerKey)),
        });
      }
    }
    writer.changed("AI cost model");
    controller.next();
    await settle();
    expect(view.snapshots.at(-1)?.text).toContain("holds the same inputs");
    // A corrected row on the Usage sheet moves the volume's value, not its formula: that is a change.
    const now = sheet.get(volume) as { formula: string; value: number };
    sheet.set(volume, { ...now, value: now.value + 7 });
    writer.changed("Usage");
    await settle();
    expect(view.snapshots.at(-1)).toMatchObject({ canReadBack: true });
    expect(view.snapshots.at(-1)?.text).toContain(`Requests per month: ${groupDigits(now.value + 7)}`);
    controller.readBack();
    expect(model.value("requestsPerMonth")).toBe(String(now.value + 7));
    // Read back, it is still the Usage sheet's: the next model written links it again.
    await controller.writeSheet();
    const next = writer.sheets[2].plan as SheetPlan;
    const address = (next.where.inputs.requestsPerMonth ?? "").replace(/\$/g, "");
    expect(next.cells.find((cell) => cell.address === address)?.formula).toMatch(/^=ROUND\('Usage'!/);
  });

  it("writes the answers as figures where the Usage sheet is no longer in the workbook, and says so", async () => {
    const { writer, view, model, controller } = await withUsageSheet();
    writer.book.delete("Usage");
    toResult(controller);
    await controller.writeSheet();
    const plan = writer.sheets[1].plan as SheetPlan;
    const address = (plan.where.inputs.requestsPerMonth ?? "").replace(/\$/g, "");
    expect(plan.cells.find((cell) => cell.address === address)).toMatchObject({
      value: Number(model.value("requestsPerMonth")),
    });
    expect(plan.cells.some((cell) => cell.formula?.includes("Usage"))).toBe(false);
    expect(view.lastStatus.message).toContain(
      "The sheet “Usage” is no longer in the workbook as imported: the workload answers are written as figures.",
    );
  });
});

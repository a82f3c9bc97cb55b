/**
 * Connects the questionnaire, the view and the workbook writer: it turns what the user does into
 * model changes, renders the model, and asks the writer to write. Every number it shows comes
 * from the engine through the model's results.
 */
import type { Verdict } from "../engine";
import { messages } from "../functions/messages";
import { formatCell } from "../functions/format";
import { STEPS, type AnswerKey, type RawAnswer } from "./answers";
import type { Questionnaire } from "./questionnaire";
import { HORIZON_MONTHS, type Results } from "./results";
import { buildSheetPlan, FORMATS } from "./sheetPlan";
import type { PaneView, ResultView, ViewEvents } from "./view";
import { PartialWriteError, type WorkbookWriter } from "./writer";

/** The name of the worksheet "Write to sheet" adds (made unique when taken). */
export const SHEET_NAME = "AI cost model";

const VERDICT_EXPLANATIONS: Record<Verdict, string> = {
  "Fine-tune": "The task is narrow and stable, and the volume is high enough for fine-tuning to pay back quickly.",
  "Evaluate fine-tuning":
    "Fine-tuning may pay at this volume: test a fine-tuned model against your quality bar before you commit.",
  "Use memory":
    "Give the small model persistent memory: similar per-request savings without a training pipeline to run.",
  "Use the larger model":
    "Keep the larger model: the task is too broad or changes too often for a small model to learn it from examples.",
};

/** Figures shown as the written sheet shows them, with Excel's rounding. */
const money = (value: number): string => formatCell(value, FORMATS.money);
const perRequest = (value: number): string => formatCell(value, FORMATS.perRequest);

/** Formats the engine's results for the result step. */
function resultView(results: Results, canWrite: boolean): ResultView {
  const { decision, comparison, breakEven } = results;
  return {
    verdict: decision.verdict,
    verdictExplanation: VERDICT_EXPLANATIONS[decision.verdict],
    reasons: decision.checks.map((check, index) => ({ ...check, decisive: index === decision.decidedBy })),
    figures: [
      {
        label: "Break-even",
        value: breakEven.paysBack
          ? `${formatCell(breakEven.months, FORMATS.months)} months`
          : messages.neverBreaksEven(breakEven).message.replace(/^never/, "Never"),
      },
      { label: "Net savings after 12 months", value: money(results.netSavings12) },
      { label: `Net savings after ${HORIZON_MONTHS} months`, value: money(results.netSavings24) },
      { label: "Monthly savings from fine-tuning", value: money(results.monthlySavings) },
      { label: "Upfront cost of fine-tuning", value: money(results.upfrontCost) },
      {
        label: "Maintenance and hosting",
        value: `${money(results.monthlyRunning)} a month`,
      },
      { label: `Cheapest over ${HORIZON_MONTHS} months`, value: results.cheapest.strategy },
    ],
    comparison: {
      header: ["Strategy", "Per request", `${HORIZON_MONTHS}-month cost`, "Saving"],
      rows: comparison.rows.map((row) => [
        row.strategy,
        perRequest(row.costPerRequest),
        money(row.total),
        money(row.savingVsLarger),
      ]),
    },
    canWrite,
    writeNote: canWrite
      ? "Write to sheet adds a new worksheet: your answers as inputs, live AICOST formulas, a scenario grid and a chart. " +
        "Write at selection puts the inputs and results at the selected cell and never overwrites anything."
      : "Open this add-in in Excel to write the model into a workbook.",
  };
}

/** What the pane says of a failed write: nothing left behind, or what may be. */
function failure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof PartialWriteError ? `The write failed: ${message}` : `Nothing was written: ${message}`;
}

/** "B3", "B3 and C4", "B3, C4 and 5 more cells". */
function listCells(cells: string[]): string {
  if (cells.length === 1) return cells[0];
  if (cells.length <= 4) return `${cells.slice(0, -1).join(", ")} and ${cells[cells.length - 1]}`;
  return `${cells.slice(0, 3).join(", ")} and ${cells.length - 3} more cells`;
}

export class PaneController implements ViewEvents {
  constructor(
    private readonly model: Questionnaire,
    private readonly view: PaneView,
    private readonly writer: WorkbookWriter | undefined,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  start(): void {
    this.view.bind(this);
    this.renderStep("keep");
  }

  private titles(): string[] {
    return STEPS.map((step) => step.title);
  }

  private renderStep(focus: "heading" | "first-error" | "keep"): void {
    if (this.model.step === "result") {
      this.view.showResult(
        { number: this.model.stepNumber, titles: this.titles() },
        resultView(this.model.results(), Boolean(this.writer)),
      );
      return;
    }
    const errors = this.model.errors;
    this.view.showStep(
      {
        number: this.model.stepNumber,
        count: this.model.stepCount,
        title: this.model.stepTitle,
        titles: this.titles(),
        fields: this.model
          .visibleFields()
          .map((field) => ({ ...field, value: this.model.value(field.key), error: errors[field.key] })),
      },
      focus,
    );
  }

  answer(key: AnswerKey, value: RawAnswer): void {
    const shownBefore = this.model
      .visibleFields()
      .map((field) => field.key)
      .join();
    const hadError = Boolean(this.model.errors[key]);
    this.model.set(key, value);
    const shownAfter = this.model
      .visibleFields()
      .map((field) => field.key)
      .join();
    if (hadError || key === "costLevel" || shownBefore !== shownAfter) this.renderStep("keep");
  }

  next(): void {
    const moved = this.model.next();
    this.renderStep(moved ? "heading" : "first-error");
    if (!moved) this.view.showStatus("Some answers need a fix: see the messages under the questions.", "error");
    else this.view.showStatus("", "info");
  }

  back(): void {
    this.model.back();
    this.view.showStatus("", "info");
    this.renderStep("heading");
  }

  restart(): void {
    this.model.restart();
    this.view.showStatus("", "info");
    this.renderStep("heading");
  }

  async writeSheet(): Promise<void> {
    if (!this.writer) return;
    this.view.showStatus("Writing the model…", "info");
    try {
      const plan = buildSheetPlan(this.model.answers(), { scope: "model", date: this.today() });
      const name = await this.writer.writeNewSheet(SHEET_NAME, plan);
      this.view.showStatus(
        `Wrote the model to the new worksheet “${name}”. Change a blue input cell to see the results move.`,
        "success",
      );
    } catch (error) {
      this.view.showStatus(failure(error), "error");
    }
  }

  async writeAtSelection(): Promise<void> {
    if (!this.writer) return;
    this.view.showStatus("Checking the selected cells…", "info");
    try {
      const answers = this.model.answers();
      const outcome = await this.writer.writeAtSelection((origin) =>
        buildSheetPlan(answers, { origin, scope: "inputs-and-results", date: this.today() }),
      );
      if (outcome.written) {
        this.view.showStatus(`Wrote the inputs and results to ${outcome.address}.`, "success");
      } else {
        this.view.showStatus(
          `Nothing was written: ${listCells(outcome.inTheWay)} ${outcome.inTheWay.length === 1 ? "is" : "are"} not empty. ` +
            `The model needs ${outcome.address} to be empty: select an empty area and try again.`,
          "error",
        );
      }
    } catch (error) {
      this.view.showStatus(failure(error), "error");
    }
  }
}

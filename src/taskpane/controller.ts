/**
 * Connects the questionnaire, the view and the workbook writer: it turns what the user does into
 * model changes, renders the model, and asks the writer to write. Every number it shows comes
 * from the engine through the model's results.
 */
import {
  assumption,
  catalogueEntry,
  PRICE_KIND_LABELS,
  readIsoDate,
  EVALUATE_VOLUME,
  FIT_STRATEGIES,
  isoFromSerial,
  statusOn,
  type CatalogueEntry,
  type Verdict,
} from "../engine";
import { today } from "../functions/clock";
import { ExcelError, type Cell } from "../functions/excelError";
import { formatMonths, groupDigits } from "../functions/format";
import { FIELDS, STEPS, type AnswerKey, type RawAnswer } from "../sheet/answers";
import { STRATEGY_WORDS } from "../functions/recommendation";
import { RISK_SAMPLES, SENSITIVITY_WORDS, SWITCH_WORDS } from "../sheet/bindings";
import { FORMATS } from "../sheet/formats";
import { formatCell } from "../sheet/numberFormat";
import { modelNote, offeredModels, startDayOf } from "./modelNotes";
import { MAX_PRICE_FILE_MB } from "../prices/priceFile";
import { PRICE_FILE_MESSAGES, readPriceFile } from "../prices/priceFiles";
import { differencesFrom, winningRows, type ModelDifference } from "../prices/catalogue";
import type { PriceFile } from "../prices/priceFile";
import {
  DATE_CELL,
  importedOverrides,
  importLayout,
  importSummary,
  rowsSummary,
  type FileDate,
} from "../sheet/priceSheet";
import { staleSentence } from "../sheet/prices";
import type { Questionnaire } from "./questionnaire";
import type { Results } from "./results";
import { buildSheetPlan } from "../sheet/plan";
import type { PaneView, ResultView, UsageFile, ViewEvents } from "./view";
import { UsageImport } from "./usageImport";
import { PartialWriteError, reason, type WorkbookWriter } from "./writer";

/** The name of the worksheet "Write to sheet" adds (made unique when taken). */
export const SHEET_NAME = "AI cost model";

/** What the rule's verdict means, in the rule's terms: which strategies it finds fit. The money decides among them. */
const VERDICT_EXPLANATIONS: Record<Verdict, string> = {
  "Fine-tune":
    "The task is narrow and stable and the volume high: the rule finds every strategy fit and prefers fine-tuning.",
  "Evaluate fine-tuning":
    "The task is narrow and stable and the volume moderate: the rule finds every strategy fit. Test a " +
    "fine-tuned model against your quality bar before you commit.",
  "Use memory":
    "The rule marked below rules fine-tuning out: it finds the small model with memory and the larger model fit, and prefers memory.",
  "Use the larger model":
    "The task is too broad or changes too often for a small model to learn it: the rule finds only the larger model fit.",
};

/** Figures shown as the written sheet shows them, with Excel's rounding. */
const money = (value: number): string => formatCell(value, FORMATS.money);
const perRequest = (value: number): string => formatCell(value, FORMATS.perRequest);

/** A saving as a saving, and a negative one as the cost it is. */
const saving = (value: number, more: string): string =>
  value >= 0 || money(value) === money(0) ? money(value) : `${money(-value)} ${more}`;

/** A cell of the comparison as the sheet shows it: a number in its format, an error by its message. */
const shown = (cell: Cell, format: (value: number) => string): string =>
  typeof cell === "number" ? format(cell) : cell instanceof ExcelError ? "no requests" : String(cell);
const savingCell = (cell: Cell): string => (typeof cell === "number" ? saving(cell, "more") : shown(cell, money));

/** What the training run's question says beneath it: the figure a blank answer stands for, and where it comes from. */
function trainingRunNote(model: Questionnaire): { text: string; tone: "info"; suggestions: string[] } | undefined {
  const run = model.trainingRun();
  if (!run) return undefined;
  const typed = String(model.value("trainingRunCost")).trim() !== "";
  const small = String(model.value("smallModel"));
  const from =
    run.price !== undefined
      ? `${groupDigits(Number(model.value("trainingExamples")))} examples × ${groupDigits(Number(model.value("trainingTokensPerExample")))} tokens × ${model.value("trainingEpochs")} passes at ${small}'s training price, ${formatCell(run.price, "$#,##0.00")} per 1M tokens`
      : `${small} has no training price in the catalogue, so the published figure for one run stands in`;
  return {
    text: typed
      ? `Your figure overrides the computed ${formatCell(run.cost, "$#,##0.00")} (${from}). Clear it to use that.`
      : `Blank: ${formatCell(run.cost, "$#,##0.00")} a run (${from}).`,
    tone: "info",
    suggestions: [],
  };
}

/** True when the analyst gives the small model fine-tuned prices of their own, as the pane's questions ask them. */
function ownFineTunedPrices(model: Questionnaire): boolean {
  const given = (key: AnswerKey) => String(model.value(key)).trim() !== "";
  return model.value("smallOwnPrices") === true && given("smallFtInputPrice") && given("smallFtOutputPrice");
}

/** The horizon and the rate the figures are computed over, said once. */
const horizonNote = (results: Results): string =>
  `over ${formatMonths(results.horizonMonths)}` +
  (results.discountRate > 0 ? `, discounted at ${formatCell(results.discountRate, FORMATS.share)} a year` : "");

/** Formats the engine's results for the result step. */
function resultView(results: Results, canWrite: boolean): ResultView {
  const { decision, comparison, recommendation, fineTuned, rows } = results;
  const horizon = formatMonths(results.horizonMonths);
  const fit = FIT_STRATEGIES[decision.verdict];
  return {
    recommendation: recommendation.recommendation,
    reason: results.reason,
    notes: results.notes,
    verdict: decision.verdict,
    verdictExplanation: VERDICT_EXPLANATIONS[decision.verdict],
    reasons: decision.checks.map((check, index) => ({ ...check, decisive: index === decision.decidedBy })),
    figuresTitle: "Fine-tuning against the larger model",
    figures: fineTuned
      ? [
          {
            label: "Break-even",
            value:
              fineTuned.breakEven instanceof ExcelError
                ? fineTuned.breakEven.message.replace(/^never/, "Never")
                : `${formatCell(fineTuned.breakEven, FORMATS.months)} months`,
          },
          { label: `Net savings after ${horizon}`, value: saving(fineTuned.netSavings, "lost") },
          // The comparison's saving differs from the net savings by a re-tune only.
          ...(comparison.retirement
            ? [
                {
                  label: `The comparison's saving over ${horizon}, a re-tune included`,
                  value: saving(fineTuned.netSavingsCompared, "lost"),
                },
              ]
            : []),
          {
            label: "Monthly savings, fallback included",
            value: saving(fineTuned.monthlySavings, "a month more than the larger model"),
          },
          { label: "Upfront cost of fine-tuning", value: money(results.upfrontCost) },
          { label: "Maintenance and hosting", value: `${money(fineTuned.monthlyRunning)} a month` },
          ...(comparison.retirement
            ? [
                {
                  label:
                    `Re-tune when ${comparison.retirement.model} retires, in month ${comparison.retirement.month} ` +
                    "(counted in the comparison's saving only)",
                  value: money(comparison.retirement.cost),
                },
              ]
            : []),
        ]
      : [{ label: "Not priced", value: results.unpricedReason ?? "" }],
    sure: sureView(results),
    risk: riskView(results),
    comparison: {
      caption: `Four strategies ${horizonNote(results)}`,
      header: ["Strategy", "Per request", "Total", "Saving"],
      rows: rows.map((row) => ({
        cells:
          row.unpriced === undefined
            ? [row.strategy, shown(row.costPerRequest, perRequest), shown(row.total, money), savingCell(row.saving)]
            : [row.strategy, "not priced", "not priced", "not priced"],
        ...(row.unpriced === undefined ? {} : { why: row.unpriced }),
        mark:
          row.strategy === recommendation.strategy
            ? ("recommended" as const)
            : fit.some((strategy) => strategy === row.strategy)
              ? undefined
              : ("unfit" as const),
      })),
    },
    canWrite,
    writeNote: canWrite
      ? "Write to sheet adds a new worksheet: your answers as inputs, the recommendation and every result as live " +
        "AICOST formulas, a scenario grid and a chart. Write at selection puts the inputs and results at the " +
        "selected cell and never overwrites anything."
      : "Open this add-in in Excel to write the model into a workbook.",
  };
}

/** An input's value in its unit: money, a share, months or a count. */
function inputValue(input: string, value: number): string {
  if (/share|rate/.test(input)) return formatCell(value, FORMATS.shareFine);
  if (input === "months") return formatMonths(value);
  if (/cost|maintenance/.test(input)) return money(value);
  return formatCell(value, FORMATS.count);
}

/** How far a switching value is from the input's value now, as a share of the larger: the nearest are said first. */
const byNearness = (now: number, at: number): number =>
  Math.abs(at - now) / Math.max(Math.abs(now), Math.abs(at), Number.MIN_VALUE);

/** How sure the recommendation is, and what would change it, in words a CFO reads. */
function sureView(results: Results): ResultView["sure"] {
  const { sureness, recommendation } = results;
  const samples = groupDigits(RISK_SAMPLES);
  if (!sureness) {
    return {
      chance: "Not known:",
      chanceWords: " the chance that the recommendation is the cheapest.",
      summary: `The simulation of the recommendation could not run: ${results.surenessError ?? ""}`,
      rows: [],
      switches: [],
    };
  }
  const percent = (share: number) => formatCell(share, FORMATS.chance);
  const recommended = sureness.strategies.find((row) => row.strategy === recommendation.strategy);
  const words = STRATEGY_WORDS[recommendation.strategy];
  const switches = sureness.switches
    .flatMap((row) => {
      const said = SWITCH_WORDS[row.input] ?? row.input;
      const changes = [
        // Whole months change at a month, not across a boundary.
        // A horizon of no months weighs nothing: a change there is no decision to tell a CFO.
        ...(row.below && !(row.input === "months" && row.below.at < 1)
          ? [{ at: row.below.at, to: row.below.to, how: row.input === "months" ? "falls to" : "falls below" }]
          : []),
        ...(row.above
          ? [{ at: row.above.at, to: row.above.to, how: row.input === "months" ? "rises to" : "rises above" }]
          : []),
      ];
      if (changes.length === 0) return [];
      const nearest = Math.min(...changes.map((change) => byNearness(row.now, change.at)));
      const told = changes
        .map((change) => `${change.how} ${inputValue(row.input, change.at)} (then: ${change.to})`)
        .join(", or ");
      return [
        {
          nearest,
          text: `“${recommendation.recommendation}” holds unless ${said} (now ${inputValue(row.input, row.now)}) ${told}.`,
        },
      ];
    })
    .sort((a, b) => a.nearest - b.nearest)
    .map((change) => change.text);
  // The nearest few; the sheet's table holds every one.
  const shown = switches.slice(0, SWITCHES_SHOWN);
  if (switches.length > SWITCHES_SHOWN) {
    const more = switches.length - SWITCHES_SHOWN;
    shown.push(
      `${more === 1 ? "One more change is" : `${more} more changes are`} in the written sheet's table of what would change it.`,
    );
  }
  const fit = FIT_STRATEGIES[results.decision.verdict];
  const only = fit.length === 1;
  // A headline that the most likely figures give but most combinations of the lows and highs do not.
  const likelier = sureness.strategies.reduce<(typeof sureness.strategies)[number] | undefined>(
    (best, row) => (row.totals && row.chance > (best?.chance ?? 0) ? row : best),
    undefined,
  );
  const unsettled =
    !only && likelier && recommended && likelier.strategy !== recommended.strategy && recommended.chance < 0.5
      ? `Not settled: at your most likely figures ${words} costs least, but over your lows and highs ` +
        `${STRATEGY_WORDS[likelier.strategy as keyof typeof STRATEGY_WORDS] ?? likelier.strategy} is the cheapest more often (${percent(likelier.chance)} of the ` +
        "combinations). Check the figures whose most likely value sits at an end of its range. "
      : "";
  return {
    // One strategy fit for the task is the cheapest of those by construction, not by sampling.
    chance: only ? "Certain:" : percent(recommended?.chance ?? 0),
    chanceWords: only
      ? ` ${words} is the only strategy the rule finds fit.`
      : ` chance that ${words} is the cheapest of the strategies the rule finds fit.`,
    summary:
      unsettled +
      `Over ${samples} combinations of your lows and highs, each drawn independently of the others: ` +
      "each strategy's chance of costing least, and its total's 10th to 90th percentile. Each change below " +
      `moves one input alone, the others held, the rule's verdict (${results.decision.verdict}) too: the verdict ` +
      `itself moves with the volume at ${groupDigits(EVALUATE_VOLUME)} and ${groupDigits(assumption("volume_threshold"))} ` +
      "requests a month. The nearest change comes first.",
    rows: sureness.strategies.map((row) => ({
      cells: [
        row.strategy,
        row.totals ? percent(row.chance) : "—",
        row.totals
          ? `${money(row.totals[0])} to ${money(row.totals[2])}`
          : FIT_STRATEGIES[results.decision.verdict].some((fit) => fit === row.strategy)
            ? "not priced"
            : "not fit for the task",
      ],
      recommended: row.strategy === recommendation.strategy,
    })),
    switches: shown,
  };
}

/** The pane's list of what would change the recommendation: the nearest changes. */
const SWITCHES_SHOWN = 6;

/** The chance of paying back and the tornado, in words and figures as the sheet formats them. */
function riskView(results: Results): ResultView["risk"] {
  const { fineTuned } = results;
  const chanceWords = ` chance that fine-tuning pays back within ${formatMonths(results.horizonMonths)}.`;
  if (!fineTuned) {
    return {
      chance: "Not known:",
      chanceWords: ` the${chanceWords}`,
      summary: `The chance of paying back needs the fine-tuned small model's prices: ${results.unpricedReason ?? ""}`,
      tornadoCaption: "",
      tornado: [],
    };
  }
  const { risk } = fineTuned;
  if (!risk) {
    return {
      // No sample at all: not a sampled chance, but none.
      chance: formatCell(0, FORMATS.share),
      chanceWords,
      summary: "The payback simulation could not run on these figures: see the written sheet's cell for why.",
      tornadoCaption: "",
      tornado: [],
    };
  }
  // A payback within days (a very large volume) is said as such, not as "0.0 months".
  const months = (value: number) => (value < 0.05 ? "under 0.1 months" : `${formatCell(value, FORMATS.months)} months`);
  const percent = (share: number) => formatCell(share, FORMATS.chance);
  const [p10, , p90] = risk.breakEvenMonths;
  const none = risk.chanceNever === 1;
  const band = none
    ? "none of them ever breaks even"
    : p10 === Infinity
      ? "fewer than one in ten of them ever breaks even"
      : p90 === Infinity
        ? `break-even comes after ${months(p10)} at the earliest tenth, and at least one in ten never breaks even`
        : `break-even falls between ${months(p10)} and ${months(p90)} (10th to 90th percentile)`;
  const never = risk.chanceNever > 0 && !none ? ` In ${percent(risk.chanceNever)} of them it never breaks even.` : "";
  return {
    chance: percent(risk.chanceWithin),
    chanceWords,
    summary:
      `Over ${groupDigits(RISK_SAMPLES)} combinations of your low and high figures, ${band}; net savings after ` +
      `${formatMonths(results.horizonMonths)} fall between ${money(risk.netSavings[0])} and ${money(risk.netSavings[2])}.${never}` +
      " The figures are drawn independently of one another.",
    tornadoCaption: `What moves net savings after ${formatMonths(results.horizonMonths)} most, each figure at its low and its high`,
    tornado: fineTuned.sensitivity.map((row) => ({
      input: SENSITIVITY_WORDS[row.input] ?? row.input,
      atLow: row.netAtLow,
      atHigh: row.netAtHigh,
      text: `${money(row.netAtLow)} to ${money(row.netAtHigh)}`,
    })),
  };
}

/** The base name of the sheet an import writes; the writer makes it unique. */
const PRICES_SHEET_NAME = "Prices";

/** What the pane says of imported models the catalogue lists as retired or deprecated today. */
function outdated(ids: readonly string[]): string {
  const day = today();
  const named = new Map<string, { entry: CatalogueEntry; status: string }>();
  for (const id of ids) {
    const entry = catalogueEntry(id);
    const status = entry && statusOn(entry, day);
    if (entry && status !== "active") named.set(entry.id, { entry, status: status ?? "" });
  }
  if (named.size === 0) return "";
  const listed = [...named.values()]
    .slice(0, 3)
    .map(({ entry, status }) => `${entry.id} (${status}${entry.retiresOn ? ` ${entry.retiresOn}` : ""})`);
  const more = named.size > 3 ? ` and ${named.size - 3} more` : "";
  return ` It prices models the catalogue lists as retired or deprecated: ${listed.join(", ")}${more}.`;
}

/** What the pane says of a failed write: nothing left behind, or what may be. */
function failure(error: unknown): string {
  const message = reason(error);
  return error instanceof PartialWriteError ? `The write failed: ${message}` : `Nothing was written: ${message}`;
}

/** "B3", "B3 and C4", "B3, C4 and 5 more cells". */
function listCells(cells: string[]): string {
  if (cells.length === 1) return cells[0];
  if (cells.length <= 4) return `${cells.slice(0, -1).join(", ")} and ${cells[cells.length - 1]}`;
  return `${cells.slice(0, 3).join(", ")} and ${cells.length - 3} more cells`;
}

/** What the pane wrote to a sheet, to tell whether the sheet's inputs have changed since. */
interface Snapshot {
  sheet: string;
  inputs: { key: AnswerKey; label: string; address: string; formula?: string; value?: unknown }[];
}

/**
 * A formula as Excel or HyperFormula gives it back: spaces and case aside, and a sheet's name
 * without the quotes it does not need ('Usage'!A1 is given back as Usage!A1).
 */
const sameFormula = (a: string, b: string): boolean => {
  const plain = (formula: string) =>
    formula
      .replace(/'([A-Za-z_][\w.]*)'!/g, "$1!")
      .replace(/\s+/g, "")
      .toUpperCase();
  return plain(a) === plain(b);
};

/** An input's cell value as the answer the question would take: a date as yyyy-mm-dd, a number as typed. */
function rawFrom(key: AnswerKey, value: unknown): RawAnswer {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && key === "startDate") return isoFromSerial(value);
  return value === null || value === undefined ? "" : String(value);
}

export class PaneController implements ViewEvents {
  /** The sheets written in this session, in order. */
  private readonly written: string[] = [];
  /** The last model written to a new sheet, whose inputs the pane compares with its answers. */
  private snapshot?: Snapshot;
  /** The inputs of that sheet that differ from the answers now, with the sheet's values. */
  private drifted: { key: AnswerKey; label: string; value: unknown; formula?: string }[] = [];
  /** True while a price sheet is being written: a second click writes no second sheet. */
  private writingPrices = false;
  /** A price file read and checked, not yet written: its date and the analyst's choices. */
  private review?: {
    file: PriceFile;
    dateText: string;
    dateError?: string;
    date?: FileDate;
    differences?: ModelDifference[];
    choices: Record<string, "file" | "catalogue">;
  };

  /** The usage import, which writes a Usage sheet of its own. */
  private readonly usage: UsageImport;

  /**
   * The workload answers the last usage import gave, where from, and the formulas on its sheet that
   * give them: each says so, and a model written reads it from the sheet, while it stands.
   */
  private usageAnswers?: {
    values: Partial<Record<AnswerKey, string>>;
    from: string;
    sheet: { name: string; fileName: string; formulas: Partial<Record<AnswerKey, string>> };
  };

  /**
   * The answers still as a usage import gave them, with the formulas on its sheet that give them;
   * none where that sheet is no longer in the workbook as it was written (renamed or deleted since),
   * and then a sentence saying so.
   */
  private async linkedAnswers(): Promise<{ linked: Partial<Record<AnswerKey, string>>; note?: string }> {
    const usage = this.usageAnswers;
    if (!usage) return { linked: {} };
    const linked = Object.fromEntries(
      (Object.entries(usage.sheet.formulas) as [AnswerKey, string][]).filter(
        ([key]) => usage.values[key] !== undefined && this.model.value(key) === usage.values[key],
      ),
    );
    if (Object.keys(linked).length === 0 || !this.writer?.readCells) return { linked };
    // The sheet's B2 holds the file's name, as the import wrote it.
    const [named] = (await this.writer.readCells(usage.sheet.name, ["B2"]).catch(() => undefined)) ?? [];
    if (named?.value === usage.sheet.fileName) return { linked };
    return {
      linked: {},
      note: `The sheet “${usage.sheet.name}” is no longer in the workbook as imported: the workload answers are written as figures.`,
    };
  }

  /** Under an answer a usage import gave, while it is as imported: the file and the sheet it came from. */
  private usageNote(key: AnswerKey): { text: string; tone: "info"; suggestions: string[] } | undefined {
    const taken = this.usageAnswers?.values[key];
    if (taken === undefined || this.model.value(key) !== taken) return undefined;
    return { text: `From ${this.usageAnswers?.from}.`, tone: "info", suggestions: [] };
  }

  constructor(
    private readonly model: Questionnaire,
    private readonly view: PaneView,
    private readonly writer: WorkbookWriter | undefined,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    this.usage = new UsageImport(view, writer, (answers, from, sheet) => {
      const cachedBefore = this.model.value("cachedShare");
      for (const [key, value] of Object.entries(answers)) this.model.set(key as AnswerKey, value);
      // A cached share the small model cannot price (it has no cached-input price) would stop the
      // questions at the workload: the share as it was stays, and the pane says why.
      const gap = answers.cachedShare === undefined ? undefined : this.model.pricingGap();
      let note: string | undefined;
      if (gap?.key === "cachedShare") {
        this.model.set("cachedShare", cachedBefore);
        note = `Its cached share was not taken: ${gap.reason}.`;
      }
      const taken = { ...answers };
      if (note) delete taken.cachedShare;
      this.usageAnswers = { values: taken, from, sheet };
      // The figures shown follow the answers taken.
      this.renderStep("keep");
      return note;
    });
  }

  importUsage(file: UsageFile): void {
    void this.usage.importFile(file);
  }

  usageModel(model: string): void {
    this.usage.chooseModel(model);
  }

  usageMapping(mapping: Record<string, string>): void {
    void this.usage.map(mapping);
  }

  remapUsage(): void {
    this.usage.remap();
  }

  writeUsage(): void {
    void this.usage.write();
  }

  cancelUsage(): void {
    this.usage.cancel();
  }

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
      this.view.showSnapshot(this.snapshotView());
      void this.checkSheet();
      return;
    }
    const errors = this.model.errors;
    const notCheaper = this.model.smallNotCheaper();
    this.view.showStep(
      {
        number: this.model.stepNumber,
        count: this.model.stepCount,
        title: this.model.stepTitle,
        titles: this.titles(),
        fields: this.model.visibleFields().map((field) => ({
          ...field,
          value: this.model.value(field.key),
          error: errors[field.key],
          note:
            field.key === "smallModel" && notCheaper
              ? {
                  text:
                    `At these token counts this model costs ${perRequest(notCheaper.small)} a request, the larger one ` +
                    `${perRequest(notCheaper.large)}: on the same prompt it is not the cheaper model, so memory cannot ` +
                    "save money and fine-tuning only through a shorter prompt. Swap the two, or pick a smaller model.",
                  tone: "warning" as const,
                  suggestions: [],
                }
              : field.key === "trainingRunCost"
                ? trainingRunNote(this.model)
                : field.kind === "model"
                  ? modelNote(
                      this.model.value(field.key),
                      this.model.importedOverrides,
                      this.model.imported && `the sheet “${this.model.imported.sheet}”`,
                      {
                        role: field.key === "smallModel" ? "small" : "large",
                        startDate: this.model.value("startDate"),
                        horizonMonths: this.model.value("horizonMonths"),
                        ownFineTunedPrices: ownFineTunedPrices(this.model),
                        ...(this.model.imported && { importedAsOf: this.model.imported.asOf }),
                      },
                    )
                  : this.usageNote(field.key),
        })),
      },
      focus,
    );
  }

  answer(key: AnswerKey, value: RawAnswer): void {
    const hadError = Boolean(this.model.errors[key]);
    // The questions shown, with the other questions' answers: the step is drawn anew when one
    // appears or goes, or when an answer that follows others (the fine-tuned prompt, the low and
    // high figures) moves with this one.
    const others = () =>
      this.model
        .visibleFields()
        .map((field) => (field.key === key ? key : `${field.key}=${this.model.value(field.key)}`))
        .join("\n");
    const othersBefore = others();
    this.model.set(key, value);
    const othersMoved = others() !== othersBefore;
    // A model question's note follows what is typed; a token count can change the small model's warning.
    const isModel = FIELDS.some((field) => field.key === key && field.kind === "model");
    // The small model's note says whether the analyst's own fine-tuned prices stand in for an offer.
    const ownPriceKeys: AnswerKey[] = ["smallOwnPrices", "smallFtInputPrice", "smallFtOutputPrice"];
    // The start date and the horizon say whether a model retires within the horizon.
    const timing: AnswerKey[] = [
      "startDate",
      "horizonMonths",
      "trainingExamples",
      "trainingTokensPerExample",
      "trainingEpochs",
      "trainingRunCost",
    ];
    const movesNotes =
      isModel ||
      key === "inputTokens" ||
      key === "outputTokens" ||
      ownPriceKeys.includes(key) ||
      timing.includes(key) ||
      this.usageAnswers?.values[key] !== undefined;
    if (hadError || movesNotes || othersMoved || key === "costLevel") {
      this.renderStep("keep");
    }
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
    delete this.usageAnswers;
    this.view.showStatus("", "info");
    this.renderStep("heading");
  }

  /**
   * Imports a price file, in two steps: reads and checks it, and shows its date (asked where its
   * contents carry none) and how it differs from the catalogue, with a choice per model; then
   * {@link writePrices} writes the winners as a price sheet. A malformed file writes nothing.
   */
  async importPrices(file: { name: string; size?: number; text(): Promise<string> }): Promise<void> {
    if (!this.writer) {
      this.view.showStatus("Prices can be imported where the pane can write: in Excel or the preview.", "error");
      return;
    }
    // A file of 50 MB or more is no price file: refused before it is read into memory.
    if (file.size !== undefined && file.size >= MAX_PRICE_FILE_MB * 1024 * 1024) {
      this.view.showStatus(
        `Nothing was imported: ${PRICE_FILE_MESSAGES.tooLarge(file.name, file.size / (1024 * 1024))}`,
        "error",
      );
      return;
    }
    this.view.showStatus(`Reading ${file.name}…`, "info");
    let read: ReturnType<typeof readPriceFile>;
    try {
      read = readPriceFile(await file.text(), file.name, this.today());
    } catch (error) {
      this.view.showStatus(`Nothing was imported: ${file.name} could not be read (${failure(error)}).`, "error");
      return;
    }
    if ("error" in read) {
      this.view.showStatus(`Nothing was imported: ${read.error}`, "error");
      return;
    }
    if (read.models.length === 0) {
      this.view.showStatus(`Nothing was imported: ${importSummary(read)}`, "error");
      return;
    }
    this.review = { file: read, dateText: read.asOf ?? "", choices: {} };
    if (read.asOf !== undefined) this.settleDate(read.asOf, false);
    this.view.showStatus("", "info");
    this.showReview(this.review.date ? "heading" : "date");
  }

  /** The date of the file under review, as typed: taken where it is a day, today or before. */
  priceDate(text: string): void {
    if (!this.review) return;
    this.review.dateText = text;
    this.settleDate(text, true);
    this.showReview(this.review.dateError ? "date" : "keep");
  }

  /** Takes a date for the file under review, or says what is wrong with it, and compares the file with the catalogue. */
  private settleDate(text: string, given: boolean): void {
    if (!this.review) return;
    const day = this.today();
    const date = readIsoDate(text);
    this.review.dateError =
      date === undefined
        ? text.trim() === ""
          ? "Give the day the file's prices were last updated, as YYYY-MM-DD."
          : `“${text}” is no date: give the day the file's prices were last updated, as YYYY-MM-DD.`
        : date > day
          ? `${date} is after today (${day}): a file's prices were read on or before the day it reached you.`
          : undefined;
    if (date === undefined || this.review.dateError) {
      delete this.review.date;
      delete this.review.differences;
      return;
    }
    this.review.date = given ? { date, givenOn: day } : { date };
    this.review.differences = differencesFrom(this.review.file, date, day);
  }

  /** Which prices win for one catalogue model of the file under review. */
  priceChoice(model: string, winner: "file" | "catalogue"): void {
    if (!this.review) return;
    this.review.choices = { ...this.review.choices, [model]: winner };
    this.view.showPricePlan(this.reviewPlan());
  }

  /** Drops the file under review: nothing is written. */
  cancelPrices(): void {
    if (!this.review) return;
    const name = this.review.file.fileName;
    delete this.review;
    this.view.hidePriceReview();
    this.view.showStatus(`Nothing was imported from ${name}.`, "info");
  }

  /** The price file under review, as the view shows it. */
  private showReview(focus: "heading" | "date" | "keep"): void {
    const review = this.review;
    if (!review) return;
    const money = (price: number | undefined, kind: string) =>
      price === undefined ? "none" : kind === "long-context threshold" ? groupDigits(price) : `$${price}`;
    this.view.showPriceReview(
      {
        fileName: review.file.fileName,
        summary: importSummary(review.file),
        date: {
          value: review.dateText,
          latest: this.today(),
          fromContents: review.file.asOf !== undefined && review.dateText === review.file.asOf,
          ...(review.dateError ? { error: review.dateError } : {}),
        },
        ...(review.differences && {
          models: review.differences.map((difference) => ({
            id: difference.entry.id,
            winner: review.choices[difference.entry.id] ?? difference.winner,
            because: difference.because,
            catalogue: `Catalogue as of ${difference.entry.asOf}, from ${difference.entry.source}. In the file: ${difference.fileId}.`,
            prices: difference.differences.map((price) => {
              const kind = PRICE_KIND_LABELS[price.kind];
              return {
                kind,
                catalogue: money(price.catalogue, kind),
                file: money(price.file, kind),
                why:
                  price.why === "differs"
                    ? `differs${price.note ? `: ${price.note}` : ""}`
                    : `documented: ${price.note}`,
              };
            }),
          })),
          plan: this.reviewPlan(),
        }),
        ...(review.date && {
          stale: staleSentence("The file's prices", review.date.date, startDayOf(this.model.value("startDate"))),
        }),
      },
      focus,
    );
  }

  /** What Write price sheet will write, with the choices made. */
  private reviewPlan(): string {
    const review = this.review;
    if (!review?.differences || !review.date) return "";
    const written = winningRows(review.file, review.differences, review.choices, this.today());
    return (
      `Write price sheet adds a sheet dated ${review.date.date}: ${rowsSummary(written)} ` +
      "Every formula the pane writes from then on passes that sheet as its price_table."
    );
  }

  /** Writes the file under review as a price sheet, with the analyst's choices, and prices the questions from it. */
  async writePrices(): Promise<void> {
    const review = this.review;
    if (!this.writer || !review || this.writingPrices) return;
    if (!review.date || !review.differences) {
      this.showReview("date");
      return;
    }
    const day = this.today();
    const choices = { ...review.choices };
    const written = winningRows(review.file, review.differences, choices, day);
    this.writingPrices = true;
    try {
      const { layout, range } = importLayout({
        file: review.file,
        date: review.date,
        differences: review.differences,
        choices,
        written,
      });
      const sheet = await this.writer.writeNewSheet(PRICES_SHEET_NAME, layout);
      const ids = written.rows.map((model) => model.id);
      this.model.useImportedPrices({
        sheet,
        range,
        overrides: importedOverrides(written.rows),
        ids,
        summary: importSummary(review.file),
        asOf: review.date.date,
        dateCell: DATE_CELL,
      });
      delete this.review;
      this.view.hidePriceReview();
      this.view.setModelOptions([...new Set([...offeredModels().map((entry) => entry.id), ...ids])]);
      this.view.showStatus(
        `Wrote the prices to the new worksheet “${sheet}”, dated ${review.date.date}: ` +
          `${importSummary(review.file)} ${rowsSummary(written)}` +
          `${outdated(review.file.models.map((model) => model.id))} ` +
          "The model questions can name these models now; the formulas written take that sheet as their price table.",
        "success",
      );
      // The figures shown follow the prices now available.
      this.renderStep("keep");
    } catch (error) {
      this.view.showStatus(failure(error), "error");
    } finally {
      this.writingPrices = false;
    }
  }

  /** What the pane says of its figures: a snapshot of the answers, and how the written sheet differs now. */
  private snapshotView(): { text: string; canReadBack: boolean } {
    const base = "These figures are a snapshot of your answers.";
    if (!this.snapshot) return { text: `${base} A model written to a sheet stays live there.`, canReadBack: false };
    const sheet = `“${this.snapshot.sheet}”`;
    if (this.drifted.length === 0) {
      return { text: `${base} The sheet ${sheet} holds the same inputs; its formulas stay live.`, canReadBack: false };
    }
    const listed = this.drifted
      .slice(0, 3)
      .map(
        ({ key, label, value }) =>
          `${label}: ${typeof value === "number" && key !== "startDate" ? groupDigits(value) : String(rawFrom(key, value))}`,
      )
      .join("; ");
    const more = this.drifted.length > 3 ? ` and ${this.drifted.length - 3} more` : "";
    return {
      text: `${base} The sheet ${sheet} has changed since it was written (${listed}${more}): its figures differ from these.`,
      canReadBack: true,
    };
  }

  /** Compares the written sheet's inputs with the answers, and says so where they differ. */
  private async checkSheet(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot || !this.writer?.readCells || this.model.step !== "result") return;
    const cells = await this.writer.readCells(
      snapshot.sheet,
      snapshot.inputs.map((input) => input.address),
    );
    if (!cells || this.snapshot !== snapshot) return;
    const drifted = snapshot.inputs.flatMap((input, index) => {
      const now = cells[index];
      if (
        input.formula !== undefined &&
        now.formula !== undefined &&
        sameFormula(input.formula, now.formula) &&
        (input.value === undefined || now.value === input.value)
      )
        return [];
      if (input.formula === undefined && now.formula === undefined && now.value === input.value) return [];
      return [
        { key: input.key, label: input.label, value: now.value, ...(now.formula ? { formula: now.formula } : {}) },
      ];
    });
    const before = JSON.stringify(this.drifted);
    this.drifted = drifted;
    if (JSON.stringify(drifted) !== before && this.model.step === "result") this.view.showSnapshot(this.snapshotView());
  }

  /** Takes the written sheet's changed inputs as the answers, and shows their figures. */
  readBack(): void {
    for (const { key, value } of this.drifted) this.model.set(key, rawFrom(key, value));
    const errors = this.model.invalidAnswers();
    if (Object.keys(errors).length > 0) {
      this.view.showStatus(
        `The sheet's inputs were read, but some need a fix: ${Object.values(errors).join(" ")}`,
        "error",
      );
      return;
    }
    // The answers are the sheet's now: the sheet as it stands is what the pane's figures are compared with.
    for (const { key, value, formula } of this.drifted) {
      const input = this.snapshot?.inputs.find((candidate) => candidate.key === key);
      if (!input) continue;
      delete input.formula;
      delete input.value;
      Object.assign(input, formula !== undefined ? { formula } : { value });
      // A figure a corrected Usage sheet gives through the import's formula stays that sheet's.
      const usage = this.usageAnswers;
      const linked = usage?.sheet.formulas[key];
      if (usage && linked && formula !== undefined && sameFormula(linked, formula)) {
        usage.values[key] = String(this.model.value(key));
        input.value = value;
      }
    }
    this.drifted = [];
    this.view.showStatus("Read the sheet's inputs back: the figures below are the sheet's.", "success");
    this.renderStep("keep");
  }

  async writeSheet(): Promise<void> {
    if (!this.writer) return;
    this.view.showStatus("Writing the model…", "info");
    try {
      const { linked, note } = await this.linkedAnswers();
      const plan = buildSheetPlan(this.model.answers(), {
        scope: "model",
        date: this.today(),
        imported: this.model.imported,
        notes: this.model.results().notes,
        linked,
      });
      const name = await this.writer.writeNewSheet(SHEET_NAME, plan);
      const labels = new Map(plan.cells.map((cell) => [cell.address, cell.value]));
      this.snapshot = {
        sheet: name,
        inputs: (Object.entries(plan.where.inputs) as [AnswerKey, string][]).map(([key, absolute]) => {
          const address = absolute.replace(/\$/g, "");
          const cell = plan.cells.find((candidate) => candidate.address === address);
          // The label in column A of the input's row; a low or a high says which.
          const label =
            String(labels.get(`A${address.replace(/^[A-Z]+/, "")}`) ?? key) +
            (key.endsWith("Low") ? " (low)" : key.endsWith("High") ? " (high)" : "");
          // An input on another sheet's formula (a usage import's) is the same while its value is.
          return cell?.formula !== undefined
            ? {
                key,
                label,
                address,
                formula: cell.formula,
                ...(linked[key] ? { value: Number(this.model.value(key)) } : {}),
              }
            : { key, label, address, value: cell?.value ?? "" };
        }),
      };
      this.drifted = [];
      this.writer.watch?.(name, () => void this.checkSheet());
      const usageSheet = this.usageAnswers?.sheet.name;
      if (usageSheet && Object.keys(linked).length > 0) this.writer.watch?.(usageSheet, () => void this.checkSheet());
      const before = this.written[this.written.length - 1];
      this.written.push(name);
      // A second press (Enter on the focused button, say) writes another sheet: said plainly.
      this.view.showStatus(
        (before
          ? `Wrote another copy of the model, to the new worksheet “${name}”; “${before}”, written before, is unchanged.`
          : `Wrote the model to the new worksheet “${name}”. Change a blue input cell to see the results move.`) +
          (note ? ` ${note}` : ""),
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
      const notes = this.model.results().notes;
      const { linked } = await this.linkedAnswers();
      const outcome = await this.writer.writeAtSelection((origin) =>
        buildSheetPlan(answers, {
          origin,
          scope: "inputs-and-results",
          date: this.today(),
          imported: this.model.imported,
          notes,
          linked,
        }),
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

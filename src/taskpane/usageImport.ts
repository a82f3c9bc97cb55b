/**
 * The pane's Import usage (SPEC 3.13): reads a usage file as it streams in, without any network
 * request; asks for the columns of a CSV of another shape (and remembers them for the next file of
 * the same shape); shows what was read and the model to keep; writes the Usage sheet, summed per
 * day and model where the rows would not fit the host's sheet.
 */
import { isoFromSerial, workload } from "../engine";
import type { AnswerKey } from "../sheet/answers";
import { followed } from "../sheet/bindings";
import { groupDigits, plural } from "../functions/format";
import {
  skippedLines,
  usageAnswerFormulas,
  usageLayout,
  USAGE_SHEET_DATA_ROWS,
  USAGE_SHEET_NAME,
  type UsageRowsKind,
} from "../sheet/usageSheet";
import {
  ALL_MODELS,
  csvHeaders,
  forModel,
  headerSignature,
  MAPPING_ROLES,
  modelsOf,
  readUsageStream,
  readUsageText,
  summariseByDay,
  USAGE_MESSAGES,
  usageFileTooLarge,
  type ColumnMapping,
  type UsageLog,
} from "../usage";
import type { PaneView, UsageFile, UsageReviewView } from "./view";
import { reason, type WorkbookWriter } from "./writer";

/** Where a CSV's mapping is remembered, by the signature of its headers. */
const MAPPING_KEY = "aicost.usage-mapping.";

/** The text the pane reads to find a CSV's headers. */
const HEAD_BYTES = 65_536;

/** Where mappings are kept between sessions: the browser's local storage, where there is one. */
export interface MappingStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const browserStore = (): MappingStore | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Storage may be refused (a sandboxed frame): mappings are then asked for each time.
    return undefined;
  }
};

/**
 * A file's text as it streams in, decoded, chunk by chunk; read whole where the browser cannot
 * stream it. Stops reading once `current` says the file is no longer the one under review.
 */
async function* textChunks(file: UsageFile, current: () => boolean): AsyncGenerator<string> {
  if (!file.stream || typeof TextDecoderStream === "undefined") {
    yield await file.text();
    return;
  }
  const bytes = file.stream() as ReadableStream<BufferSource>;
  const reader = bytes.pipeThrough(new TextDecoderStream()).getReader();
  try {
    while (current()) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // A file refused part-way, or replaced by another, is read no further.
    await reader.cancel().catch(() => undefined);
  }
}

/** The workload answers a log gives, as the pane's questions take them, and a sentence saying so. */
export function workloadAnswers(log: UsageLog): { answers: Partial<Record<AnswerKey, string>>; words: string } {
  const summary = workload(log);
  const [volume, input, output] = [summary.requestsPerMonth, summary.inputMean, summary.outputMean].map(Math.round);
  const answers: Partial<Record<AnswerKey, string>> = {
    requestsPerMonth: String(volume),
    inputTokens: String(input),
    outputTokens: String(output),
  };
  const per =
    summary.wholeMonths > 0
      ? `the mean of ${summary.wholeMonths === 1 ? "its whole month" : `${summary.wholeMonths} whole months`}`
      : `scaled from ${groupDigits(summary.lastDay - summary.firstDay + 1)} days`;
  const words = [
    `${groupDigits(volume)} requests a month (${per})`,
    `${groupDigits(input)} input and ${groupDigits(output)} output tokens a request`,
  ];
  if (log.cachedInputTokens) {
    let cached = 0;
    let inputTotal = 0;
    for (let i = 0; i < log.rows; i++) {
      cached += log.cachedInputTokens[i];
      inputTotal += log.inputTokens[i];
    }
    // In ten-thousandths, rounded as the sheet's ROUND(SUM(cached)*10000/SUM(input),0) rounds them.
    const share = inputTotal > 0 ? Math.round((cached * 10_000) / inputTotal) / 10_000 : 0;
    answers.cachedShare = String(share);
    words.push(`${(share * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })} % of input tokens cached`);
  }
  if (summary.months.length >= 2) {
    const counts = summary.months.map((month) => month.requests);
    const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
    answers.volumeLow = String(fewest);
    answers.volumeHigh = String(most);
    words.push(`as few as ${groupDigits(fewest)} and as many as ${groupDigits(most)} requests in a whole month`);
  } else {
    // Fewer than two whole months give no range: the volume's own, as the questions start it, which
    // follows the volume (and on a written sheet, the volume's cell).
    answers.volumeLow = String(followed("volumeLow", volume));
    answers.volumeHigh = String(followed("volumeHigh", volume));
    words.push("the volume's range at half and one and a half times it (fewer than two whole months)");
  }
  return { answers, words: words.join(", ") };
}

/** The rows of the model kept, and as the Usage sheet gets them. */
interface SheetRows {
  kept: UsageLog;
  log: UsageLog;
  kind: UsageRowsKind;
}

/** The usage import of one pane. */
export class UsageImport {
  /** The file under review: read, or waiting for its columns to be mapped. */
  private review?: {
    file: UsageFile;
    log?: UsageLog;
    model: string;
    headers: string[];
    mapping?: ColumnMapping;
    /** True while the file is being read. */
    reading: boolean;
    /** The rows each model choice writes, once worked out. */
    rows: Map<string, SheetRows>;
    /** Why the columns last chosen could not be read. */
    mappingError?: string;
  };
  private writing = false;

  constructor(
    private readonly view: PaneView,
    private readonly writer: WorkbookWriter | undefined,
    /**
     * Takes a log's workload answers into the questionnaire, once its sheet is written, with where
     * they come from ("usage.json, written to the sheet “Usage”"); returns a sentence on any answer
     * it did not take.
     */
    private readonly useAnswers: (
      answers: Partial<Record<AnswerKey, string>>,
      from: string,
      sheet: { name: string; fileName: string; formulas: Partial<Record<AnswerKey, string>> },
    ) => string | undefined = () => undefined,
    private readonly store: MappingStore | undefined = browserStore(),
  ) {}

  /** Reads a file: with its remembered mapping where a CSV of its shape was mapped before. */
  async importFile(file: UsageFile): Promise<void> {
    if (!this.writer) {
      this.view.showStatus("Usage can be imported where the pane can write: in Excel or the preview.", "error");
      return;
    }
    const tooLarge = file.size === undefined ? undefined : usageFileTooLarge(file.name, file.size);
    if (tooLarge) {
      this.view.showStatus(`Nothing was imported: ${tooLarge}`, "error");
      return;
    }
    // A file still under review gives way at once: its review goes, and its reading stops.
    const review: NonNullable<UsageImport["review"]> = { file, model: "", headers: [], reading: true, rows: new Map() };
    this.review = review;
    this.view.hideUsageReview(false);
    const head = await (file.slice ? file.slice(0, HEAD_BYTES).text() : file.text()).catch(() => "");
    if (this.review !== review) return;
    review.headers = /^\s*[[{]/.test(head) ? [] : csvHeaders(head);
    const remembered = this.remembered(review.headers);
    if (remembered) review.mapping = remembered;
    await this.read(review, remembered);
  }

  /** Reads the file under review again with the columns the analyst chose. */
  async map(choice: Record<string, string>): Promise<void> {
    const review = this.review;
    if (!review || review.reading) return;
    review.mapping = { ...choice } as unknown as ColumnMapping;
    await this.read(review, review.mapping, true);
  }

  /** Asks again for the columns of the CSV under review. */
  remap(): void {
    const review = this.review;
    if (!review || review.reading || review.headers.length < 2) return;
    delete review.log;
    review.rows.clear();
    this.show("heading");
  }

  /** The model the sheet keeps ("" for all): the plan follows, the focus stays on the choice. */
  chooseModel(model: string): void {
    const review = this.review;
    if (!review?.log) return;
    review.model = model;
    this.view.showUsagePlan(this.planView(review));
  }

  cancel(): void {
    if (!this.review) return;
    const name = this.review.file.name;
    delete this.review;
    this.view.hideUsageReview();
    this.view.showStatus(`Nothing was imported from ${name}.`, "info");
  }

  /** Writes the Usage sheet of the file under review, then takes its workload answers. */
  async write(): Promise<void> {
    const review = this.review;
    const read = review?.log;
    if (!review || !read || !this.writer || this.writing) return;
    const tooMany = this.tooMany(review);
    if (tooMany) {
      this.view.showStatus(`The usage sheet was not written: ${tooMany}`, "error");
      return;
    }
    this.writing = true;
    try {
      // The answers come from every row kept, before any summing per day; worked out before the write.
      const { kept, log, kind } = this.sheetRows(review);
      const { answers, words } = workloadAnswers(kept);
      const usage = usageLayout(log, read, {
        model: review.model || undefined,
        kind,
        room: this.room(),
        kept: kept.rows,
      });
      this.view.showStatus(`Writing ${groupDigits(log.rows)} rows of usage…`, "info");
      const sheet = await this.writer.writeNewSheet(USAGE_SHEET_NAME, usage.layout);
      // Columns mapped by hand are remembered once their file has been written.
      if (review.mapping && review.headers.length > 1) this.remember(review.headers, review.mapping);
      const note = this.useAnswers(answers, `${read.fileName}, written to the sheet “${sheet}”`, {
        name: sheet,
        fileName: read.fileName,
        formulas: usageAnswerFormulas(sheet, usage),
      });
      if (this.review === review) {
        delete this.review;
        this.view.hideUsageReview();
      }
      this.view.showStatus(
        `Wrote the usage of ${read.fileName} to the new worksheet “${sheet}”: ${this.planSentence(review)} ` +
          `The workload answers now come from it: ${words}. A model written while they stand reads them from ` +
          `the sheet's formulas (${usage.workload ? "AICOST.WORKLOAD" : "its own sums"}), so that a corrected row ` +
          `updates it.${note ? ` ${note}` : ""}`,
        "success",
      );
    } catch (error) {
      this.view.showStatus(`The usage sheet was not written: ${reason(error)}`, "error");
    } finally {
      this.writing = false;
    }
  }

  private async read(
    review: NonNullable<UsageImport["review"]>,
    mapping: ColumnMapping | undefined,
    chosen = false,
  ): Promise<void> {
    const { file } = review;
    const current = () => this.review === review;
    review.reading = true;
    this.view.showStatus(`Reading ${file.name}…`, "info");
    let read: UsageLog | { error: string };
    try {
      read =
        file.size === undefined
          ? readUsageText(await file.text(), file.name, mapping)
          : await readUsageStream(textChunks(file, current), file.name, file.size, mapping);
    } catch (error) {
      read = { error: `${file.name} could not be read (${reason(error)}).` };
    } finally {
      review.reading = false;
    }
    if (!current()) return;
    review.rows.clear();
    if ("error" in read) {
      // A CSV of another shape, or one whose mapping no longer fits: its columns are asked for.
      const otherShape = read.error === USAGE_MESSAGES.otherShapeCsv(file.name);
      if ((otherShape || mapping) && review.headers.length > 1) {
        delete review.log;
        // Columns the analyst chose that could not be read: said in the form, beside the choices.
        review.mappingError = chosen ? `Not read: ${read.error}` : undefined;
        this.show(chosen ? "mapping" : "heading");
        this.view.showStatus(
          otherShape ? `Map the columns of ${file.name}: it is not a known export.` : `Not read: ${read.error}`,
          otherShape ? "info" : "error",
        );
        return;
      }
      delete this.review;
      this.view.hideUsageReview();
      this.view.showStatus(`Nothing was imported: ${read.error}`, "error");
      return;
    }
    review.log = read;
    this.show("heading");
    this.view.showStatus(
      `Read ${file.name}${mapping && !chosen ? " with the columns mapped for files of its shape" : ""}: choose the model to keep, then write the usage sheet.`,
      "info",
    );
  }

  /** The most rows the host's sheet takes below a Usage sheet's header. */
  private room(): number {
    return Math.min(USAGE_SHEET_DATA_ROWS, this.writer?.maxImportRows ?? USAGE_SHEET_DATA_ROWS);
  }

  /** The rows the sheet gets: the chosen model's, summed per day and model where they would not fit. */
  private sheetRows(review: NonNullable<UsageImport["review"]>): SheetRows {
    const known = review.rows.get(review.model);
    if (known) return known;
    const kept = forModel(review.log as UsageLog, review.model || undefined);
    const rows: SheetRows =
      kept.rows > this.room()
        ? { kept, log: summariseByDay(kept), kind: "per day and model" }
        : { kept, log: kept, kind: "as read" };
    review.rows.set(review.model, rows);
    return rows;
  }

  /**
   * Why the rows kept do not fit the host's sheet even summed per day and model (many models over
   * years, kept all together), or undefined when they fit. One model's days always fit.
   */
  private tooMany(review: NonNullable<UsageImport["review"]>): string | undefined {
    const { kept, log } = this.sheetRows(review);
    const room = this.room();
    if (log.rows <= room) return undefined;
    return (
      `${review.model || "all models"}, ${groupDigits(kept.rows)} rows, are ${groupDigits(log.rows)} even summed ` +
      `per day and model, and this workbook takes at most ${groupDigits(room)}: keep one model, or import a shorter period.`
    );
  }

  /** What Write usage sheet writes, in a sentence. */
  private planSentence(review: NonNullable<UsageImport["review"]>): string {
    const { kept, log, kind } = this.sheetRows(review);
    const room = this.room();
    const rows =
      kind === "as read"
        ? `${groupDigits(log.rows)} rows as read`
        : `${groupDigits(kept.rows)} rows summed into ${groupDigits(log.rows)}, one per day and model, since ${
            room < USAGE_SHEET_DATA_ROWS ? `this workbook takes at most ${groupDigits(room)}` : "a sheet holds fewer"
          }`;
    return `${review.model || "all models"}, ${rows}, with the file's name, its period and the requests of each whole calendar month.`;
  }

  private planView(review: NonNullable<UsageImport["review"]>): string {
    const tooMany = this.tooMany(review);
    return tooMany
      ? `Write usage sheet cannot add a sheet: ${tooMany}`
      : `Write usage sheet adds a new worksheet, “${USAGE_SHEET_NAME}” (numbered where the name is taken): ${this.planSentence(review)}`;
  }

  private show(focus: "heading" | "mapping"): void {
    const review = this.review;
    if (!review) return;
    const { file, log } = review;
    const view: UsageReviewView = { fileName: file.name, summary: "", skipped: [], model: review.model };
    if (!log) {
      view.summary = "Its columns are not those of a known export: choose the column of each figure.";
      view.mapping = {
        headers: review.headers,
        roles: MAPPING_ROLES.map(({ role, label, required }) => ({
          role,
          label,
          required,
          header: review.mapping?.[role] ?? "",
        })),
      };
      if (review.mappingError) view.mappingError = review.mappingError;
    } else {
      // A model without a request has no workload to take.
      const models = modelsOf(log).filter((model) => model.requests > 0);
      view.summary =
        `${log.formatLabel}: ${groupDigits(log.rows)} rows from ${isoFromSerial(log.firstDay)} to ${isoFromSerial(log.lastDay)}, ` +
        `${models.length === 1 ? "one model" : `${groupDigits(models.length)} models`}.`;
      view.skipped = skippedLines(log);
      // A log whose rows name no model (a mapped CSV without a model column) offers "All models" alone.
      const named = models.filter((m) => m.model !== ALL_MODELS);
      const requests = models.reduce((sum, m) => sum + m.requests, 0);
      view.models = [
        { value: "", label: `All models (${plural(requests, "request")})` },
        ...named.map((m) => ({ value: m.model, label: `${m.model} (${plural(m.requests, "request")})` })),
      ];
      view.plan = this.planView(review);
      view.canRemap = review.headers.length > 1;
    }
    this.view.showUsageReview(view, focus);
  }

  private remembered(headers: readonly string[]): ColumnMapping | undefined {
    if (headers.length < 2) return undefined;
    const saved = this.store?.getItem(MAPPING_KEY + headerSignature(headers));
    if (!saved) return undefined;
    try {
      const mapping = JSON.parse(saved) as ColumnMapping;
      return typeof mapping.date === "string" ? mapping : undefined;
    } catch {
      return undefined;
    }
  }

  private remember(headers: readonly string[], mapping: ColumnMapping): void {
    try {
      this.store?.setItem(MAPPING_KEY + headerSignature(headers), JSON.stringify(mapping));
    } catch {
      // A full or refused storage keeps nothing: the columns are asked for next time.
    }
  }
}

/**
 * A usage log as the readers build it: one row per request (a spend log) or per period and model
 * (a usage export), stored in columns of typed arrays that grow as rows arrive, with the model
 * names kept once each. The rows are what WORKLOAD's engine reads ({@link UsageRows}).
 */
import type { UsageRows } from "../engine";
import {
  ALL_MODELS,
  MAX_MODEL_NAME,
  MAX_MODELS,
  USAGE_FORMAT_LABELS,
  USAGE_MESSAGES,
  USAGE_SKIP_REASONS,
  type CountReasons,
  type UsageFormat,
  type UsageSyntax,
} from "./messages";
import { BLANK, FIRST_USAGE_SERIAL, LAST_USAGE_SERIAL } from "./values";

/** Rows left out for one reason: how many, and the lines of the first five. */
export interface SkippedRows {
  reason: string;
  count: number;
  /** The line each of the first five starts on (for a JSON bucket's result, the bucket's line). */
  lines: number[];
}

/** A usage file read: its rows in columns, each of length `rows`, and what was left out. */
export interface UsageLog extends UsageRows {
  fileName: string;
  format: UsageFormat;
  /** How the pane names the format, with its syntax: "LiteLLM spend log (CSV)", "CSV with mapped columns". */
  formatLabel: string;
  rows: number;
  /**
   * Excel date serials in UTC, the time of day as the fraction (a period's start for a usage export);
   * a row's day is the whole part, its UTC calendar day (a request at 2026-11-30T23:30:00-02:00 is on
   * 2026-12-01).
   */
  dates: Float64Array;
  /** Each model named once, in the order first met; {@link ALL_MODELS} where the export is not by model. */
  models: string[];
  /** Each row's model, an index into `models`. */
  modelOf: Uint32Array;
  /** Input tokens, cached ones included (as OpenAI counts them). */
  inputTokens: Float64Array;
  /** Cached input tokens, where the format has them (OpenAI's export, a mapped column). */
  cachedInputTokens?: Float64Array;
  outputTokens: Float64Array;
  /** Requests of each row, for a format of periods (OpenAI's export, a mapped requests column). */
  requests?: Float64Array;
  /** The first and the last UTC calendar day with a row, as whole serials. */
  firstDay: number;
  lastDay: number;
  skipped: SkippedRows[];
}

/** How many line numbers a reason keeps. */
const LINES_KEPT = 5;

/** Slots of the table of model cells met (a power of two): a log names a few models, a proxy's some dozens. */
const SEEN_SLOTS = 256;

/** A model name as a cell may hold it: no control or direction-changing characters, trimmed, at most 255 long. */
export function cleanModelName(raw: string): string {
  // A 50 MB cell is cut before it is cleaned: only its start can survive.
  const start = raw.length > MAX_MODEL_NAME * 4 ? raw.slice(0, MAX_MODEL_NAME * 4) : raw;
  // eslint-disable-next-line no-control-regex
  const clean = start.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  if (clean.length <= MAX_MODEL_NAME) return clean;
  // Never split a character written as two UTF-16 units.
  const cut = clean.charCodeAt(MAX_MODEL_NAME - 1) >= 0xd800 && clean.charCodeAt(MAX_MODEL_NAME - 1) <= 0xdbff;
  return clean.slice(0, cut ? MAX_MODEL_NAME - 1 : MAX_MODEL_NAME);
}

/**
 * True when a spreadsheet would read the text as a formula if it were typed: it starts with =, +,
 * − or @. A model name is written as text either way; the pane may flag such a name.
 *
 * @example
 * formulaLike("=HYPERLINK(\"http://x\")"); // true
 */
export function formulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * A copy of a text cut from a chunk that does not keep the chunk alive: engines may hold a slice
 * as a view of the text it was cut from, and a model name outlives its chunk (or its 50 MB record).
 */
const detached = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * What a column of counts reads as a reason to leave its row out, or undefined where it is a count:
 * from 0 to 2^53 − 1 (Number.MAX_SAFE_INTEGER), past which a double no longer holds every whole
 * number, so that "1e300" tokens are refused as "1e400" are rather than priced.
 */
function countFault(value: number, reasons: CountReasons): string | undefined {
  if (value >= 0 && value <= Number.MAX_SAFE_INTEGER) return undefined;
  if (value === BLANK) return reasons.blank;
  if (value !== value) return reasons.notNumber;
  return value > 0 ? reasons.tooLarge : reasons.negative;
}

/** A Float64Array of twice the length holding the same values. */
function grown(values: Float64Array): Float64Array<ArrayBuffer> {
  const next = new Float64Array(values.length * 2);
  next.set(values);
  return next;
}

/** Collects a log's rows as they are read; {@link LogBuilder.finish} checks and returns the log. */
export class LogBuilder {
  rows = 0;
  private capacity = 1024;
  private dates = new Float64Array(this.capacity);
  private input = new Float64Array(this.capacity);
  private output = new Float64Array(this.capacity);
  private cached: Float64Array | undefined;
  private requests: Float64Array | undefined;
  private modelOf = new Uint32Array(this.capacity);
  readonly models: string[] = [];
  private readonly modelIndex = new Map<string, number>();
  /** Each model as the file wrote it (before cleaning), for the files that write it alike on every row. */
  private readonly rawIndex = new Map<string, number>();
  /** Model cells met, as written, in slots by a hash of their text, and their index (−1: an empty slot). */
  private readonly seenText: string[] = new Array<string>(SEEN_SLOTS).fill("");
  private readonly seenIndex = new Int32Array(SEEN_SLOTS).fill(-1);
  private allModelsIndex = -1;
  private readonly skips = new Map<string, SkippedRows>();
  private skippedRows = 0;
  private firstSkip: { reason: string; line: number } | undefined;
  /** The earliest and the latest date taken, and the length of the period starting at the latest, in days. */
  private first = Infinity;
  private last = -Infinity;
  private lastWidth = 0;

  constructor(
    readonly withCached: boolean,
    readonly withRequests: boolean,
  ) {
    if (withCached) this.cached = new Float64Array(this.capacity);
    if (withRequests) this.requests = new Float64Array(this.capacity);
  }

  /**
   * Why a row with these values is left out, or undefined to take it. `cached` is 0 where the
   * format has none; `requests` is 1 where each row is one request.
   */
  fault(date: number, input: number, cached: number, output: number, requests: number): string | undefined {
    if (!(date >= FIRST_USAGE_SERIAL && date < LAST_USAGE_SERIAL + 1)) {
      if (date === BLANK) return USAGE_SKIP_REASONS.blankDate;
      return date !== date ? USAGE_SKIP_REASONS.badDate : USAGE_SKIP_REASONS.dateOutOfRange;
    }
    const fault =
      countFault(input, USAGE_SKIP_REASONS.inputTokens) ??
      countFault(output, USAGE_SKIP_REASONS.outputTokens) ??
      countFault(cached, USAGE_SKIP_REASONS.cachedInputTokens) ??
      countFault(requests, USAGE_SKIP_REASONS.requests);
    if (fault !== undefined) return fault;
    return cached > input ? USAGE_SKIP_REASONS.cachedAboveInput : undefined;
  }

  /** Counts a row left out, with its line. */
  skip(reason: string, line: number): void {
    this.skippedRows++;
    this.firstSkip ??= { reason, line };
    const entry = this.skips.get(reason);
    if (!entry) this.skips.set(reason, { reason, count: 1, lines: [line] });
    else {
      entry.count++;
      if (entry.lines.length < LINES_KEPT) entry.lines.push(line);
    }
  }

  /** The index of a model by its name as the file writes it (cleaned here); −1 past {@link MAX_MODELS}. */
  model(raw: string, blankName: string): number {
    const known = raw.length <= MAX_MODEL_NAME ? this.rawIndex.get(raw) : undefined;
    if (known !== undefined) return known;
    const name = cleanModelName(raw) || blankName;
    let index = this.modelIndex.get(name);
    if (index === undefined) {
      if (this.models.length === MAX_MODELS) return -1;
      index = this.models.length;
      const kept = detached(name);
      this.models.push(kept);
      this.modelIndex.set(kept, index);
    }
    if (raw.length <= MAX_MODEL_NAME && this.rawIndex.size < MAX_MODELS) this.rawIndex.set(detached(raw), index);
    return index;
  }

  /**
   * The index of the model written in text[start, end), found among the model cells met before
   * without cutting a string from the text where one matches: every row of a log names a model,
   * and most name one met before.
   */
  modelIn(text: string, start: number, end: number, blankName: string): number {
    const length = end - start;
    if (length > MAX_MODEL_NAME) return this.model(text.slice(start, end), blankName);
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    const slot = hash & (SEEN_SLOTS - 1);
    const seen = this.seenText[slot];
    if (this.seenIndex[slot] >= 0 && seen.length === length && text.startsWith(seen, start)) {
      return this.seenIndex[slot];
    }
    const raw = text.slice(start, end);
    const index = this.model(raw, blankName);
    if (index >= 0) {
      this.seenText[slot] = detached(raw);
      this.seenIndex[slot] = index;
    }
    return index;
  }

  /** The index of the one model of an export that is not by model. */
  allModels(): number {
    if (this.allModelsIndex < 0) this.allModelsIndex = this.model(ALL_MODELS, ALL_MODELS);
    return this.allModelsIndex;
  }

  /**
   * Takes a row checked by {@link LogBuilder.fault}. `width` is the length in days of the period
   * the row stands for (a bucket's end − start), 0 for a request.
   */
  add(date: number, model: number, input: number, cached: number, output: number, requests: number, width: number) {
    if (this.rows === this.capacity) this.grow();
    const row = this.rows++;
    this.dates[row] = date;
    this.modelOf[row] = model;
    this.input[row] = input;
    this.output[row] = output;
    if (this.cached) this.cached[row] = cached;
    if (this.requests) this.requests[row] = requests;
    if (date < this.first) this.first = date;
    if (date > this.last) {
      this.last = date;
      this.lastWidth = width;
    } else if (date === this.last && width > this.lastWidth) this.lastWidth = width;
  }

  private grow(): void {
    this.capacity *= 2;
    this.dates = grown(this.dates);
    this.input = grown(this.input);
    this.output = grown(this.output);
    if (this.cached) this.cached = grown(this.cached);
    if (this.requests) this.requests = grown(this.requests);
    const modelOf = new Uint32Array(this.capacity);
    modelOf.set(this.modelOf);
    this.modelOf = modelOf;
  }

  /**
   * The log, or the message it is refused with: no rows, no row taken, no request counted, or less
   * than a day covered (from the first date to the last, plus the period the last date starts).
   */
  finish(fileName: string, format: UsageFormat, syntax: UsageSyntax): UsageLog | { error: string } {
    if (this.rows === 0) {
      if (!this.firstSkip) return { error: USAGE_MESSAGES.noRows(fileName) };
      const { line, reason } = this.firstSkip;
      return { error: USAGE_MESSAGES.nothingTaken(fileName, this.skippedRows, line, reason) };
    }
    if (this.requests && !this.requests.subarray(0, this.rows).some((requests) => requests > 0)) {
      return { error: USAGE_MESSAGES.noRequests(fileName) };
    }
    const covered = this.last - this.first + this.lastWidth;
    // A millionth of a day absorbs the rounding of seconds turned into serials.
    if (covered < 1 - 1e-6) return { error: USAGE_MESSAGES.tooShort(fileName, covered * 24) };
    const rows = this.rows;
    return {
      fileName,
      format,
      formatLabel: format === "mapped" ? USAGE_FORMAT_LABELS.mapped : `${USAGE_FORMAT_LABELS[format]} (${syntax})`,
      rows,
      dates: this.dates.slice(0, rows),
      models: [...this.models],
      modelOf: this.modelOf.slice(0, rows),
      inputTokens: this.input.slice(0, rows),
      ...(this.cached ? { cachedInputTokens: this.cached.slice(0, rows) } : {}),
      outputTokens: this.output.slice(0, rows),
      ...(this.requests ? { requests: this.requests.slice(0, rows) } : {}),
      firstDay: Math.floor(this.first),
      lastDay: Math.floor(this.last),
      skipped: [...this.skips.values()].sort((a, b) => a.lines[0] - b.lines[0]),
    };
  }
}

/**
 * The three formats read, each as the fields or columns that make a row of a usage log:
 * - OpenAI's organization Usage API for completions (GET /v1/organization/usage/completions):
 *   buckets with `start_time` and `end_time` (Unix seconds) and `results`, each result with
 *   `input_tokens` (cached ones included), `input_cached_tokens`, `output_tokens`,
 *   `num_model_requests` and `model` (null unless grouped by model); or the same flattened to CSV,
 *   a row per bucket and result;
 * - LiteLLM's spend logs (GET /spend/logs, or its LiteLLM_SpendLogs table exported): a row per
 *   request with `startTime`, `model`, `prompt_tokens` and `completion_tokens`;
 * - a CSV whose columns the analyst maps.
 */
import { cellDate, cellIsSlice, cellNumber, cellText, type CsvRecord } from "./csv";
import type { LogBuilder } from "./log";
import { MAPPING_ROLES, normaliseHeader, type ColumnMapping } from "./mapping";
import { ALL_MODELS, UNNAMED_MODEL, USAGE_MESSAGES, USAGE_SKIP_REASONS, type UsageFormat } from "./messages";
import { BLANK, dateOf, numberOf } from "./values";

/** Where each column of a usage log lies in a CSV's records (−1: not in the file). */
export interface CsvPlan {
  format: UsageFormat;
  date: number;
  /** The end of a row's period (OpenAI's end_time), which gives the period's length. */
  end: number;
  model: number;
  input: number;
  cached: number;
  output: number;
  requests: number;
  /** The length in days of the period a row stands for where no end column says: 1 for periods, 0 for requests. */
  width: number;
  /** The model of a row whose model cell is blank. */
  blankModel: string;
}

/** The columns of OpenAI's export flattened to CSV, as normalised headers. */
const OPENAI_CSV = {
  start: ["start_time", "start_time_iso"],
  end: ["end_time", "end_time_iso"],
  input: "input_tokens",
  cached: "input_cached_tokens",
  output: "output_tokens",
  requests: "num_model_requests",
  model: "model",
};

/** The columns of a LiteLLM spend log, as normalised headers. */
const LITELLM_CSV = { date: "starttime", model: "model", input: "prompt_tokens", output: "completion_tokens" };

/**
 * The plan of a CSV from its headers: the mapping's columns where one is given, else OpenAI's or
 * LiteLLM's columns recognised by name (case and spaces aside); a message where the headers are
 * neither, or where a mapped header is not in the file.
 */
export function csvPlan(
  headers: readonly string[],
  fileName: string,
  mapping?: ColumnMapping,
): CsvPlan | { error: string } {
  const positions = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = normaliseHeader(header);
    if (!positions.has(key)) positions.set(key, i);
  });
  const at = (...names: string[]): number => {
    for (const name of names) {
      const position = positions.get(name);
      if (position !== undefined) return position;
    }
    return -1;
  };
  if (mapping) return mappedPlan(mapping, headers, positions, fileName);

  const openai = {
    date: at(...OPENAI_CSV.start),
    input: at(OPENAI_CSV.input),
    output: at(OPENAI_CSV.output),
    requests: at(OPENAI_CSV.requests),
  };
  if (openai.date >= 0 && openai.input >= 0 && openai.output >= 0 && openai.requests >= 0) {
    return {
      format: "openai",
      ...openai,
      end: at(...OPENAI_CSV.end),
      model: at(OPENAI_CSV.model),
      cached: at(OPENAI_CSV.cached),
      width: 1,
      blankModel: ALL_MODELS,
    };
  }
  const litellm = {
    date: at(LITELLM_CSV.date),
    model: at(LITELLM_CSV.model),
    input: at(LITELLM_CSV.input),
    output: at(LITELLM_CSV.output),
  };
  if (Object.values(litellm).every((position) => position >= 0)) {
    return { format: "litellm", ...litellm, end: -1, cached: -1, requests: -1, width: 0, blankModel: UNNAMED_MODEL };
  }
  return { error: USAGE_MESSAGES.otherShapeCsv(fileName) };
}

function mappedPlan(
  mapping: ColumnMapping,
  headers: readonly string[],
  positions: ReadonlyMap<string, number>,
  fileName: string,
): CsvPlan | { error: string } {
  const found: Partial<Record<keyof ColumnMapping, number>> = {};
  for (const { role, label, required } of MAPPING_ROLES) {
    const header = mapping[role];
    if (header === undefined || header.trim() === "") {
      if (required) return { error: USAGE_MESSAGES.mappingIncomplete(fileName, label) };
      continue;
    }
    const position = positions.get(normaliseHeader(header));
    if (position === undefined) return { error: USAGE_MESSAGES.mappedColumnMissing(fileName, label, header, headers) };
    found[role] = position;
  }
  const requests = found.requests ?? -1;
  return {
    format: "mapped",
    date: found.date as number,
    end: -1,
    model: found.model ?? -1,
    input: found.inputTokens as number,
    cached: found.cachedInputTokens ?? -1,
    output: found.outputTokens as number,
    requests,
    width: requests >= 0 ? 1 : 0,
    blankModel: UNNAMED_MODEL,
  };
}

/** The model of a record's cell, or of every row where the plan has no model column. */
function modelOfRecord(builder: LogBuilder, record: CsvRecord, plan: CsvPlan): number {
  const cell = plan.model;
  if (cell < 0) return builder.allModels();
  if (!cellIsSlice(record, cell)) return builder.model(cellText(record, cell), plan.blankModel);
  return builder.modelIn(record.text, record.starts[cell], record.ends[cell], plan.blankModel);
}

/** Takes a CSV record as a row, or counts it left out with the reason. */
export function takeCsvRecord(builder: LogBuilder, plan: CsvPlan, record: CsvRecord): void {
  const date = cellDate(record, plan.date);
  const input = cellNumber(record, plan.input);
  const output = cellNumber(record, plan.output);
  let cached = 0;
  if (plan.cached >= 0) {
    cached = cellNumber(record, plan.cached);
    // A blank cached cell is a row without cached tokens, as OpenAI leaves it where there are none.
    if (cached === BLANK) cached = 0;
  }
  const requests = plan.requests >= 0 ? cellNumber(record, plan.requests) : 1;
  const fault = builder.fault(date, input, cached, output, requests);
  if (fault !== undefined) return builder.skip(fault, record.line);
  const model = modelOfRecord(builder, record, plan);
  if (model < 0) return builder.skip(USAGE_SKIP_REASONS.tooManyModels, record.line);
  let width = plan.width;
  if (plan.end >= 0) {
    const end = cellDate(record, plan.end);
    if (end > date) width = end - date;
  }
  builder.add(date, model, input, cached, output, requests, width);
}

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A bucket of OpenAI's Usage API: its start and its results. */
export const isOpenAiBucket = (entry: unknown): boolean =>
  isEntry(entry) && "start_time" in entry && ("results" in entry || entry.object === "bucket");

/** A request of a LiteLLM spend log: its start and its tokens. */
export const isLitellmRequest = (entry: unknown): boolean =>
  isEntry(entry) && "startTime" in entry && ("prompt_tokens" in entry || "completion_tokens" in entry);

/** A model field as text: null or missing as blank. */
const modelField = (value: unknown): string =>
  typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);

/** Takes each result of an OpenAI bucket as a row, its date the bucket's start; counts those left out. */
export function takeOpenAiBucket(builder: LogBuilder, entry: unknown, line: number): void {
  if (!isEntry(entry)) return builder.skip(USAGE_SKIP_REASONS.notAnEntry, line);
  const { results } = entry;
  if (!Array.isArray(results)) return builder.skip(USAGE_SKIP_REASONS.noResults, line);
  const date = dateOf(entry.start_time);
  const end = dateOf(entry.end_time);
  const width = end > date ? end - date : 1;
  for (const result of results) {
    if (!isEntry(result)) {
      builder.skip(USAGE_SKIP_REASONS.notAnEntry, line);
      continue;
    }
    const input = numberOf(result.input_tokens);
    const output = numberOf(result.output_tokens);
    const cachedField = numberOf(result.input_cached_tokens);
    const cached = cachedField === BLANK ? 0 : cachedField;
    const requests = numberOf(result.num_model_requests);
    const fault = builder.fault(date, input, cached, output, requests);
    if (fault !== undefined) {
      builder.skip(fault, line);
      continue;
    }
    const model = builder.model(modelField(result.model), ALL_MODELS);
    if (model < 0) builder.skip(USAGE_SKIP_REASONS.tooManyModels, line);
    else builder.add(date, model, input, cached, output, requests, width);
  }
}

/** Takes a LiteLLM request as a row (a cached-tokens field, if any, is not read); counts it left out. */
export function takeLitellmRequest(builder: LogBuilder, entry: unknown, line: number): void {
  if (!isEntry(entry)) return builder.skip(USAGE_SKIP_REASONS.notAnEntry, line);
  const date = dateOf(entry.startTime);
  const input = numberOf(entry.prompt_tokens);
  const output = numberOf(entry.completion_tokens);
  const fault = builder.fault(date, input, 0, output, 1);
  if (fault !== undefined) return builder.skip(fault, line);
  const model = builder.model(modelField(entry.model), UNNAMED_MODEL);
  if (model < 0) builder.skip(USAGE_SKIP_REASONS.tooManyModels, line);
  else builder.add(date, model, input, 0, output, 1, 0);
}

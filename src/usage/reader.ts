/**
 * Reads a usage file as the pane receives it, in chunks of text (`file.stream()` through a
 * `TextDecoderStream`), without ever holding the whole text: the syntax is decided by the first
 * character that is not blank ({ or [: JSON; anything else: CSV), the format by a CSV's header or
 * by the fields of the first JSON entry, unless the analyst has mapped the columns of a CSV.
 * No network request is made; nothing here touches the DOM.
 */
import { CsvSplitter, cellText } from "./csv";
import {
  csvPlan,
  isLitellmRequest,
  isOpenAiBucket,
  takeCsvRecord,
  takeLitellmRequest,
  takeOpenAiBucket,
  type CsvPlan,
} from "./formats";
import { JsonScanner, parseFault } from "./json";
import { LogBuilder, type UsageLog } from "./log";
import type { ColumnMapping } from "./mapping";
import {
  MAX_USAGE_FILE_MB,
  USAGE_MESSAGES,
  USAGE_SKIP_REASONS,
  usageFileTooLarge,
  type UsageFormat,
  type UsageSyntax,
} from "./messages";

/** A usage file being read: feed it the file's text in chunks, then ask for the log. */
export interface UsageReader {
  /** Reads the next chunk; once the file is refused, the message (and every later chunk is ignored). */
  push(chunk: string): { error: string } | undefined;
  /** The log read, or the message the file is refused with. */
  end(): UsageLog | { error: string };
}

const LF = 10;
const BOM = 0xfeff;

/**
 * A reader for one usage file. With a mapping, the file must be a CSV holding the mapped headers;
 * without one, an OpenAI usage export or a LiteLLM spend log, JSON or CSV, recognised from its
 * content.
 *
 * @param fileName the file's name, used in messages
 * @param mapping the CSV's headers for each column, where the analyst has mapped them
 *
 * @example
 * const reader = createUsageReader("spend.csv");
 * reader.push("startTime,model,prompt_tokens,completion_tokens\n2026-11-01T09:00:00Z,gpt-4o,1200,3");
 * reader.push("00\n2026-11-02T09:00:00Z,gpt-4o,800,100\n");
 * reader.end().rows; // 2
 */
export function createUsageReader(fileName: string, mapping?: ColumnMapping): UsageReader {
  let syntax: UsageSyntax | undefined;
  let format: UsageFormat | undefined;
  let builder: LogBuilder | undefined;
  let plan: CsvPlan | undefined;
  let feed: { push(chunk: string): string | undefined; end(): string | undefined } | undefined;
  let error: string | undefined;
  let charsRead = 0;
  let leadingLines = 0;

  const csvSink = (record: Parameters<typeof takeCsvRecord>[2]): string | undefined => {
    if (plan && builder) {
      takeCsvRecord(builder, plan, record);
      return undefined;
    }
    const headers = Array.from({ length: record.count }, (_, cell) => cellText(record, cell));
    const read = csvPlan(headers, fileName, mapping);
    if ("error" in read) return read.error;
    plan = read;
    format = read.format;
    builder = new LogBuilder(read.cached >= 0, read.requests >= 0);
    return undefined;
  };

  const jsonSink = {
    entry(text: string, line: number): string | undefined {
      let entry: unknown;
      try {
        entry = JSON.parse(text);
      } catch (thrown) {
        const fault = parseFault(text, line, thrown);
        return USAGE_MESSAGES.notJson(fileName, fault.line, fault.reason);
      }
      if (!format) {
        if (isOpenAiBucket(entry)) format = "openai";
        else if (isLitellmRequest(entry)) format = "litellm";
        else return USAGE_MESSAGES.otherShapeJson(fileName);
        builder = new LogBuilder(format === "openai", format === "openai");
      }
      if (format === "openai") takeOpenAiBucket(builder as LogBuilder, entry, line);
      else takeLitellmRequest(builder as LogBuilder, entry, line);
      return undefined;
    },
    stray(line: number): string | undefined {
      if (!builder) return USAGE_MESSAGES.otherShapeJson(fileName);
      builder.skip(USAGE_SKIP_REASONS.notAnEntry, line);
      return undefined;
    },
  };

  /** Decides the syntax from the first character that is not blank; the rest of the chunk from it. */
  function start(chunk: string): string | undefined {
    // A file whose every other byte is NUL is UTF-16 or binary: a workbook, an archive, an image.
    if (chunk.includes("\u0000")) {
      error = USAGE_MESSAGES.notText(fileName);
      return undefined;
    }
    let i = charsRead === chunk.length && chunk.charCodeAt(0) === BOM ? 1 : 0;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === LF) leadingLines++;
      else if (c > 32) break;
    }
    if (i === chunk.length) return undefined;
    const first = chunk[i];
    syntax = first === "{" || first === "[" ? "JSON" : "CSV";
    if (syntax === "JSON" && mapping) {
      error = USAGE_MESSAGES.mappingOnJson(fileName);
      return undefined;
    }
    feed =
      syntax === "JSON"
        ? new JsonScanner(fileName, jsonSink, leadingLines + 1)
        : new CsvSplitter(fileName, csvSink, leadingLines + 1);
    return chunk.slice(i);
  }

  return {
    push(chunk) {
      if (error === undefined) {
        charsRead += chunk.length;
        if (charsRead > MAX_USAGE_FILE_MB * 1024 * 1024) {
          error = USAGE_MESSAGES.tooLarge(fileName, charsRead / (1024 * 1024));
        } else {
          const rest = feed ? chunk : start(chunk);
          if (feed && rest !== undefined) error = feed.push(rest);
        }
      }
      return error === undefined ? undefined : { error };
    },
    end() {
      if (error === undefined) error = feed?.end();
      if (error !== undefined) return { error };
      if (!syntax || !feed) return { error: USAGE_MESSAGES.empty(fileName) };
      if (!builder || !format) {
        return { error: syntax === "CSV" ? USAGE_MESSAGES.empty(fileName) : USAGE_MESSAGES.noRows(fileName) };
      }
      return builder.finish(fileName, format, syntax);
    },
  };
}

/**
 * Reads a whole usage file given as text, in chunks as the pane would get them. For tests and for
 * text already in memory; the pane reads a file with {@link readUsageStream}.
 *
 * @param text the file's content
 * @param fileName the file's name, used in messages
 * @param mapping the CSV's headers for each column, where the analyst has mapped them
 * @param chunkChars the length of each chunk fed to the reader
 *
 * @example
 * readUsageText("Day,Calls,In,Out\n2026-11-01,40,52000,9100\n2026-11-02,44,57000,9900\n", "usage.csv",
 *   { date: "Day", inputTokens: "In", outputTokens: "Out", requests: "Calls" }).formatLabel;
 * // "CSV with mapped columns"
 */
export function readUsageText(
  text: string,
  fileName: string,
  mapping?: ColumnMapping,
  chunkChars = 65_536,
): UsageLog | { error: string } {
  const reader = createUsageReader(fileName, mapping);
  for (let at = 0; at < text.length; at += chunkChars) {
    const refused = reader.push(text.slice(at, at + chunkChars));
    if (refused) return refused;
  }
  return reader.end();
}

/**
 * Reads a usage file from its chunks of text, as `file.stream().pipeThrough(new TextDecoderStream())`
 * gives them. A file over {@link MAX_USAGE_FILE_MB} MB is refused from its size before any chunk
 * is read; a file refused part-way stops the reading (the stream is cancelled).
 *
 * @param chunks the file's text in chunks
 * @param fileName the file's name, used in messages
 * @param size the file's size in bytes (`File.size`)
 * @param mapping the CSV's headers for each column, where the analyst has mapped them
 */
export async function readUsageStream(
  chunks: AsyncIterable<string>,
  fileName: string,
  size: number,
  mapping?: ColumnMapping,
): Promise<UsageLog | { error: string }> {
  const tooLarge = usageFileTooLarge(fileName, size);
  if (tooLarge !== undefined) return { error: tooLarge };
  const reader = createUsageReader(fileName, mapping);
  for await (const chunk of chunks) {
    const refused = reader.push(chunk);
    if (refused) return refused;
  }
  return reader.end();
}

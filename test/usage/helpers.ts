/** What the usage tests share: the fixtures, and a log read from them or refused. */
import * as fs from "fs";
import * as path from "path";
import type { ColumnMapping, UsageLog } from "../../src/usage";
import { createUsageReader, readUsageText } from "../../src/usage";

const FIXTURES = path.join(__dirname, "../fixtures/usage");

/** A fixture's text. */
export const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), "utf8");

/** The mapping of mapped.csv's headers. */
export const MAPPED: ColumnMapping = {
  date: "Day",
  model: "Deployment",
  inputTokens: "Prompt tokens",
  outputTokens: "Completion tokens",
  requests: "Calls",
};

/** The log read from text, failing the test with the message where it is refused. */
export function logOf(text: string, fileName: string, mapping?: ColumnMapping, chunkChars?: number): UsageLog {
  const read = readUsageText(text, fileName, mapping, chunkChars);
  if ("error" in read) throw new Error(`refused: ${read.error}`);
  return read;
}

/** The message text is refused with, failing the test where it is read. */
export function refusalOf(text: string, fileName: string, mapping?: ColumnMapping): string {
  const read = readUsageText(text, fileName, mapping);
  if (!("error" in read)) throw new Error(`read ${read.rows} rows of ${fileName}, expected a refusal`);
  return read.error;
}

/** Reads text fed in the given chunks, in order. */
export function readChunks(chunks: readonly string[], fileName: string, mapping?: ColumnMapping) {
  const reader = createUsageReader(fileName, mapping);
  for (const chunk of chunks) {
    const refused = reader.push(chunk);
    if (refused) return refused;
  }
  return reader.end();
}

/** The sum of a column. */
export function total(values: ArrayLike<number> | undefined): number {
  if (!values) return NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

/** Excel's serial of a day, written as the test reads it: days since 1899-12-30. */
export const serial = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;

/** A log as plain data, to compare two reads of one file. */
export const plain = (log: UsageLog | { error: string }) =>
  "error" in log
    ? log
    : Object.fromEntries(
        Object.entries(log).map(([key, value]) => [
          key,
          ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
        ]),
      );

/**
 * A team's usage at scale (issue 26): WORKLOAD over 1,000,000 request rows as Excel calls it (the
 * adapter, every column a matrix of one-cell rows), and a 1,000,000-row LiteLLM spend log (about
 * 126 MB of CSV) imported through the preview's pane in headless Chromium, from choosing the file
 * to the Usage sheet written (summed per day and model, as the preview writes a log that large).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { WORKLOAD } from "../src/functions/declarations";
import { excelAdapter } from "../src/functions/excelHost";
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { median } from "./median";
import { onPreviewPage } from "./previewPage";

export const USAGE_ROWS = 1_000_000;

/** The n-th request of a six-month log: its day, model and tokens from a hash of n, the same each run. */
function request(n: number): { start: number; model: string; prompt: number; completion: number } {
  const h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return {
    start: Date.UTC(2026, 5, 1) + Math.floor((n / USAGE_ROWS) * 183 * 86_400_000) + (h % 60_000),
    model: ["gpt-4o", "claude-sonnet-4-5", "gemini-2.5-flash"][h % 3],
    prompt: 200 + (h % 3800),
    completion: 50 + ((h >>> 12) % 1150),
  };
}

/** WORKLOAD over the rows, through the adapter Excel calls: the median of five runs after a warm-up. */
export function benchWorkload(rounds = 5): number {
  const host = globalThis as unknown as { CustomFunctions?: unknown };
  host.CustomFunctions ??= createCustomFunctionsRuntime();
  const run = excelAdapter(WORKLOAD);
  const dates: number[][] = new Array(USAGE_ROWS);
  const input: number[][] = new Array(USAGE_ROWS);
  const output: number[][] = new Array(USAGE_ROWS);
  for (let n = 0; n < USAGE_ROWS; n++) {
    const row = request(n);
    dates[n] = [row.start / 86_400_000 + 25_569];
    input[n] = [row.prompt];
    output[n] = [row.completion];
  }
  const time = () => {
    const start = process.hrtime.bigint();
    const table = run(dates, input, output, null) as unknown[][];
    if (table.length !== 13) throw new Error(`WORKLOAD gave ${String(table[0]?.[0])}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time();
  return median(Array.from({ length: rounds }, time));
}

/** The log as a LiteLLM proxy's spend log saves it, as CSV, written to a file. */
function writeSpendLog(file: string): void {
  const out = fs.openSync(file, "w");
  try {
    fs.writeSync(
      out,
      "request_id,call_type,spend,total_tokens,prompt_tokens,completion_tokens,startTime,endTime,model\n",
    );
    let lines: string[] = [];
    for (let n = 0; n < USAGE_ROWS; n++) {
      const { start, model, prompt, completion } = request(n);
      lines.push(
        `chatcmpl-${n.toString(16).padStart(12, "0")},acompletion,${((prompt * 2.5 + completion * 10) / 1e6).toFixed(8)},` +
          `${prompt + completion},${prompt},${completion},${new Date(start).toISOString()},${new Date(start + 4000).toISOString()},${model}`,
      );
      if (lines.length === 10_000) {
        fs.writeSync(out, `${lines.join("\n")}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) fs.writeSync(out, `${lines.join("\n")}\n`);
  } finally {
    fs.closeSync(out);
  }
}

/** Milliseconds from choosing the file in the preview's pane to its Usage sheet written; undefined without Chromium. */
export async function benchUsageImport(dist: string): Promise<number | undefined> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-usage-"));
  const file = path.join(folder, "spend-logs.csv");
  try {
    writeSpendLog(file);
    return await onPreviewPage(dist, async (page) => {
      await page.waitForSelector("#usage-file", { state: "attached" });
      const start = Date.now();
      await page.setInputFiles("#usage-file", file);
      await page.waitForSelector("#usage-review:not([hidden]) #usage-model", { timeout: 60_000 });
      await page.click("button[data-action='write-usage']");
      await page.waitForSelector("#status.success, #status.error", { timeout: 60_000 });
      const ms = Date.now() - start;
      const status = (await page.textContent("#status")) ?? "";
      if (!/new worksheet “Usage”/.test(status)) throw new Error(`the import said: ${status}`);
      return ms;
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

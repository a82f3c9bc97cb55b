/**
 * The Usage sheet an import writes (SPEC 3.13), in a real spreadsheet engine (HyperFormula): the
 * file's facts, its rows under a header, and each whole month's requests summed by the sheet's own
 * formulas, equal to WORKLOAD's engine on the same rows; and its rows in chunks within a request.
 */
import * as fs from "fs";
import * as path from "path";
import { wholeMonths, workload } from "../../src/engine";
import { MAX_ARGUMENTS_PAYLOAD_BYTES } from "../../src/functions/payload";
import { applyPlan, parseAddress, settleSpills } from "../../src/preview/hyperformulaSheet";
import type { AnswerKey } from "../../src/sheet/answers";
import { MAX_CHUNK_BYTES, rowChunks } from "../../src/sheet/layout";
import { skippedLines, usageAnswerFormulas, usageLayout, workloadArgumentBytes } from "../../src/sheet/usageSheet";
import { workloadAnswers } from "../../src/taskpane/usageImport";
import { forModel, readUsageText, summariseByDay, type UsageLog } from "../../src/usage";
import { expectNear } from "../helpers/tolerance";
import { emptyWorkbook } from "../helpers/workbook";

const FIXTURES = path.join(__dirname, "..", "fixtures", "usage");

function read(file: string): UsageLog {
  const log = readUsageText(fs.readFileSync(path.join(FIXTURES, file), "utf8"), file);
  if ("error" in log) throw new Error(log.error);
  return log;
}

/** The Usage sheet of a log, written into a workbook; its cells by A1 address. */
function written(log: UsageLog, read: UsageLog, model?: string) {
  const hf = emptyWorkbook();
  const sheet = hf.getSheetId("Sheet1") as number;
  const usage = usageLayout(log, read, {
    model,
    kind: log.requests && !read.requests ? "per day and model" : "as read",
  });
  applyPlan(hf, sheet, usage.layout);
  const value = (a1: string) => {
    const { row, column } = parseAddress(a1.replace(/\$/g, ""));
    return hf.getCellValue({ sheet, row, col: column });
  };
  return { usage, value };
}

describe("the Usage sheet", () => {
  it.each(["litellm-spend-logs.csv", "litellm-spend-logs.json", "openai-usage.json", "openai-usage.csv"])(
    "%s: each whole month's requests, summed by the sheet, equal WORKLOAD's engine",
    (file) => {
      const log = read(file);
      const { usage, value } = written(log, log);
      const months = workload(log).months;
      expect(months.length).toBeGreaterThan(0);
      expect(usage.months.map((month) => month.month)).toEqual(months.map((month) => month.month));
      usage.months.forEach((month, k) => expect(value(month.cell)).toBe(months[k].requests));
      expect(value("B2")).toBe(file);
      expect(value("B3")).toBe(log.formatLabel);
      expect([value("B4"), value("B5")]).toEqual([log.firstDay, log.lastDay]);
      expect(value("A10")).toBe("Date");
      expect(value("A11")).toBe(log.dates[0]);
      expect(value(`C${10 + log.rows}`)).toBe(log.inputTokens[log.rows - 1]);
    },
  );

  it("one model's rows, and a log summed per day and model, keep the months' requests", () => {
    const log = read("litellm-spend-logs.csv");
    const model = log.models[0];
    const one = forModel(log, model);
    const { usage, value } = written(one, log, model);
    usage.months.forEach((month, k) => expect(value(month.cell)).toBe(workload(one).months[k].requests));
    expect(value("B6")).toBe(model);

    const summed = summariseByDay(log);
    const daily = written(summed, log);
    expect(daily.usage.columns.requests).toBeDefined();
    daily.usage.months.forEach((month, k) => expect(daily.value(month.cell)).toBe(workload(log).months[k].requests));
    expect(String(daily.value("B7"))).toMatch(/summed into .* per day and model/);
  });

  it("says which rows were skipped, and why", () => {
    const log = readUsageText(fs.readFileSync(path.join(FIXTURES, "bad-rows.csv"), "utf8"), "bad-rows.csv");
    if ("error" in log) throw new Error(log.error);
    expect(log.skipped.length).toBeGreaterThan(0);
    const { value } = written(log, log);
    expect(value("B8")).toBe(skippedLines(log).join(" "));
    expect(String(value("B8"))).toMatch(/^\d+ rows? skipped: /);
  });

  it("whole months start on a month's first day and end on its last", () => {
    const serial = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 864e5 + 25569;
    expect(wholeMonths(serial("2026-06-01"), serial("2026-08-30")).map((m) => m.month)).toEqual(["2026-06", "2026-07"]);
    expect(wholeMonths(serial("2026-06-02"), serial("2026-08-31")).map((m) => m.month)).toEqual(["2026-07", "2026-08"]);
    expect(wholeMonths(serial("2026-06-02"), serial("2026-06-30"))).toEqual([]);
  });
});

describe("rows in chunks", () => {
  it("every row once, in order, each chunk's values and formats within the bytes allowed", () => {
    const count = 25_000;
    const rows = {
      top: 10,
      left: 0,
      count,
      row: (i: number) => [46_000 + i / 7, i % 3 === 0 ? 'a "quoted" model' : "gpt-4o-mini", 1234.5 + i, null],
      columnFormats: ["yyyy-mm-dd hh:mm", "@", "#,##0", "#,##0"],
    };
    const limit = 200_000;
    const chunks = [...rowChunks(rows, limit)];
    expect(chunks.length).toBeGreaterThan(3);
    let next = 0;
    for (const chunk of chunks) {
      expect(JSON.stringify(chunk.values).length + JSON.stringify(chunk.formats).length).toBeLessThanOrEqual(limit);
      const [first, last] = chunk.range.split(":");
      expect(parseAddress(first).row).toBe(10 + next);
      expect(parseAddress(last).row).toBe(10 + next + chunk.values.length - 1);
      chunk.values.forEach((values, k) => expect(values).toEqual(rows.row(next + k)));
      next += chunk.values.length;
    }
    expect(next).toBe(count);
    expect(MAX_CHUNK_BYTES).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("the Usage sheet's columns", () => {
  it("are wide enough for their headings, at 5.6 points a character as the model sheet counts them", () => {
    const log = read("openai-usage.json");
    const { layout } = usageLayout(log, log, { model: undefined, kind: "as read" });
    const widths = new Map(layout.columnWidths.map(({ column, points }) => [column, points]));
    const headers = layout.cells.filter((cell) => cell.style === "header" && typeof cell.value === "string");
    expect(headers.map((cell) => cell.value)).toContain("Cached input tokens");
    for (const cell of headers) {
      const column = cell.address.replace(/\d+$/, "");
      expect([cell.value, 5.6 * (cell.value as string).length <= (widths.get(column) ?? 0)]).toEqual([
        cell.value,
        true,
      ]);
    }
  });
});

/**
 * A workbook holding a Usage sheet under `name` and, once the answers are known, the model written
 * with them linked to it, as the pane writes both; its cells read by sheet and A1 address.
 */
function usageWorkbook(log: UsageLog, name = "Usage (2)") {
  const hf = emptyWorkbook();
  const usageSheet = hf.getSheetId(hf.addSheet(name)) as number;
  const usage = usageLayout(log, log, { model: undefined, kind: "as read" });
  applyPlan(hf, usageSheet, usage.layout);
  settleSpills(hf);
  const at = (sheet: number, a1: string) => {
    const { row, column } = parseAddress(a1.replace(/\$/g, ""));
    return { sheet, row, col: column };
  };
  /** Each answer's formula, evaluated in a cell of a scratch sheet. */
  const evaluated = (formulas: Partial<Record<AnswerKey, string>>) => {
    const scratch = hf.getSheetId(hf.addSheet(`scratch ${hf.countSheets()}`)) as number;
    return Object.fromEntries(
      (Object.entries(formulas) as [AnswerKey, string][]).map(([key, text], k) => {
        hf.setCellContents({ sheet: scratch, row: k, col: 0 }, text);
        return [key, hf.getCellValue({ sheet: scratch, row: k, col: 0 })];
      }),
    );
  };
  return {
    hf,
    usage,
    formulas: usageAnswerFormulas(name, usage),
    evaluated,
    value: (a1: string) => hf.getCellValue(at(usageSheet, a1)),
    set: (a1: string, content: number) => {
      hf.setCellContents(at(usageSheet, a1), content);
      settleSpills(hf);
    },
  };
}

/** The pane's answers of a log, as numbers. */
const paneAnswers = (log: UsageLog) =>
  Object.fromEntries(Object.entries(workloadAnswers(log).answers).map(([key, text]) => [key, Number(text)]));

describe("the Usage sheet's WORKLOAD, and the formulas the model's answers take from it", () => {
  it.each(["litellm-spend-logs.csv", "litellm-spend-logs.json", "openai-usage.json", "openai-usage.csv"])(
    "%s: WORKLOAD's table on the sheet is the engine's, and the formulas give the pane's answers",
    (file) => {
      const log = read(file);
      const book = usageWorkbook(log);
      const engine = workload(log);
      const cells = book.usage.workload;
      if (!cells) throw new Error("WORKLOAD was not written");
      expectNear(book.value(cells["requests per month"]), engine.requestsPerMonth);
      expectNear(book.value(cells["input tokens per request"]), engine.inputMean);
      expectNear(book.value(cells["output tokens per request"]), engine.outputMean);
      expect(book.value(cells["first day"])).toBe(engine.firstDay);
      expect(book.formulas.requestsPerMonth).toContain("'Usage (2)'!");
      // With fewer than two whole months there is no range to link: the low and high follow the volume.
      const pane = paneAnswers(log);
      if (engine.months.length < 2) {
        expect([book.formulas.volumeLow, book.formulas.volumeHigh]).toEqual([undefined, undefined]);
        delete pane.volumeLow;
        delete pane.volumeHigh;
      }
      expect(book.evaluated(book.formulas)).toEqual(pane);
      // Where WORKLOAD is not written, the sheet's own sums give the same answers.
      const { workload: _, ...unwritten } = book.usage;
      const sums = usageAnswerFormulas("Usage (2)", unwritten);
      expect(Object.values(sums).join(" ")).not.toContain(cells["requests per month"]);
      expect(book.evaluated(sums)).toEqual(pane);
    },
  );

  it("rounds a cached share at a tie as the pane does, and links no range for fewer than two whole months", () => {
    const text =
      "When,In,Cached,Out\n" +
      Array.from(
        { length: 20 },
        (_, d) => `2026-11-${String(d + 1).padStart(2, "0")},${d === 0 ? 100_000 - 19 * 5 : 5},${d === 0 ? 145 : 0},10`,
      ).join("\n");
    const log = readUsageText(text, "tie.csv", {
      date: "When",
      inputTokens: "In",
      cachedInputTokens: "Cached",
      outputTokens: "Out",
    });
    if ("error" in log) throw new Error(log.error);
    const book = usageWorkbook(log);
    // 145 cached of 100,000 input tokens: 0.00145, a tie at four decimals, 0.0015 on both sides.
    expect(workloadAnswers(log).answers.cachedShare).toBe("0.0015");
    expect(book.evaluated({ cachedShare: book.formulas.cachedShare as string })).toEqual({ cachedShare: 0.0015 });
    expect([book.formulas.volumeLow, book.formulas.volumeHigh]).toEqual([undefined, undefined]);
  });

  it("a corrected row moves WORKLOAD's figures and the answers with it: the model follows the sheet", () => {
    const log = read("litellm-spend-logs.csv");
    const book = usageWorkbook(log);
    const before = book.evaluated(book.formulas);
    // The first row's input tokens, typed again ten times larger.
    const input = book.usage.columns.inputTokens.split(":")[0];
    book.set(input, log.inputTokens[0] * 10);
    const corrected = { ...log, inputTokens: Float64Array.from(log.inputTokens, (n, k) => (k === 0 ? n * 10 : n)) };
    const after = book.evaluated(book.formulas);
    expect(after.inputTokens).not.toBe(before.inputTokens);
    expect(after).toEqual(paneAnswers(corrected));
  });

  it("estimates WORKLOAD's arguments within 5 % of their JSON, and leaves WORKLOAD out past what a formula takes", () => {
    const log = read("litellm-spend-logs.csv");
    const columns = [log.dates, log.inputTokens, log.outputTokens];
    const json = columns.map((column) => JSON.stringify(Array.from(column, (n) => [n])).length).reduce((a, b) => a + b);
    expect(Math.abs(workloadArgumentBytes(columns, log.rows) / json - 1)).toBeLessThan(0.05);
    // 80,000 requests of a second's precision: about 2.9 MB, past the 2.5 MB a formula's arguments have.
    const rows = 80_000;
    const big: UsageLog = {
      ...log,
      rows,
      dates: Float64Array.from({ length: rows }, (_, k) => 46_296 + k / 997.3),
      firstDay: 46_296,
      lastDay: Math.floor(46_296 + (rows - 1) / 997.3),
      inputTokens: new Float64Array(rows).fill(12_345),
      outputTokens: new Float64Array(rows).fill(678),
      modelOf: new Uint32Array(rows),
    };
    const { layout, workload: cells, argumentBytes } = usageLayout(big, big, { model: undefined, kind: "as read" });
    expect(argumentBytes).toBeGreaterThan(MAX_ARGUMENTS_PAYLOAD_BYTES);
    expect(cells).toBeUndefined();
    expect(layout.cells.some((cell) => /^Not written: WORKLOAD over 80,000 rows/.test(String(cell.value)))).toBe(true);
    expect(layout.cells.some((cell) => cell.formula?.includes("AICOST.WORKLOAD"))).toBe(false);
  });
});

/**
 * The Usage sheet an import writes (SPEC 3.13), in a real spreadsheet engine (HyperFormula): the
 * file's facts, its rows under a header, and each whole month's requests summed by the sheet's own
 * formulas, equal to WORKLOAD's engine on the same rows; and its rows in chunks within a request.
 */
import * as fs from "fs";
import * as path from "path";
import { wholeMonths, workload } from "../../src/engine";
import { applyPlan, parseAddress } from "../../src/preview/hyperformulaSheet";
import { MAX_CHUNK_BYTES, rowChunks } from "../../src/sheet/layout";
import { skippedLines, usageLayout } from "../../src/sheet/usageSheet";
import { forModel, readUsageText, summariseByDay, type UsageLog } from "../../src/usage";
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

/**
 * WORKLOAD through the adapter's runner, as Excel passes a usage log's columns (SPEC 3.13): its
 * table against arithmetic written here, blank rows, dates as text, the aggregated form, and every
 * refusal naming the argument and its row.
 */
import { serialFromIso } from "../../src/engine";
import { WORKLOAD } from "../../src/functions/declarations";
import { ExcelError, type Cell } from "../../src/functions/excelError";
import { runFunction } from "../../src/functions/runner";
import { readUsageText } from "../../src/usage/reader";
import { expectNear } from "../helpers/tolerance";

const day = (iso: string) => serialFromIso(iso);
const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);

/** WORKLOAD's table as a map from measure to value. */
function table(...args: unknown[]): Map<string, Cell> {
  const cells = runFunction(WORKLOAD, [...args, ...Array(4 - args.length).fill(null)]);
  if (cells.length === 1)
    throw new Error(`WORKLOAD gave ${String(cells[0][0])}: ${(cells[0][0] as ExcelError).message}`);
  expect(cells[0]).toEqual(["measure", "value"]);
  return new Map(cells.slice(1).map(([measure, value]) => [measure as string, value]));
}

/** The one error WORKLOAD gives for these arguments. */
function refusal(...args: unknown[]): ExcelError {
  const cells = runFunction(WORKLOAD, [...args, ...Array(4 - args.length).fill(null)]);
  expect(cells).toHaveLength(1);
  expect(cells[0][0]).toBeInstanceOf(ExcelError);
  return cells[0][0] as ExcelError;
}

/** A request a day from `from` to `to`, input 1,000 + d and output 200 + 2d on day d. */
function daily(from: string, to: string) {
  const days = day(to) - day(from) + 1;
  const d = Array.from({ length: days }, (_, k) => k);
  return {
    dates: column(d.map((k) => day(from) + k + 0.25)),
    input: column(d.map((k) => 1000 + k)),
    output: column(d.map((k) => 200 + 2 * k)),
    days,
  };
}

describe("WORKLOAD's table", () => {
  it("a request a day from 2027-01-01 to 2027-03-31: three whole months, their mean, the last, growth and percentiles", () => {
    const log = daily("2027-01-01", "2027-03-31");
    const got = table(log.dates, log.input, log.output);
    expect([...got.keys()]).toEqual([
      "first day",
      "last day",
      "whole months covered",
      "requests per month",
      "requests in the last whole month",
      "monthly volume growth",
      "input tokens per request",
      "input tokens, 50th percentile",
      "input tokens, 90th percentile",
      "output tokens per request",
      "output tokens, 50th percentile",
      "output tokens, 90th percentile",
    ]);
    expect(got.get("first day")).toBe(day("2027-01-01"));
    expect(got.get("last day")).toBe(day("2027-03-31"));
    expect(got.get("whole months covered")).toBe(3);
    expectNear(got.get("requests per month") as number, 90 / 3, 12);
    expect(got.get("requests in the last whole month")).toBe(31);
    // ln 31, ln 28, ln 31 at months 1, 2, 3: the slope is (ln 31 − ln 31) / 2 = 0.
    expectNear(got.get("monthly volume growth") as number, 0, 12);
    // Input 1,000 to 1,089: mean 1,044.5; PERCENTILE.INC at ranks 44.5 and 80.1 of 0..89.
    expectNear(got.get("input tokens per request") as number, 1044.5, 12);
    expectNear(got.get("input tokens, 50th percentile") as number, 1044.5, 12);
    expectNear(got.get("input tokens, 90th percentile") as number, 1080.1, 12);
    expectNear(got.get("output tokens per request") as number, 289, 12);
    expectNear(got.get("output tokens, 90th percentile") as number, 200 + 2 * 80.1, 12);
  });

  it("a provider's export of request counts: means weighted by requests, percentiles #N/A", () => {
    const dates = column([day("2027-01-02"), day("2027-01-15"), day("2027-02-10")]);
    const got = table(dates, column([10_000, 40_000, 5_000]), column([1_000, 3_000, 500]), column([10, 30, 5]));
    expect(got.get("whole months covered")).toBe(0);
    // 45 requests over the 40 days from 2027-01-02 to 2027-02-10, scaled to 30.4375 days.
    expectNear(got.get("requests per month") as number, (45 / 40) * 30.4375, 12);
    expectNear(got.get("input tokens per request") as number, 55_000 / 45, 12);
    expectNear(got.get("output tokens per request") as number, 4_500 / 45, 12);
    for (const measure of ["input tokens, 50th percentile", "output tokens, 90th percentile"]) {
      expect(got.get(measure)).toEqual(new ExcelError("#N/A", "Percentiles need one row per request."));
    }
    expect(got.get("requests in the last whole month")).toEqual(
      new ExcelError("#N/A", "The log covers no whole calendar month."),
    );
    expect(got.get("monthly volume growth")).toEqual(
      new ExcelError("#N/A", "Growth needs 3 whole months; the log has 0."),
    );
  });

  it("reads date text, with or without a time of day, and a row of cells as well as a column", () => {
    const dates = [["2027-01-01", "2027-01-02T14:02:11.123Z", "2027-01-03 09:15", day("2027-01-04")]];
    const got = table(dates, [[100, 200, 300, 400]], [[10, 20, 30, 40]]);
    expect(got.get("first day")).toBe(day("2027-01-01"));
    expect(got.get("last day")).toBe(day("2027-01-04"));
    expectNear(got.get("input tokens per request") as number, 250, 12);
  });

  it("takes a date-time's day at UTC, as the usage import does: 23:30 at UTC-2 on 30 November is 1 December", () => {
    const dates = [["2026-11-30T23:30:00-02:00", "2026-12-01T01:00:00+0530", "2026-12-02 10:00"]];
    const got = table(dates, [[1, 2, 3]], [[1, 2, 3]]);
    expect(got.get("first day")).toBe(day("2026-11-30"));
    expect(got.get("last day")).toBe(day("2026-12-02"));
    // The first is 2026-12-01T01:30Z, the second 2026-11-30T19:30Z.
    const first = table([["2026-11-30T23:30:00-02:00", "2026-12-02"]], [[1, 1]], [[1, 1]]);
    expect(first.get("first day")).toBe(day("2026-12-01"));
  });

  it("reads every date-time the usage import reads, alike: a lower-case t or z, an hour-only zone, a decimal comma", () => {
    const texts = ["2026-11-30t22:00:00z", "2026-11-30T23:30:00-02", "2026-11-30 23:59:59,5+00:00", "2026-12-02"];
    const got = table([texts], [[1, 1, 1, 1]], [[1, 1, 1, 1]]);
    // The second is 2026-12-01T01:30Z; the others fall on their own day.
    expect(got.get("first day")).toBe(day("2026-11-30"));
    expect(got.get("last day")).toBe(day("2026-12-02"));
    // Each text's day is the day the usage import gives its row.
    const imported = readUsageText(`Day,In,Out\n${texts.map((text) => `"${text}",1,1`).join("\n")}\n`, "log.csv", {
      date: "Day",
      inputTokens: "In",
      outputTokens: "Out",
    });
    if ("error" in imported) throw new Error(imported.error);
    expect(imported.rows).toBe(texts.length);
    texts.forEach((text, k) => {
      const one = table([[text]], [[1]], [[1]]);
      expect([text, one.get("first day")]).toEqual([text, Math.floor(imported.dates[k])]);
    });
  });

  it("skips blank rows, as the web passes them (null) and as desktop does (0 beside a blank date)", () => {
    const dates = column([day("2027-01-01"), null, day("2027-01-03"), 0, null]);
    const got = table(dates, column([100, null, 300, 0, 0]), column([10, null, 30, 0, null]));
    expectNear(got.get("input tokens per request") as number, 200, 12);
    expect(got.get("last day")).toBe(day("2027-01-03"));
  });

  it("is #N/A for growth when a whole month has no requests", () => {
    const dates = column([day("2027-01-10"), day("2027-03-10"), day("2027-04-10")]);
    const months = table(
      column([...dates.map(([d]) => d), day("2027-01-01"), day("2027-04-30")]),
      column([1, 1, 1, 1, 1]),
      column([1, 1, 1, 1, 1]),
    );
    expect(months.get("whole months covered")).toBe(4);
    expect(months.get("monthly volume growth")).toEqual(
      new ExcelError("#N/A", "Growth needs requests in every whole month; 2027-02 has none."),
    );
  });
});

describe("WORKLOAD's declaration", () => {
  it("its declared example computes without an error cell, sized as its declaration says", () => {
    for (const example of WORKLOAD.examples) {
      const cells = runFunction(WORKLOAD, [...example.args, ...Array(4 - example.args.length).fill(null)]);
      expect(cells.flat().filter((cell) => cell instanceof ExcelError)).toEqual([]);
      expect([cells.length, cells[0].length]).toEqual([13, 2]);
    }
  });

  it("names a bad cell by its row in a column, and by its column in a log laid out in a row", () => {
    const inColumn = runFunction(WORKLOAD, [[[46388], ["soon"]], [[1000], [1200]], [[200], [250]], null]);
    expect((inColumn[0][0] as ExcelError).message).toMatch(/^dates \(row 2 of its range\) must be /);
    const inRow = runFunction(WORKLOAD, [[[46388, "soon"]], [[1000, 1200]], [[200, 250]], null]);
    expect((inRow[0][0] as ExcelError).message).toMatch(/^dates \(column 2 of its range\) must be /);
  });

  it("a required argument left blank is #VALUE! naming it, bare, as every function's is", () => {
    for (const index of [0, 1, 2]) {
      const args: unknown[] = [[[46388]], [[1000]], [[200]], null];
      args[index] = [[null]];
      const [[cell]] = runFunction(WORKLOAD, args);
      expect((cell as ExcelError).message).toMatch(
        new RegExp(`^${WORKLOAD.params[index].name} is required: .*; got a blank cell\\.$`),
      );
    }
  });
});

describe("WORKLOAD's refusals", () => {
  const dates = column([day("2027-01-01"), day("2027-01-02")]);

  it("ranges of different lengths: #VALUE! giving each length", () => {
    expect(refusal(dates, column([1, 2, 3]), column([1, 2]))).toEqual(
      new ExcelError(
        "#VALUE!",
        "The log's columns must be one length, a cell per row; got dates 2, input_tokens 3, output_tokens 2.",
      ),
    );
  });

  it("a block of several rows and columns", () => {
    expect(
      refusal(
        [
          [1, 2],
          [3, 4],
        ],
        column([1, 2]),
        column([1, 2]),
      ).message,
    ).toBe("dates must be one column or one row of the log; got 2 x 2 cells.");
  });

  it("negative, text and error cells, naming the argument and its row", () => {
    expect(refusal(dates, column([100, -5]), column([1, 2])).message).toBe(
      "input_tokens (row 2 of its range) must be a number ≥ 0 (tokens); got -5.",
    );
    expect(refusal(dates, column([100, 5]), column(["many", 2])).message).toBe(
      'output_tokens (row 1 of its range) must be a number ≥ 0 (tokens); got "many".',
    );
    expect(refusal(column(["03/04/2027", day("2027-01-02")]), column([1, 2]), column([1, 2])).message).toMatch(
      /^dates \(row 1 of its range\) must be a date from 2020-01-01 to 2100-12-31/,
    );
    // A date-time on no day of the calendar, or at no hour, is refused, never rolled into the next
    // day as Date.parse would roll it (30 February into 2 March).
    // Nor is one whose separators are not hyphens.
    for (const text of [
      "2026-02-30T10:00Z",
      "2026-04-31T10:00:00Z",
      "2026-02-29T10:00:00Z",
      "2026-11-03T24:00Z",
      "2026x11-03T10:00Z",
      "2026-11x03T10:00Z",
    ]) {
      expect(refusal(column([text, day("2027-01-02")]), column([1, 2]), column([1, 2])).message).toBe(
        `dates (row 1 of its range) must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got "${text}".`,
      );
    }
    expect(refusal(dates, column([1, new ExcelError("#DIV/0!", "")]), column([1, 2]))).toEqual(
      new ExcelError("#DIV/0!", ""),
    );
  });

  it("a date with its tokens blank, or tokens beside a blank date", () => {
    expect(refusal(dates, column([100, null]), column([1, 2])).message).toBe(
      "input_tokens (row 2 of its range) is required: a number ≥ 0 (tokens); got a blank cell.",
    );
    expect(refusal(column([day("2027-01-01"), null]), column([1, 2]), column([1, 2])).message).toMatch(
      /^dates \(row 2 of its range\) is required: a date/,
    );
  });

  it("a log without a row or without a request", () => {
    expect(refusal(column([null, null]), column([null, null]), column([null, null])).message).toBe(
      "The usage log holds no request.",
    );
    expect(refusal(dates, column([1, 2]), column([1, 2]), column([0, 0])).message).toBe(
      "The usage log holds no request.",
    );
  });

  it("requests that are negative", () => {
    expect(refusal(dates, column([1, 2]), column([1, 2]), column([3, -1])).message).toBe(
      "requests (row 2 of its range) must be a number ≥ 0 (requests); got -1.",
    );
  });
});

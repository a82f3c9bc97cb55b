/**
 * Every way a usage file is refused or read in part, each with its exact message or reason: a file
 * of another shape, empty files, bad rows, less than a day, too large, and hostile content.
 */
import {
  MAX_CSV_CELLS,
  MAX_MODEL_NAME,
  USAGE_MESSAGES,
  formulaLike,
  readUsageStream,
  readUsageText,
  usageFileTooLarge,
} from "../../src/usage";
import { CsvSplitter, cellText, type CsvRecord } from "../../src/usage/csv";
import { fixture, logOf, MAPPED, refusalOf } from "./helpers";

const LITELLM_HEADER = "startTime,model,prompt_tokens,completion_tokens";

/** A LiteLLM CSV of the given rows after its header. */
const litellmCsv = (...rows: string[]) => [LITELLM_HEADER, ...rows, ""].join("\n");

/** Two requests a week apart, so that the period is never too short. */
const TWO_GOOD = ["2026-11-01 09:00:00,gpt-4o,1200,300", "2026-11-08 09:00:00,gpt-4o,800,100"];

describe("a file of another shape is refused, naming the columns each format needs", () => {
  it("a CSV: neither OpenAI's columns nor LiteLLM's", () => {
    const message = refusalOf(fixture("other-shape.csv"), "other-shape.csv");
    expect(message).toBe(
      "other-shape.csv is neither an OpenAI usage export (start_time, input_tokens, output_tokens, " +
        "num_model_requests) nor a LiteLLM spend log (startTime, model, prompt_tokens, completion_tokens): " +
        "map its columns in the pane.",
    );
    expect(message.length).toBeLessThan(300);
    expect(message).toBe(USAGE_MESSAGES.otherShapeCsv("other-shape.csv"));
  });

  it("a CSV with some of a format's columns only", () => {
    expect(refusalOf("startTime,model,prompt_tokens\n2026-11-01,a,1\n", "part.csv")).toBe(
      USAGE_MESSAGES.otherShapeCsv("part.csv"),
    );
  });

  it.each([
    ["a litellm price file", '{"gpt-4o": {"litellm_provider": "openai", "mode": "chat"}}'],
    ["a list of numbers", "[1, 2, 3]"],
    ["a list of texts", '["startTime", "model"]'],
    ["a list of other objects", '[{"date": "2026-11-01", "tokens": 5}]'],
    ["OpenAI's costs page", '{"object": "page", "data": [{"object": "bucket", "end_time": 1}]}'],
  ])("JSON: %s", (_, text) => {
    const message = refusalOf(text, "other.json");
    expect(message).toBe(
      "other.json is neither an OpenAI usage export (pages of buckets with start_time and results) nor a LiteLLM " +
        "spend log (a list of requests with startTime, model, prompt_tokens, completion_tokens).",
    );
    expect(message.length).toBeLessThan(300);
  });

  it("a mapping is refused for JSON, which has no columns", () => {
    expect(refusalOf(fixture("openai-usage.json"), "usage.json", MAPPED)).toBe(
      "usage.json is JSON: columns are mapped in a CSV only. Choose the CSV, or the JSON without a mapping.",
    );
  });

  it("a binary file (a workbook, an archive) is refused as not text", () => {
    expect(refusalOf("PK\u0003\u0004\u0014\u0000\u0006\u0000", "usage.xlsx")).toBe(
      "usage.xlsx is not a text file (it holds binary data): choose the JSON or CSV file itself, or save a workbook as CSV.",
    );
  });
});

describe("a file with no rows is refused", () => {
  it.each([
    ["empty.csv", fixture("empty.csv")],
    ["blank.csv", "  \r\n\n\t\n"],
    ["bom.csv", "\uFEFF"],
  ])("%s is empty", (name, text) => {
    expect(refusalOf(text, name)).toBe(`${name} is empty.`);
  });

  it.each([
    ["header.csv", `${LITELLM_HEADER}\r\n\r\n`],
    ["padded.csv", `${LITELLM_HEADER}\n,,,\n , , ,\n`],
    ["list.json", "[ ]"],
    ["page.json", '{"object": "page", "data": [], "has_more": false, "next_page": null}'],
  ])("%s has a header or a list, and no row", (name, text) => {
    expect(refusalOf(text, name)).toBe(`${name} has no usage rows: only a header, or an empty list.`);
  });

  it("rows that count no request: WORKLOAD would have no tokens per request to read", () => {
    const text = "start_time,input_tokens,output_tokens,num_model_requests\n1793491200,0,0,0\n1793577600,0,0,0\n";
    expect(refusalOf(text, "zero.csv")).toBe(
      "zero.csv counts no request: the requests of every row taken are 0, so there are no tokens per request to read.",
    );
  });

  it("no row taken: the first bad row is named", () => {
    expect(refusalOf(litellmCsv("2026-11-01,a,-1,1", "2026-11-02,a,x,1", "03/04/2026,a,1,1"), "bad.csv")).toBe(
      "bad.csv: none of its 3 rows could be taken; the first, line 2: negative input tokens.",
    );
  });
});

describe("rows that cannot be read are left out, counted by reason with their first lines", () => {
  it("bad-rows.csv: negative, non-numeric, too large and blank counts, an unreadable date, cached above input", () => {
    const log = logOf(fixture("bad-rows.csv"), "bad-rows.csv");
    expect(log.rows).toBe(2);
    expect(Array.from(log.inputTokens)).toEqual([1000, 2000]);
    expect(log.skipped).toEqual([
      { reason: "negative input tokens", count: 1, lines: [3] },
      { reason: "output tokens that are not numbers", count: 1, lines: [4] },
      { reason: "a date that cannot be read", count: 1, lines: [5] },
      { reason: "more cached input tokens than input tokens", count: 1, lines: [7] },
      { reason: "negative requests", count: 1, lines: [8] },
      { reason: "input tokens too large to be a count", count: 1, lines: [9] },
      { reason: "input tokens left blank", count: 1, lines: [11] },
    ]);
  });

  it("keeps the first five lines of a reason and counts the rest; blank lines are not rows", () => {
    const bad = Array.from({ length: 8 }, (_, i) => `2026-11-0${i + 1},a,-${i},1`);
    const log = logOf(litellmCsv(...TWO_GOOD, "", ...bad, "", ""), "many.csv");
    expect(log.skipped).toEqual([{ reason: "negative input tokens", count: 7, lines: [6, 7, 8, 9, 10] }]);
  });

  it.each([
    ["2019-12-31 23:00:00", "a date outside the years 2020 to 2100"],
    ["2101-01-01", "a date outside the years 2020 to 2100"],
    ["", "a date left blank"],
    ["2026-02-30", "a date that cannot be read"],
    ["2026-11-01 25:00", "a date that cannot be read"],
    ["03/04/2026", "a date that cannot be read"],
    ["yesterday", "a date that cannot be read"],
  ])("the date %j: %s", (date, reason) => {
    expect(logOf(litellmCsv(...TWO_GOOD, `${date},a,1,1`), "d.csv").skipped).toEqual([
      { reason, count: 1, lines: [4] },
    ]);
  });

  it.each([
    ["1e400", "input tokens too large to be a count"],
    ["1e300", "input tokens too large to be a count"],
    ["9007199254740992", "input tokens too large to be a count"],
    ["-1e400", "negative input tokens"],
    ["1,200", "input tokens that are not numbers"],
    ["0x10", "input tokens that are not numbers"],
    ["Infinity", "input tokens that are not numbers"],
  ])("the count %j: %s", (count, reason) => {
    const log = logOf(litellmCsv(...TWO_GOOD, `2026-11-03,a,"${count}",1`), "n.csv");
    expect(log.skipped).toEqual([{ reason, count: 1, lines: [4] }]);
  });

  it("a count up to 2^53 − 1 is taken; -0 is taken as 0, not −0, from CSV and from JSON", () => {
    const csv = logOf(litellmCsv(...TWO_GOOD, '2026-11-03,a,9007199254740991," -0 "', "2026-11-04,a,-0.0,-0"), "n.csv");
    expect(csv.skipped).toEqual([]);
    expect(Array.from(csv.inputTokens)).toEqual([1200, 800, Number.MAX_SAFE_INTEGER, 0]);
    expect([csv.outputTokens[2], csv.inputTokens[3], csv.outputTokens[3]].map((n) => Object.is(n, 0))).toEqual([
      true,
      true,
      true,
    ]);
    const json = logOf(
      '{"startTime":"2026-11-01","model":"a","prompt_tokens":-0,"completion_tokens":"-0"}\n' +
        '{"startTime":"2026-11-05","model":"a","prompt_tokens":1,"completion_tokens":1}',
      "z.jsonl",
    );
    expect([Object.is(json.inputTokens[0], 0), Object.is(json.outputTokens[0], 0)]).toEqual([true, true]);
  });

  it("in JSON, a huge number, a text, null and a missing field, each on its line", () => {
    const rows = [
      { startTime: "2026-11-01T09:00:00Z", model: "a", prompt_tokens: 10, completion_tokens: 1 },
      { startTime: "2026-11-09T09:00:00Z", model: "a", prompt_tokens: 10, completion_tokens: 1 },
    ];
    const text = `[\n${[
      ...rows.map((row) => JSON.stringify(row)),
      '{"startTime": "2026-11-02", "model": "a", "prompt_tokens": 1e400, "completion_tokens": 1}',
      '{"startTime": "2026-11-02", "model": "a", "prompt_tokens": "many", "completion_tokens": 1}',
      '{"startTime": "2026-11-02", "model": "a", "prompt_tokens": 1, "completion_tokens": null}',
      '{"startTime": 20261102, "model": "a", "prompt_tokens": 1, "completion_tokens": 1}',
      '"a text where a request should be"',
    ].join(",\n")}\n]`;
    expect(logOf(text, "j.json").skipped).toEqual([
      { reason: "input tokens too large to be a count", count: 1, lines: [4] },
      { reason: "input tokens that are not numbers", count: 1, lines: [5] },
      { reason: "output tokens left blank", count: 1, lines: [6] },
      { reason: "a date that cannot be read", count: 1, lines: [7] },
      { reason: "an entry that is not an object", count: 1, lines: [8] },
    ]);
  });

  it("an OpenAI result with more cached than input tokens, or negative requests, is left out on its bucket's line", () => {
    const page = {
      object: "page",
      data: [0, 1, 2].map((d) => ({
        object: "bucket",
        start_time: 1793491200 + d * 86400,
        end_time: 1793577600 + d * 86400,
        results: [
          { input_tokens: 100, input_cached_tokens: d === 1 ? 101 : 10, output_tokens: 5, num_model_requests: d - 1 },
        ],
      })),
    };
    const log = logOf(JSON.stringify(page, null, 1), "o.json");
    expect(log.rows).toBe(1);
    expect(log.skipped.map((s) => s.reason)).toEqual([
      "negative requests",
      "more cached input tokens than input tokens",
    ]);
  });
});

describe("less than one day of usage is refused, saying the hours covered", () => {
  it("one-hour.json: one bucket an hour wide", () => {
    expect(refusalOf(fixture("one-hour.json"), "one-hour.json")).toBe(
      "one-hour.json covers 1 hour of usage (first to last request, or to the end of the last period): " +
        "a workload needs at least one day.",
    );
  });

  it("requests six and a half hours apart; a single request", () => {
    expect(refusalOf(litellmCsv("2026-11-01 09:00,a,1,1", "2026-11-01 15:30,a,1,1"), "s.csv")).toMatch(
      /^s\.csv covers 6\.5 hours of usage/,
    );
    expect(refusalOf(litellmCsv("2026-11-01 09:00,a,1,1"), "s.csv")).toMatch(/^s\.csv covers 0 hours of usage/);
  });

  it("a day exactly is enough: requests 24 hours apart, or one daily bucket", () => {
    expect(logOf(litellmCsv("2026-11-01T00:00:00Z,a,1,1", "2026-11-02T00:00:00Z,a,1,1"), "d.csv").rows).toBe(2);
    expect(logOf(litellmCsv("1793491200,a,1,1", "1793577600,a,1,1"), "d.csv").rows).toBe(2);
    const daily = "start_time,end_time,input_tokens,output_tokens,num_model_requests\n1793491200,1793577600,5,1,1\n";
    expect(logOf(daily, "daily.csv").rows).toBe(1);
    // With no end_time, OpenAI's default bucket of a day is assumed.
    expect(logOf(daily.replace(",end_time", "").replace(",1793577600", ""), "daily.csv").rows).toBe(1);
  });
});

describe("a file over 500 MB is refused from its size, before any of it is read", () => {
  const MB = 1024 * 1024;

  it("the message, and the limit itself accepted", () => {
    expect(usageFileTooLarge("big.csv", 612 * MB)).toBe(
      "big.csv is 612 MB: a usage file is at most 500 MB. Export a shorter period, or usage grouped by day.",
    );
    expect(usageFileTooLarge("ok.csv", 500 * MB)).toBeUndefined();
  });

  it("readUsageStream does not read a chunk of it", async () => {
    const untouched: AsyncIterable<string> = {
      [Symbol.asyncIterator]: () => {
        throw new Error("the file was read");
      },
    };
    await expect(readUsageStream(untouched, "big.json", 501 * MB)).resolves.toEqual({
      error: "big.json is 501 MB: a usage file is at most 500 MB. Export a shorter period, or usage grouped by day.",
    });
  });

  it("readUsageStream reads a file's chunks, and stops at the first refusal", async () => {
    async function* chunks(text: string, read: { count: number }) {
      for (let at = 0; at < text.length; at += 1000) {
        read.count++;
        yield text.slice(at, at + 1000);
      }
    }
    const text = fixture("litellm-spend-logs.csv");
    const read = { count: 0 };
    const log = await readUsageStream(chunks(text, read), "logs.csv", text.length);
    expect("error" in log ? log.error : log.rows).toBe(300);
    const refused = { count: 0 };
    const other = `${"Date,Amount\n"}${"2026-11-01,1\n".repeat(5000)}`;
    await expect(readUsageStream(chunks(other, refused), "o.csv", other.length)).resolves.toEqual({
      error: USAGE_MESSAGES.otherShapeCsv("o.csv"),
    });
    expect(refused.count).toBe(1);
  });
});

describe("hostile content", () => {
  it("JSON nested 10,000 deep is refused at its depth, without a stack overflow", () => {
    expect(refusalOf(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`, "deep.json")).toBe(
      "deep.json, line 1: JSON nested more than 64 levels deep; a usage export is four levels deep.",
    );
    const request = `{"startTime": "2026-11-01", "model": "a", "prompt_tokens": 1, "completion_tokens": 1}`;
    const deep = `[\n${request},\n{"metadata": ${"[".repeat(10_000)}${"]".repeat(10_000)}}]`;
    expect(refusalOf(deep, "deep.json")).toBe(
      "deep.json, line 3: JSON nested more than 64 levels deep; a usage export is four levels deep.",
    );
    // Lists in lists hold no entry at all: a file of another shape.
    expect(refusalOf(`${"[".repeat(10_000)}${"]".repeat(10_000)}`, "deep.json")).toBe(
      USAGE_MESSAGES.otherShapeJson("deep.json"),
    );
  });

  it("a request with nested metadata a few levels deep is read", () => {
    const metadata = `${'{"m":'.repeat(30)}1${"}".repeat(30)}`;
    const text = `[{"startTime":"2026-11-01","model":"a","prompt_tokens":1,"completion_tokens":1,"metadata":${metadata}},
      {"startTime":"2026-11-05","model":"a","prompt_tokens":1,"completion_tokens":1}]`;
    expect(logOf(text, "m.json").rows).toBe(2);
  });

  it("a 50 MB CSV field is read (an ignored column), or cut to 255 characters (the model)", () => {
    const huge = "x".repeat(50 * 1024 * 1024);
    const header = `${LITELLM_HEADER},note`;
    const ignored = logOf(`${header}\n2026-11-01,a,1,1,"${huge}"\n2026-11-05,a,2,2,\n`, "f.csv");
    expect(Array.from(ignored.inputTokens)).toEqual([1, 2]);
    const model = logOf(`${LITELLM_HEADER}\n2026-11-01,${huge},1,1\n2026-11-05,a,2,2\n`, "f.csv");
    expect(model.models.map((name) => name.length)).toEqual([MAX_MODEL_NAME, 1]);
  });

  it("a 50 MB string inside a JSON request is read", () => {
    const text = `[{"startTime":"2026-11-01","model":"a","prompt_tokens":1,"completion_tokens":1,"messages":"${'{[\\"'.repeat(
      12 * 1024 * 1024,
    )}"},{"startTime":"2026-11-05","model":"a","prompt_tokens":1,"completion_tokens":1}]`;
    expect(logOf(text, "s.json").rows).toBe(2);
  });

  it("a line of 200,000 cells keeps its first 16,384, as many as Excel has columns, and holds no more offsets", () => {
    const wide = `${LITELLM_HEADER}${",x".repeat(199_996)}\n2026-11-01,a,1,1${",y".repeat(199_996)}\n2026-11-05,a,2,2\n`;
    const log = logOf(wide, "wide.csv");
    expect(Array.from(log.inputTokens)).toEqual([1, 2]);
    const seen: { count: number; last: string; slots: number }[] = [];
    const splitter = new CsvSplitter("wide.csv", (record: CsvRecord) => {
      seen.push({ count: record.count, last: cellText(record, record.count - 1), slots: record.starts.length });
      return undefined;
    });
    for (let at = 0; at < wide.length; at += 65_536) splitter.push(wide.slice(at, at + 65_536));
    expect(splitter.end()).toBeUndefined();
    expect(MAX_CSV_CELLS).toBe(16_384);
    expect(seen.map((record) => [record.count, record.last])).toEqual([
      [16_384, "x"],
      [16_384, "y"],
      [4, "2"],
    ]);
    for (const record of seen) expect(record.slots).toBeLessThanOrEqual(2 * MAX_CSV_CELLS);
  });

  it("an entry over 64 MB is refused with its line", () => {
    expect(
      refusalOf(`${LITELLM_HEADER}\n2026-11-01,a,1,1\n2026-11-05,"${"y".repeat(65 * 1024 * 1024)}"`, "x.csv"),
    ).toBe("x.csv, line 3: one entry is over 64 MB; a usage row is a few hundred bytes.");
  });

  it("an unterminated quote at the end of the file is refused with its line", () => {
    expect(refusalOf(fixture("unterminated.csv"), "unterminated.csv")).toBe(
      'unterminated.csv, line 4: a quoted field is not closed before the end of the file (a quote inside a field is written twice: "").',
    );
  });

  it("JSON cut short, broken inside an entry, or closing what is not open, is refused", () => {
    const request = JSON.stringify({ startTime: "2026-11-01", model: "a", prompt_tokens: 1, completion_tokens: 1 });
    const full = fixture("litellm-spend-logs.json");
    expect(refusalOf(full.slice(0, full.length / 2), "cut.json")).toBe(
      "cut.json ends inside its JSON (a list, an object or a text is not closed): the file looks cut short.",
    );
    expect(
      refusalOf(
        `[\n${JSON.stringify({ startTime: "2026-11-01", model: "a", prompt_tokens: 1, completion_tokens: 1 })},\n{"startTime": "2026-11-02",\n "model": x}\n]`,
        "bad.json",
      ),
    ).toMatch(/^bad\.json, line 3: not valid JSON \(Unexpected token/);
    const missingComma = `[\n${request},\n{"startTime": "2026-11-02",\n "model": "a"\n "prompt_tokens": 1}]`;
    expect(refusalOf(missingComma, "comma.json")).toBe(
      "comma.json, line 5: not valid JSON (Expected ',' or '}' after property value).",
    );
    expect(refusalOf(`[${request}]]`, "close.json")).toBe(
      'close.json, line 1: not valid JSON (a "]" that closes nothing open).',
    );
  });

  it("a byte-order mark before a CSV header does not hide the header", () => {
    expect(logOf(`\uFEFF${litellmCsv(...TWO_GOOD)}`, "bom.csv").format).toBe("litellm");
  });

  it("model names that look like formulas are kept as text; control and direction characters are removed", () => {
    const names = ['=HYPERLINK("http://example.com","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];
    const log = logOf(
      litellmCsv(
        ...TWO_GOOD,
        ...names.map((name) => `2026-11-03,"${name.replace(/"/g, '""')}",1,1`),
        '2026-11-03,"gpt\u0001-4o\u0007\u202e",1,1',
      ),
      "f.csv",
    );
    expect(log.models).toEqual(["gpt-4o", ...names]);
    expect(log.models.map(formulaLike)).toEqual([false, true, true, true, true]);
  });

  it("a model name is cut to 255 characters without splitting a character", () => {
    const log = logOf(litellmCsv(...TWO_GOOD, `2026-11-03,${"a".repeat(254)}\uD83D\uDE80tail,1,1`), "c.csv");
    expect(log.models[1]).toBe("a".repeat(254));
  });

  it("past 10,000 different model names, rows of a further one are left out", () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `2026-11-0${1 + (i % 8)},m${i},1,1`);
    const log = logOf(litellmCsv(...rows), "many.csv");
    expect([log.models.length, log.rows]).toEqual([10_000, 10_000]);
    expect(log.skipped).toEqual([
      { reason: "a model beyond the first 10,000 different names", count: 1, lines: [10_002] },
    ]);
  });

  it("a mixture of line endings reads as lines", () => {
    expect(logOf(`${LITELLM_HEADER}\r\n2026-11-01,a,1,1\n2026-11-02,a,1,1\r2026-11-09,a,1,1\r\n`, "m.csv").rows).toBe(
      3,
    );
  });
});

describe("readUsageText feeds any chunk size", () => {
  it("the same log in chunks of 7 characters as in one", () => {
    const text = fixture("openai-usage.csv");
    const small = readUsageText(text, "o.csv", undefined, 7);
    const whole = readUsageText(text, "o.csv", undefined, text.length);
    expect("error" in small ? small.error : Array.from(small.dates)).toEqual(
      "error" in whole ? whole.error : Array.from(whole.dates),
    );
  });
});

/**
 * A CSV of other headers, mapped by the analyst: its headers as the pane offers them, the key a
 * mapping is remembered under, the mapped file read, and every kind of date such a file may hold.
 */
import {
  MAPPING_ROLES,
  USAGE_MESSAGES,
  csvHeaders,
  headerSignature,
  readUsageText,
  summariseByDay,
  type ColumnMapping,
} from "../../src/usage";
import { dateIn, numberIn } from "../../src/usage/values";
import { expectNear } from "../helpers/tolerance";
import { fixture, logOf, MAPPED, refusalOf, serial, total } from "./helpers";

describe("csvHeaders", () => {
  it("lists the first line's cells, trimmed, quoted ones unquoted, without a byte-order mark", () => {
    expect(csvHeaders(fixture("mapped.csv"))).toEqual([
      "Day",
      "Deployment",
      "Prompt tokens",
      "Completion tokens",
      "Calls",
    ]);
    expect(csvHeaders('\uFEFF\r\n\r\n Day ,"Tokens, in","Say ""hi""",\r\n1,2')).toEqual([
      "Day",
      "Tokens, in",
      'Say "hi"',
      "",
    ]);
  });

  it("reads a first chunk that ends inside the first line as far as it goes, and gives none for an open quote", () => {
    expect(csvHeaders("Day,Deployment,Prom")).toEqual(["Day", "Deployment", "Prom"]);
    expect(csvHeaders('Day,"Deploy')).toEqual([]);
    expect(csvHeaders("")).toEqual([]);
  });
});

describe("headerSignature", () => {
  it("is the same for one shape however its headers are spaced, cased or ordered", () => {
    const headers = csvHeaders(fixture("mapped.csv"));
    expect(headerSignature([" day", "DEPLOYMENT", "prompt  tokens", "Completion tokens", "Calls "].reverse())).toBe(
      headerSignature(headers),
    );
    expect(headerSignature(headers)).toBe(
      ["calls", "completion tokens", "day", "deployment", "prompt tokens"].join("\u001f"),
    );
  });

  it("differs for another shape: a header more, fewer, or renamed", () => {
    const signature = headerSignature(["Day", "Tokens"]);
    expect(headerSignature(["Day", "Tokens", "Calls"])).not.toBe(signature);
    expect(headerSignature(["Day"])).not.toBe(signature);
    expect(headerSignature(["Date", "Tokens"])).not.toBe(signature);
    expect(headerSignature(["Day,Tokens"])).not.toBe(signature);
  });
});

describe("a mapped CSV", () => {
  it("mapped.csv: two deployments, daily, with calls as requests", () => {
    const log = logOf(fixture("mapped.csv"), "mapped.csv", MAPPED);
    const days = serial("2026-11-30") - serial("2026-09-01") + 1;
    // Calls a day: prod-eu 400 + 5 × (day mod 10), prod-us 250 + 10 × (day mod 4), days numbered from 0.
    let calls = 0;
    for (let d = 0; d < days; d++) calls += 400 + (d % 10) * 5 + 250 + (d % 4) * 10;
    expect(log).toMatchObject({
      format: "mapped",
      formatLabel: "CSV with mapped columns",
      rows: 2 * days,
      models: ["prod-eu", "prod-us"],
      firstDay: serial("2026-09-01"),
      lastDay: serial("2026-11-30"),
      skipped: [],
    });
    expect(total(log.requests)).toBe(calls);
    expect(total(log.inputTokens)).toBe(calls * 900);
    expect(total(log.outputTokens)).toBe(calls * 150);
    expect(log.cachedInputTokens).toBeUndefined();
  });

  it("matches headers whatever their case and spaces; a mapping wins over a recognised format", () => {
    const mapping: ColumnMapping = {
      date: "starttime",
      inputTokens: " PROMPT_TOKENS ",
      outputTokens: "completion_tokens",
    };
    const log = logOf(fixture("litellm-spend-logs.csv"), "l.csv", mapping);
    expect(log.format).toBe("mapped");
    expect(log.models).toEqual(["(all models)"]);
    expect(log.requests).toBeUndefined();
    expect(log.rows).toBe(300);
  });

  it("takes cached input tokens where mapped, leaving out rows with more cached than input", () => {
    const text = "When,In,Cached,Out\n2026-11-01,100,40,10\n2026-11-02,100,,10\n2026-11-03,100,140,10\n";
    const log = logOf(text, "c.csv", {
      date: "When",
      inputTokens: "In",
      outputTokens: "Out",
      cachedInputTokens: "Cached",
    });
    expect(Array.from(log.cachedInputTokens ?? [])).toEqual([40, 0]);
    expect(log.skipped).toEqual([{ reason: "more cached input tokens than input tokens", count: 1, lines: [4] }]);
  });

  it("refuses a mapping whose header is not in the file, listing the file's headers", () => {
    expect(refusalOf(fixture("mapped.csv"), "mapped.csv", { ...MAPPED, requests: "Requests" })).toBe(
      'mapped.csv has no column "Requests" (chosen for requests); its columns are: Day, Deployment, Prompt tokens, ' +
        "Completion tokens, Calls.",
    );
  });

  it("refuses a mapping without a needed column", () => {
    expect(refusalOf(fixture("mapped.csv"), "mapped.csv", { ...MAPPED, outputTokens: " " })).toBe(
      "mapped.csv: no column is chosen for output tokens; the date, input tokens and output tokens are needed.",
    );
    expect(MAPPING_ROLES.filter((role) => role.required).map((role) => role.role)).toEqual([
      "date",
      "inputTokens",
      "outputTokens",
    ]);
  });

  it("a mapping of a file of another shape reads it", () => {
    const read = readUsageText(fixture("other-shape.csv"), "other-shape.csv", {
      date: "Date",
      inputTokens: "Amount (USD)",
      outputTokens: "Amount (USD)",
    });
    expect("error" in read ? read.error : read.rows).toBe(2);
    expect(USAGE_MESSAGES.otherShapeCsv("x")).toMatch(/map its columns in the pane/);
  });
});

describe("dates a mapped CSV may hold", () => {
  const mapping: ColumnMapping = { date: "Date", inputTokens: "In", outputTokens: "Out" };
  /** The serial a date cell is read as, through a whole file (two more rows, a month apart). */
  const read = (cell: string): number | string => {
    const log = readUsageText(`Date,In,Out\n"${cell}",1,1\n2026-12-01,1,1\n2026-12-31,1,1\n`, "d.csv", mapping);
    if ("error" in log) return log.error;
    return log.skipped.length > 0 ? log.skipped[0].reason : log.dates[0];
  };

  it.each([
    ["2026-11-03", serial("2026-11-03")],
    ["2026-11-03T18:00:00Z", serial("2026-11-03") + 0.75],
    ["2026-11-03 18:00", serial("2026-11-03") + 0.75],
    ["2026-11-03T18:00:00.5", serial("2026-11-03") + 0.75 + 0.5 / 86_400],
    ["2026-11-03T20:00:00+02:00", serial("2026-11-03") + 0.75],
    ["2026-11-03T12:30:00-0530", serial("2026-11-03") + 0.75],
    ["2026-11-03 18:00:00+00", serial("2026-11-03") + 0.75],
    ["1793728800", serial("2026-11-03") + 0.75],
    ["1793728800000", serial("2026-11-03") + 0.75],
    ["46329.75", serial("2026-11-03") + 0.75],
    ["43831", serial("2020-01-01")],
    ["73415.5", serial("2100-12-31") + 0.5],
  ])("%s", (cell, expected) => {
    expectNear(read(cell), expected, 9);
  });

  it.each([
    ["03/04/2026", "a date that cannot be read"],
    ["3 Nov 2026", "a date that cannot be read"],
    ["2026-11-3", "a date that cannot be read"],
    ["2026-11-03T18", "a date that cannot be read"],
    ["2026-11-03Z", "a date that cannot be read"],
    ["20261103", "a date that cannot be read"],
    ["0", "a date that cannot be read"],
    ["2958466", "a date that cannot be read"],
    ["43830", "a date outside the years 2020 to 2100"],
    ["73416", "a date outside the years 2020 to 2100"],
    ["999999999", "a date that cannot be read"],
    ["5e12", "a date outside the years 2020 to 2100"],
  ])("%s: %s", (cell, reason) => {
    expect(read(cell)).toBe(reason);
  });
});

describe("a row's day is its UTC calendar day", () => {
  const mapping: ColumnMapping = { date: "When", inputTokens: "In", outputTokens: "Out" };

  it("a time written with a zone is moved to UTC before its day is taken, by the log and its summary alike", () => {
    const text =
      "When,In,Out\n2026-11-30T23:30:00-02:00,1,1\n2026-12-01T01:00:00+05:30,2,2\n2026-12-03T00:00:00Z,3,3\n";
    const log = logOf(text, "zones.csv", mapping);
    expect(Array.from(log.dates, Math.floor)).toEqual([
      serial("2026-12-01"),
      serial("2026-11-30"),
      serial("2026-12-03"),
    ]);
    expect([log.firstDay, log.lastDay]).toEqual([serial("2026-11-30"), serial("2026-12-03")]);
    const byDay = summariseByDay(log);
    expect(Array.from(byDay.dates)).toEqual([serial("2026-11-30"), serial("2026-12-01"), serial("2026-12-03")]);
    expect(Array.from(byDay.inputTokens)).toEqual([2, 1, 3]);
  });

  it("a fraction of a second finer than a millisecond does not carry the last instant of a day into the next", () => {
    for (const time of ["23:59:59.9999999Z", "23:59:59.999999", "23:59:59,999"]) {
      const date = `2026-11-30T${time}`;
      expect([time, Math.floor(dateIn(date, 0, date.length))]).toEqual([time, serial("2026-11-30")]);
      expectNear(dateIn(date, 0, date.length), serial("2026-11-30") + 86_399.999 / 86_400, 9);
    }
  });
});

describe("numbers and dates are read where they lie in the text", () => {
  it("reads a cell between offsets, spaces around it ignored", () => {
    expect(numberIn("a, 1200 ,b", 2, 8)).toBe(1200);
    expect(numberIn("x-17y", 1, 4)).toBe(-17);
    expect(numberIn("x2.5e3y", 1, 6)).toBe(2500);
    expect(numberIn("x12345678901234567890y", 1, 21)).toBe(Number("12345678901234567890"));
    expect(numberIn("x  y", 1, 3)).toBe(-Infinity);
    expectNear(dateIn("[2026-11-03T12:00:00Z]", 1, 21), serial("2026-11-03") + 0.5, 9);
  });

  it("a date-time ends where its cell ends: the next cell's digits after a comma are no fraction of its second", () => {
    const line = "2026-11-03T12:00:00,1500,200";
    expectNear(dateIn(line, 0, 19), serial("2026-11-03") + 0.5, 9);
    expectNear(dateIn("2026-11-03T12:00:00,15", 0, 22), serial("2026-11-03") + 0.5 + 0.15 / 86_400, 9);
    expect(dateIn(line, 0, 18)).toBeNaN();
    expect(dateIn("x2026-11-03y", 1, 11)).toBe(serial("2026-11-03"));
  });
});

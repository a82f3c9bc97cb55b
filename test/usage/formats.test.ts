/**
 * Each format on its sample file (test/fixtures/usage, written by generate.js): rows, totals,
 * first and last day and models, checked against the raw file read here with JSON.parse, and each
 * saved form of a format (one page, a list of pages, JSON Lines, CSV) giving the same rows.
 */
import { ALL_MODELS, readUsageText } from "../../src/usage";
import { expectNear } from "../helpers/tolerance";
import { fixture, logOf, plain, serial, total } from "./helpers";

interface RawResult {
  input_tokens: number;
  input_cached_tokens: number;
  output_tokens: number;
  num_model_requests: number;
  model: string | null;
}
interface RawBucket {
  start_time: number;
  end_time: number;
  results: RawResult[];
}
interface RawPage {
  object: "page";
  data: RawBucket[];
}
interface RawRequest {
  startTime: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
}

const pages: RawPage[] = JSON.parse(fixture("openai-usage.json"));
const results = pages.flatMap((page) => page.data.flatMap((bucket) => bucket.results.map((r) => ({ bucket, ...r }))));
const requests: RawRequest[] = JSON.parse(fixture("litellm-spend-logs.json"));

describe("OpenAI's Usage API for completions, saved as JSON", () => {
  const log = logOf(fixture("openai-usage.json"), "openai-usage.json");

  it("reads each result of each bucket of each page as a row of periods, with cached tokens and requests", () => {
    expect(pages).toHaveLength(6);
    expect(log).toMatchObject({
      fileName: "openai-usage.json",
      format: "openai",
      formatLabel: "OpenAI usage export (JSON)",
      rows: 366,
      models: ["gpt-5-mini-2025-08-07", "gpt-4.1-2025-04-14"],
      firstDay: serial("2026-06-01"),
      lastDay: serial("2026-11-30"),
      skipped: [],
    });
    expect(log.rows).toBe(results.length);
    for (const column of [log.dates, log.modelOf, log.inputTokens, log.outputTokens]) expect(column).toHaveLength(366);
    expect(log.cachedInputTokens).toHaveLength(366);
    expect(log.requests).toHaveLength(366);
  });

  it("keeps the API's counts: input tokens with the cached ones in them, requests per row", () => {
    expect(total(log.inputTokens)).toBe(total(results.map((r) => r.input_tokens)));
    expect(total(log.cachedInputTokens)).toBe(total(results.map((r) => r.input_cached_tokens)));
    expect(total(log.outputTokens)).toBe(total(results.map((r) => r.output_tokens)));
    expect(total(log.requests)).toBe(total(results.map((r) => r.num_model_requests)));
    expect(log.inputTokens[0]).toBe(1_470_000);
    expect(log.cachedInputTokens?.[0]).toBe(441_000);
  });

  it("dates each row by its bucket's start: Unix seconds / 86400 + 25569", () => {
    results.forEach((r, i) => expectNear(log.dates[i], r.bucket.start_time / 86_400 + 25_569, 9));
    expect(log.dates[0]).toBe(serial("2026-06-01"));
    expect(log.dates[365]).toBe(serial("2026-11-30"));
  });

  it("reads one page alone, pages as JSON Lines, and a page of buckets not grouped by model", () => {
    const page = logOf(JSON.stringify(pages[0]), "page.json");
    expect([page.rows, page.firstDay, page.lastDay]).toEqual([62, serial("2026-06-01"), serial("2026-07-01")]);
    const lines = logOf(pages.map((p) => JSON.stringify(p)).join("\n"), "usage.jsonl");
    expect({ ...plain(lines), fileName: "openai-usage.json" }).toEqual(plain(log));

    const ungrouped = {
      ...pages[0],
      data: pages[0].data.map((bucket) => ({
        ...bucket,
        results: [{ ...bucket.results[0], model: null, input_cached_tokens: null }],
      })),
    };
    const all = logOf(JSON.stringify(ungrouped, null, 2), "ungrouped.json");
    expect(all.models).toEqual([ALL_MODELS]);
    expect(total(all.cachedInputTokens)).toBe(0);
    expect(all.rows).toBe(31);
  });
});

describe("OpenAI's export flattened to CSV", () => {
  const json = logOf(fixture("openai-usage.json"), "openai-usage.json");
  const csv = logOf(fixture("openai-usage.csv"), "openai-usage.csv");

  it("gives the JSON's rows, one per bucket and result", () => {
    expect(csv.formatLabel).toBe("OpenAI usage export (CSV)");
    expect({ ...plain(csv), fileName: "", formatLabel: "" }).toEqual({ ...plain(json), fileName: "", formatLabel: "" });
  });

  it("reads start_time_iso where start_time is absent, in any case of header, extra columns ignored", () => {
    const lines = fixture("openai-usage.csv").trimEnd().split("\n");
    const isoOnly = lines
      .map((line) => line.split(",").slice(2).join(","))
      .map((line, i) => (i === 0 ? line.toUpperCase() : line))
      .join("\n");
    const read = logOf(isoOnly, "iso.csv");
    expect(Array.from(read.dates)).toEqual(Array.from(csv.dates));
    expect(total(read.requests)).toBe(total(csv.requests));
  });

  it("needs no model or cached column: the rows are then of all models, without cached tokens", () => {
    const text =
      "start_time,input_tokens,output_tokens,num_model_requests\n1793491200,1000,200,4\n1793577600,1100,210,5\n";
    const read = logOf(text, "plain.csv");
    expect(read.models).toEqual([ALL_MODELS]);
    expect(read.cachedInputTokens).toBeUndefined();
    expect(Array.from(read.requests ?? [])).toEqual([4, 5]);
  });
});

describe("LiteLLM's spend logs", () => {
  const json = logOf(fixture("litellm-spend-logs.json"), "litellm-spend-logs.json");
  const csv = logOf(fixture("litellm-spend-logs.csv"), "litellm-spend-logs.csv");

  it("reads each request as a row: no request column, no cached tokens (its cached-tokens field is not read)", () => {
    expect(json).toMatchObject({
      format: "litellm",
      formatLabel: "LiteLLM spend log (JSON)",
      rows: 300,
      firstDay: serial("2026-09-01"),
      lastDay: serial("2026-11-30"),
      skipped: [],
    });
    expect(json.requests).toBeUndefined();
    expect(json.cachedInputTokens).toBeUndefined();
    expect(json.models.slice().sort()).toEqual(["claude-sonnet-4-5", "gemini-2.5-flash", "gpt-4o"]);
    expect(total(json.inputTokens)).toBe(total(requests.map((r) => r.prompt_tokens)));
    expect(total(json.outputTokens)).toBe(total(requests.map((r) => r.completion_tokens)));
    requests.forEach((r, i) => {
      expectNear(json.dates[i], Date.parse(r.startTime) / 86_400_000 + 25_569, 9);
      expect(json.models[json.modelOf[i]]).toBe(r.model);
    });
  });

  it("reads the CSV export (times without a zone are UTC, CRLF, quoted commas) as the JSON", () => {
    expect(fixture("litellm-spend-logs.csv")).toContain('"finance, emea"');
    expect(csv.formatLabel).toBe("LiteLLM spend log (CSV)");
    expect({ ...plain(csv), fileName: "", formatLabel: "" }).toEqual({ ...plain(json), fileName: "", formatLabel: "" });
  });

  it("reads a paginated answer ({ data: [...] }), and JSON Lines of requests", () => {
    const paginated = logOf(JSON.stringify({ data: requests, total: 300, page: 1 }), "page.json");
    expect(total(paginated.inputTokens)).toBe(total(json.inputTokens));
    const lines = logOf(requests.map((r) => JSON.stringify(r)).join("\r\n"), "logs.jsonl");
    expect(Array.from(lines.dates)).toEqual(Array.from(json.dates));
  });

  it('rewrites no cell it does not read: a metadata column of JSON with "" escapes is passed over row by row', () => {
    const metadata = JSON.stringify({ tags: ["finance"], prompt: 'say "hi"' }).replace(/"/g, '""');
    const rows = Array.from({ length: 500 }, (_, i) => `2026-11-${10 + (i % 9)},"gpt-4o",${i},1,"${metadata}"`);
    const text = `startTime,model,prompt_tokens,completion_tokens,metadata\n${rows.join("\n")}\n`;
    const replace = jest.spyOn(String.prototype, "replace");
    try {
      const log = logOf(text, "meta.csv");
      expect([log.rows, log.models, log.inputTokens[499]]).toEqual([500, ["gpt-4o"], 499]);
      const unescapes = replace.mock.calls.filter(([pattern]) => pattern instanceof RegExp && pattern.source === '""');
      expect(unescapes).toEqual([]);
    } finally {
      replace.mockRestore();
    }
  });

  it("finds each row's model among those met without cutting it from the text, for 20 models in turn", () => {
    const models = Array.from({ length: 20 }, (_, k) => `azure/gpt-4o-deployment-${k}`);
    const rows = Array.from({ length: 2000 }, (_, i) => `2026-11-${10 + (i % 9)},${models[(i * 7) % 20]},${i},1`);
    const text = `startTime,model,prompt_tokens,completion_tokens\n${rows.join("\n")}\n`;
    const slice = jest.spyOn(String.prototype, "slice");
    try {
      const log = logOf(text, "proxy.csv", undefined, text.length);
      expect(Array.from(log.modelOf, (m) => log.models[m])).toEqual(rows.map((_, i) => models[(i * 7) % 20]));
      // A slice for each model met first, and for the file's chunk and header: none row by row.
      expect(slice.mock.calls.length).toBeLessThan(100);
    } finally {
      slice.mockRestore();
    }
  });

  it("names a blank model as such", () => {
    const text =
      "startTime,model,prompt_tokens,completion_tokens\n2026-11-01 09:00,,10,1\n2026-11-02 09:00,gpt-4o,10,1\n";
    expect(logOf(text, "blank.csv").models).toEqual(["(no model)", "gpt-4o"]);
  });
});

describe("the format is told by the content, not the file's name", () => {
  it("a CSV named .json and JSON named .csv are read as what they hold", () => {
    expect(logOf(fixture("litellm-spend-logs.csv"), "logs.json").formatLabel).toBe("LiteLLM spend log (CSV)");
    expect(logOf(fixture("openai-usage.json"), "usage.csv").formatLabel).toBe("OpenAI usage export (JSON)");
  });

  it("blank lines before the content, and a byte-order mark, are passed over", () => {
    const read = readUsageText(`\uFEFF\n\n  ${fixture("openai-usage.json")}`, "usage.json");
    expect("error" in read ? read.error : read.rows).toBe(366);
  });
});

/** A log's models by requests, the rows of one model, and the rows summed by day and model. */
import fc from "fast-check";
import { workload } from "../../src/engine";
import { forModel, modelsOf, summariseByDay, type UsageLog } from "../../src/usage";
import { expectNear } from "../helpers/tolerance";
import { fixture, logOf, serial, total } from "./helpers";

const openai = logOf(fixture("openai-usage.json"), "openai-usage.json");
const litellm = logOf(fixture("litellm-spend-logs.json"), "litellm-spend-logs.json");
const requests: { model: string; startTime: string; prompt_tokens: number }[] = JSON.parse(
  fixture("litellm-spend-logs.json"),
);

describe("modelsOf", () => {
  it("gives each model's requests (a usage export's counts), most first", () => {
    const pages: { data: { results: { model: string; num_model_requests: number }[] }[] }[] = JSON.parse(
      fixture("openai-usage.json"),
    );
    const sums = new Map<string, number>();
    for (const r of pages.flatMap((page) => page.data.flatMap((bucket) => bucket.results))) {
      sums.set(r.model, (sums.get(r.model) ?? 0) + r.num_model_requests);
    }
    expect(modelsOf(openai)).toEqual([
      { model: "gpt-5-mini-2025-08-07", requests: sums.get("gpt-5-mini-2025-08-07"), rows: 183 },
      { model: "gpt-4.1-2025-04-14", requests: sums.get("gpt-4.1-2025-04-14"), rows: 183 },
    ]);
  });

  it("counts a spend log's rows as its requests", () => {
    const counts = new Map<string, number>();
    for (const r of requests) counts.set(r.model, (counts.get(r.model) ?? 0) + 1);
    const expected = [...counts]
      .map(([model, n]) => ({ model, requests: n, rows: n }))
      .sort((a, b) => b.requests - a.requests);
    expect(modelsOf(litellm)).toEqual(expected);
    expect(total(modelsOf(litellm).map((m) => m.requests))).toBe(300);
  });
});

describe("forModel", () => {
  it("keeps the rows of one model, as a log of that model", () => {
    const rows = requests.filter((r) => r.model === "gpt-4o");
    const log = forModel(litellm, "gpt-4o");
    expect(log).toMatchObject({ rows: rows.length, models: ["gpt-4o"], format: "litellm", fileName: litellm.fileName });
    expect(Array.from(log.modelOf)).toEqual(rows.map(() => 0));
    expect(total(log.inputTokens)).toBe(total(rows.map((r) => r.prompt_tokens)));
    expect(log.firstDay).toBe(Math.floor(Date.parse(rows[0].startTime) / 86_400_000 + 25_569));
    expect(log.lastDay).toBe(Math.floor(Date.parse(rows[rows.length - 1].startTime) / 86_400_000 + 25_569));
    expect(forModel(openai, "gpt-4.1-2025-04-14").requests).toHaveLength(183);
  });

  it("gives the whole log for no model, and throws for a model the log does not name", () => {
    expect(forModel(litellm)).toBe(litellm);
    expect(() => forModel(litellm, "gpt-9")).toThrow("litellm-spend-logs.json has no model gpt-9");
  });
});

describe("summariseByDay", () => {
  it("sums a spend log by day and model: the totals are the log's, each request counted once", () => {
    const byDay = summariseByDay(litellm);
    const pairs = new Set(requests.map((r) => `${r.startTime.slice(0, 10)} ${r.model}`));
    expect(byDay.rows).toBe(pairs.size);
    expect(total(byDay.requests)).toBe(300);
    expect(total(byDay.inputTokens)).toBe(total(litellm.inputTokens));
    expect(total(byDay.outputTokens)).toBe(total(litellm.outputTokens));
    expect(byDay.models).toEqual(litellm.models);
    expect([byDay.firstDay, byDay.lastDay]).toEqual([serial("2026-09-01"), serial("2026-11-30")]);
    for (let i = 0; i < byDay.rows; i++) {
      expect(Number.isInteger(byDay.dates[i])).toBe(true);
      if (i > 0) {
        const before = byDay.dates[i - 1] * byDay.models.length + byDay.modelOf[i - 1];
        expect(byDay.dates[i] * byDay.models.length + byDay.modelOf[i]).toBeGreaterThan(before);
      }
    }
  });

  it("keeps a daily export's rows, cached tokens and requests summed alike", () => {
    const byDay = summariseByDay(openai);
    expect(byDay.rows).toBe(366);
    expect(total(byDay.requests)).toBe(total(openai.requests));
    expect(total(byDay.cachedInputTokens)).toBe(total(openai.cachedInputTokens));
  });

  it("gives WORKLOAD the same requests per month and token means as the rows", () => {
    const rows = workload(litellm);
    const days = workload(summariseByDay(litellm));
    expect(days.months).toEqual(rows.months);
    expectNear(days.inputMean, rows.inputMean, 9);
    expectNear(days.outputMean, rows.outputMean, 9);
    expect(days.inputPercentiles).toEqual({ kind: "aggregated" });
  });

  it("the totals equal the log's, for any rows", () => {
    const row = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      time: fc.double({ min: 0, max: 0.999, noNaN: true }),
      model: fc.integer({ min: 0, max: 3 }),
      input: fc.integer({ min: 0, max: 1e6 }),
      output: fc.integer({ min: 0, max: 1e5 }),
      requests: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), fc.boolean(), (rows, aggregated) => {
        const first = serial("2026-10-01");
        const log: UsageLog = {
          fileName: "p.csv",
          format: "mapped",
          formatLabel: "CSV with mapped columns",
          rows: rows.length,
          dates: Float64Array.from(rows, (r) => first + r.day + r.time),
          models: ["a", "b", "c", "d"],
          modelOf: Uint32Array.from(rows, (r) => r.model),
          inputTokens: Float64Array.from(rows, (r) => r.input),
          outputTokens: Float64Array.from(rows, (r) => r.output),
          ...(aggregated ? { requests: Float64Array.from(rows, (r) => r.requests) } : {}),
          firstDay: first + Math.min(...rows.map((r) => r.day)),
          lastDay: first + Math.max(...rows.map((r) => r.day)),
          skipped: [],
        };
        const byDay = summariseByDay(log);
        expect(total(byDay.inputTokens)).toBe(total(log.inputTokens));
        expect(total(byDay.outputTokens)).toBe(total(log.outputTokens));
        expect(total(byDay.requests)).toBe(aggregated ? total(log.requests) : rows.length);
        expect(byDay.rows).toBe(new Set(rows.map((r) => `${r.day}/${r.model}`)).size);
      }),
      { numRuns: 100 },
    );
  });
});

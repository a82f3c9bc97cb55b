/**
 * The reader keeps only the unfinished tail of a chunk, so a file must read the same however it is
 * cut: at every offset of a small file (inside a quoted field, a "" escape, a CRLF, a JSON string,
 * an escape, a surrogate pair), one character at a time, and in random chunk sizes for every sample.
 */
import fc from "fast-check";
import { fixture, MAPPED, plain, readChunks } from "./helpers";
import { readUsageText } from "../../src/usage";

/** The same text cut at `at`, read in two chunks. */
const splitAt = (text: string, at: number, name: string, mapping = undefined as typeof MAPPED | undefined) =>
  plain(readChunks([text.slice(0, at), text.slice(at)], name, mapping));

/** A small LiteLLM CSV with what a cut can fall inside: CRLF, quotes, "" escapes, a line break in a field, an emoji. */
const SMALL_CSV = [
  ...fixture("litellm-spend-logs.csv").split("\r\n").slice(0, 12),
  'chatcmpl-x,acompletion,k,0.1,30,20,10,2026-11-30 23:59:59.999,2026-12-01 00:00:01,"gpt-4o ""mini""",' +
    '"two\r\nlines, ""quoted""",False,0',
  "chatcmpl-y,acompletion,k,0.1,30,20,10,2026-11-30 23:00:00,2026-11-30 23:00:01,gpt-4o \uD83D\uDE80,x,False,0",
  "",
].join("\r\n");

/** A small page of OpenAI's API with strings holding braces, brackets, quotes and escapes outside its data. */
const SMALL_PAGE = JSON.stringify(
  {
    object: "page",
    note: 'a "data": [ {not a bucket} ] \\ \u00e9 \uD83D\uDE80',
    data: (JSON.parse(fixture("openai-usage.json"))[0].data as unknown[]).slice(0, 3),
    has_more: true,
    next_page: 'page_0002"}]',
  },
  null,
  2,
);

/** A few LiteLLM requests, with the fixture's stored prompts full of braces and escaped quotes. */
const SMALL_REQUESTS = `[\n${fixture("litellm-spend-logs.json").split("\n").slice(1, 8).join("\n").replace(/,$/, "")}\n]`;

/** CSV lines ending in LF, CRLF and CR alike. */
const MIXED_ENDINGS =
  "Day,Deployment,Prompt tokens,Completion tokens,Calls\r\n2026-11-01,a,100,10,2\n2026-11-02,a,100,10,2\r2026-11-03,b,50,5,1\r\n\r\n2026-11-04,a,7,1,1";

describe("a file reads the same wherever it is cut", () => {
  it.each([
    ["small.csv", SMALL_CSV, undefined, 13],
    ["page.json", SMALL_PAGE, undefined, 6],
    ["requests.json", SMALL_REQUESTS, undefined, 7],
    ["mixed.csv", MIXED_ENDINGS, MAPPED, 4],
  ])("%s cut in two at every offset", (name, text, mapping, rows) => {
    const whole = plain(readUsageText(text, name, mapping));
    expect(whole).toMatchObject({ rows, skipped: [] });
    for (let at = 0; at <= text.length; at++) {
      const read = splitAt(text, at, name, mapping);
      if (JSON.stringify(read) !== JSON.stringify(whole)) expect({ at, read }).toEqual({ at, read: whole });
    }
  });

  it.each([
    ["small.csv", SMALL_CSV, undefined],
    ["page.json", SMALL_PAGE, undefined],
    ["requests.json", SMALL_REQUESTS, undefined],
    ["mixed.csv", MIXED_ENDINGS, MAPPED],
  ])("%s one character at a time", (name, text, mapping) => {
    expect(
      plain(
        readChunks(
          Array.from(text, (c) => c),
          name,
          mapping,
        ),
      ),
    ).toEqual(plain(readUsageText(text, name, mapping)));
  });

  it("keeps the line numbers of CSV lines ending in LF, CRLF or CR, and a quoted line break", () => {
    const text =
      'startTime,model,prompt_tokens,completion_tokens\r\n2026-11-01,a,-1,1\n2026-11-02,"b\r\nc",x,1\r2026-11-03,a,1,1\r\n2026-11-04,a,1,-2\n2026-11-05,a,1,1\n';
    for (const cut of [0, 30, 50, 51, 60, text.length]) {
      const read = readChunks([text.slice(0, cut), text.slice(cut)], "lines.csv");
      expect("error" in read ? read.error : read.skipped).toEqual([
        { reason: "negative input tokens", count: 1, lines: [2] },
        { reason: "input tokens that are not numbers", count: 1, lines: [3] },
        { reason: "negative output tokens", count: 1, lines: [6] },
      ]);
    }
  });

  it.each([
    ["openai-usage.json", undefined],
    ["openai-usage.csv", undefined],
    ["litellm-spend-logs.json", undefined],
    ["litellm-spend-logs.csv", undefined],
    ["mapped.csv", MAPPED],
    ["bad-rows.csv", undefined],
  ])("%s in chunks of random sizes", (name, mapping) => {
    const text = fixture(name);
    const whole = JSON.stringify(plain(readUsageText(text, name, mapping)));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 64 }), (sizes) => {
        const chunks: string[] = [];
        for (let at = 0, k = 0; at < text.length; k++) {
          const size = sizes[k % sizes.length];
          chunks.push(text.slice(at, at + size));
          at += size;
        }
        expect(JSON.stringify(plain(readChunks(chunks, name, mapping)))).toBe(whole);
      }),
      { numRuns: 25 },
    );
  });

  it("empty chunks change nothing", () => {
    const text = fixture("litellm-spend-logs.csv");
    const chunks = ["", ...text.match(/[\s\S]{1,1000}/g)!.flatMap((chunk) => [chunk, ""])];
    expect(plain(readChunks(chunks, "x.csv"))).toEqual(plain(readUsageText(text, "x.csv")));
  });
});

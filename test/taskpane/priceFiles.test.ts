/** Reading price files: litellm's and genai-prices' JSON and price_table CSVs, to US dollars per 1M tokens. */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { PRICE_KINDS } from "../../src/engine";
import {
  PRICE_FILE_FORMAT_LABELS,
  PRICE_FILE_MESSAGES,
  readPriceFile,
  SKIP_REASONS,
  type ImportedModel,
  type PriceFile,
} from "../../src/prices/priceFiles";

/** Claude Sonnet 4.5 as both price files price it, in US dollars per 1M tokens. */
const SONNET_45_PRICES = {
  input: 3,
  output: 15,
  cached_input: 0.3,
  cache_write: 3.75,
  long_context_threshold: 200_000,
  long_input: 6,
  long_output: 22.5,
};

const FIXTURES = path.join(__dirname, "../fixtures/prices");
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), "utf8");

function read(text: string, fileName: string, asOf = "2026-09-01"): PriceFile {
  const result = readPriceFile(text, fileName, asOf);
  if ("error" in result) throw new Error(`expected a price file, got: ${result.error}`);
  return result;
}

function refusal(text: string, fileName: string, asOf = "2026-09-01"): string {
  const result = readPriceFile(text, fileName, asOf);
  if (!("error" in result)) throw new Error(`expected an error, got a ${result.format} file`);
  return result.error;
}

const model = (file: PriceFile, id: string): ImportedModel | undefined => file.models.find((m) => m.id === id);

describe("litellm's price file", () => {
  const file = read(fixture("litellm-small.json"), "litellm-small.json");

  it("is recognised by its content", () => {
    expect(file.format).toBe("litellm");
    expect(file.fileName).toBe("litellm-small.json");
    expect(read(fixture("litellm-small.json"), "downloaded.txt").format).toBe("litellm");
  });

  it("converts US dollars per token to per 1M tokens, without float noise", () => {
    expect(model(file, "gpt-4o-mini")).toEqual({
      id: "gpt-4o-mini",
      provider: "openai",
      prices: { input: 0.15, output: 0.6, cached_input: 0.075 },
    });
    // 2.4999999999999998e-6 and 2.0000000000000002e-5 per token.
    expect(model(file, "gpt-9-preview")?.prices).toEqual({ input: 2.5, output: 20 });
  });

  it("maps cache reads, cache writes and batch prices", () => {
    expect(model(file, "gpt-4o")?.prices).toEqual({
      input: 2.5,
      output: 12,
      cached_input: 1.25,
      batch_input: 1.25,
      batch_output: 5,
    });
    expect(model(file, "claude-opus-4-1")?.prices).toEqual({
      input: 15,
      output: 75,
      cached_input: 1.5,
      cache_write: 18.75,
    });
  });

  it("reads the long-context threshold from the _above_<N>k_tokens fields", () => {
    expect(model(file, "claude-sonnet-4-5")?.prices).toEqual(SONNET_45_PRICES);
    // Only the input rate changes above 128k: the output rate stays the base one.
    expect(model(file, "gemini/gemini-old-flash")?.prices).toEqual({
      input: 0.075,
      output: 0.3,
      long_context_threshold: 128_000,
      long_input: 0.15,
      long_output: 0.3,
    });
  });

  it("takes chat and responses models, with the file's key and litellm_provider", () => {
    expect(file.models.map((m) => m.id)).toEqual([
      "gpt-4o",
      "gpt-4o-mini",
      "azure/eu/gpt-4o",
      "claude-opus-4-1",
      "claude-sonnet-4-5",
      "gpt-9-preview",
      "o1-pro",
      "gemini/gemini-old-flash",
      "mistral/mistral-large",
    ]);
    expect(model(file, "o1-pro")).toEqual({ id: "o1-pro", provider: "openai", prices: { input: 150, output: 600 } });
    expect(model(file, "azure/eu/gpt-4o")?.provider).toBe("azure");
  });

  it("treats an optional price of 0 as not offered, as a price_table does", () => {
    expect(model(file, "mistral/mistral-large")?.prices).toEqual({ input: 2, output: 6 });
  });

  it("says why each entry it leaves out is skipped; the field guide and the date stamp are no entries", () => {
    expect(file.skipped).toEqual([
      { id: "text-embedding-3-small", reason: "not a chat model (embedding)" },
      { id: "dall-e-3", reason: "not a chat model (image_generation)" },
      { id: "gpt-voice-live", reason: SKIP_REASONS.noTokenPrices },
      { id: "gpt-input-only", reason: SKIP_REASONS.noOutput },
      { id: "fireworks-ai-default", reason: "not a chat model (no mode)" },
    ]);
  });

  it("skips an entry whose price is no number ≥ 0, naming the field and what it reads, and takes the others", () => {
    const chat = (input: unknown) => ({
      litellm_provider: "openai",
      mode: "chat",
      input_cost_per_token: input,
      output_cost_per_token: 2e-6,
    });
    const file = read(
      JSON.stringify({ "gpt-a": chat(1e-6), "gpt-minus": chat(-1), "gpt-text": chat("abc"), "gpt-b": chat(5e-7) }),
      "p.json",
    );
    expect(file.models.map((m) => [m.id, m.prices])).toEqual([
      ["gpt-a", { input: 1, output: 2 }],
      ["gpt-b", { input: 0.5, output: 2 }],
    ]);
    expect(file.skipped).toEqual([
      { id: "gpt-minus", reason: "its input_cost_per_token reads -1, not a price ≥ 0" },
      { id: "gpt-text", reason: 'its input_cost_per_token reads "abc", not a price ≥ 0' },
    ]);
    expect(SKIP_REASONS.badPrice("input_cost_per_token", "-1")).toBe(file.skipped[0].reason);
    // A price given as text, an object or null is no price either.
    const odd = read(
      JSON.stringify({ "gpt-a": chat(1e-6), "gpt-o": chat({ usd: 1e-6 }), "gpt-n": chat(null) }),
      "p.json",
    ).skipped;
    expect(odd).toEqual([
      { id: "gpt-o", reason: SKIP_REASONS.badPrice("input_cost_per_token", "an object") },
      { id: "gpt-n", reason: SKIP_REASONS.badPrice("input_cost_per_token", "null") },
    ]);
    const fixtureFile = read(fixture("malformed.json"), "malformed.json");
    expect(fixtureFile.models.map((m) => m.id)).toEqual(["gpt-4o"]);
    expect(fixtureFile.skipped).toEqual([
      { id: "gpt-x", reason: SKIP_REASONS.badPrice("input_cost_per_token", '"0.000001"') },
    ]);
  });

  it("refuses a file whose every priced entry is bad, naming the first entry and its field: never an empty import", () => {
    const negative = JSON.stringify({
      m: { litellm_provider: "openai", mode: "chat", output_cost_per_token_above_200k_tokens: -1 },
    });
    expect(refusal(negative, "p.json")).toBe(
      'p.json, entry "m", output_cost_per_token_above_200k_tokens: expected a price ≥ 0 in US dollars per token; got -1.',
    );
    const nullPrice = JSON.stringify({ m: { mode: "embedding", input_cost_per_token: null } });
    expect(refusal(nullPrice, "p.json")).toBe(
      'p.json, entry "m", input_cost_per_token: expected a price ≥ 0 in US dollars per token; got null.',
    );
    // An entry skipped for another reason does not hide the bad one.
    const withEmbedding = JSON.stringify({
      e: { mode: "embedding", input_cost_per_token: 1e-7 },
      m: { mode: "chat", input_cost_per_token: "1e-6", output_cost_per_token: 2e-6 },
    });
    expect(refusal(withEmbedding, "p.json")).toBe(
      'p.json, entry "m", input_cost_per_token: expected a price ≥ 0 in US dollars per token; got "1e-6".',
    );
  });

  it("refuses a file with an entry whose provider or mode is no text", () => {
    const file = JSON.stringify({
      a: { litellm_provider: "openai", mode: "chat", input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
      b: { litellm_provider: "openai", mode: 3, input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
    });
    expect(refusal(file, "p.json")).toBe('p.json, entry "b", mode: expected a mode such as chat; got 3.');
  });
});

describe("genai-prices' data file", () => {
  const text = fixture("genai-small.json");
  const file = read(text, "data.json");

  it("is recognised by its content; ids are <provider>/<model>", () => {
    expect(file.format).toBe("genai-prices");
    expect(file.models.map((m) => m.id)).toEqual([
      "anthropic/claude-sonnet-4-5",
      "anthropic/claude-opus-4-1",
      "anthropic/claude-next",
      "openai/gpt-4o",
      "openai/gpt-4o-mini",
      "google/gemini-9-pro",
    ]);
    expect(model(file, "openai/gpt-4o")).toEqual({
      id: "openai/gpt-4o",
      provider: "openai",
      prices: { input: 2.5, output: 10, cached_input: 1.25 },
    });
  });

  it("reads tiered prices as the base rate and a long-context tier; cache tiers are ignored", () => {
    expect(model(file, "anthropic/claude-sonnet-4-5")?.prices).toEqual(SONNET_45_PRICES);
  });

  it("takes the dated price in force on the day asked for", () => {
    const on = (asOf: string, id: string) => {
      const result = read(text, "data.json", asOf);
      return model(result, id)?.prices ?? result.skipped.find((s) => s.id === id)?.reason;
    };
    expect(on("2026-05-31", "anthropic/claude-next")).toEqual({ input: 4, output: 20 });
    expect(on("2026-06-01", "anthropic/claude-next")).toEqual({ input: 5, output: 25 });
    expect(on("2019-12-31", "anthropic/claude-next")).toBe("no price in force on 2019-12-31");
    // A list entry without a date is the first price; a later date replaces it from that day.
    expect(on("2098-12-31", "anthropic/claude-opus-4-1")).toEqual({
      input: 15,
      output: 75,
      cached_input: 1.5,
      cache_write: 18.75,
    });
    expect(on("2099-01-01", "anthropic/claude-opus-4-1")).toEqual({ input: 30, output: 150 });
  });

  it("removes float noise", () => {
    expect(model(file, "google/gemini-9-pro")?.prices).toEqual({ input: 2, output: 12 });
  });

  it("says why each model it leaves out is skipped", () => {
    expect(file.skipped).toEqual([
      { id: "openai/moderation", reason: SKIP_REASONS.noPrices },
      { id: "openai/text-embedding-3-small", reason: SKIP_REASONS.noOutput },
      { id: "openai/web-search", reason: SKIP_REASONS.perRequest },
      { id: "deepseek/deepseek-chat", reason: SKIP_REASONS.byTimeOfDay },
    ]);
  });

  it("skips a model with a price that is no number ≥ 0, or a tier starting below 0 tokens, and takes the others", () => {
    const file = read(
      JSON.stringify([
        {
          id: "openai",
          models: [
            { id: "good", prices: { input_mtok: 1, output_mtok: 4 } },
            { id: "minus", prices: { input_mtok: 1, output_mtok: -2 } },
            { id: "tier", prices: { input_mtok: { base: 1, tiers: [{ start: -5, price: 2 }] }, output_mtok: 4 } },
            { id: "dated", prices: [{ prices: { input_mtok: 1, output_mtok: null } }] },
          ],
        },
        { id: "google", models: [{ id: "fine", prices: { input_mtok: 2, output_mtok: 8 } }] },
      ]),
      "data.json",
    );
    expect(file.models.map((m) => m.id)).toEqual(["openai/good", "google/fine"]);
    expect(file.skipped).toEqual([
      { id: "openai/minus", reason: "its prices.output_mtok reads -2, not a price ≥ 0" },
      {
        id: "openai/tier",
        reason: "its prices.input_mtok.tiers[0].start reads -5, not a number of tokens ≥ 0",
      },
      { id: "openai/dated", reason: SKIP_REASONS.badPrice("prices[0].prices.output_mtok", "null") },
    ]);
    expect(SKIP_REASONS.badTokens("prices.input_mtok.tiers[0].start", "-5")).toBe(file.skipped[1].reason);
  });

  it("refuses a malformed file, naming the provider, the model and the field", () => {
    const file = (models: unknown) => JSON.stringify([{ id: "openai", models }]);
    expect(refusal(file({}), "data.json")).toBe(
      'data.json, provider "openai", models: expected a list of models; got an object.',
    );
    expect(refusal(file([{ id: "m", prices: { input_mtok: "3" } }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices.input_mtok: ' +
        'expected a price ≥ 0 in US dollars per 1M tokens, or {base, tiers}; got "3".',
    );
    const tiered = { input_mtok: { base: 1, tiers: [{ start: 1000, price: -1 }] } };
    expect(refusal(file([{ id: "m", prices: tiered }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices.input_mtok.tiers[0].price: ' +
        "expected a price ≥ 0 in US dollars per 1M tokens; got -1.",
    );
    const dated = [{ constraint: { start_date: "May 2026" }, prices: {} }];
    expect(refusal(file([{ id: "m", prices: dated }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices[0].constraint.start_date: expected a date YYYY-MM-DD; got "May 2026".',
    );
    expect(refusal(file([{ id: "m" }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices: expected an object of prices, or a list of dated prices; got nothing.',
    );
    expect(refusal(JSON.stringify([{ models: [] }]), "data.json")).toBe(
      "data.json, provider #1, id: expected a provider id; got nothing.",
    );
    // A fault in the structure refuses the file however many good models it has.
    const good = { id: "g", prices: { input_mtok: 1, output_mtok: 2 } };
    expect(refusal(file([good, { prices: {} }]), "data.json")).toBe(
      'data.json, provider "openai", model #2, id: expected a model id; got nothing.',
    );
    expect(refusal(file([good, { id: "m", prices: dated }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices[0].constraint.start_date: expected a date YYYY-MM-DD; got "May 2026".',
    );
    expect(refusal(file([good, { id: "m", prices: { input_mtok: { base: 1, tiers: 2 } } }]), "data.json")).toBe(
      'data.json, provider "openai", model "m", prices.input_mtok.tiers: expected a list of tiers; got 2.',
    );
  });

  it("refuses a file whose every priced model is bad, naming the first: never an empty import", () => {
    const file = JSON.stringify([
      {
        id: "openai",
        models: [
          { id: "moderation", prices: {} },
          { id: "m", prices: { input_mtok: 1, output_mtok: -2 } },
          { id: "n", prices: { input_mtok: "abc", output_mtok: 2 } },
        ],
      },
    ]);
    expect(refusal(file, "data.json")).toBe(
      'data.json, provider "openai", model "m", prices.output_mtok: expected a price ≥ 0 in US dollars per 1M tokens; got -2.',
    );
  });
});

describe("a CSV in price_table column order", () => {
  const file = read(fixture("prices.csv"), "prices.csv");

  it("skips the header, reads quoted fields, leaves blank cells out", () => {
    expect(file.format).toBe("csv");
    expect(file.models).toEqual([
      {
        id: "gpt-4o",
        provider: "",
        prices: {
          input: 2.5,
          output: 10,
          cached_input: 1.25,
          ft_training: 25,
          ft_input: 3.75,
          ft_output: 15,
          batch_input: 1.25,
          batch_output: 5,
          ft_cached_input: 1.875,
        },
      },
      {
        id: "analyst model, tuned",
        provider: "",
        prices: { input: 0.3, output: 1.2, ft_input: 0.3, ft_output: 1.2, ft_hosting_hour: 1.7 },
      },
      { id: 'the "quoted" model', provider: "", prices: { input: 1, output: 2 } },
      {
        id: "claude-sonnet-4.5",
        provider: "",
        prices: {
          input: 3,
          output: 15,
          cached_input: 0.3,
          cache_write: 3.75,
          batch_input: 1.5,
          batch_output: 7.5,
          long_context_threshold: 200_000,
          long_input: 6,
          long_output: 22.5,
        },
      },
    ]);
  });

  it("keeps the first row of a model, as a lookup does, and says where it was", () => {
    expect(file.skipped).toEqual([{ id: "GPT-4o", reason: "repeats the model of line 2" }]);
  });

  it("needs no header, and reads a CSV whatever the file is called", () => {
    expect(read("gpt-4o,2.5,10\n\nclaude-x,3,15,0.3\n", "prices.txt").models).toEqual([
      { id: "gpt-4o", provider: "", prices: { input: 2.5, output: 10 } },
      { id: "claude-x", provider: "", prices: { input: 3, output: 15, cached_input: 0.3 } },
    ]);
    expect(read('"{model}",1,2', "prices.csv").models[0].id).toBe("{model}");
  });

  it("reads Windows line endings, a byte order mark and line breaks inside quotes", () => {
    expect(read("\uFEFFmodel,input,output\r\nm,1,2\r\n", "p.csv").models).toEqual([
      { id: "m", provider: "", prices: { input: 1, output: 2 } },
    ]);
    expect(read('"two\nlines",1,2\r\nn,x,4', "p.csv").skipped).toEqual([
      { id: "n", reason: 'its input on line 3 reads "x", not a price ≥ 0' },
    ]);
  });

  it("ignores empty cells a spreadsheet pads rows with", () => {
    expect(read(`m,1,2${",".repeat(20)}`, "p.csv").models).toEqual([
      { id: "m", provider: "", prices: { input: 1, output: 2 } },
    ]);
  });

  it("skips a row with a cell that is no price ≥ 0, naming the line, the column and what it reads", () => {
    const file = read(fixture("malformed.csv"), "malformed.csv");
    expect(file.models.map((m) => m.id)).toEqual(["gpt-4o"]);
    expect(file.skipped).toEqual([{ id: "gpt-4o-mini", reason: 'its output on line 3 reads "abc", not a price ≥ 0' }]);

    const rows = read(
      'model,input,output\nm,1,2\nn,1,n/a\nm,3,4\no,1,-2\np,"1,5",2\nq,1,2,,,,,x\nr,1,2,,,,,,,,,1e999\ns,1,2,,,,,,,,,-5\n',
      "p.csv",
    );
    expect(rows.models).toEqual([{ id: "m", provider: "", prices: { input: 1, output: 2 } }]);
    expect(rows.skipped).toEqual([
      { id: "n", reason: SKIP_REASONS.badPrice("output on line 3", '"n/a"') },
      { id: "m", reason: SKIP_REASONS.repeated(2) },
      { id: "o", reason: 'its output on line 5 reads "-2", not a price ≥ 0' },
      { id: "p", reason: 'its input on line 6 reads "1,5", not a price ≥ 0' },
      { id: "q", reason: 'its ft hosting per hour on line 7 reads "x", not a price ≥ 0' },
      { id: "r", reason: 'its long-context threshold on line 8 reads "1e999", not a number of tokens ≥ 0' },
      { id: "s", reason: SKIP_REASONS.badTokens("long-context threshold on line 9", '"-5"') },
    ]);
    expect(SKIP_REASONS.badPrice("output on line 3", '"n/a"')).toBe(
      'its output on line 3 reads "n/a", not a price ≥ 0',
    );
  });

  it("refuses a file whose every row is bad, naming the first line and column: never an empty import", () => {
    expect(refusal("model,input,output\nn,1,n/a\n", "p.csv")).toBe(
      'p.csv, line 2, column 3 (output): expected a price ≥ 0 in US dollars per 1M tokens; got "n/a".',
    );
    expect(refusal("m,1,-2\nn,x,2", "p.csv")).toBe(
      'p.csv, line 1, column 3 (output): expected a price ≥ 0 in US dollars per 1M tokens; got "-2".',
    );
    expect(refusal("m,,2", "p.csv")).toBe(
      "p.csv, line 1, column 2 (input): expected a price ≥ 0 in US dollars per 1M tokens; got a blank cell.",
    );
    expect(refusal("m,1,2,,,,,x", "p.csv")).toBe(
      'p.csv, line 1, column 8 (ft hosting per hour): expected a price ≥ 0 in US dollars per hour; got "x".',
    );
    expect(refusal(`m,1,2${",".repeat(13)}x`, "p.csv")).toBe(
      'p.csv, line 1, column 16 (dedicated gpu per hour): expected a price ≥ 0 in US dollars per hour; got "x".',
    );
    expect(refusal("m,1,2,,,,,,,,,1e999", "p.csv")).toBe(
      'p.csv, line 1, column 12 (long-context threshold): expected a number of input tokens ≥ 0; got "1e999".',
    );
    // A long cell is cut short, to keep the message short.
    expect(refusal(`m,1,${"x".repeat(300)}`, "p.csv")).toBe(
      `p.csv, line 1, column 3 (output): expected a price ≥ 0 in US dollars per 1M tokens; got "${"x".repeat(39)}…".`,
    );
  });

  it("refuses the whole file for a fault in its structure, however many good rows it has", () => {
    expect(refusal(`m,1,2\nn,1,2${",".repeat(14)}3`, "p.csv")).toBe(
      'p.csv, line 2, column 17 (beyond the table): expected nothing; got "3".',
    );
    expect(refusal("m,1,2\n ,1,2", "p.csv")).toBe(
      "p.csv, line 2, column 1 (model): expected a model id; got a blank cell.",
    );
    expect(refusal("model,input,output\nn,1,2\nm,1", "p.csv")).toBe(
      PRICE_FILE_MESSAGES.csvTooFewColumns("p.csv", 3, 2),
    );
    expect(refusal('m,1,2\n"open,1,2\n', "p.csv")).toBe(PRICE_FILE_MESSAGES.csvUnclosedQuote("p.csv", 2));
    expect(refusal("model,input,output\n,,\n", "p.csv")).toBe(PRICE_FILE_MESSAGES.csvNoRows("p.csv"));
  });
});

describe("recognising the format", () => {
  it("refuses an empty file, a .json that is no JSON, and JSON of another shape", () => {
    expect(refusal(" \n", "prices.json")).toBe("prices.json is empty.");
    expect(refusal('{\n "a": 1,\n}', "prices.json")).toBe(
      "prices.json is not valid JSON: Expected double-quoted property name at line 3, column 1.",
    );
    expect(refusal("gpt-4o,2.5,10", "prices.json")).toMatch(/^prices\.json is not valid JSON: /);
    expect(refusal('{"model": "gpt-4o"}', "prices.json")).toBe(PRICE_FILE_MESSAGES.unknownFormat("prices.json"));
    expect(refusal("[]", "prices.json")).toBe(PRICE_FILE_MESSAGES.unknownFormat("prices.json"));
    expect(refusal("[1, 2]", "prices")).toBe(PRICE_FILE_MESSAGES.unknownFormat("prices"));
  });

  it("names each format for the pane", () => {
    expect(Object.keys(PRICE_FILE_FORMAT_LABELS).sort()).toEqual(["csv", "genai-prices", "litellm"]);
  });
});

describe("edge cases", () => {
  const names = fc.constantFrom("p.json", "p.csv", "p", "P.JSON");
  const asOf = fc.constantFrom("2026-09-01", "2000-01-01");
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(",", '"', "\n", "\r", "1", ".", "e", "-", "a", " ", "{", "[") }),
    fc.json(),
    fc.anything().map((value) => JSON.stringify(value) ?? ""),
    fc
      .tuple(fc.constantFrom("litellm-small.json", "genai-small.json", "prices.csv"), fc.nat(), fc.nat())
      .map(([name, a, b]) => {
        const text = fixture(name);
        return text.slice(0, a % text.length) + text.slice((a % text.length) + (b % 7));
      }),
  );

  it("never throws: any text gives a price file or an error message", () => {
    fc.assert(
      fc.property(texts, names, asOf, (text, name, day) => {
        const result = readPriceFile(text, name, day);
        if ("error" in result) return typeof result.error === "string" && result.error.length > 0;
        return result.models.every((m) =>
          Object.entries(m.prices).every(
            ([kind, price]) =>
              (PRICE_KINDS as readonly string[]).includes(kind) && Number.isFinite(price) && (price as number) >= 0,
          ),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("prices out of scale: a file in another unit", () => {
  const litellm = (entries: Record<string, [number, number]>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(entries).map(([id, [input, output]]) => [
          id,
          { litellm_provider: "openai", mode: "chat", input_cost_per_token: input, output_cost_per_token: output },
        ]),
      ),
    );

  it("skips a model priced a million times too high, saying so, and takes the others", () => {
    // A per-token price of 3 where 3e-6 is meant: $3,000,000 per 1M tokens.
    const file = read(
      litellm({ "gpt-ok": [3e-6, 1.5e-5], "gpt-typo": [3, 1.5e-5], "gpt-huge": [1e308, 1e-6] }),
      "p.json",
    );
    expect(file.models.map((model) => model.id)).toEqual(["gpt-ok"]);
    expect(file.skipped).toEqual([
      { id: "gpt-typo", reason: SKIP_REASONS.outOfScale("input", "$3,000,000 per 1M tokens") },
      { id: "gpt-huge", reason: SKIP_REASONS.outOfScale("input", "more than any number per 1M tokens") },
    ]);
    expect(SKIP_REASONS.outOfScale("input", "$3,000,000 per 1M tokens")).toBe(
      "its input price reads $3,000,000 per 1M tokens, beyond any list price: not in the file's unit",
    );
  });

  it("refuses a file whose every price is out of scale: nothing is imported", () => {
    expect(refusal(litellm({ "gpt-a": [3, 15], "gpt-b": [0.5, 1.5] }), "p.json")).toBe(
      "p.json: every price is out of scale, such as gpt-a at $3,000,000 per 1M tokens; its prices are not in the " +
        "unit its format uses (litellm: US dollars per token, such as 3e-6; genai-prices and CSV: per 1M tokens).",
    );
    // A price of too many digits to write out is written as Excel writes it.
    expect(refusal(`m,1,${"9".repeat(60)}`, "p.csv")).toBe(
      PRICE_FILE_MESSAGES.wrongUnit("p.csv", "m", "$1.00E+60 per 1M tokens"),
    );
    // A CSV of prices per 1,000 tokens typed as thousands: $20,000 per 1M tokens.
    expect(refusal("model,input,output\nhouse,20000,60000\n", "p.csv")).toMatch(/^p\.csv: every price is out of scale/);
  });

  it("skips entries a file itself lists in another unit, as litellm lists some of W&B's", () => {
    // litellm's file lists wandb/deepseek-ai/DeepSeek-R1-0528 at 0.135 and 0.54 US dollars a token.
    const file = read(
      litellm({ "wandb/deepseek-ai/DeepSeek-R1-0528": [0.135, 0.54], "gpt-4o-mini": [1.5e-7, 6e-7] }),
      "model_prices_and_context_window.json",
    );
    expect(file.models.map((model) => [model.id, model.prices.input])).toEqual([["gpt-4o-mini", 0.15]]);
    expect(file.skipped).toEqual([
      {
        id: "wandb/deepseek-ai/DeepSeek-R1-0528",
        reason: SKIP_REASONS.outOfScale("input", "$135,000 per 1M tokens"),
      },
    ]);
  });

  it("refuses a binary file and one of 50 MB or more before reading prices", () => {
    expect(refusal(`{"a":1}\u0000\u0001`, "prices.xlsx")).toBe(PRICE_FILE_MESSAGES.notText("prices.xlsx"));
    expect(refusal(`[${" ".repeat(50 * 1024 * 1024)}]`, "big.json")).toBe(PRICE_FILE_MESSAGES.tooLarge("big.json", 50));
  });
});

describe("the file's own date, where its contents carry one", () => {
  const entry = { litellm_provider: "openai", mode: "chat", input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 };
  it("litellm's synced copies: the day of the sync", () => {
    const read = readPriceFile(
      JSON.stringify({ last_updated: "2026-07-24T18:23:43.215560+00:00", "gpt-x": entry }),
      "p.json",
      "2026-12-06",
    );
    expect("error" in read ? read.error : read.asOf).toBe("2026-07-24");
    const undated = readPriceFile(JSON.stringify({ "gpt-x": entry }), "p.json", "2026-12-06");
    expect("error" in undated ? undated.error : undated.asOf).toBeUndefined();
    const garbled = readPriceFile(JSON.stringify({ last_updated: "July", "gpt-x": entry }), "p.json", "2026-12-06");
    expect("error" in garbled ? garbled.error : garbled.asOf).toBeUndefined();
  });

  it("a CSV's first row: as of, and the date; a date that cannot be read is asked for", () => {
    const read = readPriceFile("as of,2026-10-01\nmodel,input,output\nacme,1,2\n", "p.csv", "2026-12-06");
    expect("error" in read ? read.error : [read.asOf, read.models.length]).toEqual(["2026-10-01", 1]);
    const garbled = readPriceFile("Prices as of,1 Oct\nacme,1,2\n", "p.csv", "2026-12-06");
    expect("error" in garbled ? garbled.error : [garbled.asOf, garbled.models.length]).toEqual([undefined, 1]);
  });
});

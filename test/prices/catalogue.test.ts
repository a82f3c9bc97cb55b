/** A price file beside the catalogue: matching, the differences and why, and which price wins. */
import { catalogueEntry, pricesOn } from "../../src/engine";
import { differencesFrom, matchCatalogue, winningRows } from "../../src/prices/catalogue";
import { readPriceFile, type PriceFile } from "../../src/prices/priceFiles";

/** A litellm file of the given entries, per-token prices from per-1M ones. */
function litellm(entries: Record<string, { provider?: string; prices: Record<string, number>; extra?: object }>) {
  const fields: Record<string, string> = {
    input: "input_cost_per_token",
    output: "output_cost_per_token",
    cached_input: "cache_read_input_token_cost",
    cache_write: "cache_creation_input_token_cost",
    batch_input: "input_cost_per_token_batches",
    batch_output: "output_cost_per_token_batches",
    long_input: "input_cost_per_token_above_272k_tokens",
    long_output: "output_cost_per_token_above_272k_tokens",
  };
  const data = Object.fromEntries(
    Object.entries(entries).map(([key, { provider, prices, extra }]) => [
      key,
      {
        litellm_provider: provider ?? "openai",
        mode: "chat",
        ...Object.fromEntries(Object.entries(prices).map(([kind, price]) => [fields[kind], price / 1e6])),
        ...extra,
      },
    ]),
  );
  const read = readPriceFile(JSON.stringify(data), "prices.json", "2026-12-06");
  if ("error" in read) throw new Error(read.error);
  return read;
}

const DAY = "2026-12-06";

describe("the file's models matched to the catalogue", () => {
  it("through the catalogue's references, its ids and aliases, and fine-tuned models filed under their base", () => {
    const file = litellm({
      "gpt-4o-mini": { prices: { input: 0.15, output: 0.6 } },
      "ft:gpt-4o-mini-2024-07-18": { prices: { input: 0.35, output: 1.2, cached_input: 0.15 } },
      "gemini/gemini-3.6-flash": { provider: "gemini", prices: { input: 1.5, output: 7.5 } },
      "azure/eu/gpt-4o": { provider: "azure", prices: { input: 2.75, output: 11 } },
      "claude-sonnet-4-5-20250929": { provider: "anthropic", prices: { input: 3, output: 15 } },
    });
    const matched = matchCatalogue(file);
    expect(matched.map((found) => [found.entry.id, found.model.id])).toEqual([
      ["gpt-4o-mini", "gpt-4o-mini"],
      ["claude-sonnet-4.5", "claude-sonnet-4-5-20250929"],
      ["gemini-3.6-flash", "gemini/gemini-3.6-flash"],
    ]);
    // A regional deployment is not the catalogue's azure/gpt-4o: its prices carry an uplift.
    expect(matched[0].prices).toEqual({
      input: 0.15,
      output: 0.6,
      ft_input: 0.35,
      ft_output: 1.2,
      ft_cached_input: 0.15,
    });
  });
});

describe("how a file differs from the catalogue, and why", () => {
  let file: PriceFile;
  beforeAll(() => {
    file = litellm({
      // before OpenAI's cut of 2026-07-30
      "gpt-5.6-luna": { prices: { input: 1, output: 6, cached_input: 0.1 } },
      // a rise announced and cancelled (as genai-prices has it)
      "claude-sonnet-5": { provider: "anthropic", prices: { input: 3, output: 15 } },
      // the scheduled price from 2027-01-01
      "gemini/gemini-3.6-flash": { provider: "gemini", prices: { input: 1.5, output: 7.5 } },
      // long-context rates the catalogue leaves out on purpose, and a true disagreement
      "gpt-5.5": { prices: { input: 5, output: 32, long_input: 10, long_output: 45 } },
      "ft:gpt-4o-mini-2024-07-18": { prices: { input: 0.3, output: 1.5 } },
      "gpt-4o-mini": { prices: { input: 0.15, output: 0.6 } },
      "gpt-9": { prices: { input: 3, output: 20 } },
    });
  });

  it("shows the catalogue's documented changes as such, and defaults to the catalogue for them", () => {
    const found = differencesFrom(file, "2026-07-24", DAY);
    const of = (id: string) => found.find((difference) => difference.entry.id === id);
    expect(of("gpt-5.6-luna")?.differences.map((d) => [d.kind, d.catalogue, d.file, d.why])).toEqual([
      ["input", 0.2, 1, "earlier"],
      ["output", 1.2, 6, "earlier"],
      ["cached_input", 0.02, 0.1, "earlier"],
    ]);
    expect(of("gpt-5.6-luna")?.differences[0].note).toBe(
      "the price before OpenAI's 80 % cut of 2026-07-30, which the file predates",
    );
    expect(of("gpt-5.6-luna")?.winner).toBe("catalogue");
    expect(of("claude-sonnet-5")?.differences.map((d) => d.why)).toEqual(["cancelled", "cancelled"]);
    expect(of("gemini-3.6-flash")?.differences.map((d) => [d.why, d.note])).toEqual([
      ["schedule", "the catalogue's scheduled price from 2027-01-01"],
      ["schedule", "the catalogue's scheduled price from 2027-01-01"],
    ]);
    expect(of("gemini-3.6-flash")?.winner).toBe("catalogue");
    // gpt-4o-mini's base prices agree; only its fine-tuned output differs.
    expect(of("gpt-4o-mini")?.differences.map((d) => [d.kind, d.catalogue, d.file, d.why])).toEqual([
      ["ft_output", 1.2, 1.5, "differs"],
    ]);
    expect(of("gpt-9")).toBeUndefined();
  });

  it("defaults to the more recent where a difference is not documented", () => {
    const july = differencesFrom(file, "2026-07-24", DAY).find((d) => d.entry.id === "gpt-5.5");
    expect(july?.differences.map((d) => [d.kind, d.why])).toEqual([
      ["output", "differs"],
      ["long_context_threshold", "withheld"],
      ["long_input", "withheld"],
      ["long_output", "withheld"],
    ]);
    expect(july?.winner).toBe("catalogue");
    expect(july?.because).toBe("the catalogue (2026-08-21) is more recent than the file (2026-07-24)");
    const december = differencesFrom(file, "2026-12-01", DAY).find((d) => d.entry.id === "gpt-5.5");
    expect(december?.winner).toBe("file");
  });

  it("a file dated after a documented cut that still shows the earlier price has not taken it: the catalogue wins", () => {
    const late = differencesFrom(file, "2026-11-30", DAY).find((d) => d.entry.id === "gpt-5.6-luna");
    expect(late?.differences[0]).toMatchObject({
      why: "earlier",
      note: "the price before OpenAI's 80 % cut of 2026-07-30, which the file has not taken though dated after it",
    });
    expect(late?.winner).toBe("catalogue");
  });

  it("prices the catalogue leaves blank on purpose leave the default with the catalogue", () => {
    const blanks = litellm({ "gpt-5.5": { prices: { input: 5, output: 30, long_input: 10, long_output: 45 } } });
    const found = differencesFrom(blanks, "2026-12-01", DAY);
    expect(found.map((d) => [d.entry.id, d.winner])).toEqual([["gpt-5.5", "catalogue"]]);
  });

  it("the price sheet's rows: the file's own models, and the catalogue models whose file prices win", () => {
    const differences = differencesFrom(file, "2026-12-01", DAY);
    const byDefault = winningRows(file, differences, {}, DAY);
    // The file's own models first, then the catalogue models whose file prices win.
    expect(byDefault.rows.map((row) => row.id)).toEqual(["gpt-9", "gpt-4o-mini", "gpt-5.5"]);
    // A winning row keeps the catalogue's prices where the file has none: gpt-4o-mini's training price.
    const mini = byDefault.rows.find((row) => row.id === "gpt-4o-mini");
    expect(mini?.prices).toEqual({ ...pricesOn(catalogueEntry("gpt-4o-mini")!, DAY), ft_output: 1.5, ft_input: 0.3 });
    expect(byDefault.kept.map((d) => d.entry.id)).toEqual(["gpt-5.6-luna", "claude-sonnet-5", "gemini-3.6-flash"]);

    const chosen = winningRows(file, differences, { "gpt-5.6-luna": "file", "claude-sonnet-5": "file" }, DAY);
    expect(chosen.rows.map((row) => row.id)).toEqual([
      "gpt-9",
      "gpt-4o-mini",
      "gpt-5.5",
      "gpt-5.6-luna",
      "claude-sonnet-5",
    ]);
    const luna = chosen.rows[3].prices;
    expect([luna.input, luna.output, luna.cached_input, luna.long_context_threshold]).toEqual([1, 6, 0.1, 272_000]);
    // The rates the file lacks keep their list proportion to its prices: Sonnet 5's batch at half of $3.
    expect(chosen.rows[4].prices).toMatchObject({ input: 3, output: 15, cached_input: 0.3, batch_input: 1.5 });
  });
});

describe("the price sheet's rows never replace a catalogue model behind the analyst's back", () => {
  it("one file model that two catalogue entries refer to gives a row to each that it wins", () => {
    const genai = JSON.stringify([
      { id: "openai", models: [{ id: "gpt-4.1", prices: { input_mtok: 2.2, output_mtok: 8.8 } }] },
    ]);
    const file = readPriceFile(genai, "data.json", DAY);
    if ("error" in file) throw new Error(file.error);
    const differences = differencesFrom(file, "2026-12-01", DAY);
    // Azure's entry refers to OpenAI's in genai-prices, which has no Azure rows of its own.
    expect(differences.map((d) => d.entry.id)).toEqual(["gpt-4.1", "azure/gpt-4.1"]);
    expect(winningRows(file, differences, {}, DAY).rows.map((row) => row.id)).toEqual(["gpt-4.1", "azure/gpt-4.1"]);
  });

  it("another listing of a catalogue model is set aside, and each catalogue model is written from its own match", () => {
    const file = litellm({
      "gpt-4.1": { prices: { input: 2.2, output: 8.8 } },
      // A dated snapshot: an alias of gpt-4.1 in the catalogue.
      "gpt-4.1-2025-04-14": { prices: { input: 3, output: 12 } },
      "azure/gpt-4.1": { provider: "azure", prices: { input: 2.2, output: 8.8 } },
      "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct": {
        provider: "fireworks_ai",
        prices: { input: 0.3, output: 0.3 },
      },
    });
    const differences = differencesFrom(file, "2026-12-01", DAY);
    const { rows, aside } = winningRows(file, differences, {}, DAY);
    expect(rows.map((row) => row.id)).toEqual(["gpt-4.1", "azure/gpt-4.1", "fireworks/llama-3.1-8b-instruct"]);
    expect(aside).toEqual([
      {
        id: "gpt-4.1-2025-04-14",
        reason:
          "another listing of the catalogue's gpt-4.1: the catalogue prices it, unless the file's listing of it is chosen",
      },
    ]);
    // gpt-4.1 keeps its training price; its fine-tuned prices stay the catalogue's (billed apart).
    expect(rows[0].prices).toMatchObject({ input: 2.2, output: 8.8, ft_training: 25, ft_input: 3 });
    // Fireworks serves a fine-tuned model at the base price: the file's base price.
    expect(rows[2].prices).toMatchObject({ input: 0.3, output: 0.3, ft_input: 0.3, ft_output: 0.3, ft_training: 0.5 });
  });
});

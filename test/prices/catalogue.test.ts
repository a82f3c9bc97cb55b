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

  it("a file dated after a documented cut that still shows the earlier price disagrees", () => {
    const late = differencesFrom(file, "2026-11-30", DAY).find((d) => d.entry.id === "gpt-5.6-luna");
    expect(late?.differences[0].why).toBe("differs");
    expect(late?.winner).toBe("file");
  });

  it("the price sheet's rows: the file's own models, and the catalogue models whose file prices win", () => {
    const differences = differencesFrom(file, "2026-12-01", DAY);
    const byDefault = winningRows(file, differences, {}, DAY);
    expect(byDefault.rows.map((row) => row.id)).toEqual(["gpt-5.6-luna", "gpt-5.5", "gpt-4o-mini", "gpt-9"]);
    // A winning row keeps the catalogue's prices where the file has none: gpt-4o-mini's training price.
    const mini = byDefault.rows.find((row) => row.id === "gpt-4o-mini");
    expect(mini?.prices).toEqual({ ...pricesOn(catalogueEntry("gpt-4o-mini")!, DAY), ft_output: 1.5, ft_input: 0.3 });
    expect(byDefault.kept.map((d) => d.entry.id)).toEqual(["claude-sonnet-5", "gemini-3.6-flash"]);
    expect(byDefault.rows[0].prices.input).toBe(1);
    expect(byDefault.rows[0].prices.long_context_threshold).toBe(272_000);

    const chosen = winningRows(file, differences, { "gpt-5.6-luna": "catalogue", "claude-sonnet-5": "file" }, DAY);
    expect(chosen.rows.map((row) => row.id)).toEqual(["claude-sonnet-5", "gpt-5.5", "gpt-4o-mini", "gpt-9"]);
    expect(chosen.rows[0].prices).toMatchObject({ input: 3, output: 15, cached_input: 0.2, batch_input: 1 });
  });
});

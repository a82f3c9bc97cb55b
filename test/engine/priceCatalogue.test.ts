/** SPEC section 4: the catalogue is valid, unambiguous, dated, sourced and carries the spec's prices. */
import { findModel, normaliseModelName, PRICE_CATALOGUE, PRICE_KINDS, type PriceKind } from "../../src/engine";
import { modelPricesShape, priceCatalogueSchema } from "./priceCatalogue.schema";

type Row = [id: string, ...prices: (number | null)[]];
const COLUMNS: PriceKind[] = ["input", "output", "cached_input", "ft_training", "ft_input", "ft_output"];
const SPEC_TABLE: Row[] = [
  ["gpt-4o", 2.5, 10, 1.25, 25, 3.75, 15],
  ["gpt-4o-mini", 0.15, 0.6, 0.075, 3, 0.3, 1.2],
  ["gpt-4.1", 2, 8, 0.5, 25, 3, 12],
  ["gpt-4.1-mini", 0.4, 1.6, 0.1, 5, 0.8, 3.2],
  ["gpt-4.1-nano", 0.1, 0.4, 0.025, 1.5, 0.2, 0.8],
  ["gpt-5", 1.25, 10, 0.125, null, null, null],
  ["gpt-5-mini", 0.25, 2, 0.025, null, null, null],
  ["gpt-5-nano", 0.05, 0.4, 0.005, null, null, null],
  ["claude-sonnet-4", 3, 15, 0.3, null, null, null],
  ["claude-sonnet-4.5", 3, 15, 0.3, null, null, null],
  ["claude-opus-4.1", 15, 75, 1.5, null, null, null],
  ["claude-opus-4.5", 5, 25, 0.5, null, null, null],
  ["claude-haiku-4.5", 1, 5, 0.1, null, null, null],
  ["claude-3.5-haiku", 0.8, 4, 0.08, null, null, null],
  ["gemini-2.0-flash", 0.1, 0.4, 0.025, null, null, null],
  ["gemini-2.5-flash", 0.3, 2.5, 0.03, null, null, null],
  ["gemini-2.5-pro", 1.25, 10, 0.125, null, null, null],
];

describe("price catalogue", () => {
  it("passes the zod schema, entry by entry", () => {
    const result = priceCatalogueSchema.safeParse(PRICE_CATALOGUE);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("the schema knows exactly the price kinds of the engine", () => {
    expect(Object.keys(modelPricesShape)).toEqual([...PRICE_KINDS]);
  });

  it("the schema rejects a malformed entry", () => {
    const bad = { ...PRICE_CATALOGUE[0], prices: { input: -1, output: 1 }, asOf: "2025-13-40", source: "http://x" };
    const issues = priceCatalogueSchema.safeParse([bad]).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(issues).toEqual(expect.arrayContaining(["0.prices.input", "0.asOf", "0.source"]));
  });

  it("answers to the provider-prefixed id and to dashes for dots, as the price files spell them", () => {
    expect(findModel("openai/gpt-4o")?.id).toBe("gpt-4o");
    expect(findModel("anthropic/claude-sonnet-4.5")?.id).toBe("claude-sonnet-4.5");
    expect(findModel("claude-sonnet-4-5")?.id).toBe("claude-sonnet-4.5");
    expect(findModel("claude-3-5-haiku")?.id).toBe("claude-3.5-haiku");
    expect(findModel("google/gemini-2.5-pro")?.id).toBe("gemini-2.5-pro");
    expect(findModel("azure/gpt-4.1-mini")?.id).toBe("azure/gpt-4.1-mini");
    expect(findModel("azure/azure/gpt-4.1-mini")).toBeUndefined();
    // Only Anthropic spells versions with dashes; no other provider's id gains such a name.
    expect(findModel("gpt-4-1-mini")).toBeUndefined();
    expect(findModel("gemini-2-5-pro")).toBeUndefined();
  });

  it("ids, aliases and the providers' names are unique across the catalogue, case-insensitively", () => {
    // A name may repeat its own id ("GPT-4o"); no name may lead to two entries.
    const names = PRICE_CATALOGUE.flatMap((entry) => [
      ...new Set([entry.id, ...entry.aliases, entry.name].map(normaliseModelName)),
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("every entry is read from the references of July and August 2026, pinned to a commit", () => {
    for (const entry of PRICE_CATALOGUE) {
      expect(entry.asOf >= "2026-07-24" && entry.asOf <= "2026-08-31").toBe(true);
      expect(entry.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob|tree)\/[0-9a-f]{7,40}\//);
    }
  });

  it("records the retirements SPEC 4 names, and the retired models still compute", () => {
    const status = (id: string) => {
      const entry = PRICE_CATALOGUE.find((candidate) => candidate.id === id);
      return [entry?.status, entry?.retiresOn];
    };
    expect(status("claude-3.5-haiku")).toEqual(["retired", "2026-02-19"]);
    expect(status("claude-sonnet-4")).toEqual(["retired", "2026-06-15"]);
    expect(status("claude-opus-4.1")).toEqual(["retired", "2026-08-05"]);
    // Deprecated on 2026-06-01 by the SPEC's reading; that date was its shutdown, now past.
    expect(status("gemini-2.0-flash")).toEqual(["retired", "2026-06-01"]);
    expect(findModel("claude-3.5-haiku")?.prices.input).toBe(0.8);
  });

  it("holds current models of each provider: active ones of OpenAI, Anthropic and Google", () => {
    for (const provider of ["openai", "anthropic", "google"]) {
      const active = PRICE_CATALOGUE.filter((entry) => entry.provider === provider && entry.status === "active");
      expect(active.length).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(SPEC_TABLE)("%s carries the prices of SPEC section 4", (id, ...prices) => {
    const entry = PRICE_CATALOGUE.find((candidate) => candidate.id === id);
    expect(entry).toBeDefined();
    COLUMNS.forEach((kind, index) => expect(entry?.prices[kind]).toBe(prices[index] ?? undefined));
  });

  it("Azure serves fine-tuned deployments at the base model's token prices plus $1.70 an hour of hosting", () => {
    const azure = PRICE_CATALOGUE.filter((entry) => entry.provider === "azure");
    expect(azure.map((entry) => entry.id)).toContain("azure/gpt-4.1-mini");
    for (const entry of azure) {
      expect(entry.prices.ft_hosting_hour).toBe(1.7);
      expect([entry.prices.ft_input, entry.prices.ft_output, entry.prices.ft_cached_input]).toEqual([
        entry.prices.input,
        entry.prices.output,
        entry.prices.cached_input,
      ]);
      // Azure's Global prices are OpenAI's.
      const openai = findModel(entry.id.replace("azure/", ""));
      expect([entry.prices.input, entry.prices.output]).toEqual([openai?.prices.input, openai?.prices.output]);
    }
    expect(findModel("azure/gpt-4o-mini")?.prices.ft_input).toBe(0.15);
  });

  it("a batch price is never above the list price, nor a long-context rate below it", () => {
    for (const { id, prices } of PRICE_CATALOGUE) {
      if (prices.batch_input !== undefined) expect([id, prices.batch_input <= prices.input]).toEqual([id, true]);
      if (prices.batch_output !== undefined) expect([id, prices.batch_output <= prices.output]).toEqual([id, true]);
      if (prices.long_input !== undefined) expect([id, prices.long_input >= prices.input]).toEqual([id, true]);
      if (prices.cached_input !== undefined) expect([id, prices.cached_input <= prices.input]).toEqual([id, true]);
    }
  });
});

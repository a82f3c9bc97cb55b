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

  it("ids and aliases are unique across the catalogue, case-insensitively", () => {
    const names = PRICE_CATALOGUE.flatMap((entry) => [entry.id, ...entry.aliases]).map(normaliseModelName);
    expect(new Set(names).size).toBe(names.length);
  });

  it("every entry is dated within 2025-08 .. 2026-07 and has a source address", () => {
    for (const entry of PRICE_CATALOGUE) {
      expect(entry.asOf >= "2025-08-01" && entry.asOf <= "2026-07-31").toBe(true);
      expect(entry.source).toMatch(/^https:\/\//);
    }
  });

  it.each(SPEC_TABLE)("%s carries the prices of SPEC section 4", (id, ...prices) => {
    const entry = PRICE_CATALOGUE.find((candidate) => candidate.id === id);
    expect(entry).toBeDefined();
    COLUMNS.forEach((kind, index) => expect(entry?.prices[kind]).toBe(prices[index] ?? undefined));
  });

  it("Azure fine-tuned deployments carry the $1.70 hourly hosting fee and OpenAI's token prices", () => {
    const azure = PRICE_CATALOGUE.filter((entry) => entry.provider === "azure");
    expect(azure.map((entry) => entry.id)).toContain("azure/gpt-4.1-mini");
    for (const entry of azure) {
      expect(entry.prices.ft_hosting_hour).toBe(1.7);
      const openai = findModel(entry.id.replace("azure/", ""));
      const { ft_hosting_hour: _hosting, ...tokenPrices } = entry.prices;
      expect(tokenPrices).toEqual(openai?.prices);
    }
  });
});

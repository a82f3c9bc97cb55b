/** SPEC section 4: the catalogue is valid, unambiguous, dated, sourced and carries the spec's prices. */
import {
  findModel,
  fineTuningAvailability,
  fineTuningOn,
  listModels,
  nextPriceChange,
  normaliseModelName,
  PRICE_CATALOGUE,
  PRICE_KINDS,
  pricesOn,
  statusOn,
  type CatalogueEntry,
  type PriceKind,
} from "../../src/engine";
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

const byId = (id: string): CatalogueEntry => {
  const entry = PRICE_CATALOGUE.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`${id} is not in the catalogue`);
  return entry;
};

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
    const status = (id: string, day = "2026-12-05") => {
      const entry = byId(id);
      return [statusOn(entry, day), entry.retiresOn];
    };
    expect(status("claude-3.5-haiku")).toEqual(["retired", "2026-02-19"]);
    expect(status("claude-sonnet-4")).toEqual(["retired", "2026-06-15"]);
    expect(status("claude-opus-4.1")).toEqual(["retired", "2026-08-05"]);
    expect(status("gemini-2.0-flash")).toEqual(["retired", "2026-06-01"]);
    // The audit of 2026-12-04: shut down on the Gemini API on 2026-12-01; past its 2026-11-30 date.
    expect(status("gemini-2.5-pro")).toEqual(["retired", "2026-12-01"]);
    expect(status("gemini-2.5-flash")).toEqual(["retired", "2026-12-01"]);
    expect(status("claude-sonnet-4.5")).toEqual(["retired", "2026-11-30"]);
    expect(status("gpt-5")).toEqual(["deprecated", "2026-12-11"]);
    expect(status("gpt-5-nano", "2026-12-11")).toEqual(["retired", "2026-12-11"]);
    expect(findModel("claude-3.5-haiku")?.prices.input).toBe(0.8);
  });

  it("holds current models of each provider: active ones of OpenAI, Anthropic and Google", () => {
    for (const provider of ["openai", "anthropic", "google"]) {
      const active = PRICE_CATALOGUE.filter(
        (entry) => entry.provider === provider && statusOn(entry, "2026-12-05") === "active",
      );
      expect(active.length).toBeGreaterThanOrEqual(5);
    }
    for (const id of ["gpt-5.4-pro", "gpt-5.3-codex", "gemini-3.7-flash", "gpt-6-sol", "claude-haiku-5.5"]) {
      expect([id, statusOn(byId(id), "2026-12-05")]).toEqual([id, "active"]);
    }
  });

  describe("dates, not words (a fixed clock)", () => {
    afterEach(() => jest.setSystemTime(new Date(2026, 11, 5, 9)));

    it("a model past its retirement date reads retired with no catalogue edit", () => {
      const gpt5 = byId("gpt-5");
      expect([statusOn(gpt5, "2026-06-10"), statusOn(gpt5, "2026-06-11"), statusOn(gpt5, "2026-12-10")]).toEqual([
        "active",
        "deprecated",
        "deprecated",
      ]);
      expect(statusOn(gpt5, "2026-12-11")).toBe("retired");
      const listed = (day: string) => listModels("openai", false, day).map((entry) => entry.id);
      expect(listed("2026-12-10")).toContain("gpt-5");
      expect(listed("2026-12-11")).not.toContain("gpt-5");
      expect(listModels("openai", true, "2026-12-11").map((entry) => entry.id)).toContain("gpt-5");
    });

    it("the price in force on either side of a scheduled change", () => {
      const flash = byId("gemini-3.6-flash");
      expect([pricesOn(flash, "2026-12-31").input, pricesOn(flash, "2026-12-31").output]).toEqual([0.75, 3.75]);
      expect([pricesOn(flash, "2027-01-01").input, pricesOn(flash, "2027-01-01").output]).toEqual([1.5, 7.5]);
      expect(pricesOn(flash, "2027-01-01").cached_input).toBe(0.15);
      expect(findModel("gemini-3.6-flash", undefined, "2026-12-31")?.prices.input).toBe(0.75);
      expect(findModel("gemini-3.6-flash", undefined, "2027-01-01")?.prices.input).toBe(1.5);
      expect(nextPriceChange(flash, "2026-12-31")?.from).toBe("2027-01-01");
      expect(nextPriceChange(flash, "2027-01-01")).toBeUndefined();
    });

    it("a fine-tuning offer is offered, closing, closed or not offered as of a day", () => {
      const mini = byId("gpt-4.1-mini");
      expect(fineTuningOn(mini, "2026-05-06")).toEqual({ status: "offered", until: "2026-05-07" });
      expect(fineTuningOn(mini, "2026-05-07")).toEqual({ status: "closing", until: "2027-01-06" });
      expect(fineTuningOn(mini, "2027-01-05")).toEqual({ status: "closing", until: "2027-01-06" });
      expect(fineTuningOn(mini, "2027-01-06")).toEqual({ status: "closed", since: "2027-01-06" });
      expect(fineTuningOn(byId("claude-haiku-4.5"), "2026-12-05")).toEqual({ status: "not offered" });
      expect(fineTuningOn(byId("fireworks/llama-3.1-8b-instruct"), "2030-01-01")).toEqual({ status: "offered" });
      // A fine-tuned model ends with its base model: a retired model's offer is closed.
      expect(fineTuningOn(byId("gpt-4.1-nano"), "2026-12-05")).toEqual({ status: "closed", since: "2026-10-23" });
      // Azure: existing customers until its fine-tuned deployments retire.
      expect(fineTuningOn(byId("azure/gpt-4.1-mini"), "2026-12-05")).toEqual({
        status: "closing",
        until: "2027-10-14",
      });
    });
  });

  it("at least 6 open-weight models on two hosted providers, with training, serving and dedicated-GPU prices", () => {
    const open = PRICE_CATALOGUE.filter((entry) => entry.openWeight);
    expect(new Set(open.map((entry) => entry.provider))).toEqual(new Set(["together", "fireworks"]));
    // Bought and priced per token on 2026-12-05, as FT_COMPARE decides it.
    const buyable = (id: string) => {
      const quote = findModel(id, undefined, "2026-12-05");
      return quote !== undefined && fineTuningAvailability(quote, "2026-12-05") === undefined;
    };
    const complete = open.filter(
      (entry) =>
        buyable(entry.id) &&
        entry.prices.ft_training !== undefined &&
        entry.prices.ft_input !== undefined &&
        entry.prices.gpu_hour !== undefined,
    );
    expect(complete.length).toBeGreaterThanOrEqual(6);
    // Served at the base model's price where the provider says so: the fine-tuned prices are the base prices.
    for (const entry of open.filter((candidate) => candidate.fineTuning?.servedAtBasePrices)) {
      expect([entry.id, entry.prices.ft_input, entry.prices.ft_output]).toEqual([
        entry.id,
        entry.prices.input,
        entry.prices.output,
      ]);
    }
    // Every provider with open-weight models rents dedicated GPUs for them.
    for (const provider of ["together", "fireworks"]) {
      expect(open.some((entry) => entry.provider === provider && entry.prices.gpu_hour !== undefined)).toBe(true);
    }
  });

  it("marks single source wherever an entry has one reference", () => {
    for (const entry of PRICE_CATALOGUE.filter((candidate) => candidate.references.length < 2)) {
      expect([entry.id, entry.singleSource]).toEqual([entry.id, expect.arrayContaining(["input", "output"])]);
    }
  });

  it.each(SPEC_TABLE)("%s carries the prices of SPEC section 4", (id, ...prices) => {
    const entry = PRICE_CATALOGUE.find((candidate) => candidate.id === id);
    expect(entry).toBeDefined();
    COLUMNS.forEach((kind, index) => expect(entry?.prices[kind]).toBe(prices[index] ?? undefined));
  });

  it("Azure serves fine-tuned deployments at the base model's token prices plus $1.70 an hour of hosting", () => {
    expect(
      PRICE_CATALOGUE.filter((entry) => entry.provider === "azure").every(
        (entry) => entry.fineTuning?.servedAtBasePrices,
      ),
    ).toBe(true);
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

import type { IsoDate } from "./calendar";
import { changesInForce, pricesOn, statusOn } from "./lifecycle";
import { PRICE_CATALOGUE, type CatalogueEntry, type ModelPrices, type PriceKind } from "./priceCatalogue";

/** A model's prices as used in a calculation: from the catalogue or from the analyst's table. */
export interface ModelQuote {
  /** The id as the catalogue or the price table spells it. */
  id: string;
  /** Provider from the catalogue; "price_table" for a model known only to the table. */
  provider: string;
  prices: ModelPrices;
  /** True when the prices come from the analyst's price table. */
  fromPriceTable: boolean;
  /** The catalogue entry the name resolves to, whoever's prices are used: its dates, offer and weights. */
  entry?: CatalogueEntry;
}

/**
 * Prices the analyst supplies for some models, keyed by model name as {@link normaliseModelName}
 * returns it. A model found here replaces its catalogue entry entirely.
 */
export type PriceOverrides = ReadonlyMap<string, { id: string; prices: ModelPrices }>;

/** The form in which model names are compared: trimmed, lower case, one space between words. */
export function normaliseModelName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Each catalogue entry once, with its quotes built once: one for the prices before any scheduled
 * change and one after each, so that lookups in a 10,000-row grid allocate nothing.
 */
interface Indexed {
  entry: CatalogueEntry;
  quotes: readonly ModelQuote[];
}

let catalogueIndex: Map<string, Indexed> | undefined;

function indexCatalogue(): Map<string, Indexed> {
  if (!catalogueIndex) {
    catalogueIndex = new Map();
    for (const entry of PRICE_CATALOGUE) {
      const quoteAt = (prices: ModelPrices): ModelQuote => ({
        id: entry.id,
        provider: entry.provider,
        prices,
        fromPriceTable: false,
        entry,
      });
      const indexed = {
        entry,
        quotes: [entry.prices, ...entry.schedule.map((change) => pricesOn(entry, change.from))].map(quoteAt),
      };
      // The provider's name for it too ("Claude Sonnet 4"), as sheets and pricing pages show it.
      for (const name of [entry.id, ...entry.aliases, entry.name]) {
        catalogueIndex.set(normaliseModelName(name), indexed);
      }
    }
  }
  return catalogueIndex;
}

/** The catalogue's quote of an entry on a day: at the prices in force then (before any change without a day). */
function quoteOn(indexed: Indexed, day: IsoDate | undefined): ModelQuote {
  return indexed.quotes.length === 1 || day === undefined
    ? indexed.quotes[0]
    : indexed.quotes[changesInForce(indexed.entry, day)];
}

/**
 * Finds a model by id or alias, case-insensitively, at the catalogue's prices in force on `day`
 * (SPEC 4: a price schedule). The analyst's overrides win: first under the name as typed, then
 * under the catalogue id or any alias of the entry the name resolves to.
 *
 * @example
 * findModel("Claude-Sonnet-4")?.prices.input; // 3
 */
export function findModel(name: string, overrides?: PriceOverrides, day?: IsoDate): ModelQuote | undefined {
  const index = catalogueIndex ?? indexCatalogue();
  // Names are usually typed as the catalogue spells them: try that before normalising.
  const indexed = index.get(name) ?? index.get(normaliseModelName(name));
  if (overrides !== undefined && overrides.size > 0) return fromOverrides(name, indexed, overrides, day);
  return indexed && quoteOn(indexed, day);
}

/** The catalogue entry a name resolves to (id, alias or the provider's name), whatever price table is in use. */
export function catalogueEntry(name: string): CatalogueEntry | undefined {
  const index = catalogueIndex ?? indexCatalogue();
  return (index.get(name) ?? index.get(normaliseModelName(name)))?.entry;
}

/** The analyst's row for a model, looked up under every name the model goes by; else the catalogue's. */
function fromOverrides(
  name: string,
  indexed: Indexed | undefined,
  overrides: PriceOverrides,
  day: IsoDate | undefined,
): ModelQuote | undefined {
  const key = normaliseModelName(name);
  const names = indexed ? [key, indexed.entry.id, ...indexed.entry.aliases] : [key];
  for (const candidate of names) {
    const row = overrides.get(normaliseModelName(candidate));
    if (row) {
      return {
        id: row.id,
        provider: indexed?.entry.provider ?? "price_table",
        prices: row.prices,
        fromPriceTable: true,
        ...(indexed ? { entry: indexed.entry } : {}),
      };
    }
  }
  return indexed && quoteOn(indexed, day);
}

/** The model's price of one kind, or undefined when the model does not offer it. */
export function priceOf(model: ModelQuote, kind: PriceKind): number | undefined {
  return model.prices[kind];
}

/** True when the model has fine-tuned inference prices for both input and output. */
export function hasFineTunedPrices(model: ModelQuote): boolean {
  return model.prices.ft_input !== undefined && model.prices.ft_output !== undefined;
}

/**
 * Catalogue entries, optionally of one provider (case-insensitive), in catalogue order: the models
 * active or deprecated on `day`, and retired ones too when asked for.
 */
export function listModels(provider: string | undefined, includeRetired: boolean, day: IsoDate): CatalogueEntry[] {
  const wanted = provider?.trim().toLowerCase() ?? "";
  return PRICE_CATALOGUE.filter(
    (entry) => (wanted === "" || entry.provider === wanted) && (includeRetired || statusOn(entry, day) !== "retired"),
  );
}

/** Edits (insert, delete, replace, swap two neighbours) that turn a into b. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/**
 * The catalogue ids closest to a name that matched none, best first (at most `count`): ids that
 * contain the name ("sonnet"), then ids within a few typing slips of it ("claude-sonet-4"), models
 * with no deprecation or retirement announced before others. Empty when nothing is close.
 */
export function suggestModels(name: string, count = 3): string[] {
  const typed = normaliseModelName(name).replace(/ /g, "-");
  if (typed.length < 2) return [];
  // Models with no deprecation or retirement announced first: those are the ones to price today.
  const rank = (entry: CatalogueEntry): number =>
    entry.deprecatedOn === undefined && entry.retiresOn === undefined ? 0 : 1;
  const containing = PRICE_CATALOGUE.filter(
    (entry) => entry.id.includes(typed) || normaliseModelName(entry.name).replace(/ /g, "-").includes(typed),
  );
  if (containing.length > 0) {
    // Newest first within a status: the catalogue lists each family oldest first.
    return containing
      .map((entry, order) => ({ entry, order }))
      .sort((x, y) => rank(x.entry) - rank(y.entry) || y.order - x.order)
      .slice(0, count)
      .map(({ entry }) => entry.id);
  }
  const limit = Math.max(2, Math.floor(typed.length / 4));
  const scored = PRICE_CATALOGUE.map((entry) => {
    const names = [entry.id, ...entry.aliases].map(normaliseModelName);
    return { entry, distance: Math.min(...names.map((candidate) => editDistance(typed, candidate))) };
  }).filter(({ distance }) => distance <= limit);
  const best = Math.min(...scored.map(({ distance }) => distance));
  return scored
    .filter(({ distance }) => distance === best)
    .sort((x, y) => rank(x.entry) - rank(y.entry))
    .slice(0, count)
    .map(({ entry }) => entry.id);
}

/** The providers of the catalogue, each once, in catalogue order. */
export function listProviders(): string[] {
  return [...new Set(PRICE_CATALOGUE.map((entry) => entry.provider))];
}

/** The prices charged as a multiple of the base input price, and of the base output price. */
const INPUT_LINKED = ["cached_input", "cache_write", "batch_input", "long_input"] as const;
const OUTPUT_LINKED = ["batch_output", "long_output"] as const;

/**
 * A model's prices at a negotiated input and output price: the rest of its list prices (fine-tuning,
 * hosting) are kept, and its cached, batch and long-context rates keep their list proportion to the
 * base prices, since a contract's discount applies to them too. A rate whose base list price is 0
 * cannot be scaled and is dropped. Without list prices, the two prices alone.
 *
 * @example
 * negotiatedPrices({ input: 2, output: 8, cached_input: 0.5 }, 1, 4) // { input: 1, output: 4, cached_input: 0.25 }
 */
export function negotiatedPrices(listed: ModelPrices | undefined, input: number, output: number): ModelPrices {
  const prices: ModelPrices = { ...listed, input, output };
  if (!listed) return prices;
  const scale = (kinds: readonly (keyof ModelPrices)[], own: number, list: number) => {
    for (const kind of kinds) {
      const price = listed[kind];
      if (price === undefined) continue;
      if (list > 0) prices[kind] = (price * own) / list;
      else delete prices[kind];
    }
  };
  scale(INPUT_LINKED, input, listed.input);
  scale(OUTPUT_LINKED, output, listed.output);
  return prices;
}

/**
 * A price file beside the catalogue: which of the file's models is which catalogue entry, how each
 * shared price differs and why (a documented change is no disagreement), and the one rule of which
 * price wins. The pane's difference table, the price sheet it writes and `npm run prices:check`
 * all read it. Pure: no DOM, no I/O.
 */
import {
  catalogueEntry,
  negotiatedPrices,
  normaliseModelName,
  PRICE_CATALOGUE,
  PRICE_KINDS,
  pricesOn,
  type CatalogueEntry,
  type IsoDate,
  type ModelPrices,
  type PriceKind,
} from "../engine";
import { SKIP_REASONS, tidy, type ImportedModel, type PriceFile, type PriceFileFormat, type Prices } from "./priceFile";

/** The file's providers that are the catalogue's, under the catalogue's name for each. */
export const CATALOGUE_PROVIDERS: Readonly<Record<PriceFileFormat, Readonly<Record<string, string>>>> = {
  litellm: {
    openai: "openai",
    azure: "azure",
    anthropic: "anthropic",
    gemini: "google",
    together_ai: "together",
    fireworks_ai: "fireworks",
  },
  "genai-prices": {
    openai: "openai",
    azure: "azure",
    anthropic: "anthropic",
    google: "google",
    together: "together",
    fireworks: "fireworks",
  },
  csv: {},
};

/** The catalogue provider of a file's model, or undefined for a provider the catalogue does not sell. */
export const catalogueProvider = (format: PriceFileFormat, model: ImportedModel): string | undefined =>
  CATALOGUE_PROVIDERS[format][model.provider];

/** A fine-tuned model's prices, as the catalogue files them under the base model. */
const FINE_TUNED: readonly [PriceKind, PriceKind][] = [
  ["input", "ft_input"],
  ["output", "ft_output"],
  ["cached_input", "ft_cached_input"],
];

/** A catalogue entry as the file has it: its model, and its fine-tuned model where the file lists one apart. */
export interface FileEntry {
  entry: CatalogueEntry;
  /** The file's model the entry's prices are read from. */
  model: ImportedModel;
  /** The file's fine-tuned model (litellm's `ft:` entries, genai-prices' `ft:` models), where listed. */
  fineTuned?: ImportedModel;
  /** Every price the file gives for the entry: the model's, and the fine-tuned model's as ft prices. */
  prices: Prices;
}

/** Relative tolerance under which two prices agree. */
const TOLERANCE = 1e-9;
export const agree = (a: number, b: number): boolean =>
  Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/**
 * The file's model for each catalogue entry it lists: through the entry's references to this
 * file's format (`litellm:<key>`, `genai-prices:<provider>/<id>`), else under the entry's id, an
 * alias or its name. A regional or otherwise spelt variant is not taken for the entry: its prices
 * may differ (an EU deployment's uplift).
 */
export function matchCatalogue(file: PriceFile): FileEntry[] {
  const byId = new Map<string, ImportedModel>();
  for (const model of file.models)
    if (!byId.has(normaliseModelName(model.id))) byId.set(normaliseModelName(model.id), model);
  const prefix = `${file.format}:`;
  const referenced = (entry: CatalogueEntry, fineTuned: boolean): ImportedModel | undefined => {
    for (const reference of entry.references) {
      if (!reference.startsWith(prefix)) continue;
      const key = reference.slice(prefix.length).split(/\s/)[0];
      const isFineTuned = /(^|\/)ft:/.test(key);
      if (isFineTuned !== fineTuned) continue;
      const model = byId.get(normaliseModelName(key));
      if (model) return model;
    }
    return undefined;
  };
  const matched: FileEntry[] = [];
  for (const entry of PRICE_CATALOGUE) {
    const model =
      referenced(entry, false) ??
      [entry.id, ...entry.aliases, entry.name].map((name) => byId.get(normaliseModelName(name))).find(Boolean);
    if (!model) continue;
    const fineTuned = referenced(entry, true);
    const prices: Prices = { ...model.prices };
    if (fineTuned) for (const [from, to] of FINE_TUNED) prices[to] = fineTuned.prices[from];
    for (const kind of PRICE_KINDS) if (prices[kind] === undefined) delete prices[kind];
    matched.push({ entry, model, ...(fineTuned ? { fineTuned } : {}), prices });
  }
  return matched;
}

/**
 * Why a file's price is not the catalogue's:
 * - `differs`: a disagreement the catalogue does not explain (it may lack the price);
 * - `withheld`: a price the catalogue leaves blank on purpose;
 * - `schedule`: the price of a change the catalogue has scheduled;
 * - `earlier`: the price before a change the catalogue records, which the file predates;
 * - `cancelled`: the price of a change announced and cancelled;
 * - `disputed`: a reference's figure the catalogue knows and did not take.
 */
export type DifferenceKind = "differs" | "withheld" | "schedule" | "earlier" | "cancelled" | "disputed";

/** The kinds of difference a documented change of the catalogue explains. */
export const DOCUMENTED: readonly DifferenceKind[] = ["schedule", "earlier", "cancelled", "disputed"];

/** The kinds of difference the catalogue decides by default: its documented changes, and its blanks on purpose. */
const CATALOGUE_DECIDES: readonly DifferenceKind[] = [...DOCUMENTED, "withheld"];

export interface PriceDifference {
  kind: PriceKind;
  /** The catalogue's price in force on the day compared, undefined where it lists none. */
  catalogue: number | undefined;
  file: number;
  why: DifferenceKind;
  /** The catalogue's own words for it, where documented: "OpenAI's 80 % cut of 2026-07-30". */
  note: string;
}

/** The prices of one catalogue model that a file gives otherwise, and which the rule lets win by default. */
export interface ModelDifference {
  entry: CatalogueEntry;
  /** The file's id for the model. */
  fileId: string;
  differences: PriceDifference[];
  /** The default: the catalogue where only documented changes explain the differences, else the more recent. */
  winner: "file" | "catalogue";
  /** Why that default, in words. */
  because: string;
}

/** One price of an entry as the file gives it, compared with the catalogue's in force on `day`. */
function compare(entry: CatalogueEntry, kind: PriceKind, file: number, fileDate: IsoDate, day: IsoDate) {
  const ours = pricesOn(entry, day)[kind];
  if (ours !== undefined && agree(ours, file)) return undefined;
  const says = (prices: Partial<Record<PriceKind, number>>) => prices[kind] !== undefined && agree(prices[kind], file);
  const found = (why: DifferenceKind, note: string): PriceDifference => ({ kind, catalogue: ours, file, why, note });
  const scheduled = entry.schedule.find((change) => change.from > day && says(change.prices));
  if (scheduled) return found("schedule", `the catalogue's scheduled price from ${scheduled.from}`);
  for (const known of entry.documented) {
    if (known.kind === "earlier" && says(known.prices)) {
      // A file dated after the change that still shows the price before it has not taken it.
      return found(
        "earlier",
        known.until > fileDate
          ? `the price before ${known.note}, which the file predates`
          : `the price before ${known.note}, which the file has not taken though dated after it`,
      );
    }
    if (known.kind === "cancelled" && says(known.prices)) return found("cancelled", known.note);
    if (known.kind === "disputed" && says(known.prices)) return found("disputed", known.note);
    if (known.kind === "withheld" && ours === undefined && known.kinds.includes(kind)) {
      return found("withheld", known.note);
    }
  }
  return found("differs", ours === undefined ? "the catalogue lists none" : "");
}

/**
 * How the file differs from the catalogue, model by model, for the catalogue models it lists: each
 * price it gives otherwise, and the default winner. The catalogue's prices are those in force on
 * `day`; a file's price is dated `fileDate`.
 */
export function differencesFrom(file: PriceFile, fileDate: IsoDate, day: IsoDate): ModelDifference[] {
  const found: ModelDifference[] = [];
  for (const { entry, model, prices } of matchCatalogue(file)) {
    const differences = PRICE_KINDS.flatMap((kind) => {
      const price = prices[kind];
      const difference = price === undefined ? undefined : compare(entry, kind, price, fileDate, day);
      return difference ? [difference] : [];
    });
    if (differences.length === 0) continue;
    found.push({ entry, fileId: model.id, differences, ...defaultWinner(entry, differences, fileDate) });
  }
  return found;
}

/**
 * The rule of which price wins by default: the catalogue where every difference is one of its
 * documented changes or a price it leaves blank on purpose; otherwise the more recent, the file
 * winning a tie (it is the analyst's).
 */
function defaultWinner(
  entry: CatalogueEntry,
  differences: readonly PriceDifference[],
  fileDate: IsoDate,
): { winner: "file" | "catalogue"; because: string } {
  if (differences.every((difference) => CATALOGUE_DECIDES.includes(difference.why))) {
    return { winner: "catalogue", because: "the catalogue documents every difference" };
  }
  return fileDate >= entry.asOf
    ? { winner: "file", because: `the file (${fileDate}) is as recent as the catalogue (${entry.asOf}) or more` }
    : { winner: "catalogue", because: `the catalogue (${entry.asOf}) is more recent than the file (${fileDate})` };
}

/** The analyst's choice for each differing model, by catalogue id; a model not named takes the default. */
export type Choices = Readonly<Record<string, "file" | "catalogue">>;

/**
 * The prices a winning file gives a catalogue model: the file's, and for each price the file lacks
 * the catalogue's, kept in its list proportion to the file's base prices (a cached or batch rate
 * set against the old price follows the new one, the engine's rule for negotiated prices); a model
 * served fine-tuned at its base prices is so at the file's.
 */
function merged(entry: CatalogueEntry, prices: Prices, day: IsoDate): ModelPrices {
  const inForce = pricesOn(entry, day);
  const base = negotiatedPrices(inForce, prices.input ?? inForce.input, prices.output ?? inForce.output);
  const all: Prices = {};
  for (const kind of PRICE_KINDS) {
    const price = prices[kind] ?? base[kind];
    if (price !== undefined) all[kind] = tidy(price);
  }
  if (entry.fineTuning?.servedAtBasePrices) {
    for (const [from, to] of FINE_TUNED) {
      const price = all[from];
      if (price === undefined) delete all[to];
      else all[to] = price;
    }
  }
  return all as ModelPrices;
}

/** The rows of a price sheet, the catalogue models whose file prices won and lost, and the listings set aside. */
export interface WinningRows {
  rows: ImportedModel[];
  taken: ModelDifference[];
  kept: ModelDifference[];
  aside: PriceFile["skipped"];
}

/**
 * The rows a price sheet holds after the analyst's choices: every model of the file the catalogue
 * lacks, as the file prices it, and every catalogue model whose file prices win, under the
 * catalogue's id, with the catalogue's prices where the file gives none (a row replaces the
 * catalogue entry). A catalogue model the file prices alike, or whose catalogue prices win, has no
 * row: the catalogue prices it, schedule and all.
 */
export function winningRows(
  file: PriceFile,
  differences: readonly ModelDifference[],
  choices: Choices,
  day: IsoDate,
): WinningRows {
  const matched = matchCatalogue(file);
  const used = new Set(matched.flatMap((found) => (found.fineTuned ? [found.model, found.fineTuned] : [found.model])));
  const wins = (difference: ModelDifference) => (choices[difference.entry.id] ?? difference.winner) === "file";
  const taken = differences.filter(wins);
  const rows: ImportedModel[] = [];
  const aside: PriceFile["skipped"] = [];
  for (const model of file.models) {
    if (used.has(model)) continue;
    // Another listing of a catalogue model (a dated snapshot, another route to it): a row under
    // its name would replace the catalogue's entry, which the file's own listing is compared with.
    const entry = catalogueEntry(model.id);
    if (entry) aside.push({ id: model.id, reason: SKIP_REASONS.anotherListing(entry.id) });
    else rows.push(model);
  }
  for (const difference of taken) {
    const found = matched.find((candidate) => candidate.entry === difference.entry);
    if (found) {
      rows.push({ id: found.entry.id, provider: found.model.provider, prices: merged(found.entry, found.prices, day) });
    }
  }
  return { rows, taken, kept: differences.filter((difference) => !wins(difference)), aside };
}

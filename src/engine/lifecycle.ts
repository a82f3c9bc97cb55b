/**
 * What a catalogue entry's dates mean on a given day (SPEC 4): whether the model is active,
 * deprecated or retired, whether its fine-tuning can be bought, and which of its scheduled prices
 * is in force. The catalogue stores dates only; every word is computed for the day asked.
 */
import type { IsoDate } from "./calendar";
import type { CatalogueEntry, FineTuningStatus, ModelPrices, ModelStatus, PriceChange } from "./priceCatalogue";

/**
 * The model's status on a day: `retired` from its retirement date on, `deprecated` from its
 * announced deprecation until then, else `active`.
 *
 * @example
 * statusOn({ deprecatedOn: "2026-09-01", retiresOn: "2026-12-01" }, "2026-12-01"); // "retired"
 */
export function statusOn(entry: Pick<CatalogueEntry, "deprecatedOn" | "retiresOn">, day: IsoDate): ModelStatus {
  if (entry.retiresOn !== undefined && day >= entry.retiresOn) return "retired";
  if (entry.deprecatedOn !== undefined && day >= entry.deprecatedOn) return "deprecated";
  return "active";
}

/** A fine-tuning offer on a day, and the day it next changes (blank when none is announced). */
export interface FineTuningOnDay {
  status: FineTuningStatus;
  /**
   * ISO date of the next change: when an open offer starts closing (or closes, where it never
   * closes to new customers first), or when a closing one closes.
   */
  until?: IsoDate;
  /** For a closed offer, the day it closed: its own date, or the model's retirement if that came first. */
  since?: IsoDate;
}

/**
 * Whether fine-tuning of the model can be bought on a day: `offered` to anyone, `closing`
 * (existing customers only) until its date, `closed` from that date or from the model's
 * retirement on, or `not offered`.
 *
 * @example
 * fineTuningOn({ fineTuning: { closingFrom: "2026-05-07", closedFrom: "2027-01-06" } }, "2026-12-05");
 * // { status: "closing", until: "2027-01-06" }
 */
export function fineTuningOn(entry: Pick<CatalogueEntry, "fineTuning" | "retiresOn">, day: IsoDate): FineTuningOnDay {
  const offer = entry.fineTuning;
  if (!offer) return { status: "not offered" };
  const closes = [offer.closedFrom, entry.retiresOn].filter((date): date is string => date !== undefined).sort()[0];
  if (closes !== undefined && day >= closes) return { status: "closed", since: closes };
  if (offer.closingFrom !== undefined && day >= offer.closingFrom) {
    return closes !== undefined ? { status: "closing", until: closes } : { status: "closing" };
  }
  const next = offer.closingFrom ?? closes;
  return next !== undefined ? { status: "offered", until: next } : { status: "offered" };
}

/** How many of the entry's scheduled changes have taken effect by that day. */
export function changesInForce(entry: Pick<CatalogueEntry, "schedule">, day: IsoDate): number {
  let count = 0;
  while (count < entry.schedule.length && entry.schedule[count].from <= day) count++;
  return count;
}

/**
 * The prices in force on a day: the entry's prices with every scheduled change up to that day
 * applied, earliest first.
 *
 * @example
 * pricesOn({ prices: { input: 0.75, output: 3.75 }, schedule: [{ from: "2027-01-01", prices: { input: 1.5, output: 7.5 } }] },
 *   "2027-01-01").input; // 1.5
 */
export function pricesOn(entry: Pick<CatalogueEntry, "prices" | "schedule">, day: IsoDate): ModelPrices {
  const applied = changesInForce(entry, day);
  let prices = entry.prices;
  for (let i = 0; i < applied; i++) prices = { ...prices, ...entry.schedule[i].prices };
  return prices;
}

/** The next price change after that day, where one is announced. */
export function nextPriceChange(entry: Pick<CatalogueEntry, "schedule">, day: IsoDate): PriceChange | undefined {
  return entry.schedule[changesInForce(entry, day)];
}

/**
 * What the pane says under a model question: the date of its prices, its status, its fine-tuning
 * offer on the start date, a retirement within the horizon, and the models it suggests instead.
 */
import { staleClause } from "../sheet/prices";
import {
  addMonths,
  catalogueEntry,
  findModel,
  fineTuningAvailability,
  fineTuningOn,
  isoFromSerial,
  PRICE_CATALOGUE,
  PROVIDER_NAMES,
  statusOn,
  suggestModels,
  type CatalogueEntry,
  type PriceOverrides,
} from "../engine";
import { today } from "../functions/clock";
import { FORMATS } from "../sheet/formats";
import { formatCell } from "../sheet/numberFormat";
import { formatUsd } from "../functions/format";
import { DEFAULT_HORIZON_MONTHS, FIELDS, NO_IMPORTED_PRICES, validateField, type RawAnswer } from "../sheet/answers";

/** The catalogue models the pane offers: the ones active today, so that a new decision is priced on them. */
export function offeredModels(): CatalogueEntry[] {
  const day = today();
  return PRICE_CATALOGUE.filter((entry) => statusOn(entry, day) === "active");
}

/** Whether fine-tuning of a catalogue model can be bought on that day and priced per token, as FT_COMPARE asks. */
function buyable(entry: CatalogueEntry, day: string): boolean {
  const quote = findModel(entry.id, undefined, day);
  return quote !== undefined && fineTuningAvailability(quote, day) === undefined;
}

/** Active models whose fine-tuning can be bought today and is priced per token, open-weight ones first. */
export function fineTunableModels(): CatalogueEntry[] {
  const day = today();
  return offeredModels()
    .filter((entry) => buyable(entry, day))
    .sort((a, b) => Number(b.openWeight) - Number(a.openWeight));
}

/** What the pane says under a model question, and the ids it suggests for a name it does not know. */
export interface ModelNote {
  text: string;
  tone: "info" | "warning";
  suggestions: string[];
}

const STATUS_WORDS = { deprecated: "is deprecated", retired: "was retired" } as const;

/** The start date an answer gives, as an ISO date; today while it is blank or not a date. */
export function startDayOf(raw: RawAnswer | undefined): string {
  const field = FIELDS.find((candidate) => candidate.key === "startDate");
  if (!field || raw === undefined) return today();
  const { value } = validateField(field, raw);
  return typeof value === "number" ? isoFromSerial(value) : today();
}

/** The size the published GPU figures are for: an 8B model on one H100 (ASSUMPTION("decode_tokens_per_second")). */
const PUBLISHED_GPU_BILLIONS = 8;

/** Billions of parameters an open-weight model's name states ("Llama 3.1 70B", "gpt-oss-120b"), where it states them. */
function statedBillions(entry: CatalogueEntry): number | undefined {
  const match = /(\d+(?:\.\d+)?)b\b/i.exec(entry.name);
  return match ? Number(match[1]) : undefined;
}

/**
 * For an open-weight model more than twice the size the published GPU figures are for, a sentence
 * saying that they do not fit it: it needs more GPUs a copy, and generates fewer tokens a second.
 */
function gpuSizeSentence(entry: CatalogueEntry): string {
  const billions = entry.openWeight ? statedBillions(entry) : undefined;
  if (billions === undefined || billions <= 2 * PUBLISHED_GPU_BILLIONS) return "";
  return (
    ` On dedicated GPUs: the published figures are for an ${PUBLISHED_GPU_BILLIONS}B model on one H100; at ` +
    `${billions}B it needs more GPUs a copy and generates fewer tokens a second, so give your own in step 3.`
  );
}

/** A price as its page writes it: whole dollars bare ("$5"), cents with two places ("$0.50", "$1.50"). */
const dollars = (price: number): string =>
  Number.isInteger(price) ? formatUsd(price) : formatCell(price, FORMATS.price);

/** The small model's fine-tuning offer on the start date, in a sentence. */
function offerSentence(entry: CatalogueEntry, day: string): { text: string; buyable: boolean; onGpusOnly?: boolean } {
  const provider = PROVIDER_NAMES[entry.provider] ?? entry.provider;
  const offer = fineTuningOn(entry, day);
  const onGpusOnly = entry.fineTuning?.dedicatedOnly === true;
  const training =
    entry.prices.ft_training !== undefined
      ? ` Training ${dollars(entry.prices.ft_training)} per 1M training tokens.`
      : "";
  const served =
    (onGpusOnly
      ? " It is served on dedicated GPUs only, so only the dedicated GPUs row prices it."
      : entry.fineTuning?.servedAtBasePrices
        ? " Served at the base model's prices."
        : "") + gpuSizeSentence(entry);
  switch (offer.status) {
    case "offered":
      return {
        text: `Fine-tuning: offered by ${provider}${offer.until ? ` (to new customers until ${offer.until})` : ""}.${training}${served}`,
        buyable: buyable(entry, day),
        onGpusOnly,
      };
    case "closing":
      return {
        text: `Fine-tuning: closing. ${provider} takes existing customers only${offer.until ? `, until ${offer.until}` : ""}.${training}${served}`,
        buyable: buyable(entry, day),
        onGpusOnly,
      };
    case "closed":
      return { text: `Fine-tuning: closed. ${provider} no longer fine-tunes it.`, buyable: false };
    case "not offered":
      return { text: `Fine-tuning: not offered. ${provider} sells no fine-tuning of it.`, buyable: false };
  }
}

/**
 * The note under a model question: the date of a catalogue model's prices and, for a deprecated or
 * retired one, when it goes; for the small model, its fine-tuning offer on the start date and, where
 * it cannot be fine-tuned, models that can; where the model retires within the horizon, when and
 * what it costs. For a name the catalogue does not know, the closest ids. Undefined for a blank
 * answer.
 */
export function modelNote(
  name: RawAnswer,
  imported: PriceOverrides = NO_IMPORTED_PRICES,
  importedFrom = "the imported prices",
  context: {
    role: "large" | "small";
    startDate?: RawAnswer;
    /** The horizon as typed: a retirement within it is said; 24 months where it is not a whole number yet. */
    horizonMonths?: RawAnswer;
    ownFineTunedPrices?: boolean;
    /** The imported prices' own date. */
    importedAsOf?: string;
  } = { role: "large" },
): ModelNote | undefined {
  if (typeof name !== "string" || name.trim() === "") return undefined;
  // A catalogue model keeps its status and offer when an imported sheet prices it.
  const entry = catalogueEntry(name);
  const fromSheet = findModel(name, imported)?.fromPriceTable === true;
  const day = startDayOf(context.startDate);
  const dated = context.importedAsOf ? ` as of ${context.importedAsOf}` : "";
  if (!entry && fromSheet) {
    const old = context.importedAsOf && staleClause(context.importedAsOf, day);
    return {
      text: [`Prices from ${importedFrom}${dated}.`, ...(old ? [old] : [])].join(" "),
      tone: old ? "warning" : "info",
      suggestions: [],
    };
  }
  if (!entry) {
    const suggestions = suggestModels(name);
    return {
      text:
        suggestions.length > 0
          ? "Not in the price catalogue. Did you mean one of these? Otherwise give its prices below."
          : "Not in the price catalogue: give its prices below.",
      tone: "warning",
      suggestions,
    };
  }
  const status = statusOn(entry, day);
  const parts = [
    fromSheet
      ? `${entry.name}: prices from ${importedFrom}${dated}.`
      : `${entry.name}: list prices as of ${entry.asOf}.`,
  ];
  let tone: ModelNote["tone"] = "info";
  const asOf = fromSheet ? context.importedAsOf : entry.asOf;
  const old = asOf && staleClause(asOf, day);
  if (old) {
    parts.push(old);
    tone = "warning";
  }
  let suggestions: string[] = [];
  if (status !== "active") {
    const when = entry.retiresOn ? ` (${status === "retired" ? "on" : "retiring"} ${entry.retiresOn})` : "";
    parts.push(
      `It ${STATUS_WORDS[status]}${when}: its prices still compute, but a new decision is better priced on a current model.`,
    );
    tone = "warning";
  }
  const typed = Number(context.horizonMonths);
  const horizon = Number.isInteger(typed) && typed >= 1 ? typed : DEFAULT_HORIZON_MONTHS;
  const horizonEnd = addMonths(day, horizon);
  if (status !== "retired" && entry.retiresOn !== undefined && entry.retiresOn < horizonEnd) {
    parts.push(
      context.role === "small"
        ? `It retires on ${entry.retiresOn}, within the ${horizon}-month horizon: a model fine-tuned on it stops then, and the fine-tuned strategies pay a re-tune (the upfront cost again) in that month.`
        : `It retires on ${entry.retiresOn}, within the ${horizon}-month horizon: its prices are used throughout, as if a successor cost the same.`,
    );
    tone = "warning";
  }
  if (context.role === "small") {
    const offer = offerSentence(entry, day);
    parts.push(offer.text);
    if (!offer.buyable && context.ownFineTunedPrices) {
      parts.push("Your own fine-tuned prices below are used instead: your arrangement, not a catalogue offer.");
    } else if (!offer.buyable) {
      // Fine-tuning on dedicated GPUs alone is still fine-tuning: only the per-token row goes unpriced.
      if (offer.onGpusOnly) {
        parts.push("To weigh fine-tuning served per token too, models offered that way today:");
      } else {
        parts.push("The fine-tuned strategy cannot be priced with it. Models that can be fine-tuned today:");
        tone = "warning";
      }
      suggestions = fineTunableModels()
        .slice(0, 4)
        .map((candidate) => candidate.id);
    }
  }
  return { text: parts.join(" "), tone, suggestions };
}

/**
 * The dates a price file gives its models beside their prices, which the readers leave out:
 * litellm's `deprecation_date` (YYYY-MM-DD; in practice the day the model stops serving, not the
 * day it is announced) and genai-prices' `deprecated: true`. `npm run prices:check` compares them
 * with the catalogue's retirement and deprecation dates, and reads them to tell a current model the
 * catalogue lacks from an old one. Pure: no DOM, no I/O.
 */
import { readIsoDate, statusOn, type CatalogueEntry, type IsoDate } from "../engine";
import { isRecord, type PriceFileFormat } from "./priceFile";

/** What a file says of a model's end, where it says anything. */
export interface FileDates {
  /** litellm's `deprecation_date`: the model's end of life. */
  endsOn?: IsoDate;
  /** genai-prices' `deprecated: true`. */
  deprecated?: boolean;
}

/**
 * The dates of each model of a parsed price file, by the file's model id as the readers give it
 * (litellm: the key; genai-prices: `<provider id>/<model id>`). A model with none, or with a date
 * that is no calendar day, is not in the map; a CSV gives none.
 *
 * @example
 * readFileDates({ "gpt-x": { mode: "chat", deprecation_date: "2026-12-11" } }, "litellm");
 * // Map { "gpt-x" => { endsOn: "2026-12-11" } }
 */
export function readFileDates(data: unknown, format: PriceFileFormat): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  if (format === "litellm" && isRecord(data)) {
    for (const [key, entry] of Object.entries(data)) {
      // litellm's field guide describes deprecation_date in words: no model, no date.
      if (!isRecord(entry) || typeof entry.deprecation_date !== "string") continue;
      const endsOn = readIsoDate(entry.deprecation_date);
      if (endsOn !== undefined) dates.set(key, { endsOn });
    }
  }
  if (format === "genai-prices" && Array.isArray(data)) {
    for (const provider of data) {
      if (!isRecord(provider) || !Array.isArray(provider.models)) continue;
      for (const model of provider.models) {
        if (isRecord(model) && model.deprecated === true) dates.set(`${provider.id}/${model.id}`, { deprecated: true });
      }
    }
  }
  return dates;
}

/** A date of a catalogue model the file gives otherwise. */
export interface DateDifference {
  /** `retires on`: litellm's end-of-life date; `deprecation`: genai-prices' flag. */
  kind: "retires on" | "deprecation";
  /** The catalogue's word for it: `2027-01-14 (deprecated 2026-09-11)`, `none`, `active`. */
  catalogue: string;
  /** The file's: its date, or `deprecated`. */
  file: string;
}

/**
 * How the file's dates for a catalogue model differ from the catalogue's, on `day`. litellm's
 * `deprecation_date` agrees when it is the entry's retirement or its deprecation date (litellm
 * uses the field for either); genai-prices' `deprecated` agrees when the catalogue calls the model
 * deprecated or retired on `day`. A file that says nothing contradicts nothing.
 *
 * @example
 * dateDifferences({ deprecatedOn: "2026-09-11", retiresOn: "2027-01-14" }, { endsOn: "2026-10-14" }, "2026-12-06");
 * // [{ kind: "retires on", catalogue: "2027-01-14 (deprecated 2026-09-11)", file: "2026-10-14" }]
 */
export function dateDifferences(
  entry: Pick<CatalogueEntry, "deprecatedOn" | "retiresOn">,
  dates: FileDates | undefined,
  day: IsoDate,
): DateDifference[] {
  const found: DateDifference[] = [];
  const { endsOn, deprecated } = dates ?? {};
  if (endsOn !== undefined && endsOn !== entry.retiresOn && endsOn !== entry.deprecatedOn) {
    const deprecation = entry.deprecatedOn === undefined ? "" : ` (deprecated ${entry.deprecatedOn})`;
    found.push({ kind: "retires on", catalogue: `${entry.retiresOn ?? "none"}${deprecation}`, file: endsOn });
  }
  if (deprecated === true && statusOn(entry, day) === "active") {
    const announced = entry.deprecatedOn === undefined ? "" : ` (deprecated from ${entry.deprecatedOn})`;
    found.push({ kind: "deprecation", catalogue: `active${announced}`, file: "deprecated" });
  }
  return found;
}

const FINE_TUNED = /(^|\/)ft:/;

/** A fine-tuned model's id, as litellm (`ft:gpt-4o-2024-08-06`) and genai-prices (`openai/ft:gpt-4o`) write it. */
export const isFineTunedId = (id: string): boolean => FINE_TUNED.test(id);

/** The id of a fine-tuned model's base model: `openai/ft:gpt-4o` gives `openai/gpt-4o`. */
export const withoutFineTuning = (id: string): string => id.replace(FINE_TUNED, "$1");

/** The year of the dated snapshot an id names (`-2024-08-06`, `-20240229`), if it names one. */
export function snapshotYear(id: string): number | undefined {
  const match = /(?:^|[^0-9])(20\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(id);
  return match ? Number(match[1]) : undefined;
}

const SNAPSHOT_SUFFIX = /[-_@]20\d\d-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])$/;

/**
 * A model's name without its provider path and its snapshot date, lower case: the name its
 * regional deployments and dated snapshots share (`azure/eu/gpt-5.1-chat` and
 * `azure/gpt-5.1-chat-2025-11-13` both give `gpt-5.1-chat`).
 */
export const undatedName = (id: string): string =>
  id
    .slice(id.lastIndexOf("/") + 1)
    .toLowerCase()
    .replace(SNAPSHOT_SUFFIX, "");

/**
 * Whether a model the catalogue lacks looks current on the file's date: not a fine-tuned model,
 * not a dated snapshot older than the year before the file's, not past its `deprecation_date`, and
 * not marked deprecated.
 *
 * @example
 * looksCurrent("gpt-4-turbo-2024-04-09", undefined, "2026-07-24"); // false: a 2024 snapshot
 */
export function looksCurrent(id: string, dates: FileDates | undefined, fileDate: IsoDate): boolean {
  const year = snapshotYear(id);
  if (isFineTunedId(id) || (year !== undefined && year < Number(fileDate.slice(0, 4)) - 1)) return false;
  if (dates?.endsOn !== undefined && dates.endsOn <= fileDate) return false;
  return dates?.deprecated !== true;
}

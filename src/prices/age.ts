/**
 * How old prices are on a day: prices read more than {@link STALE_AFTER_DAYS} days before the
 * start date are flagged in the pane and beside the written inputs (SPEC 5). Pure.
 */
import { serialFromIso, type IsoDate } from "../engine";

/** Prices older than this many days at the start date are flagged. */
export const STALE_AFTER_DAYS = 90;

/** Days from the day prices were read to a later day (negative when the prices are dated after it). */
export const daysOld = (asOf: IsoDate, on: IsoDate): number => serialFromIso(on) - serialFromIso(asOf);

/**
 * Today, as the functions read it: the computer's calendar day at calculation, as Excel's TODAY()
 * gives it. The one place the functions read the clock, so that a test can fix it.
 */
import { isoOfDay, serialFromIso, type IsoDate } from "../engine";

let day: IsoDate = "";
/** The moment (ms since 1970) the cached day ends: a broadcast asks once a cell and reads the clock only. */
let dayEnds = -Infinity;

/** Today's ISO date in the computer's time zone. */
export function today(): IsoDate {
  const now = Date.now();
  if (now >= dayEnds || now < dayEnds - 86_400_000) {
    const date = new Date(now);
    day = isoOfDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
    dayEnds = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }
  return day;
}

/** Today's Excel date serial. */
export function todaySerial(): number {
  return serialFromIso(today());
}

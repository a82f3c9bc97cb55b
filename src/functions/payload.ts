/**
 * What a result costs to hand back to Excel. A Microsoft engineer gives 5 MB as the cap on a custom
 * function's payload, its arguments and its result together (office-js issue 4654; Microsoft
 * documents 5 MB only for Excel on the web's API requests). The result may take at most half of it,
 * leaving the rest to the arguments (SPEC 3.8): its size is estimated as the JSON the runtime
 * exchanges, each cell as Excel's adapter returns it (a CustomFunctions.Error as its code and
 * message).
 */
import { ExcelError, type Cell } from "./excelError";

/** The most one result may take, in bytes of JSON: half the 5 MB a formula's payload can be. */
export const MAX_RESULT_PAYLOAD_BYTES = 2_500_000;

/** Numbers measured one by one when a result is estimated; the rest are taken at their mean. */
const SAMPLED_NUMBERS = 1_000;

/** JSON characters of a cell that is not a number, as Excel's adapter returns it. */
function otherLength(cell: Cell): number {
  // An error as CustomFunctions.Error serializes: {"code":"#N/A"} or {"code":"#N/A","message":"..."}.
  if (cell instanceof ExcelError) {
    return 11 + cell.code.length + (cell.message ? 11 + JSON.stringify(cell.message).length : 0);
  }
  return JSON.stringify(cell).length;
}

/**
 * The result's JSON length in bytes (its characters; the messages' few non-ASCII characters are
 * counted once). Every cell that is not a number is measured; of the numbers, about SAMPLED_NUMBERS
 * stand for all, unless `exact` measures every one. Which cells are sampled is scattered by a
 * multiplicative hash of their place, so that no pattern of the result (a column of long numbers, an
 * error every third row) lines up with the sample.
 */
export function payloadBytes(result: readonly (readonly Cell[])[], exact = false): number {
  // A result is rectangular: its rows are as long as its first.
  const columns = result[0]?.length ?? 0;
  // A cell is sampled where the hash of its place falls below this share of its 2^32 values.
  const below = exact ? Infinity : (2 ** 32 * SAMPLED_NUMBERS) / (result.length * columns || 1);
  // The brackets of the result and of each row, and the commas between cells and rows.
  let bytes = 1 + result.length * (columns + 2);
  let numbers = 0;
  let measured = 0;
  let measuredCharacters = 0;
  let at = 0;
  for (const row of result) {
    for (let c = 0; c < columns; c++, at++) {
      const cell = row[c];
      if (typeof cell !== "number") bytes += otherLength(cell);
      else {
        numbers += 1;
        // The first number always, so that a few numbers among errors are never counted as none.
        if (Math.imul(at, 0x9e3779b1) >>> 0 < below || measured === 0) {
          measured += 1;
          measuredCharacters += String(cell).length;
        }
      }
    }
  }
  return bytes + Math.round((numbers * measuredCharacters) / Math.max(1, measured));
}

/**
 * Results of at most this many cells are under the budget unmeasured: even all errors, each at its
 * longest code, with the messages a broadcast keeps (at most 500,000 characters, every one escaped),
 * they take under 1.8 MB; no table function spills as many.
 */
const UNMEASURED_CELLS = 20_000;

/**
 * The result's payload in bytes where it exceeds the budget, undefined where it does not. Near the
 * budget (within a tenth of it) every number is measured, so that a result is never refused, or let
 * through, on a sample's error.
 */
export function payloadOver(result: readonly (readonly Cell[])[]): number | undefined {
  if (result.length * (result[0]?.length ?? 0) <= UNMEASURED_CELLS) return undefined;
  let bytes = payloadBytes(result);
  if (Math.abs(bytes - MAX_RESULT_PAYLOAD_BYTES) <= MAX_RESULT_PAYLOAD_BYTES / 10) bytes = payloadBytes(result, true);
  return bytes > MAX_RESULT_PAYLOAD_BYTES ? bytes : undefined;
}

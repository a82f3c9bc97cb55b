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

/** What that leaves a formula's arguments, in bytes of JSON: the other half. */
export const MAX_ARGUMENTS_PAYLOAD_BYTES = 5_000_000 - MAX_RESULT_PAYLOAD_BYTES;

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

/** The golden ratio's fraction: k times it, modulo 1, scatters the sampled places evenly (a Weyl sequence). */
const SCATTER = (Math.sqrt(5) - 1) / 2;

/**
 * The result's JSON length in bytes (its characters; the messages' few non-ASCII characters are
 * counted once). Every cell that is not a number is measured; of the numbers, about SAMPLED_NUMBERS
 * stand for all, unless `exact` measures every one. The sampled places are scattered over the whole
 * result by the golden ratio, so that no pattern of the result (a column of long numbers, an error
 * every third row) lines up with the sample; the pass over every cell only asks whether it is a
 * number, so that the estimate costs a small share of the broadcast that made the result.
 */
export function payloadBytes(result: readonly (readonly Cell[])[], exact = false): number {
  // A result is rectangular: its rows are as long as its first.
  const rows = result.length;
  const columns = result[0]?.length ?? 0;
  // The brackets of the result and of each row, and the commas between cells and rows.
  let bytes = 1 + rows * (columns + 2);
  let numbers = 0;
  // The rows by for...of: indexed (result[r]) over a 100,000-row result, this pass measured the
  // broadcast that calls it 60 % slower in V8 (FT_BREAKEVEN, 120 against 200 ns a cell).
  for (const row of result) {
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell === "number") numbers += 1;
      else bytes += otherLength(cell);
    }
  }
  if (numbers === 0) return bytes;
  if (!exact && numbers > SAMPLED_NUMBERS) {
    const cells = rows * columns;
    let measured = 0;
    let characters = 0;
    // Numbers are most of the result here; a result where the sample finds none is measured whole.
    for (let k = 1; k <= 4 * SAMPLED_NUMBERS && measured < SAMPLED_NUMBERS; k++) {
      const at = Math.floor(((k * SCATTER) % 1) * cells);
      const cell = result[Math.floor(at / columns)][at % columns];
      if (typeof cell === "number") {
        measured += 1;
        characters += String(cell).length;
      }
    }
    if (measured > 0) return bytes + Math.round((numbers * characters) / measured);
  }
  for (const row of result) {
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell === "number") bytes += String(cell).length;
    }
  }
  return bytes;
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

/**
 * The columns the analyst maps in a CSV of another shape, and the key under which the pane
 * remembers a mapping for the next file of the same shape.
 */

/** Which header of a CSV holds each column of a usage log; the three first are needed. */
export interface ColumnMapping {
  date: string;
  inputTokens: string;
  outputTokens: string;
  model?: string;
  /** Requests of each row, for a file of periods; left out, each row is one request. */
  requests?: string;
  cachedInputTokens?: string;
}

/** One column the pane asks the analyst to map: what it holds, in words, and whether it is needed. */
export interface MappingRole {
  role: keyof ColumnMapping;
  label: string;
  required: boolean;
}

/** The columns of a mapping, in the order the pane asks for them. */
export const MAPPING_ROLES: readonly MappingRole[] = [
  { role: "date", label: "the date", required: true },
  { role: "inputTokens", label: "input tokens", required: true },
  { role: "outputTokens", label: "output tokens", required: true },
  { role: "model", label: "the model", required: false },
  { role: "requests", label: "requests", required: false },
  { role: "cachedInputTokens", label: "cached input tokens", required: false },
];

/** Characters no header shows: C0 controls, DEL and a byte-order mark. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\ufeff]/g;

/** A header as headers are compared: no control characters, single spaces, trimmed, lower case. */
export function normaliseHeader(header: string): string {
  return header.replace(CONTROL, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** What separates headers in a signature: a control character, which no normalised header holds. */
const SIGNATURE_SEPARATOR = "\u001f";

/**
 * The key of a CSV's shape: its headers normalised (trimmed, lower case, single spaces) and sorted,
 * joined. Two exports of one tool give one key whatever the order of their columns, so that a
 * mapping remembered for one applies to the next (a mapping names headers, not positions).
 *
 * @example
 * headerSignature([" Day", "Prompt tokens", "Completion  Tokens"]) === headerSignature(["completion tokens", "day", "prompt tokens"]);
 * // true
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).sort().join(SIGNATURE_SEPARATOR);
}

/**
 * A CSV in the price_table column order (model, input, output, then the optional prices), US
 * dollars per 1M tokens; a header row is recognised and skipped, a repeated model is skipped.
 */
import { PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, readIsoDate, type PriceKind } from "../engine";
import { firstOfEach } from "./overrides";
import {
  type ImportedModel,
  PRICE_FILE_MESSAGES,
  type PriceFile,
  type Prices,
  SKIP_REASONS,
  offered,
  refuseIfNothingTaken,
  TOKENS,
  PER_HOUR,
  PER_MTOK,
} from "./priceFile";

interface CsvRecord {
  /** The line the record starts on, 1-based. */
  line: number;
  cells: string[];
}

/** Splits CSV text into records: commas between fields, quoted fields with commas, line breaks and "". */
function csvRecords(text: string, fileName: string): CsvRecord[] | { error: string } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      records.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = "";
      start = ++line;
    } else cell += char;
  }
  if (quoted) return { error: PRICE_FILE_MESSAGES.csvUnclosedQuote(fileName, start) };
  records.push({ line: start, cells: [...cells, cell] });
  return records;
}

/** A number written with a decimal point, as a CSV holds one: "2.5", "0.075", "1e-3". */
function csvNumber(cell: string): number | undefined {
  const text = cell.trim();
  return /^\+?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : undefined;
}

const expectedIn = (kind: PriceKind): string =>
  kind === "long_context_threshold" ? TOKENS : kind === "ft_hosting_hour" || kind === "gpu_hour" ? PER_HOUR : PER_MTOK;

/** A cell as a message shows what was found, cut short past 40 characters. */
function describeCell(cell: string): string {
  const text = cell.trim();
  if (text === "") return "a blank cell";
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** A row left out for a cell that is no price: why, and the message a file of no other rows is refused with. */
interface BadRow {
  id: string;
  reason: string;
  refusal: string;
}

/** The first cell of a row that gives the file's date: "as of" or "prices as of". */
const AS_OF_LABEL = /^\s*(prices )?as of\s*$/i;

export function readCsv(text: string, fileName: string): PriceFile | { error: string } {
  const records = csvRecords(text.replace(/^\uFEFF/, ""), fileName);
  if (!Array.isArray(records)) return records;
  const rows = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  // The file's own date, where a first row says it: "as of,2026-11-30" (unreadable: asked for).
  const dated = rows[0] && AS_OF_LABEL.test(rows[0].cells[0]) ? rows.shift() : undefined;
  const asOf = dated && readIsoDate(dated.cells[1] ?? "");
  // A header's input cell is text that is no number.
  const first = rows[0]?.cells[1];
  if (first !== undefined && first.trim() !== "" && csvNumber(first) === undefined) rows.shift();
  if (rows.length === 0) return { error: PRICE_FILE_MESSAGES.csvNoRows(fileName) };

  const read: (ImportedModel & { line: number })[] = [];
  const skipped: (PriceFile["skipped"][number] & { line: number })[] = [];
  let firstBad: string | undefined;
  for (const { line, cells } of rows) {
    const row = csvRow(cells, line, fileName);
    if ("error" in row) return row;
    if ("refusal" in row) {
      skipped.push({ id: row.id, reason: row.reason, line });
      firstBad ??= row.refusal;
    } else read.push({ ...row, line });
  }
  // A model listed twice: the first row wins, as in a price_table (the one rule, prices/overrides).
  const { kept, repeated } = firstOfEach(read);
  for (const { row, first } of repeated) {
    skipped.push({ id: row.id, reason: SKIP_REASONS.repeated(first.line), line: row.line });
  }
  const file: PriceFile = {
    format: "csv",
    fileName,
    models: kept.map(({ line: _, ...model }) => model),
    skipped: skipped.sort((a, b) => a.line - b.line).map(({ line: _, ...skip }) => skip),
    ...(asOf ? { asOf } : {}),
  };
  return refuseIfNothingTaken(file, firstBad);
}

/**
 * A row as a model; a row with a cell that is no price ≥ 0 (or no number of tokens ≥ 0), as a row
 * left out; a row with no model, too few columns or cells beyond the table refuses the file.
 */
function csvRow(cells: string[], line: number, fileName: string): ImportedModel | BadRow | { error: string } {
  const width = PRICE_TABLE_COLUMNS.length;
  // Spreadsheets pad rows with empty cells: those past the table are ignored, anything else is not.
  const beyond = cells.findIndex((cell, i) => i >= width && cell.trim() !== "");
  if (beyond >= 0) {
    const message = PRICE_FILE_MESSAGES.csvCell(fileName, line, beyond + 1, "nothing", describeCell(cells[beyond]));
    return { error: message };
  }
  const used = cells.length > width ? cells.slice(0, width) : cells;
  if (used.length < 3) return { error: PRICE_FILE_MESSAGES.csvTooFewColumns(fileName, line, used.length) };
  const id = used[0].trim();
  if (id === "") return { error: PRICE_FILE_MESSAGES.csvCell(fileName, line, 1, "a model id", "a blank cell") };

  const prices: Prices = {};
  for (let c = 1; c < used.length; c++) {
    const kind = PRICE_TABLE_KINDS[c - 1];
    if (c > 2 && used[c].trim() === "") continue;
    const value = csvNumber(used[c]);
    if (value === undefined || !Number.isFinite(value)) {
      const found = describeCell(used[c]);
      const reason = kind === "long_context_threshold" ? SKIP_REASONS.badTokens : SKIP_REASONS.badPrice;
      return {
        id,
        reason: reason(`${PRICE_TABLE_COLUMNS[c]} on line ${line}`, found),
        refusal: PRICE_FILE_MESSAGES.csvCell(fileName, line, c + 1, expectedIn(kind), found),
      };
    }
    prices[kind] = value;
  }
  return { id, provider: "", prices: offered(prices.input as number, prices.output as number, prices) };
}

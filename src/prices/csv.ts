/**
 * A CSV in the price_table column order (model, input, output, then the optional prices), US
 * dollars per 1M tokens; a header row is recognised and skipped, a repeated model is skipped.
 */
import { PRICE_TABLE_COLUMNS, PRICE_TABLE_KINDS, type PriceKind } from "../engine";
import { firstOfEach } from "./overrides";
import {
  type ImportedModel,
  PRICE_FILE_MESSAGES,
  type PriceFile,
  type Prices,
  SKIP_REASONS,
  offered,
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
  kind === "long_context_threshold" ? TOKENS : kind === "ft_hosting_hour" ? PER_HOUR : PER_MTOK;

const describeCell = (cell: string): string => (cell.trim() === "" ? "a blank cell" : JSON.stringify(cell.trim()));

export function readCsv(text: string, fileName: string): PriceFile | { error: string } {
  const records = csvRecords(text.replace(/^\uFEFF/, ""), fileName);
  if (!Array.isArray(records)) return records;
  const rows = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  // A header's input cell is text that is no number.
  const first = rows[0]?.cells[1];
  if (first !== undefined && first.trim() !== "" && csvNumber(first) === undefined) rows.shift();
  if (rows.length === 0) return { error: PRICE_FILE_MESSAGES.csvNoRows(fileName) };

  const read: (ImportedModel & { line: number })[] = [];
  for (const { line, cells } of rows) {
    const row = csvRow(cells, line, fileName);
    if ("error" in row) return row;
    read.push({ ...row, line });
  }
  // A model listed twice: the first row wins, as in a price_table (the one rule, prices/overrides).
  const { kept, repeated } = firstOfEach(read);
  return {
    format: "csv",
    fileName,
    models: kept.map(({ line: _, ...model }) => model),
    skipped: repeated.map(({ row, first }) => ({ id: row.id, reason: SKIP_REASONS.repeated(first.line) })),
  };
}

function csvRow(cells: string[], line: number, fileName: string): ImportedModel | { error: string } {
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
      return { error: PRICE_FILE_MESSAGES.csvCell(fileName, line, c + 1, expectedIn(kind), describeCell(used[c])) };
    }
    prices[kind] = value;
  }
  return { id, provider: "", prices: offered(prices.input as number, prices.output as number, prices) };
}

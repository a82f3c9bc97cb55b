/**
 * CSV read as it arrives, chunk by chunk: commas between fields; a field in double quotes may hold
 * commas, line breaks and a quote written twice (""); records end at LF, CRLF or CR. Only the
 * record a chunk ends inside is kept between chunks. A record is handed over as offsets into the
 * text it lies in, so that reading its cells allocates nothing unless a cell is asked for as text.
 */
import { MAX_CSV_CELLS, MAX_ENTRY_MB, USAGE_MESSAGES } from "./messages";
import { dateIn, numberIn } from "./values";

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * One record, valid until the next is read: its cells as [start, end) offsets into `text`. A quoted
 * cell that is not a plain slice of the text (a quote written twice, or text after its closing
 * quote) has a tail: its text is text[start, end) with "" read as ", then text[end + 1, tail).
 * Such a cell is only rewritten when it is asked for, so the cells no column reads cost nothing.
 */
export class CsvRecord {
  text = "";
  /** The line the record starts on, 1-based. */
  line = 1;
  count = 0;
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  /** Where each cell's tail ends; −1 for a cell that is a plain slice. */
  tails = new Int32Array(32);
  /** Line breaks the record took, its own end included. */
  breaks = 0;
}

/** True when a cell of the record is text[starts[cell], ends[cell]) as it stands. */
export function cellIsSlice(record: CsvRecord, cell: number): boolean {
  return cell < record.count && record.tails[cell] < 0;
}

/** The text of a cell, "" past the record's last cell. */
export function cellText(record: CsvRecord, cell: number): string {
  if (cell >= record.count) return "";
  const { text } = record;
  const start = record.starts[cell];
  const end = record.ends[cell];
  const tail = record.tails[cell];
  return tail < 0 ? text.slice(start, end) : text.slice(start, end).replace(/""/g, '"') + text.slice(end + 1, tail);
}

/** A cell read in place by `read` where it is a plain slice, else its text read. */
function cellValue(record: CsvRecord, cell: number, read: typeof numberIn): number {
  if (cellIsSlice(record, cell)) return read(record.text, record.starts[cell], record.ends[cell]);
  const text = cellText(record, cell);
  return read(text, 0, text.length);
}

/** A cell read by {@link numberIn}: a blank past the record's last cell. */
export function cellNumber(record: CsvRecord, cell: number): number {
  return cellValue(record, cell, numberIn);
}

/** A cell read by {@link dateIn}: a blank past the record's last cell. */
export function cellDate(record: CsvRecord, cell: number): number {
  return cellValue(record, cell, dateIn);
}

/** True when text[start, end) holds nothing but spaces. */
function spacesOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > SPACE) return false;
  return true;
}

/** A blank line, or a row of empty cells as spreadsheets pad a sheet with: not a row of data. */
function recordBlank(record: CsvRecord): boolean {
  const { text, starts, ends, tails } = record;
  for (let cell = 0; cell < record.count; cell++) {
    // A quote written twice is a character, so a cell with a tail is blank only where its parts are.
    if (!spacesOnly(text, starts[cell], ends[cell])) return false;
    if (tails[cell] >= 0 && !spacesOnly(text, ends[cell] + 1, tails[cell])) return false;
  }
  return true;
}

/** The offset of the first comma or line break in text[from, limit), or `limit`. */
function fieldEnd(text: string, from: number, limit: number): number {
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === COMMA || c === LF || c === CR) return p;
  }
  return limit;
}

/** A copy of `values` twice as long. */
function doubled(values: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(values.length * 2);
  next.set(values);
  return next;
}

/**
 * Reads one record from text[start, limit) into `record`: the offset after its end (after the
 * line break, or `limit` where the text ends), or −1 where the record does not end before `limit`
 * (its end may be in the next chunk; with `final`, the text's end ends it unless a quote is open).
 * Cells past {@link MAX_CSV_CELLS} are read into one spare slot after the last kept, and not counted.
 */
function readRecord(text: string, start: number, limit: number, final: boolean, record: CsvRecord): number {
  let p = start;
  let count = 0;
  let breaks = 0;
  for (;;) {
    if (count === record.starts.length) {
      record.starts = doubled(record.starts);
      record.ends = doubled(record.ends);
      record.tails = doubled(record.tails);
    }
    if (p < limit && text.charCodeAt(p) === QUOTE) {
      const from = p + 1;
      let q = from;
      let escaped = false;
      for (;;) {
        for (; q < limit; q++) {
          const c = text.charCodeAt(q);
          if (c === QUOTE) break;
          if (c === LF) breaks++;
        }
        if (q >= limit) return -1;
        if (q + 1 < limit) {
          if (text.charCodeAt(q + 1) !== QUOTE) break;
          escaped = true;
          q += 2;
        } else if (final) break;
        else return -1;
      }
      p = fieldEnd(text, q + 1, limit);
      if (p >= limit && !final) return -1;
      record.starts[count] = from;
      record.ends[count] = q;
      record.tails[count] = escaped || p > q + 1 ? p : -1;
    } else {
      const from = p;
      p = fieldEnd(text, p, limit);
      if (p >= limit && !final) return -1;
      record.starts[count] = from;
      record.ends[count] = p;
      record.tails[count] = -1;
    }
    if (count < MAX_CSV_CELLS) count++;
    if (p >= limit) {
      record.count = count;
      record.breaks = breaks;
      return limit;
    }
    const c = text.charCodeAt(p);
    if (c === COMMA) {
      p++;
      continue;
    }
    record.count = count;
    record.breaks = breaks + 1;
    return c === CR && p + 1 < limit && text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
  }
}

/**
 * Splits CSV text given in chunks into records and hands each record that is not blank to `sink`,
 * which may stop the reading by returning a message. A record that runs past its chunk is kept as
 * its pieces, and the chunks after it are only scanned for its end, so a record of 50 MB costs its
 * length and not its length times its chunks.
 */
export class CsvSplitter {
  private readonly record = new CsvRecord();
  /** The line the next record starts on. */
  private line: number;
  /** The pieces of a record begun in an earlier chunk, and where the scan for its end stands. */
  private pending: string[] | undefined;
  private pendingChars = 0;
  private quoted = false;
  private quoteSeen = false;
  private fieldStart = true;
  /** The last record ended on a CR that ended its chunk: an LF starting the next one belongs to it. */
  private skipLF = false;
  private error: string | undefined;

  constructor(
    private readonly fileName: string,
    private readonly sink: (record: CsvRecord) => string | undefined,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** Reads a chunk; a message where the file is refused (and every later chunk is ignored). */
  push(chunk: string): string | undefined {
    if (this.error !== undefined || chunk.length === 0) return this.error;
    let pos = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (chunk.charCodeAt(0) === LF) pos = 1;
    }
    if (this.pending) {
      const end = this.scanForEnd(chunk);
      if (end < 0) {
        this.pending.push(chunk);
        this.pendingChars += chunk.length;
        if (this.pendingChars > MAX_ENTRY_MB * 1024 * 1024) {
          this.error = USAGE_MESSAGES.entryTooLarge(this.fileName, this.line);
        }
        return this.error;
      }
      const text = this.pending.join("") + chunk.slice(0, end);
      this.pending = undefined;
      readRecord(text, 0, text.length, true, this.record);
      if (this.emit(text) !== undefined) return this.error;
      pos = end;
      if (end === chunk.length && chunk.charCodeAt(end - 1) === CR) this.skipLF = true;
    }
    while (pos < chunk.length) {
      const end = readRecord(chunk, pos, chunk.length, false, this.record);
      if (end < 0) {
        const rest = chunk.slice(pos);
        this.pending = [rest];
        this.pendingChars = rest.length;
        this.quoted = false;
        this.quoteSeen = false;
        this.fieldStart = true;
        this.scanForEnd(rest);
        break;
      }
      if (this.emit(chunk) !== undefined) return this.error;
      pos = end;
      if (end === chunk.length && chunk.charCodeAt(end - 1) === CR) this.skipLF = true;
    }
    return this.error;
  }

  /** Reads the record the file ends inside, if any; a message where the file is refused. */
  end(): string | undefined {
    if (this.error !== undefined || !this.pending) return this.error;
    const text = this.pending.join("");
    this.pending = undefined;
    if (readRecord(text, 0, text.length, true, this.record) < 0) {
      this.error = USAGE_MESSAGES.unclosedQuote(this.fileName, this.line);
      return this.error;
    }
    return this.emit(text);
  }

  private emit(text: string): string | undefined {
    const record = this.record;
    record.text = text;
    record.line = this.line;
    this.line += record.breaks;
    if (!recordBlank(record)) this.error = this.sink(record);
    return this.error;
  }

  /**
   * Scans a chunk for the end of the pending record, going on from where the last chunk left the
   * scan: the offset after the record's line break, or −1 where the record goes on past the chunk.
   */
  private scanForEnd(chunk: string): number {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            i++;
            continue;
          }
          this.quoted = false;
          continue;
        }
        const quote = chunk.indexOf('"', i);
        if (quote < 0) return -1;
        i = quote + 1;
        this.quoteSeen = true;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE && this.fieldStart) {
        this.quoted = true;
        this.fieldStart = false;
      } else if (c === COMMA) this.fieldStart = true;
      else if (c === LF) return i + 1;
      else if (c === CR) return i + 1 < n && chunk.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      else this.fieldStart = false;
      i++;
    }
    return -1;
  }
}

/**
 * The headers of a CSV: the cells of its first line that is not blank, trimmed, for the pane to
 * offer when the analyst maps columns. Give it the file's first chunk (or its whole text); [] where
 * the first line opens a quote it does not close.
 *
 * @example
 * csvHeaders('\uFEFFDay,"Prompt tokens",Completion tokens\r\n2026-11-03,1200,300\r\n');
 * // ["Day", "Prompt tokens", "Completion tokens"]
 */
export function csvHeaders(firstChunkOrText: string): string[] {
  let headers: string[] | undefined;
  const splitter = new CsvSplitter("", (record) => {
    headers ??= Array.from({ length: record.count }, (_, cell) => cellText(record, cell).trim());
    return "";
  });
  const text = firstChunkOrText.charCodeAt(0) === 0xfeff ? firstChunkOrText.slice(1) : firstChunkOrText;
  splitter.push(text);
  if (!headers) splitter.end();
  return headers ?? [];
}

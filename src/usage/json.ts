/**
 * JSON read as it arrives, chunk by chunk, for the entries a usage file lists: each object of a
 * top-level list (or each top-level object, as in JSON Lines), except that an object holding a
 * `"data"` list (a page of OpenAI's Usage API, or a paginated LiteLLM answer) gives the objects of
 * that list instead. Only the text of the entry being read is kept, and each entry is parsed alone
 * once its closing brace arrives. Strings are skipped with their escapes wherever a chunk cuts them.
 */
import { MAX_ENTRY_MB, MAX_JSON_DEPTH, USAGE_MESSAGES } from "./messages";

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const COMMA = 44;
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;

const OBJECT = 1;
const LIST = 2;

/** The key whose list holds a page's entries. */
const DATA = "data";

/** Where the scanner hands what it finds: each entry's text and line, and values that are no object. */
export interface JsonSink {
  /** An entry's text; a message to refuse the file. */
  entry(text: string, line: number): string | undefined;
  /** A value where an entry was expected (a number, a text, a list); a message to refuse the file. */
  stray(line: number): string | undefined;
}

/** Splits JSON text given in chunks into the entries of a usage file (see the module's description). */
export class JsonScanner {
  private readonly kinds = new Uint8Array(MAX_JSON_DEPTH + 1);
  private depth = 0;
  private line: number;
  private inString = false;
  private escaped = false;
  /** The depth whose values are entries: 0 (top-level values), 1 (a top-level list), or a data list's. */
  private listDepth = 0;
  /** The list depth to return to when a data list closes; −1 outside one. */
  private outerListDepth = -1;
  /** A value at the list depth that is no object, already reported. */
  private strayOpen = false;
  /** The entry being read: the depth inside its braces (−1 outside one), its line, and its text so far. */
  private entryDepth = -1;
  private entryLine = 0;
  private entryFrom = 0;
  private pieces: string[] = [];
  private piecesChars = 0;
  /** The entry may turn out to be a page: a top-level value or an element of the top-level list. */
  private candidate = false;
  private expectKey = false;
  private inKey = false;
  private keyMatched = 0;
  private keyIsData = false;
  private error: string | undefined;

  constructor(
    private readonly fileName: string,
    private readonly sink: JsonSink,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** Reads a chunk; a message where the file is refused (and every later chunk is ignored). */
  push(chunk: string): string | undefined {
    if (this.error !== undefined) return this.error;
    const n = chunk.length;
    let i = 0;
    let backslashAt = -2;
    if (this.entryDepth >= 0) this.entryFrom = 0;
    while (i < n && this.error === undefined) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          this.inKey = false;
          i++;
          continue;
        }
        if (this.inKey) {
          i = this.readKey(chunk, i);
          continue;
        }
        // Jump to the next quote; a backslash before it escapes the character after it.
        const quote = chunk.indexOf('"', i);
        if (backslashAt < i && backslashAt !== -1) backslashAt = chunk.indexOf("\\", i);
        if (backslashAt >= 0 && (quote < 0 || backslashAt < quote)) {
          i = backslashAt + 1;
          this.escaped = true;
          continue;
        }
        if (quote < 0) break;
        this.inString = false;
        i = quote + 1;
        continue;
      }
      this.step(chunk, i);
      i++;
    }
    if (this.error === undefined && this.entryDepth >= 0) {
      const piece = chunk.slice(this.entryFrom);
      this.pieces.push(piece);
      this.piecesChars += piece.length;
      if (this.piecesChars > MAX_ENTRY_MB * 1024 * 1024) {
        this.error = USAGE_MESSAGES.entryTooLarge(this.fileName, this.entryLine);
      }
    }
    return this.error;
  }

  /** Checks that the text ended with every list, object and text closed. */
  end(): string | undefined {
    if (this.error === undefined && (this.depth > 0 || this.inString)) {
      this.error = USAGE_MESSAGES.cutShort(this.fileName);
    }
    return this.error;
  }

  /** Reads a key's characters while they spell "data", noting whether the key closes there. */
  private readKey(chunk: string, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = false;
        this.inKey = false;
        this.keyIsData = this.keyMatched === DATA.length;
        return i + 1;
      }
      if (c === BACKSLASH) {
        this.escaped = true;
        return i + 1;
      }
      if (this.keyMatched < DATA.length && c === DATA.charCodeAt(this.keyMatched)) this.keyMatched++;
      else {
        // Not "data": the rest of the key is skipped as any text is.
        this.inKey = false;
        return i + 1;
      }
    }
    return chunk.length;
  }

  private fail(message: string): void {
    this.error = message;
  }

  /** One character outside any string. */
  private step(chunk: string, i: number): void {
    const c = chunk.charCodeAt(i);
    const depth = this.depth;
    const atList = this.entryDepth < 0 && depth === this.listDepth;
    switch (c) {
      case LF:
        this.line++;
        if (atList && depth === 0) this.strayOpen = false;
        return;
      case SPACE:
      case TAB:
      case CR:
        if (atList && depth === 0) this.strayOpen = false;
        return;
      case QUOTE:
        this.inString = true;
        if (this.candidate && depth === this.entryDepth && this.expectKey) {
          this.inKey = true;
          this.expectKey = false;
          this.keyMatched = 0;
          this.keyIsData = false;
        } else if (atList) this.noteStray();
        return;
      case OPEN_OBJECT:
        if (depth === MAX_JSON_DEPTH) return this.fail(USAGE_MESSAGES.tooDeep(this.fileName, this.line));
        if (atList) {
          this.entryDepth = depth + 1;
          this.entryLine = this.line;
          this.entryFrom = i;
          this.pieces = [];
          this.piecesChars = 0;
          this.candidate = this.outerListDepth < 0;
          this.expectKey = this.candidate;
          this.keyIsData = false;
        }
        this.kinds[++this.depth] = OBJECT;
        return;
      case OPEN_LIST:
        if (depth === MAX_JSON_DEPTH) return this.fail(USAGE_MESSAGES.tooDeep(this.fileName, this.line));
        this.kinds[++this.depth] = LIST;
        if (this.candidate && depth === this.entryDepth && this.keyIsData) {
          // A page: its data list's objects are the entries; the page's other fields are skipped.
          this.entryDepth = -1;
          this.candidate = false;
          this.pieces = [];
          this.outerListDepth = this.listDepth;
          this.listDepth = this.depth;
          this.strayOpen = false;
        } else if (atList && depth === 0) {
          this.listDepth = 1;
          this.strayOpen = false;
        } else if (atList) this.noteStray();
        return;
      case CLOSE_OBJECT:
        if (depth === 0 || this.kinds[depth] !== OBJECT) return this.unexpected("}");
        this.depth--;
        if (depth === this.entryDepth) this.emitEntry(chunk, i);
        return;
      case CLOSE_LIST:
        if (depth === 0 || this.kinds[depth] !== LIST) return this.unexpected("]");
        this.depth--;
        if (depth === this.listDepth && this.entryDepth < 0) {
          this.listDepth = this.outerListDepth >= 0 ? this.outerListDepth : 0;
          this.outerListDepth = -1;
          this.strayOpen = false;
        }
        return;
      case COMMA:
        if (this.candidate && depth === this.entryDepth) {
          this.expectKey = true;
          this.keyIsData = false;
        }
        if (atList) this.strayOpen = false;
        return;
      default:
        if (atList) this.noteStray();
    }
  }

  private noteStray(): void {
    if (this.strayOpen) return;
    this.strayOpen = true;
    const error = this.sink.stray(this.line);
    if (error !== undefined) this.error = error;
  }

  private unexpected(bracket: string): void {
    this.fail(USAGE_MESSAGES.notJson(this.fileName, this.line, `a "${bracket}" that closes nothing open`));
  }

  private emitEntry(chunk: string, closeAt: number): void {
    const tail = chunk.slice(this.entryFrom, closeAt + 1);
    const text = this.pieces.length > 0 ? this.pieces.join("") + tail : tail;
    this.pieces = [];
    this.entryDepth = -1;
    this.candidate = false;
    this.expectKey = false;
    const error = this.sink.entry(text, this.entryLine);
    if (error !== undefined) this.error = error;
  }
}

/** The line a JSON.parse complaint points at inside an entry starting on `line`, and the complaint. */
export function parseFault(text: string, line: number, error: unknown): { line: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const at = / in JSON at position (\d+)/.exec(message) ?? / at position (\d+)/.exec(message);
  if (!at) return { line, reason: message };
  let breaks = 0;
  const position = Math.min(Number(at[1]), text.length);
  for (let i = 0; i < position; i++) if (text.charCodeAt(i) === LF) breaks++;
  return { line: line + breaks, reason: message.slice(0, at.index).trim() };
}

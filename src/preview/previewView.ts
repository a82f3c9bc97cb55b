/**
 * The preview's workbook view: a formula bar, the grid of the active sheet, sheet tabs and any
 * chart the sheet has. DOM only: it renders the workbook and reports what the user does.
 */
import { columnName } from "../sheet/layout";
import { formatCell } from "../sheet/numberFormat";
import { PreviewCharts } from "./previewCharts";
import { parseAddress } from "./hyperformulaSheet";
import type { PreviewWorkbook } from "./workbook";
import { element } from "../taskpane/dom";

/**
 * As in Excel: the active cell, which the Name Box and the formula bar show and typing goes into,
 * and the range's moving corner, which Shift+arrows and Shift+click move while the active cell
 * stays where it is.
 */
export interface Selection {
  row: number;
  column: number;
  endRow: number;
  endColumn: number;
}

const MIN_ROWS = 40;

/** The id of a drawn cell's element: cell-B5. */
const cellId = (row: number, column: number): string => `cell-${columnName(column)}${row + 1}`;
const MIN_COLUMNS = 12;

/** Green (low) to yellow to red (high), as the model's colour scale. */
function scaleColour(share: number): string {
  const stops = [
    [0x63, 0xbe, 0x7b],
    [0xff, 0xeb, 0x84],
    [0xf8, 0x69, 0x6b],
  ];
  const position = Math.min(Math.max(share, 0), 1) * 2;
  const [from, to] = position <= 1 ? [stops[0], stops[1]] : [stops[1], stops[2]];
  const t = position <= 1 ? position : position - 1;
  return `rgb(${from.map((channel, index) => Math.round(channel + (to[index] - channel) * t)).join(",")})`;
}

export class WorkbookView {
  sheet = 0;
  selection: Selection = { row: 0, column: 0, endRow: 0, endColumn: 0 };
  private editing = false;
  private readonly nameBox = document.getElementById("name-box") as HTMLInputElement;
  private readonly formulaInput = document.getElementById("formula-input") as HTMLInputElement;
  private readonly message = document.getElementById("cell-message") as HTMLParagraphElement;
  /** Read out by a screen reader as the active cell moves: its address, its text and its formula. */
  private readonly announce = document.getElementById("cell-announce") as HTMLParagraphElement;
  private readonly grid = document.getElementById("grid") as HTMLDivElement;
  private readonly tabs = document.getElementById("sheet-tabs") as HTMLDivElement;
  private readonly charts = document.getElementById("charts") as HTMLDivElement;
  private readonly chartView = new PreviewCharts(this.charts);

  constructor(private readonly workbook: PreviewWorkbook) {
    workbook.onChange(() => this.render());
    this.grid.addEventListener("keydown", (event) => this.onGridKey(event));
    this.grid.addEventListener("mousedown", (event) => {
      const resizer = (event.target as HTMLElement).closest<HTMLElement>("[data-resize]");
      if (resizer) {
        event.preventDefault();
        this.startResize(Number(resizer.dataset.resize), event.clientX);
        return;
      }
      const cell = (event.target as HTMLElement).closest<HTMLElement>("td[data-row]");
      if (!cell) return;
      event.preventDefault();
      // Point mode: a click while a formula is typed puts the cell's address in it.
      if (this.pointing()) {
        this.point(Number(cell.dataset.row), Number(cell.dataset.column));
        return;
      }
      this.select(Number(cell.dataset.row), Number(cell.dataset.column), event.shiftKey);
      this.grid.focus();
    });
    this.grid.addEventListener("dblclick", (event) => {
      const resizer = (event.target as HTMLElement).closest<HTMLElement>("[data-resize]");
      if (resizer) this.fitColumn(Number(resizer.dataset.resize));
      else this.startEditing(undefined);
    });
    // Scrolling draws the rows that come into view, once a frame.
    this.grid.addEventListener("scroll", () => {
      if (this.scrollFrame) return;
      this.scrollFrame = requestAnimationFrame(() => {
        this.scrollFrame = 0;
        const top = Math.floor(this.grid.scrollTop / this.rowHeight);
        const inView = Math.ceil(this.grid.clientHeight / this.rowHeight);
        if (top < this.drawn[0] || top + inView > this.drawn[1]) this.renderGrid(false);
      });
    });
    this.formulaInput.addEventListener("focus", () => (this.editing = true));
    this.formulaInput.addEventListener("keydown", (event) => this.onFormulaKey(event));
    this.nameBox.addEventListener("keydown", (event) => this.onNameBoxKey(event));
    // Ctrl+C, Ctrl+X and Ctrl+V reach the focused grid as clipboard events.
    this.grid.addEventListener("copy", (event) => this.onCopy(event, false));
    this.grid.addEventListener("cut", (event) => this.onCopy(event, true));
    this.grid.addEventListener("paste", (event) => this.onPaste(event));
  }

  /** The text last put on the clipboard from this sheet: a paste of it pastes the cells, references shifted. */
  private copiedText: string | undefined;

  /** Copies (or cuts) the selection: the cells for a paste here, their text as shown for anywhere else. */
  private onCopy(event: ClipboardEvent, cut: boolean): void {
    const [top, left, bottom, right] = this.range();
    if (cut) this.workbook.cut(this.sheet, top, left, bottom, right);
    else this.workbook.copy(this.sheet, top, left, bottom, right);
    const lines: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const cells: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = this.workbook.cell(this.sheet, r, c);
        cells.push(cell.error ? cell.error.code : formatCell(cell.value, cell.numberFormat));
      }
      lines.push(cells.join("\t"));
    }
    this.copiedText = lines.join("\n");
    event.clipboardData?.setData("text/plain", this.copiedText);
    event.preventDefault();
  }

  /** Pastes at the active cell: cells copied here with references shifted, or plain text from outside. */
  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData("text/plain") ?? "";
    const { row, column } = this.selection;
    if (text === this.copiedText && this.workbook.paste(this.sheet, row, column)) {
      // Pasted: done.
    } else if (text !== "") {
      this.workbook.pasteText(this.sheet, row, column, text);
    }
    event.preventDefault();
  }

  /** The Name Box: an address or a range (A1, A1:A1000), selected on Enter, the keyboard back to the sheet. */
  private onNameBoxKey(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      this.grid.focus();
      this.render();
      event.preventDefault();
      return;
    }
    if (event.key !== "Enter") return;
    event.preventDefault();
    const match = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*$/.exec(this.nameBox.value);
    if (!match) {
      this.nameBox.setAttribute("aria-invalid", "true");
      return;
    }
    this.nameBox.removeAttribute("aria-invalid");
    const first = parseAddress(`${match[1].toUpperCase()}${match[2]}`);
    const last = match[3] ? parseAddress(`${match[3].toUpperCase()}${match[4]}`) : first;
    // As Excel does: the range selected, its first cell active.
    this.selection = { row: first.row, column: first.column, endRow: last.row, endColumn: last.column };
    this.grid.focus();
    this.render();
  }

  /** Shows a sheet, selecting A1. */
  show(sheet: number): void {
    this.sheet = sheet;
    this.selection = { row: 0, column: 0, endRow: 0, endColumn: 0 };
    this.grid.scrollTop = 0;
    this.grid.scrollLeft = 0;
    this.render();
  }

  /** The range under selection: top, left, bottom, right. */
  private range(): [number, number, number, number] {
    const { row, column, endRow, endColumn } = this.selection;
    return [Math.min(row, endRow), Math.min(column, endColumn), Math.max(row, endRow), Math.max(column, endColumn)];
  }

  /** Makes a cell active, or with `extend` moves the range's far corner to it, the active cell kept. */
  select(row: number, column: number, extend = false): void {
    const [r, c] = [Math.max(0, row), Math.max(0, column)];
    const before = this.selection;
    this.selection = extend
      ? { row: before.row, column: before.column, endRow: r, endColumn: c }
      : { row: r, column: c, endRow: r, endColumn: c };
    if (!this.moveActive(before)) this.render();
  }

  /**
   * The fast path of a plain move (an arrow key, a click) to a cell already drawn, with nothing
   * else changed: two cells change their marks and the bars above the grid are filled anew, with
   * nothing redrawn. False when the move needs a full render (a range, a cell not drawn).
   */
  private moveActive(before: Selection): boolean {
    const { row, column } = this.selection;
    const single = (s: Selection) => s.row === s.endRow && s.column === s.endColumn;
    if (!single(before) || !single(this.selection)) return false;
    const [first, last] = this.drawn;
    // Far enough inside the drawn rows that a step keeps the view full.
    if (row < first + 2 || row > last - 2 || (first > 0 && row < first + WorkbookView.BUFFER_ROWS / 2)) return false;
    const old = document.getElementById(cellId(before.row, before.column));
    const next = document.getElementById(cellId(row, column));
    if (!old || !next) return false;
    old.classList.remove("active", "in-range");
    old.removeAttribute("aria-selected");
    next.classList.add("active", "in-range");
    next.setAttribute("aria-selected", "true");
    this.grid.setAttribute("aria-activedescendant", next.id);
    next.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.renderBars();
    return true;
  }

  private startEditing(initial: string | undefined): void {
    this.formulaInput.focus();
    if (initial !== undefined) this.formulaInput.value = initial;
    this.formulaInput.setSelectionRange(this.formulaInput.value.length, this.formulaInput.value.length);
  }

  /** Rows a PageUp or PageDown moves: the rows the grid shows. */
  private pageRows(): number {
    const rowHeight = this.grid.querySelector("tbody tr.row")?.getBoundingClientRect().height || this.rowHeight;
    return Math.max(1, Math.floor(this.grid.clientHeight / rowHeight) - 1);
  }

  /** True when the cell holds nothing. */
  private empty(row: number, column: number): boolean {
    return this.workbook.hf.isCellEmpty({ sheet: this.sheet, row, col: column });
  }

  /**
   * Where Ctrl+arrow goes, as in Excel: from a filled cell with a filled neighbour, to the last
   * filled cell before a blank; otherwise to the next filled cell; the sheet's edge if none.
   */
  private edge(row: number, column: number, step: [number, number]): [number, number] {
    const { rows, columns } = this.workbook.size(this.sheet);
    const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < Math.max(rows, 1) && c < Math.max(columns, 1);
    let [r, c] = [row + step[0], column + step[1]];
    if (!inside(r, c)) return [row, column];
    if (!this.empty(row, column) && !this.empty(r, c)) {
      while (inside(r + step[0], c + step[1]) && !this.empty(r + step[0], c + step[1]))
        [r, c] = [r + step[0], c + step[1]];
      return [r, c];
    }
    while (inside(r, c) && this.empty(r, c)) [r, c] = [r + step[0], c + step[1]];
    return inside(r, c) ? [r, c] : [r - step[0], c - step[1]];
  }

  private onGridKey(event: KeyboardEvent): void {
    const { row, column } = this.selection;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const [top, left, bottom, right] = this.range();
    // A plain move starts from the active cell; a shifted one moves the range's far corner.
    const shift = event.shiftKey;
    const [fromRow, fromColumn] = shift ? [this.selection.endRow, this.selection.endColumn] : [row, column];
    if (moves[key]) {
      const [r, c] = ctrl
        ? this.edge(fromRow, fromColumn, moves[key])
        : [fromRow + moves[key][0], fromColumn + moves[key][1]];
      this.select(r, c, shift);
    } else if (key === "Home") {
      this.select(ctrl ? 0 : fromRow, 0, shift);
    } else if (key === "End" && ctrl) {
      const { rows, columns } = this.workbook.size(this.sheet);
      this.select(Math.max(0, rows - 1), Math.max(0, columns - 1), shift);
    } else if (key === "PageDown" || key === "PageUp") {
      this.select(fromRow + (key === "PageDown" ? 1 : -1) * this.pageRows(), fromColumn, shift);
    } else if (key === "Enter") {
      this.select(row + (event.shiftKey ? -1 : 1), column);
    } else if (key === "Tab") {
      this.select(row, column + (event.shiftKey ? -1 : 1));
    } else if (key === "F2") {
      this.startEditing(undefined);
    } else if (key === "Delete" || key === "Backspace") {
      this.workbook.clear(this.sheet, top, left, bottom, right);
    } else if (ctrl && key.toLowerCase() === "d") {
      this.workbook.fillDown(this.sheet, top, left, bottom, right);
    } else if (ctrl && key.toLowerCase() === "r") {
      this.workbook.fillRight(this.sheet, top, left, bottom, right);
    } else if (ctrl && (key.toLowerCase() === "y" || (key.toLowerCase() === "z" && event.shiftKey))) {
      this.workbook.redo();
    } else if (ctrl && key.toLowerCase() === "z") {
      this.workbook.undo();
    } else if (key.length === 1 && !ctrl && !event.altKey) {
      this.startEditing(key);
    } else {
      return;
    }
    event.preventDefault();
  }

  /** The reference point mode last put in the formula, and the cell it names. */
  private pointed: { start: number; end: number; row: number; column: number } | undefined;

  /** True while a formula is typed with the caret where a reference can go (after =, an operator, ( or ,). */
  private pointing(): boolean {
    if (!this.editing || document.activeElement !== this.formulaInput) return false;
    const text = this.formulaInput.value;
    const caret = this.formulaInput.selectionStart ?? text.length;
    if (!text.startsWith("=")) return false;
    if (this.pointed && this.pointed.end === caret) return true;
    return /[=(,+\-*/^&<>:]\s*$/.test(text.slice(0, caret));
  }

  /** Puts a cell's address at the caret, or in place of the one point mode put there last. */
  private point(row: number, column: number): void {
    const text = this.formulaInput.value;
    const caret = this.formulaInput.selectionStart ?? text.length;
    const [start, end] =
      this.pointed && this.pointed.end === caret ? [this.pointed.start, this.pointed.end] : [caret, caret];
    const reference = `${columnName(column)}${row + 1}`;
    this.formulaInput.value = text.slice(0, start) + reference + text.slice(end);
    const after = start + reference.length;
    this.formulaInput.setSelectionRange(after, after);
    this.formulaInput.focus();
    this.pointed = { start, end: after, row, column };
  }

  /** Commits what was typed and moves as Excel does: Enter down, Shift+Enter up, Tab right, Shift+Tab left. */
  private commit(move: [number, number]): void {
    const { row, column } = this.selection;
    this.editing = false;
    this.pointed = undefined;
    this.workbook.setCell(this.sheet, row, column, this.formulaInput.value.trim());
    this.select(row + move[0], column + move[1]);
    this.grid.focus();
  }

  private onFormulaKey(event: KeyboardEvent): void {
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (arrows[event.key] && this.pointing()) {
      // Point mode by keyboard: the arrows move a reference, from the active cell at first.
      const from = this.pointed ?? { row: this.selection.row, column: this.selection.column };
      const [dr, dc] = arrows[event.key];
      this.point(Math.max(0, from.row + dr), Math.max(0, from.column + dc));
      event.preventDefault();
      return;
    }
    if (event.key.length === 1 || event.key === "Backspace" || event.key === "Delete") this.pointed = undefined;
    if (event.key === "Enter") {
      this.commit([event.shiftKey ? -1 : 1, 0]);
      event.preventDefault();
    } else if (event.key === "Tab") {
      this.commit([0, event.shiftKey ? -1 : 1]);
      event.preventDefault();
    } else if (event.key === "Escape") {
      this.editing = false;
      this.render();
      this.grid.focus();
      event.preventDefault();
    }
  }

  render(): void {
    this.renderTabs();
    this.renderGrid();
    this.renderCharts();
    this.renderBars();
  }

  /** The Name Box, the formula bar and the error line, for the active cell. */
  private renderBars(): void {
    const { row, column } = this.selection;
    const cell = this.workbook.cell(this.sheet, row, column);
    if (document.activeElement !== this.nameBox) this.nameBox.value = `${columnName(column)}${row + 1}`;
    if (!this.editing || document.activeElement !== this.formulaInput) {
      this.editing = false;
      // A spilled cell shows the formula it spills from, greyed, as Excel does.
      this.formulaInput.value =
        cell.formula ?? (cell.spilled ? (cell.anchorFormula ?? "") : cell.value === null ? "" : String(cell.value));
      this.formulaInput.classList.toggle("spilled-formula", cell.spilled);
      this.formulaInput.placeholder = "";
    }
    this.message.textContent = cell.error ? `${cell.error.code} ${cell.error.message}` : "";
    this.message.title = this.message.textContent;
    const shown = cell.error ? cell.error.code : formatCell(cell.value, cell.numberFormat);
    const said = [`${columnName(column)}${row + 1}`, shown || "blank", cell.formula ?? ""].filter(Boolean).join(", ");
    if (this.announce.textContent !== said) this.announce.textContent = said;
    this.message.classList.toggle("has-error", Boolean(cell.error));
  }

  private renderTabs(): void {
    const names = this.workbook.sheetNames();
    this.tabs.replaceChildren(
      ...names.map((name) => {
        const id = this.workbook.sheetId(name);
        const tab = element(
          "button",
          { type: "button", role: "tab", "aria-selected": String(id === this.sheet), "data-sheet": String(id) },
          name,
        );
        tab.addEventListener("click", () => this.show(id));
        return tab;
      }),
    );
  }

  private colourScaleShares(): Map<string, number> {
    const shares = new Map<string, number>();
    for (const range of this.workbook.colourScales(this.sheet)) {
      const [first, last] = range.split(":").map(parseAddress);
      const cells: { key: string; value: number }[] = [];
      for (let r = first.row; r <= last.row; r++) {
        for (let c = first.column; c <= last.column; c++) {
          const value = this.workbook.cell(this.sheet, r, c).value;
          if (typeof value === "number") cells.push({ key: `${r},${c}`, value });
        }
      }
      const sorted = cells.map((cell) => cell.value).sort((a, b) => a - b);
      for (const cell of cells)
        shares.set(cell.key, sorted.length > 1 ? sorted.indexOf(cell.value) / (sorted.length - 1) : 0);
    }
    return shares;
  }

  /** The rows drawn now, first and last, and the frame a scroll has asked to draw in. */
  private drawn: [number, number] = [0, 0];
  private scrollFrame = 0;

  /** Column widths the analyst set, in pixels, by sheet and column; others take the default. */
  private readonly widths = new Map<string, number>();
  private static readonly COLUMN_WIDTH = 88;

  /** A column's width in pixels: the analyst's, else the one the written plan set (points are 4/3 px), else the default. */
  private widthOf(column: number): number {
    const planned = this.workbook.columnWidth(this.sheet, column);
    return (
      this.widths.get(`${this.sheet}:${column}`) ??
      (planned !== undefined ? Math.round((planned * 4) / 3) : WorkbookView.COLUMN_WIDTH)
    );
  }

  /** The width of a text in the grid's font, measured once per text on a canvas. */
  private readonly measured = new Map<string, number>();
  private measureContext: CanvasRenderingContext2D | null | undefined;
  private textWidth(text: string): number {
    const known = this.measured.get(text);
    if (known !== undefined) return known;
    if (this.measureContext === undefined) {
      this.measureContext = document.createElement("canvas").getContext("2d");
      if (this.measureContext) this.measureContext.font = getComputedStyle(this.grid).font || "13px sans-serif";
    }
    // Without a canvas (no 2D context), about 7 px a character.
    const width = this.measureContext ? this.measureContext.measureText(text).width : text.length * 7;
    if (this.measured.size > 10_000) this.measured.clear();
    this.measured.set(text, width);
    return width;
  }

  /** Sets a column's width and draws it; at least 24 px, as Excel keeps a column findable. */
  setColumnWidth(column: number, width: number): void {
    this.widths.set(`${this.sheet}:${column}`, Math.max(24, Math.round(width)));
    this.renderGrid(false);
  }

  /** Double-click on a column's edge: as wide as its widest drawn text, as Excel fits a column. */
  private fitColumn(column: number): void {
    let widest = 24;
    for (const cell of this.grid.querySelectorAll<HTMLElement>(`td[data-column="${column}"]`)) {
      const measure = element("span", { class: "measure" }, cell.textContent ?? "");
      this.grid.append(measure);
      widest = Math.max(widest, measure.getBoundingClientRect().width + 12);
      measure.remove();
    }
    this.setColumnWidth(column, widest);
  }

  /** Drags a column's right edge to resize it. */
  private startResize(column: number, startX: number): void {
    const startWidth = this.widthOf(column);
    const move = (event: MouseEvent) => this.setColumnWidth(column, startWidth + event.clientX - startX);
    const stop = () => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", stop);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", stop);
  }

  /** The height of a row, measured once drawn (the CSS gives every row one height). */
  private rowHeight = 23;

  /** Rows drawn beyond those in view, above and below, so that a scroll or a step finds them drawn. */
  private static readonly BUFFER_ROWS = 12;

  /**
   * The rows drawn: those in view and a buffer. Following the active cell (after a move or an
   * edit, not a scroll), the view first scrolls to its row, as Excel's does.
   */
  private drawnRows(rows: number, followActive: boolean): [number, number] {
    const view = this.grid.clientHeight || 600;
    const inView = Math.ceil(view / this.rowHeight);
    const top = Math.floor(this.grid.scrollTop / this.rowHeight);
    // The view follows the cell that moved: the range's far corner (the active cell when alone).
    const row = this.selection.endRow;
    if (followActive && row < top) this.grid.scrollTop = row * this.rowHeight;
    else if (followActive && row > top + inView - 3) this.grid.scrollTop = (row - inView + 3) * this.rowHeight;
    const first = Math.max(0, Math.floor(this.grid.scrollTop / this.rowHeight) - WorkbookView.BUFFER_ROWS);
    return [first, Math.min(rows - 1, first + inView + 2 * WorkbookView.BUFFER_ROWS)];
  }

  /** An empty row standing for rows not drawn, as tall as they are. */
  private spacer(count: number, columns: number): HTMLTableRowElement {
    const tr = element("tr", { class: "spacer", "aria-hidden": "true" });
    const td = element("td", { colspan: String(columns + 1) });
    td.style.height = `${count * this.rowHeight}px`;
    tr.append(td);
    return tr;
  }

  private renderGrid(followActive = true): void {
    const size = this.workbook.size(this.sheet);
    const { endRow, endColumn } = this.selection;
    const rows = Math.max(MIN_ROWS, size.rows + 5, this.selection.row + 2, endRow + 2);
    const columns = Math.max(MIN_COLUMNS, size.columns + 2, this.selection.column + 2, endColumn + 2);
    const [top, left, bottom, right] = this.range();
    const shares = this.colourScaleShares();
    const [first, last] = this.drawnRows(rows, followActive);

    // The focusable container is the grid (it carries aria-activedescendant, which a table's role
    // does not allow); the table lays it out, its rows and cells named by their roles. Only the
    // rows in view (and a buffer) are drawn; spacers stand for the others.
    this.grid.setAttribute("aria-rowcount", String(rows + 1));
    const table = element("table", { role: "presentation" });
    const head = element("tr", { role: "row", "aria-rowindex": "1" });
    head.append(element("th", { class: "corner", role: "columnheader" }));
    const colgroup = element("colgroup");
    colgroup.append(element("col", { class: "row-header" }));
    for (let c = 0; c < columns; c++) {
      const col = element("col");
      col.style.width = `${this.widthOf(c)}px`;
      colgroup.append(col);
      const th = element("th", { scope: "col", role: "columnheader" }, columnName(c));
      // The right edge resizes the column: drag it, or double-click it to fit the text.
      th.append(element("span", { class: "resizer", "data-resize": String(c), "aria-hidden": "true" }));
      head.append(th);
    }
    const thead = element("thead");
    thead.append(head);
    const body = element("tbody");
    if (first > 0) body.append(this.spacer(first, columns));
    for (let r = first; r <= last; r++) {
      const tr = element("tr", { role: "row", class: "row", "aria-rowindex": String(r + 2) });
      tr.append(element("th", { scope: "row", role: "rowheader" }, String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const cell = this.workbook.cell(this.sheet, r, c);
        const td = element("td", {
          "data-row": String(r),
          "data-column": String(c),
          id: cellId(r, c),
          role: "gridcell",
        });
        const classes = [cell.style ? `style-${cell.style}` : ""];
        if (cell.error) {
          td.textContent = cell.error.code;
          td.title = `${cell.error.code} ${cell.error.message}`;
          classes.push("error");
        } else {
          td.textContent = formatCell(cell.value, cell.numberFormat);
          if (typeof cell.value === "number") {
            classes.push("number");
            // A number is never cut: as in Excel, one too wide for its column shows as ####.
            if (this.textWidth(td.textContent) > this.widthOf(c) - 9) {
              td.title = td.textContent;
              td.textContent = "#".repeat(Math.max(1, Math.floor((this.widthOf(c) - 9) / this.textWidth("#"))));
            }
          }
          if (typeof cell.value === "boolean") classes.push("boolean");
          // Text runs on over the empty cells to its right and stops at the first filled one, as in
          // Excel; the whole of it is the cell's title.
          if (typeof cell.value === "string" && cell.value !== "") {
            td.title = cell.value;
            let width = this.widthOf(c);
            for (let next = c + 1; next < columns && this.empty(r, next); next++) {
              width += this.widthOf(next);
            }
            if (width > this.widthOf(c)) {
              classes.push("overflows");
              const text = element("span", { class: "overflow-text" }, td.textContent ?? "");
              text.style.width = `${width - 9}px`;
              td.replaceChildren(text);
            }
          }
        }
        if (cell.spilled) classes.push("spilled");
        if (r >= top && r <= bottom && c >= left && c <= right) classes.push("in-range");
        if (r === this.selection.row && c === this.selection.column) {
          classes.push("active");
          td.setAttribute("aria-selected", "true");
        }
        const share = shares.get(`${r},${c}`);
        if (share !== undefined) td.style.background = scaleColour(share);
        td.className = classes.filter(Boolean).join(" ");
        tr.append(td);
      }
      body.append(tr);
    }
    if (last < rows - 1) body.append(this.spacer(rows - 1 - last, columns));
    // A fixed layout takes the columns' widths only with the table's own width set: their sum.
    let tableWidth = 44;
    for (let c = 0; c < columns; c++) tableWidth += this.widthOf(c);
    table.style.width = `${tableWidth}px`;
    table.append(colgroup, thead, body);
    const scroll = { top: this.grid.scrollTop, left: this.grid.scrollLeft };
    this.grid.replaceChildren(table);
    this.grid.scrollTop = scroll.top;
    this.grid.scrollLeft = scroll.left;
    this.drawn = [first, last];
    const measured = body.querySelector<HTMLElement>("tr.row")?.getBoundingClientRect().height;
    if (measured && Math.abs(measured - this.rowHeight) > 0.5) this.rowHeight = measured;
    const activeId = cellId(this.selection.row, this.selection.column);
    const active = document.getElementById(activeId);
    // The active cell is announced while it is drawn; a scroll away from it leaves it undrawn.
    if (active) this.grid.setAttribute("aria-activedescendant", activeId);
    else this.grid.removeAttribute("aria-activedescendant");
    const moved = document.getElementById(cellId(endRow, endColumn));
    if (followActive) moved?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private renderCharts(): void {
    this.chartView.render(
      this.workbook.charts(this.sheet),
      (row, column) => this.workbook.cell(this.sheet, row, column).value,
    );
  }
}

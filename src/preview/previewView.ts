/**
 * The preview's workbook view: a formula bar, the grid of the active sheet, sheet tabs and any
 * chart the sheet has. DOM only: it renders the workbook and reports what the user does.
 */
import { columnName } from "../taskpane/sheetPlan";
import { formatCell } from "../functions/format";
import { PreviewCharts } from "./previewCharts";
import { parseAddress } from "./hyperformulaSheet";
import type { PreviewWorkbook } from "./workbook";
import { element } from "../taskpane/dom";

export interface Selection {
  row: number;
  column: number;
  /** The other corner of a range selection (shift + arrows or shift + click). */
  anchorRow: number;
  anchorColumn: number;
}

const MIN_ROWS = 40;
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
  selection: Selection = { row: 0, column: 0, anchorRow: 0, anchorColumn: 0 };
  private editing = false;
  private readonly nameBox = document.getElementById("name-box") as HTMLOutputElement;
  private readonly formulaInput = document.getElementById("formula-input") as HTMLInputElement;
  private readonly message = document.getElementById("cell-message") as HTMLParagraphElement;
  private readonly grid = document.getElementById("grid") as HTMLDivElement;
  private readonly tabs = document.getElementById("sheet-tabs") as HTMLDivElement;
  private readonly charts = document.getElementById("charts") as HTMLDivElement;
  private readonly chartView = new PreviewCharts(this.charts);

  constructor(private readonly workbook: PreviewWorkbook) {
    workbook.onChange(() => this.render());
    this.grid.addEventListener("keydown", (event) => this.onGridKey(event));
    this.grid.addEventListener("mousedown", (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>("td[data-row]");
      if (!cell) return;
      this.select(Number(cell.dataset.row), Number(cell.dataset.column), event.shiftKey);
      this.grid.focus();
      event.preventDefault();
    });
    this.grid.addEventListener("dblclick", () => this.startEditing(undefined));
    this.formulaInput.addEventListener("focus", () => (this.editing = true));
    this.formulaInput.addEventListener("keydown", (event) => this.onFormulaKey(event));
  }

  /** Shows a sheet, selecting A1. */
  show(sheet: number): void {
    this.sheet = sheet;
    this.selection = { row: 0, column: 0, anchorRow: 0, anchorColumn: 0 };
    this.grid.scrollTop = 0;
    this.grid.scrollLeft = 0;
    this.render();
  }

  /** The range under selection: top, left, bottom, right. */
  private range(): [number, number, number, number] {
    const { row, column, anchorRow, anchorColumn } = this.selection;
    return [
      Math.min(row, anchorRow),
      Math.min(column, anchorColumn),
      Math.max(row, anchorRow),
      Math.max(column, anchorColumn),
    ];
  }

  select(row: number, column: number, extend = false): void {
    const target = { row: Math.max(0, row), column: Math.max(0, column) };
    this.selection = extend
      ? { ...target, anchorRow: this.selection.anchorRow, anchorColumn: this.selection.anchorColumn }
      : { ...target, anchorRow: target.row, anchorColumn: target.column };
    this.render();
  }

  private startEditing(initial: string | undefined): void {
    this.formulaInput.focus();
    if (initial !== undefined) this.formulaInput.value = initial;
    this.formulaInput.setSelectionRange(this.formulaInput.value.length, this.formulaInput.value.length);
  }

  private onGridKey(event: KeyboardEvent): void {
    const { row, column } = this.selection;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (moves[event.key]) {
      this.select(row + moves[event.key][0], column + moves[event.key][1], event.shiftKey);
    } else if (event.key === "Enter" || event.key === "F2") {
      this.startEditing(undefined);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      const [top, left, bottom, right] = this.range();
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) this.workbook.setCell(this.sheet, r, c, "");
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "d") {
      const [top, left, bottom, right] = this.range();
      this.workbook.fillDown(this.sheet, top, left, bottom, right);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.startEditing(event.key);
    } else {
      return;
    }
    event.preventDefault();
  }

  private onFormulaKey(event: KeyboardEvent): void {
    if (event.key === "Enter") {
      const { row, column } = this.selection;
      this.editing = false;
      this.workbook.setCell(this.sheet, row, column, this.formulaInput.value.trim());
      this.select(row + 1, column);
      this.grid.focus();
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
    const { row, column } = this.selection;
    const cell = this.workbook.cell(this.sheet, row, column);
    this.nameBox.value = `${columnName(column)}${row + 1}`;
    if (!this.editing || document.activeElement !== this.formulaInput) {
      this.editing = false;
      // A spilled cell shows the formula it spills from, greyed, as Excel does.
      this.formulaInput.value =
        cell.formula ?? (cell.spilled ? (cell.anchorFormula ?? "") : cell.value === null ? "" : String(cell.value));
      this.formulaInput.classList.toggle("spilled-formula", cell.spilled);
      this.formulaInput.placeholder = "";
    }
    this.message.textContent = cell.error ? `${cell.error.code} ${cell.error.message}` : "";
    this.message.hidden = !cell.error;
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

  private renderGrid(): void {
    const size = this.workbook.size(this.sheet);
    const rows = Math.max(MIN_ROWS, size.rows + 5, this.selection.row + 2);
    const columns = Math.max(MIN_COLUMNS, size.columns + 2, this.selection.column + 2);
    const [top, left, bottom, right] = this.range();
    const shares = this.colourScaleShares();

    // The focusable container is the grid (it carries aria-activedescendant, which a table's role
    // does not allow); the table lays it out, its rows and cells named by their roles.
    const table = element("table", { role: "presentation" });
    const head = element("tr", { role: "row" });
    head.append(element("th", { class: "corner", role: "columnheader" }));
    for (let c = 0; c < columns; c++) {
      head.append(element("th", { scope: "col", role: "columnheader" }, columnName(c)));
    }
    const thead = element("thead");
    thead.append(head);
    const body = element("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = element("tr", { role: "row" });
      tr.append(element("th", { scope: "row", role: "rowheader" }, String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const cell = this.workbook.cell(this.sheet, r, c);
        const td = element("td", {
          "data-row": String(r),
          "data-column": String(c),
          id: `cell-${columnName(c)}${r + 1}`,
          role: "gridcell",
        });
        const classes = [cell.style ? `style-${cell.style}` : ""];
        if (cell.error) {
          td.textContent = cell.error.code;
          td.title = `${cell.error.code} ${cell.error.message}`;
          classes.push("error");
        } else {
          td.textContent = formatCell(cell.value, cell.numberFormat);
          if (typeof cell.value === "number") classes.push("number");
          if (typeof cell.value === "boolean") classes.push("boolean");
          // Text runs on into an empty cell to its right, as in Excel; the whole of it is the cell's title.
          if (typeof cell.value === "string" && cell.value !== "") {
            td.title = cell.value;
            const right = c + 1 < columns ? this.workbook.cell(this.sheet, r, c + 1) : undefined;
            if (right && !right.error && (right.value === null || right.value === "")) classes.push("overflows");
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
    table.append(thead, body);
    const scroll = { top: this.grid.scrollTop, left: this.grid.scrollLeft };
    this.grid.replaceChildren(table);
    this.grid.scrollTop = scroll.top;
    this.grid.scrollLeft = scroll.left;
    this.grid.setAttribute(
      "aria-activedescendant",
      `cell-${columnName(this.selection.column)}${this.selection.row + 1}`,
    );
    document
      .getElementById(`cell-${columnName(this.selection.column)}${this.selection.row + 1}`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private renderCharts(): void {
    this.chartView.render(
      this.workbook.charts(this.sheet),
      (row, column) => this.workbook.cell(this.sheet, row, column).value,
    );
  }
}

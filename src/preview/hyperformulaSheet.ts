/**
 * Applies a sheet plan to a HyperFormula workbook: the same cells and formulas Excel receives,
 * evaluated by a spreadsheet engine with every AICOST function registered. Styles, the colour
 * scale and the chart are presentation and have no HyperFormula counterpart.
 */
import { DetailedCellError, ErrorType, type HyperFormula, type SimpleCellAddress } from "hyperformula";
import { rowChunks, type SheetLayout } from "../sheet/layout";

/**
 * Excel reads TRUE and FALSE in a formula as values; HyperFormula knows only the functions TRUE()
 * and FALSE(). Two workbook-wide names make `=AICOST.MODELS("anthropic", TRUE)` work as in Excel.
 */
export function addExcelLiterals(hf: HyperFormula): void {
  for (const literal of ["TRUE", "FALSE"]) {
    if (!hf.isItPossibleToAddNamedExpression(literal, `=${literal}()`)) continue;
    hf.addNamedExpression(literal, `=${literal}()`);
  }
}

/** Parses an A1 address such as "B5" into 0-based row and column. */
export function parseAddress(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!match) throw new Error(`not an A1 address: ${a1}`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/**
 * Enters again every formula whose result could not spill: HyperFormula sizes a result when it
 * parses the formula, before the cells it reads are computed (in a batch, say), and a result whose
 * size follows those values (FT_SWITCH_VALUES's rows) is sized anew from them, as Excel always does.
 */
export function settleSpills(hf: HyperFormula): void {
  for (const name of hf.getSheetNames()) {
    const sheet = hf.getSheetId(name) as number;
    hf.getSheetFormulas(sheet).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula) return;
        const at = { sheet, row: r, col: c };
        const value = hf.getCellValue(at);
        if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) hf.setCellContents(at, formula);
      }),
    );
  }
}

/** Writes every planned cell into the sheet in one batch. */
export function applyPlan(hf: HyperFormula, sheet: number, plan: SheetLayout): void {
  hf.batch(() => {
    for (const cell of plan.cells) {
      const { row, column } = parseAddress(cell.address);
      const target: SimpleCellAddress = { sheet, row, col: column };
      const text = typeof cell.value === "string" && cell.numberFormat === "@" ? `'${cell.value}` : cell.value;
      hf.setCellContents(target, cell.formula ?? text ?? null);
    }
    for (const table of plan.tables ?? []) {
      const { row, column } = parseAddress(table.range.split(":")[0]);
      const values = table.values.map((line) =>
        line.map((value, c) => (typeof value === "string" && table.columnFormats[c] === "@" ? `'${value}` : value)),
      );
      hf.setCellContents({ sheet, row, col: column }, values);
    }
    for (const rows of plan.rows ?? []) {
      for (const chunk of rowChunks(rows)) {
        const { row, column } = parseAddress(chunk.range.split(":")[0]);
        const values = chunk.values.map((line) =>
          line.map((value, c) => (typeof value === "string" && rows.columnFormats[c] === "@" ? `'${value}` : value)),
        );
        hf.setCellContents({ sheet, row, col: column }, values);
      }
    }
  });
}

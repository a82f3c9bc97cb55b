/** A HyperFormula workbook with every AICOST function registered through the Excel adapters' runner. */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerAicostFunctions } from "../../src/preview/aicostPlugin";
import { addExcelLiterals, applyPlan, parseAddress, settleSpills } from "../../src/preview/hyperformulaSheet";
import type { SheetPlan } from "../../src/sheet/plan";

export interface EvaluatedSheet {
  value(a1: string): unknown;
  /** Changes an input cell, as an analyst types into it. */
  set(a1: string, content: string | number | null): void;
  /** Every formula cell of the plan whose value is an error, with its formula and error. */
  errors(): { address: string; formula: string; error: string }[];
}

/** An empty one-sheet HyperFormula workbook with every AICOST function registered, as the preview makes it. */
export function emptyWorkbook(): HyperFormula {
  registerAicostFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  addExcelLiterals(hf);
  hf.addSheet("Sheet1");
  return hf;
}

export function evaluatePlan(plan: SheetPlan): EvaluatedSheet {
  registerAicostFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  addExcelLiterals(hf);
  const sheet = hf.getSheetId(hf.addSheet("AI cost model")) as number;
  applyPlan(hf, sheet, plan);
  // As the preview does after every change: a result sized before its arguments were known is sized again.
  settleSpills(hf);
  const value = (a1: string) => {
    const { row, column } = parseAddress(a1.replace(/\$/g, ""));
    return hf.getCellValue({ sheet, row, col: column });
  };
  return {
    value,
    set: (a1, content) => {
      const { row, column } = parseAddress(a1.replace(/\$/g, ""));
      hf.setCellContents({ sheet, row, col: column }, content);
      settleSpills(hf);
    },
    errors: () =>
      plan.cells
        .filter((cell) => cell.formula !== undefined)
        .map((cell) => ({ address: cell.address, formula: cell.formula as string, value: value(cell.address) }))
        .filter((cell) => cell.value instanceof DetailedCellError)
        .map((cell) => ({
          address: cell.address,
          formula: cell.formula,
          error: `${(cell.value as DetailedCellError).value} ${(cell.value as DetailedCellError).message}`,
        })),
  };
}

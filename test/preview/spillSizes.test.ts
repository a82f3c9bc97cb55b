/**
 * The preview sizes a spilled result from the function's declaration (HyperFormula must know the
 * size when it parses a formula): from literal arguments, and from the value a referenced cell
 * holds when the formula is entered, as Excel spills TCO_SERIES over months given in a cell.
 */
import type { HyperFormula } from "hyperformula";
import { listModels } from "../../src/engine";
import { MODELS_HEADER } from "../../src/functions/declarations";
import { emptyWorkbook } from "../helpers/workbook";

let hf: HyperFormula;

beforeEach(() => {
  hf = emptyWorkbook();
});

afterEach(() => hf.destroy());

const at = (row: number, col: number) => ({ sheet: 0, row, col });

describe("spill sizes from the declarations", () => {
  it("TCO_SERIES spills months + 1 rows, with months typed or in a cell", () => {
    hf.setCellContents(at(0, 0), 6);
    hf.setCellContents(at(0, 2), "=AICOST.TCO_SERIES(100,0.01,1000,A1)");
    hf.setCellContents(at(0, 4), "=AICOST.TCO_SERIES(100,0.01,1000,3)");
    expect(hf.getCellValue(at(6, 2))).toBeCloseTo(100 + 6 * 10, 9);
    expect(hf.getCellValue(at(7, 2))).toBeNull();
    expect(hf.getCellValue(at(3, 4))).toBeCloseTo(130, 9);
    expect(hf.getCellValue(at(4, 4))).toBeNull();
  });

  it("MODELS spills one row per model of the provider a cell names, and a header", () => {
    hf.setCellContents(at(0, 0), "azure");
    hf.setCellContents(at(1, 0), "=AICOST.MODELS(A1)");
    const rows = listModels("azure", false, "2026-12-05").length + 1;
    expect(hf.getCellValue(at(1, 0))).toBe("model");
    expect(hf.getCellValue(at(1 + rows - 1, 0))).toBe(listModels("azure", false, "2026-12-05").at(-1)?.id);
    expect(hf.getCellValue(at(1 + rows, 0))).toBeNull();
    expect(hf.getCellValue(at(1, MODELS_HEADER.length - 1))).toBe("source");
  });

  it("a broadcast spills the shape of its ranges", () => {
    hf.setCellContents(at(0, 0), [[5000], [30000], [17500]]);
    hf.setCellContents(at(0, 1), "=AICOST.FT_BREAKEVEN(A1:A3,8250)");
    expect(hf.getCellValue(at(2, 1))).toBeCloseTo(17500 / 8250, 9);
    expect(hf.getCellValue(at(3, 1))).toBeNull();
  });
});

/**
 * SPEC 3.8: the README, the help page and the sample workbook never suggest a whole column (`B:B`,
 * or `B2:B` open at the bottom) or a whole row as an argument: Excel on the web answers #CALC! for
 * one before the function runs. They point to bounded ranges and to Excel tables instead.
 */
import * as fs from "fs";
import * as path from "path";
import { DECLARATIONS } from "../../src/functions/declarations";
import { buildHelpPage } from "../../src/functions/generators/helpPage";
import { loadSampleWorkbook } from "../../src/preview/sampleWorkbook";
import { PreviewWorkbook } from "../../src/preview/workbook";
import { ROOT } from "../helpers/dist";

/** A whole column (B:B, $B:$B), a column open at the bottom (B2:B) or a whole row (1:1, 2:5). */
const WHOLE =
  /(?<![A-Za-z0-9_$[])(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9([$])/;

/** The AICOST calls written in a text, each from its name to its closing parenthesis. */
function calls(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/AICOST\.[A-Z_]+\(/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < text.length; end++) {
      if (text[end] === "(") depth += 1;
      if (text[end] === ")" && --depth === 0) break;
    }
    found.push(text.slice(match.index, end + 1));
  }
  return found;
}

describe("ranges the product suggests", () => {
  it("the pattern finds whole columns and rows, and leaves bounded ranges and table columns alone", () => {
    for (const whole of ["B:B", "$B:$B", "B2:B", "AA:AA", "1:1", "$2:$5"])
      expect([whole, WHOLE.test(`f(${whole})`)]).toEqual([whole, true]);
    for (const bounded of ["B2:B1001", "$A$6:$P$9", "Scenarios[Volume]", "'Prices'!$A$6:$P$9", "A50#"]) {
      expect([bounded, WHOLE.test(`f(${bounded})`)]).toEqual([bounded, false]);
    }
  });

  it("the README's formulas are bounded, and it shows an Excel table's column", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const formulas = calls(readme);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.filter((formula) => WHOLE.test(formula))).toEqual([]);
    expect(formulas.some((formula) => /\w+\[\w+\]/.test(formula))).toBe(true);
  });

  it("the help page suggests bounded ranges and tables, and names a whole column only to warn against it", () => {
    const page = buildHelpPage(DECLARATIONS, "0.0.0");
    expect(calls(page).filter((formula) => WHOLE.test(formula))).toEqual([]);
    expect(page).toContain("<code>Scenarios[Volume]</code>");
    const wholes = page.split(/\n/).filter((line) => WHOLE.test(line.replace(/<[^>]+>/g, " ")));
    expect(wholes.every((line) => /never a whole column/.test(line))).toBe(true);
  });

  it("the sample workbook's formulas are bounded", () => {
    const workbook = new PreviewWorkbook();
    loadSampleWorkbook(workbook);
    const formulas: string[] = [];
    for (const name of workbook.sheetNames()) {
      const sheet = workbook.sheetId(name);
      const { rows, columns } = workbook.size(sheet);
      for (let row = 0; row < rows; row++) {
        for (let column = 0; column < columns; column++) {
          const formula = workbook.cell(sheet, row, column).formula;
          if (formula) formulas.push(formula);
        }
      }
    }
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.filter((formula) => WHOLE.test(formula))).toEqual([]);
  });
});

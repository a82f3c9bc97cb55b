/**
 * One fixture of worked examples (the source article's and every declared example), run on every
 * host that computes AICOST functions: the runner as the task pane and tests call it, the built
 * dist/functions.js as Excel loads it (a bare VM context with the CustomFunctions stand-in, called
 * as Excel on the web and as Excel desktop call it), and a
 * real spreadsheet engine (HyperFormula, as the preview runs it) evaluating the formula text.
 */
import * as vm from "vm";
import type { HyperFormula } from "hyperformula";
import { FUNCTIONS } from "../../src/functions/declarations";
import {
  createCustomFunctionsRuntime,
  type CustomFunctionsStandIn,
  type SheetArgument,
} from "../../src/preview/customFunctionsRuntime";
import { resultSize } from "../../src/functions/runner";
import { ExcelError } from "../../src/functions/excelError";
import { formulaOf, TABLE_EXAMPLES, WORKED_EXAMPLES, type WorkedExample } from "../fixtures/workedExamples";
import { call, callRange } from "../helpers/excel";
import { emptyWorkbook } from "../helpers/workbook";
import { readDist } from "../helpers/dist";
import { decimalsOf, expectNear } from "../helpers/tolerance";

function expectResult(actual: unknown, example: WorkedExample): void {
  if (typeof example.result === "number") expectNear(actual, example.result, decimalsOf(example.result));
  else expect(actual).toBe(example.result);
}

const cases = WORKED_EXAMPLES.map((example) => [formulaOf(example), example] as const);

describe("worked examples on every host", () => {
  it("the fixture holds the article's examples and one or more per function", () => {
    expect(WORKED_EXAMPLES.length).toBeGreaterThanOrEqual(12 + 15);
  });

  describe("the runner", () => {
    it.each(cases)("%s", (_, example) => expectResult(call(example.id, ...example.args), example));
  });

  describe.each(["web", "desktop"] as const)("dist/functions.js, as Excel %s loads and calls it", (host) => {
    let runtime: CustomFunctionsStandIn;
    beforeAll(() => {
      runtime = createCustomFunctionsRuntime({ host, metadata: JSON.parse(readDist("functions.json") as string) });
      vm.runInContext(readDist("functions.js") as string, vm.createContext({ CustomFunctions: runtime }));
    });
    it.each(cases)("%s", async (_, example) => {
      const result = await runtime.evaluate(example.id, example.args as readonly SheetArgument[]);
      expectResult(result[0][0], example);
    });
  });

  describe("HyperFormula, as the preview computes a typed formula", () => {
    let hf: HyperFormula;
    beforeAll(() => (hf = emptyWorkbook()));
    afterAll(() => hf.destroy());
    it.each(cases)("%s", (formula, example) => {
      hf.setCellContents({ sheet: 0, row: 0, col: 0 }, formula);
      expectResult(hf.getCellValue({ sheet: 0, row: 0, col: 0 }), example);
    });
  });

  describe("every table example computes, sized as its declaration says, in the runner and in HyperFormula", () => {
    let hf: HyperFormula;
    beforeAll(() => (hf = emptyWorkbook()));
    afterAll(() => hf.destroy());
    it.each(TABLE_EXAMPLES.map((example) => [formulaOf(example), example] as const))("%s", (formula, example) => {
      const cells = callRange(example.id, ...example.args);
      expect(cells.flat().filter((cell) => cell instanceof ExcelError)).toEqual([]);
      const declared = resultSize(
        FUNCTIONS[example.id],
        FUNCTIONS[example.id].params.map((_, i) => (i < example.args.length ? example.args[i] : null)),
      );
      expect([cells.length, cells[0].length]).toEqual(declared);
      hf.setSheetContent(0, [[formula]]);
      const sheet = hf.getSheetValues(0);
      expect([sheet.length, sheet[0].length]).toEqual(declared);
      expect(sheet[0][0]).toBe(cells[0][0]);
    });
  });

  it("the article's ranges: break-even 1 to 4 months at 500,000 requests and 3 to 18 at 100,000", () => {
    const months = (upfront: number, savings: number) => call("FT_BREAKEVEN", upfront, savings) as number;
    expect([Math.ceil(months(5000, 8250)), Math.ceil(months(30000, 8250))]).toEqual([1, 4]);
    expect([Math.floor(months(5000, 1650)), Math.floor(months(30000, 1650))]).toEqual([3, 18]);
  });
});

/** The sample workbook the preview opens: no error anywhere, and the filled-down grid is right row by row. */
import { breakEvenMonths, findModel, monthlySavings, netSavings, requestCost } from "../../src/engine";
import { loadSampleWorkbook, SCENARIO_FIRST_ROW, SCENARIO_ROWS } from "../../src/preview/sampleWorkbook";
import { PreviewWorkbook } from "../../src/preview/workbook";
import { expectNear } from "../helpers/tolerance";

const workbook = new PreviewWorkbook();
loadSampleWorkbook(workbook);

describe("the sample workbook", () => {
  it("has the worked example, the scenario grid and the catalogue", () => {
    expect(workbook.sheetNames()).toEqual(["Worked example", "Scenarios", "Catalogue"]);
  });

  it.each(["Worked example", "Scenarios", "Catalogue"])("%s loads without a single error cell", (name) => {
    const sheet = workbook.sheetId(name);
    const { rows, columns } = workbook.size(sheet);
    const errors: string[] = [];
    let formulas = 0;
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const cell = workbook.cell(sheet, row, column);
        if (cell.formula) formulas += 1;
        if (cell.error) errors.push(`${row + 1},${column + 1}: ${cell.error.code} ${cell.error.message}`);
      }
    }
    // One row is #N/A by design: Claude 3.5 Haiku's weights are Anthropic's, so it cannot be served on GPUs of
    // one's own, and FT_COMPARE's row for that says so in each of its cost cells.
    const hosted = (column: number) =>
      `27,${column}: #N/A claude-3.5-haiku cannot be served on GPUs of your own: Anthropic keeps its weights. ` +
      "Choose an open-weight model (AICOST.MODELS()).";
    expect(errors).toEqual(name === "Worked example" ? [2, 3, 5, 6].map(hosted) : []);
    expect(formulas).toBeGreaterThan(1);
  });

  it("prices the article's assumed fine-tuned Haiku from its price table, and recommends from the comparison", () => {
    const sheet = workbook.sheetId("Worked example");
    const value = (row: number, column: number) => workbook.cell(sheet, row - 1, column - 1).value;
    expect([value(23, 1), value(24, 1), value(25, 1), value(26, 1), value(27, 1)]).toEqual([
      "strategy",
      "Larger model",
      "Fine-tuned small model",
      "Small model + memory",
      "Fine-tuned model on dedicated GPUs",
    ]);
    // 12 months of 500,000 requests at $0.006 with $1,250 a month, after $17,500: the article's $68,500.
    expectNear(value(25, 5), 68500, 6);
    expectNear(value(25, 6), 66500, 6);
    expect(value(40, 1)).toBe("Use memory");
  });

  it("reproduces the article's figures on the worked example", () => {
    const sheet = workbook.sheetId("Worked example");
    const value = (row: number, column: number) => workbook.cell(sheet, row - 1, column - 1).value;
    expectNear(value(5, 2), 0.0225, 6);
    expectNear(value(6, 2), 0.006, 6);
    expectNear(value(10, 2), 8250, 2);
    expectNear(value(14, 3), 3.636, 3);
    expectNear(value(16, 3), 3.7048, 4);
    expectNear(value(20, 2), 62303.41, 2);
    expect(value(29, 1)).toBe("Fine-tune");
    // Memory at 43,200 over the year against 68,500 for fine-tuning (17,500 + 12 x 4,250): the money overrules.
    expect(value(26, 5)).toBe(3400 * 12 + 200 * 12);
    expect(value(40, 1)).toBe("Use memory");
    expect(value(41, 1)).toBe(
      "The rule allows fine-tuning, but the small model with memory costs $25,300 less in total.",
    );
  });

  it("fills the scenario formulas down 20 rows, each row computing its own workload", () => {
    const sheet = workbook.sheetId("Scenarios");
    const cell = (row: number, column: number) => workbook.cell(sheet, row, column);
    for (let index = 0; index < SCENARIO_ROWS; index++) {
      const row = SCENARIO_FIRST_ROW - 1 + index;
      expect(cell(row, 9).formula).toBe(`=AICOST.FT_BREAKEVEN($B$3,I${row + 1},$B$4)`);
      const [volume, input, output] = [1, 2, 3].map((column) => cell(row, column).value as number);
      const [large, small] = [4, 5].map((column) => findModel(cell(row, column).value as string));
      if (!large || !small) throw new Error("scenario models are in the catalogue");
      const largeCost = requestCost({
        inputTokens: input,
        outputTokens: output,
        inputPrice: large.prices.input,
        outputPrice: large.prices.output,
      });
      const smallCost = requestCost({
        inputTokens: input,
        outputTokens: output,
        inputPrice: small.prices.input,
        outputPrice: small.prices.output,
      });
      const savings = monthlySavings({
        largeCostPerRequest: largeCost,
        smallCostPerRequest: smallCost,
        requestsPerMonth: volume,
      });
      const months = breakEvenMonths({
        upfrontCost: 17500,
        monthlySavings: savings,
        monthlyMaintenance: 1250,
        annualDiscountRate: 0,
      });
      expectNear(cell(row, 8).value, savings, 6);
      expectNear(cell(row, 9).value, months.paysBack ? months.months : NaN, 6);
      expectNear(
        cell(row, 10).value,
        netSavings({
          upfrontCost: 17500,
          monthlySavings: savings,
          months: 12,
          monthlyMaintenance: 1250,
          annualDiscountRate: 0,
        }),
        6,
      );
    }
  });
});

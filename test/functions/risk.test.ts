/** FT_PAYBACK_RISK and FT_SENSITIVITY as Excel calls them: ranges in, tables out, bad input named (SPEC 3.10). */
import { paybackRisk } from "../../src/engine";
import { FT_SENSITIVITY } from "../../src/functions/declarations";
import { resultSize, type FunctionDeclaration } from "../../src/functions/runner";
import { callRange, naError, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";
import { emptyWorkbook } from "../helpers/workbook";

const row = (...values: unknown[]) => [values];
const column = (...values: unknown[]) => values.map((value) => [value]);

describe("FT_PAYBACK_RISK", () => {
  it("with every input fixed: chances of 1 and 0, every percentile the deterministic figure", () => {
    expect(callRange("FT_PAYBACK_RISK", 17500, 8250, 1250)).toEqual([
      ["measure", "value"],
      ["chance of breaking even within 12 months", 1],
      ["chance of never breaking even", 0],
      ["break-even months, 10th percentile", 2.5],
      ["break-even months, median", 2.5],
      ["break-even months, 90th percentile", 2.5],
      ["net savings after 12 months, 10th percentile", 66500],
      ["net savings after 12 months, median", 66500],
      ["net savings after 12 months, 90th percentile", 66500],
    ]);
  });

  it("takes a negative low for monthly savings: the downside where the small model ends up costing more", () => {
    // Savings triangular from -$2,000 through $8,250 to $12,000 a month against $1,250 of maintenance:
    // it never breaks even when savings fall at or below $1,250, with the triangle's probability
    // (1,250 + 2,000)² / ((12,000 + 2,000) × (8,250 + 2,000)) ≈ 7.36 %.
    const table = callRange("FT_PAYBACK_RISK", 17500, row(-2000, 8250, 12000), 1250, 12, 0, 100_000, 7);
    const never = (3250 * 3250) / (14000 * 10250);
    expect(table[2][0]).toBe("chance of never breaking even");
    // Within half a per cent: the sampling error at 100,000 samples is under 0.1 %.
    expectNear(table[2][1], never, 2);
    // The 10th-percentile net savings fall below zero: the downside shows.
    expect(table[6][1] as number).toBeLessThan(0);
  });

  it("simulates ranges in a row or a column alike, with the engine's figures, the same on every call", () => {
    const fromRows = callRange("FT_PAYBACK_RISK", row(5000, 30000), row(2000, 8250, 12000), row(500, 2000), 24, 0.1);
    const fromColumns = callRange(
      "FT_PAYBACK_RISK",
      column(5000, 30000),
      column(2000, 8250, 12000),
      column(500, 2000),
      24,
      0.1,
    );
    expect(fromColumns).toEqual(fromRows);
    expect(callRange("FT_PAYBACK_RISK", row(5000, 30000), row(2000, 8250, 12000), row(500, 2000), 24, 0.1)).toEqual(
      fromRows,
    );
    const risk = paybackRisk({
      upfrontCost: { kind: "uniform", low: 5000, high: 30000 },
      monthlySavings: { kind: "triangular", low: 2000, mode: 8250, high: 12000 },
      monthlyMaintenance: { kind: "uniform", low: 500, high: 2000 },
      withinMonths: 24,
      annualDiscountRate: 0.1,
      samples: 10_000,
      seed: 1,
    });
    expect(fromRows[1]).toEqual(["chance of breaking even within 24 months", risk.chanceWithin]);
    expect(fromRows.slice(3, 6).map((cells) => cells[1])).toEqual(risk.breakEvenMonths);
    expect(fromRows.slice(6).map((cells) => cells[1])).toEqual(risk.netSavings);
  });

  it("a seed and a sample count change the draws; the samples' count is kept within its bounds", () => {
    const table = (samples: number, seed: number) =>
      callRange("FT_PAYBACK_RISK", row(5000, 30000), row(2000, 12000), 0, 12, 0, samples, seed);
    expect(table(1000, 2)).not.toEqual(table(1000, 1));
    expect(table(1000, 1)).toEqual(table(1000, 1));
    expect(table(99, 1)).toEqual([
      [valueError("samples must be a whole number of samples from 100 to 1,000,000; got 99.")],
    ]);
    expect(table(1_000_001, 1)[0][0]).toEqual(
      valueError("samples must be a whole number of samples from 100 to 1,000,000; got 1000001."),
    );
    // A seed is 32 bits: no two seeds give the same draws.
    expect(table(1000, 4_294_967_296)[0][0]).toEqual(
      valueError("seed must be a whole number from 0 to 4,294,967,295; got 4294967296."),
    );
    expect(callRange("FT_PAYBACK_RISK", 17500, 8250, 0, 0)[0][0]).toEqual(
      valueError("within_months must be a whole number of months from 1 to 1,200; got 0."),
    );
  });

  it("says where a percentile falls among samples that never break even, and how many do", () => {
    const table = callRange("FT_PAYBACK_RISK", 17500, row(0, 2000), 1250, 12, 0, 10_000, 1);
    const never = table[2][1] as number;
    expectNear(never, 0.625, 1);
    const message = `never breaks even: ${(never * 100).toLocaleString("en-US", { maximumFractionDigits: 10 })}% of the samples never break even, and this percentile falls among them`;
    // Never is later than any month: the median and the 90th percentile fall among those samples.
    expect(typeof table[3][1]).toBe("number");
    expect(table[4][1]).toEqual(naError(message));
    expect(table[5][1]).toEqual(naError(message));
  });

  it("says that none of the samples breaks even where none does, not 100% beside a chance shown as more than 99.9%", () => {
    // Savings always below the maintenance: no sample ever breaks even.
    const table = callRange("FT_PAYBACK_RISK", 17500, row(0, 1000), 1250, 12, 0, 1_000, 1);
    expect(table[2][1]).toBe(1);
    for (const r of [3, 4, 5])
      expect(table[r][1]).toEqual(naError("never breaks even: none of the samples breaks even"));
  });

  it.each([
    ["low above high", [row(30000, 5000), 8250], "upfront_cost must run low ≤ high; got 30,000, 5,000."],
    [
      "a most likely value outside its range",
      [17500, row(2000, 12000, 8250)],
      "monthly_savings must run low ≤ most likely ≤ high; got 2,000, 12,000, 8,250.",
    ],
    [
      "four cells",
      [row(1, 2, 3, 4), 8250],
      "upfront_cost must be one value, {low, high} or {low, most likely, high} in a row or a column; got a range of 1 x 4 cells.",
    ],
    [
      "a block of two rows and two columns",
      [
        [
          [1, 2],
          [3, 4],
        ],
        8250,
      ],
      "upfront_cost must be one value, {low, high} or {low, most likely, high} in a row or a column; got a range of 2 x 2 cells.",
    ],
    [
      "a negative value",
      [17500, 8250, row(-5, 2000)],
      "monthly_maintenance (low) must be a number ≥ 0 (US dollars per month); got -5.",
    ],
    [
      "text",
      [17500, row("a lot", 9000)],
      'monthly_savings (low) must be a number (US dollars per month); got "a lot".',
    ],
    [
      "a blank high",
      [row(5000, null), 8250],
      "upfront_cost (high) is required: a number ≥ 0 (US dollars); got a blank cell.",
    ],
    [
      "a required argument left blank",
      [17500, null],
      "monthly_savings is required: a number (US dollars per month); got a blank cell.",
    ],
  ])("refuses %s, naming the argument", (_, args, message) => {
    expect(callRange("FT_PAYBACK_RISK", ...args)).toEqual([[valueError(message)]]);
  });

  it("passes an error in a range on", () => {
    expect(callRange("FT_PAYBACK_RISK", row(5000, { code: "#N/A", message: "no price" }), 8250)).toEqual([
      [naError("no price")],
    ]);
  });
});

describe("FT_SENSITIVITY", () => {
  it("spills the tornado of SPEC 3.10, largest swing first", () => {
    expect(callRange("FT_SENSITIVITY", row(5000, 30000), row(2000, 8250, 12000), row(500, 2000))).toEqual([
      ["input", "low", "high", "net savings at low", "net savings at high", "swing"],
      ["monthly_savings", 2000, 12000, 500, 240500, 240000],
      ["monthly_maintenance", 500, 2000, 168500, 132500, 36000],
      ["upfront_cost", 5000, 30000, 163000, 138000, 25000],
    ]);
  });

  it("has a row for each input with a range only, and says so when none has one", () => {
    expect(callRange("FT_SENSITIVITY", 17500, row(2000, 12000), 1250, 12).map((cells) => cells[0])).toEqual([
      "input",
      "monthly_savings",
    ]);
    expect(callRange("FT_SENSITIVITY", 17500, 8250, 1250)).toEqual([
      [
        naError(
          "No input has a range to swing: give upfront_cost, monthly_savings or monthly_maintenance as one value, {low, high} or {low, most likely, high} in a row or a column.",
        ),
      ],
    ]);
  });

  it("declares its size from the ranges' sizes alone, before their values are known", () => {
    const size = (...args: unknown[]) => resultSize(FT_SENSITIVITY as FunctionDeclaration, args);
    expect(size(row(null, null), row(null, null, null), null)).toEqual([3, 6]);
    expect(size(17500, column(null, null), row(null, null))).toEqual([3, 6]);
    expect(size(17500, 8250, row(1, 2))).toEqual([2, 6]);
    expect(size(17500, 8250)).toEqual([1, 1]);
  });
});

describe("typed in the preview (HyperFormula)", () => {
  it("spills both tables with array constants or ranges, sized before their values are known", () => {
    const hf = emptyWorkbook();
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [
      ["=AICOST.FT_SENSITIVITY({5000,30000},{2000,8250,12000},{500,2000})"],
    ]);
    expect([at(1, 0), at(1, 5), at(3, 0), at(3, 5)]).toEqual(["monthly_savings", 240000, "upfront_cost", 25000]);
    hf.setCellContents({ sheet: 0, row: 10, col: 0 }, [[5000, 30000, null, 8250]]);
    hf.setCellContents({ sheet: 0, row: 11, col: 0 }, [["=AICOST.FT_PAYBACK_RISK(A11:B11,D11)"]]);
    expect(at(12, 0)).toBe("chance of breaking even within 12 months");
    // Net savings after 12 months, 90th percentile: 99,000 less an upfront cost near its 10th percentile (7,500).
    expect(at(19, 0)).toBe("net savings after 12 months, 90th percentile");
    expect(Math.abs((at(19, 1) as number) - (8250 * 12 - 7500))).toBeLessThan(500);
  });
});

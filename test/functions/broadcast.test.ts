/** SPEC 3.7: ranges in, arrays of the broadcast shape out, a bad cell failing alone. */
import { ExcelError } from "../../src/functions/excelError";
import { FUNCTIONS } from "../../src/functions/declarations";
import { call, callRange, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

describe("broadcasting over ranges", () => {
  it("a column in gives a column of the same shape out", () => {
    const volumes = [50000, 100000, 250000, 500000, 1000000];
    const result = callRange("FT_MONTHLY_SAVINGS", 0.0225, 0.006, column(...volumes));
    expect(result).toHaveLength(5);
    result.forEach((row, index) => {
      expect(row).toHaveLength(1);
      expectNear(row[0], 0.0165 * volumes[index], 9);
    });
  });

  it("two columns of equal height pair up row by row", () => {
    const result = callRange("FT_BREAKEVEN", column(5000, 30000, 5000, 30000), column(8250, 8250, 1650, 1650));
    expect(result.map((row) => Math.round((row[0] as number) * 100) / 100)).toEqual([0.61, 3.64, 3.03, 18.18]);
  });

  it("a column against a row spreads into a grid, as Excel does", () => {
    const result = callRange("FT_BREAKEVEN", [[5000, 17500, 30000]], column(1650, 8250));
    expect(result).toHaveLength(2);
    expect(result[0]).toHaveLength(3);
    expectNear(result[1][2], 30000 / 8250, 12);
    expectNear(result[0][1], 17500 / 1650, 12);
  });

  it("a bad element gives an error in its own cell only, naming its row", () => {
    const result = callRange("REQUEST_COST", column(5000, "lots", -1, null, "2,000"), 500, 3, 15);
    expectNear(result[0][0], 0.0225, 12);
    expect(result[1][0]).toEqual(
      valueError('input_tokens (row 2 of its range) must be a number ≥ 0 (tokens per request); got "lots".'),
    );
    expect(result[2][0]).toEqual(
      valueError("input_tokens (row 3 of its range) must be a number ≥ 0 (tokens per request); got -1."),
    );
    expect(result[3][0]).toEqual(
      valueError("input_tokens (row 4 of its range) is required: a number ≥ 0 (tokens per request); got a blank cell."),
    );
    expectNear(result[4][0], (2000 * 3 + 500 * 15) / 1e6, 12);
  });

  it("a never-breaks-even row is #N/A in its own cell", () => {
    const result = callRange("FT_BREAKEVEN", 5000, column(8250, 1650), column(0, 2000));
    expectNear(result[0][0], 5000 / 8250, 12);
    expect(result[1][0]).toBeInstanceOf(ExcelError);
    expect((result[1][0] as ExcelError).code).toBe("#N/A");
  });

  it("a blank cell in an optional column takes the default", () => {
    const result = callRange("FT_BREAKEVEN", column(17500, 17500), 8250, column(1250, null));
    expect(result).toEqual([[2.5], [17500 / 8250]]);
  });

  it("models and text choices broadcast too", () => {
    const result = callRange("MODEL_PRICE", column("gpt-4o", "claude-sonnet-4", "nope"), [["input", "output"]]);
    expect(result[0]).toEqual([2.5, 10]);
    expect(result[1]).toEqual([3, 15]);
    expect((result[2][0] as ExcelError).code).toBe("#N/A");
    expect(callRange("FT_DECISION", column("classification", "creative"), 8, 12, column(600000, 600000))).toEqual([
      ["Fine-tune"],
      ["Use the larger model"],
    ]);
  });

  it("cells of a 2-D range are named by row and column", () => {
    const result = callRange(
      "REQUEST_COST",
      [
        [1, 2],
        [3, "x"],
      ],
      1,
      1,
      1,
    );
    expect(result[1][1]).toEqual(
      valueError('input_tokens (row 2, column 2 of its range) must be a number ≥ 0 (tokens per request); got "x".'),
    );
  });

  it("mismatched shapes are #VALUE! for the whole call", () => {
    expect(callRange("FT_BREAKEVEN", column(1, 2, 3), column(1, 2))).toEqual([
      [
        valueError(
          "Ranges do not line up: upfront_cost is 3 x 1 cells but monthly_savings is 2 x 1. Use ranges of one size; a single cell, row or column stretches to fit.",
        ),
      ],
    ]);
    expect(callRange("FT_BREAKEVEN", [[1, 2, 3]], [[1, 2]])[0][0]).toBeInstanceOf(ExcelError);
  });

  it("1,000 rows from one call equal 1,000 scalar calls", () => {
    const upfront = Array.from({ length: 1000 }, (_, i) => 5000 + i * 25);
    const savings = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? "bad" : 1000 + i * 10));
    const result = callRange("FT_BREAKEVEN", column(...upfront), column(...savings), 250, 0.08);
    expect(result).toHaveLength(1000);
    result.forEach((row, i) => {
      const single = call("FT_BREAKEVEN", upfront[i], savings[i], 250, 0.08);
      if (single instanceof ExcelError) {
        expect(row[0]).toBeInstanceOf(ExcelError);
        expect((row[0] as ExcelError).message).toBe(
          single.message.replace("monthly_savings", `monthly_savings (row ${i + 1} of its range)`),
        );
      } else {
        expect(row[0]).toBe(single);
      }
    });
  });

  it("every single-valued function accepts a range for every argument", () => {
    for (const definition of Object.values(FUNCTIONS)) {
      if (definition.shape !== "broadcast") continue;
      const args = definition.params.map((param) =>
        param.kind === "table"
          ? null
          : param.kind === "text"
            ? param.name === "name"
              ? "hourly_rate"
              : "gpt-4o"
            : param.kind === "choice"
              ? param.choices[0]
              : param.kind === "boolean"
                ? false
                : 1,
      );
      const single = call(definition.id, ...args);
      const ranged = callRange(definition.id, ...args.map((arg) => (arg === null ? null : column(arg, arg))));
      expect(ranged).toEqual([[single], [single]]);
    }
  });

  it("table functions refuse a range where a single value is needed", () => {
    expect(callRange("FT_DECISION_REASONS", column("classification", "extraction"), 8, 12, 1)).toEqual([
      [valueError("task_type must be a single value; got a range of 2 x 1 cells.")],
    ]);
  });
});

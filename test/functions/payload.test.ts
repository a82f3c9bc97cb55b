/**
 * A result's payload (SPEC 3.8): estimated as the JSON Excel exchanges, within 5 % of
 * JSON.stringify of real results as Excel's adapter returns them, and refused whole, with a message
 * to split the range, exactly where it passes the 2.5 MB budget.
 */
import { createCustomFunctionsRuntime } from "../../src/preview/customFunctionsRuntime";
import { FUNCTIONS } from "../../src/functions/declarations";
import { excelAdapter } from "../../src/functions/excelHost";
import { ExcelError } from "../../src/functions/excelError";
import { MAX_RESULT_PAYLOAD_BYTES, payloadBytes, payloadOver } from "../../src/functions/payload";
import { runFunction } from "../../src/functions/runner";

beforeAll(() => Object.assign(globalThis, { CustomFunctions: createCustomFunctionsRuntime() }));

const column = (length: number, value: (r: number) => unknown): unknown[][] =>
  Array.from({ length }, (_, r) => [value(r)]);

/** A call as Excel makes it: every argument a matrix, left out as null. */
const args = (id: string, given: readonly unknown[]) =>
  FUNCTIONS[id].params.map((_, p) => {
    const value = given[p];
    return value === undefined || value === null ? null : Array.isArray(value) ? value : [[value]];
  });

const REAL: [string, string, unknown[]][] = [
  [
    "FT_BREAKEVEN over 100,000 rows, discounted",
    "FT_BREAKEVEN",
    [column(100_000, (r) => 5000 + (r % 100) * 250), column(100_000, (r) => 2000 + ((r * 37) % 9000)), 1250, 0.1],
  ],
  [
    "FT_GPU_MONTHLY_COST over 100,000 volumes",
    "FT_GPU_MONTHLY_COST",
    [column(100_000, (r) => 10_000 + r * 1_000), 1000, 200, 3.99, 8000],
  ],
  [
    "MODEL_REQUEST_COST over 60,000 rows, one in three with negative tokens (#VALUE! with its message)",
    "MODEL_REQUEST_COST",
    [
      column(60_000, (r) => (r % 2 === 0 ? "gpt-4o" : "claude-sonnet-4.6")),
      column(60_000, (r) => (r % 3 === 0 ? -r : 500 + r)),
      300,
    ],
  ],
  [
    "FT_BREAKEVEN over 30,000 rows, one in four never paying back (#N/A with its message)",
    "FT_BREAKEVEN",
    [column(30_000, () => 5000), column(30_000, (r) => (r % 4 === 0 ? 100 : 2000 + r)), 1250],
  ],
  [
    "FT_BREAKEVEN over 60,000 rows of text: #VALUE! with messages, then without",
    "FT_BREAKEVEN",
    [column(60_000, () => "abc"), 8250],
  ],
  ["TCO_SERIES over 1,200 months", "TCO_SERIES", [100, 0.01, 1000, 1200]],
];

describe("the payload estimate", () => {
  it.each(REAL)("is within 5 %% of JSON.stringify for %s", (_, id, given) => {
    const raw = args(id, given);
    const cells = runFunction(FUNCTIONS[id], raw);
    const json = JSON.stringify(excelAdapter(FUNCTIONS[id])(...raw)).length;
    expect(cells.length).toBeGreaterThan(1);
    expect(Math.abs(payloadBytes(cells) / json - 1)).toBeLessThan(0.05);
    // Measured cell by cell, it is the JSON's length.
    expect(payloadBytes(cells, true)).toBe(json);
  });

  it("samples every column of a wide result alike: long numbers in some columns, short ones in others", () => {
    // 100,000 x 2 (every other column long) and 50,000 x 4 (the first column short): a stride that
    // fell on one column would miss by half or more.
    const wide = (rows: number, columns: number, long: (c: number) => boolean) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => (long(c) ? 1 / (r + 3) : r % 10)),
      );
    for (const cells of [
      wide(100_000, 2, (c) => c === 0),
      wide(50_000, 4, (c) => c > 0),
      wide(30_000, 6, (c) => c % 3 === 0),
    ]) {
      const json = JSON.stringify(cells).length;
      expect(Math.abs(payloadBytes(cells) / json - 1)).toBeLessThan(0.05);
      expect(payloadOver(cells) !== undefined).toBe(json > MAX_RESULT_PAYLOAD_BYTES);
    }
    // A few numbers among many errors are counted, not taken for none.
    const sparse = Array.from({ length: 30_000 }, (_, r) => [r === 12_345 ? 1 / 3 : new ExcelError("#N/A", "")]);
    expect(payloadBytes(sparse)).toBe(payloadBytes(sparse, true));
  });

  it("counts an error's code and message as CustomFunctions.Error serializes them", () => {
    const cells = [
      [new ExcelError("#N/A", 'no "model"'), new ExcelError("#DIV/0!", "")],
      [1.5, "text"],
    ];
    const converted = [
      [
        new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, 'no "model"'),
        new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
      ],
      [1.5, "text"],
    ];
    expect(payloadBytes(cells, true)).toBe(JSON.stringify(converted).length);
  });
});

describe("a result past the budget", () => {
  // FT_TRAINING_COST(examples, 1M tokens, 1 epoch, $1) is the examples: 12-digit numbers, each row
  // "[100000000000]," of 15 characters, so that n rows take 15n + 1 bytes.
  const training = (rows: number) =>
    args("FT_TRAINING_COST", [column(rows, (r) => 100_000_000_000 + r), 1_000_000, 1, 1]);
  const edge = Math.floor((MAX_RESULT_PAYLOAD_BYTES - 1) / 15);

  it("is taken up to the budget's last byte", () => {
    const cells = runFunction(FUNCTIONS.FT_TRAINING_COST, training(edge));
    expect(cells).toHaveLength(edge);
    expect(JSON.stringify(cells).length).toBe(15 * edge + 1);
    expect(15 * edge + 1).toBeLessThanOrEqual(MAX_RESULT_PAYLOAD_BYTES);
    expect(payloadOver(cells)).toBeUndefined();
  });

  it("is refused one row further: one #VALUE! saying to split the range, thrown to Excel whole", () => {
    const cells = runFunction(FUNCTIONS.FT_TRAINING_COST, training(edge + 1));
    expect(15 * (edge + 1) + 1).toBeGreaterThan(MAX_RESULT_PAYLOAD_BYTES);
    expect(cells).toEqual([
      [
        new ExcelError(
          "#VALUE!",
          `The result (${(edge + 1).toLocaleString("en-US")} x 1 cells) is about 2,501 KB; Excel takes 2,500 KB ` +
            "from one formula. Split the range into smaller ones.",
        ),
      ],
    ]);
    // Excel gets a single error, thrown: no partial spill.
    expect(() => excelAdapter(FUNCTIONS.FT_TRAINING_COST)(...training(edge + 1))).toThrow();
  });

  it("200,000 short numbers are inside it; 200,000 errors, their later messages dropped, are not", () => {
    const short = runFunction(
      FUNCTIONS.FT_TRAINING_COST,
      args("FT_TRAINING_COST", [column(200_000, (r) => r % 10), 1e6, 1, 1]),
    );
    expect(short).toHaveLength(200_000);
    const errors = runFunction(FUNCTIONS.FT_BREAKEVEN, args("FT_BREAKEVEN", [column(200_000, () => "abc"), 8250]));
    expect(errors).toHaveLength(1);
    expect((errors[0][0] as ExcelError).message).toMatch(/^The result \(200,000 x 1 cells\) is about/);
  });
});

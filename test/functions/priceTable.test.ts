/** SPEC 3.1: the optional price_table range overrides the catalogue for the models it lists. */
import { PRICE_TABLE_COLUMNS } from "../../src/engine";
import { call, callRange, naError, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

const HEADER = [
  "model",
  "input",
  "output",
  "cached input",
  "ft training",
  "ft input",
  "ft output",
  "ft hosting per hour",
];

describe("price_table", () => {
  const table = [
    HEADER,
    ["claude-sonnet-4", 2.4, 12, 0, 0, 0, 0, 0],
    [null, null, null, null, null, null, null, null],
    ["in-house-7b", "0.05", "0.10", "", 1, 0.06, 0.12, 0.9],
    [0, 0, 0, 0, 0, 0, 0, 0],
  ];

  it("overrides the catalogue for a listed model, matched through its aliases", () => {
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4", 5000, 500, table), (5000 * 2.4 + 500 * 12) / 1e6, 12);
    expectNear(call("MODEL_REQUEST_COST", "Sonnet-4", 5000, 500, table), (5000 * 2.4 + 500 * 12) / 1e6, 12);
  });

  it("leaves other models to the catalogue", () => {
    expectNear(call("MODEL_REQUEST_COST", "claude-3.5-haiku", 5000, 500, table), 0.006, 12);
  });

  it("adds models the catalogue lacks, with numeric text read as numbers", () => {
    expect(call("MODEL_PRICE", "IN-HOUSE-7B", "ft_hosting_hour", table)).toBe(0.9);
    expectNear(call("FT_REQUEST_COST", "in-house-7b", 1000, 100, table), (1000 * 0.06 + 100 * 0.12) / 1e6, 12);
  });

  it("replaces the entry entirely: a 0 or blank optional price is not offered", () => {
    expect(call("MODEL_PRICE", "claude-sonnet-4", "cached_input", table)).toEqual(
      naError(
        "claude-sonnet-4 has no cached_input price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
    expect(call("MODEL_PRICE", "in-house-7b", "cached_input", table)).toEqual(
      naError(
        "in-house-7b has no cached_input price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
  });

  it("needs only model, input and output columns, and no header", () => {
    expect(call("MODEL_PRICE", "gpt-4o", "output", [["gpt-4o", 2, 9]])).toBe(9);
  });

  it("feeds FT_COMPARE", () => {
    const result = callRange(
      "FT_COMPARE",
      "claude-sonnet-4",
      "in-house-7b",
      1000,
      100,
      100000,
      12,
      5000,
      500,
      0,
      0,
      0,
      table,
    );
    expectNear(result[1][1], (1000 * 2.4 + 100 * 12) / 1e6, 12);
    expectNear(result[2][2], 100000 * ((1000 * 0.06 + 100 * 0.12) / 1e6) + 500 + 0.9 * 730, 9);
  });

  describe("edge cases: malformed tables are #VALUE! naming the row and column", () => {
    it.each([
      [
        [HEADER.slice(0, 3), ["gpt-4o", 2, "cheap"]],
        'price_table row 2, column 3 (output) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); got "cheap".',
      ],
      [
        [["gpt-4o", -2, 8]],
        "price_table row 1, column 2 (input) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); got -2.",
      ],
      [
        [["gpt-4o", 2, null]],
        "price_table row 1, column 3 (output) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); got a blank cell.",
      ],
      [
        [["gpt-4o", 2, 8, "n/a"]],
        'price_table row 1, column 4 (cached_input) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); got "n/a".',
      ],
      [[HEADER.slice(0, 3), [null, 2, 8]], "price_table row 2, column 1 (model) must be a model id; got a blank cell."],
      [[["gpt-4o", 2]], "price_table needs at least 3 columns (model, input, output) and at most 16; got 2."],
    ])("%j", (badTable, message) => {
      expect(call("MODEL_PRICE", "gpt-4o", "input", badTable)).toEqual(valueError(message));
    });

    it("a malformed table fails the whole call, even for a model it does not list", () => {
      expect(
        callRange("MODEL_REQUEST_COST", [["a"], ["b"]], 1, 1, [
          ["x", "y", "z"],
          ["m", 1, "bad"],
        ]),
      ).toEqual([
        [
          valueError(
            'price_table row 2, column 3 (output) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); got "bad".',
          ),
        ],
      ]);
    });
  });

  describe("the longer layout of SPEC 3.1", () => {
    it("reads the columns in the order the spec gives them, the first seven as they always were", () => {
      expect(PRICE_TABLE_COLUMNS).toEqual([
        ...HEADER,
        "cache write",
        "batch input",
        "batch output",
        "long-context threshold",
        "long input",
        "long output",
        "ft cached input",
        "dedicated gpu per hour",
      ]);
    });

    it("a full row prices caching, batch and long context for a model of the analyst's own", () => {
      // model, input, output, cached, ft training, ft input, ft output, hosting, cache write,
      // batch in, batch out, threshold, long in, long out, ft cached.
      const table = [["house-70b", 1, 4, 0.1, "", "", "", "", 1.25, 0.5, 2, 100000, 2, 6, ""]];
      expect(call("MODEL_PRICE", "house-70b", "long_context_threshold", table)).toBe(100000);
      expect(call("MODEL_PRICE", "house-70b", "cache_write", table)).toBe(1.25);
      expectNear(call("MODEL_REQUEST_COST", "house-70b", 1000, 100, table, 0, 1), (1000 * 0.5 + 100 * 2) / 1e6, 12);
      expectNear(call("MODEL_REQUEST_COST", "house-70b", 200000, 100, table), (200000 * 2 + 100 * 6) / 1e6, 12);
      expect(
        call("MODEL_PRICE", "house-70b", "long_context_threshold", [
          ["house-70b", 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, "many"],
        ]),
      ).toEqual(
        valueError(
          'price_table row 1, column 12 (long_context_threshold) must be a number of input tokens ≥ 0; got "many".',
        ),
      );
    });

    it("an old seven-column table still reads as it did", () => {
      const table = [["gpt-4o", 2, 8, 1, 20, 3, 12, 1.5]];
      expect(call("MODEL_PRICE", "gpt-4o", "ft_hosting_hour", table)).toBe(1.5);
      expect(call("MODEL_PRICE", "gpt-4o", "ft_training", table)).toBe(20);
    });
  });
});

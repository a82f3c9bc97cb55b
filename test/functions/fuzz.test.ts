/**
 * Every custom function through its Excel adapter (the functions Excel calls, with a stand-in for
 * the CustomFunctions runtime), fed 10,000 Excel-shaped argument lists each: numbers huge, tiny,
 * negative and zero, numeric and other text, booleans, null, blanks, ranges of mixed content and
 * shapes Excel never sends. Nothing may throw but an Excel error, return NaN or Infinity, or leave
 * an error without a message; and the work done grows linearly with the size of the input.
 */
import fc from "fast-check";
import "../../src/preview/customFunctionsRuntime";
import * as definitions from "../../src/functions/declarations";
import { excelAdapter } from "../../src/functions/excelHost";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";
import type { FunctionDeclaration } from "../../src/functions/runner";

const StandInError = (
  globalThis as unknown as { CustomFunctions: { Error: new () => { code: string; message?: string } } }
).CustomFunctions.Error;

type Adapter = (...args: unknown[]) => unknown[][];
const ADAPTERS: Readonly<Record<string, Adapter>> = Object.fromEntries(
  definitions.DECLARATIONS.map((declaration) => [declaration.id, excelAdapter(declaration)]),
);

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -1, max: 1 }),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.1, 1e-12),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("5000", " 5,000 ", "$3", "10%", "1e3", "-2", "0x10", "Infinity", "NaN", "TRUE", "false", "", "   "),
  fc.constantFrom(
    "gpt-4o",
    "CLAUDE-SONNET-4",
    "azure/gpt-4.1-mini",
    "classification",
    "conversation",
    "low",
    "mid",
    "ft_hosting_hour",
    "upfront_total",
    "openai",
  ),
);
const scalar = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant(undefined));
const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(scalar, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );
const oddShape = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.array(scalar, { maxLength: 3 }),
  fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }),
  fc.constant([[[1, 2]]]),
  fc.constant({ code: "#DIV/0!", message: "" }),
);
/** An argument as Excel passes it to a matrix parameter, mostly, and now and then as it never would. */
const argument = fc.oneof(
  { weight: 6, arbitrary: scalar.map((value) => (value === undefined ? null : [[value]])) },
  { weight: 3, arbitrary: range },
  { weight: 1, arbitrary: oddShape },
  { weight: 1, arbitrary: scalar },
);

function checkResult(id: string, run: () => unknown[][]): void {
  let result: unknown[][];
  try {
    result = run();
  } catch (error) {
    if (!(error instanceof StandInError)) throw new Error(`${id} threw ${String(error)}`);
    if (!error.message) throw new Error(`${id} threw ${error.code} without a message`);
    if (error.message.length > MAX_MESSAGE_LENGTH) throw new Error(`${id} threw a message Excel for Mac cuts`);
    return;
  }
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${id} returned ${JSON.stringify(result)}`);
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== result[0].length) throw new Error(`${id} returned a ragged result`);
    for (const cell of row) {
      if (cell instanceof StandInError) {
        if (!cell.message) throw new Error(`${id} returned ${cell.code} without a message`);
        if (cell.message.length > MAX_MESSAGE_LENGTH) throw new Error(`${id} returned a message Excel for Mac cuts`);
      } else if (typeof cell === "number") {
        if (!Number.isFinite(cell)) throw new Error(`${id} returned ${cell}`);
      } else if (typeof cell !== "string" && typeof cell !== "boolean") {
        throw new Error(`${id} returned a cell of type ${typeof cell}`);
      }
    }
  }
}

const ids = Object.keys(ADAPTERS);

describe("fuzzing every custom function through its Excel adapter", () => {
  it("adapts all 19 functions", () => {
    expect(ids.sort()).toEqual(Object.keys(definitions.FUNCTIONS).sort());
  });

  it.each(ids)("%s: 10,000 Excel-shaped calls, only Excel errors with messages, never NaN or Infinity", (id) => {
    const adapter = ADAPTERS[id];
    const arity = definitions.FUNCTIONS[id].params.length;
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: arity }), (args) => {
        checkResult(id, () => adapter(...args));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("work grows linearly with the input", () => {
  const broadcast = Object.values(definitions.FUNCTIONS).filter((definition) => definition.shape === "broadcast");

  it.each(broadcast.map((definition) => [definition.id, definition]))(
    "%s computes each cell of a range once: n rows, n computations",
    (_, definition: FunctionDeclaration) => {
      const spy = jest.spyOn(definition, "compute");
      const sample: Record<string, unknown> = { text: "gpt-4o", choice: undefined, boolean: false, number: 1 };
      const column = (rows: number, value: unknown) => Array.from({ length: rows }, () => [value]);
      const callWith = (rows: number) =>
        ADAPTERS[definition.id](
          ...definition.params.map((param, index) => {
            if (param.kind === "priceTable") return null;
            const value =
              param.kind === "choice"
                ? param.choices[0]
                : param.kind === "text" && param.name === "name"
                  ? "hourly_rate"
                  : sample[param.kind];
            return index === 0 ? column(rows, value) : [[value]];
          }),
        );
      for (const rows of [1_000, 8_000]) {
        spy.mockClear();
        const result = callWith(rows);
        expect(result).toHaveLength(rows);
        expect(spy).toHaveBeenCalledTimes(rows);
      }
      spy.mockRestore();
    },
  );

  it("TCO_SERIES computes months + 1 values in one call, and TCO the same total in constant work", () => {
    const series = ADAPTERS.TCO_SERIES([[100]], [[0.01]], [[1000]], [[50_000]], null, [[0.1]], [[0.01]], [[-0.2]]);
    expect(series).toHaveLength(50_001);
    expect(ADAPTERS.TCO([[100]], [[0.01]], [[1000]], [[50_000]], null, [[0.1]], [[0.01]], [[-0.2]])).toEqual([
      series[50_000],
    ]);
  });
});

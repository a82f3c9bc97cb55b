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
/** Cells as Excel hands them over with errors and data types enabled (SPEC 3.8). */
const excelObject = fc.constantFrom(
  { code: "#N/A", message: "not found elsewhere" },
  { code: "#DIV/0!" },
  { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" },
  { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" },
  { type: "Error", errorType: "Ref", basicValue: "#REF!" },
  { type: "Error", errorType: "Name", basicValue: "#NAME?" },
  { type: "Error", errorType: "Value", basicValue: "#VALUE!" },
  { type: "Error", errorType: "Div0" },
  { code: "#N/A", message: "a very long message from another add-in ".repeat(12) },
  { code: "#VALUE!", message: "" },
  { type: "FormattedNumber", basicValue: 1200, numberFormat: "$#,##0" },
  { type: "Double", basicValue: -3 },
  { type: "String", basicValue: "gpt-4o" },
  { type: "Boolean", basicValue: true },
  { type: "Entity", text: "Microsoft", properties: {} },
  { type: "WebImage", address: "https://example.com/a.png" },
);
const scalar = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant(undefined), excelObject);
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

/** Errors Excel shows without a message: those that carry none, and #VALUE! or #N/A passed on as received. */
function silentCodes(args: readonly unknown[]): Set<string> {
  const codes = new Set(["#DIV/0!", "#NUM!", "#NULL!"]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    const cell = value as { code?: unknown; basicValue?: unknown; type?: unknown; message?: unknown };
    const code = cell.type === "Error" ? cell.basicValue : cell.code;
    if (typeof code === "string" && !cell.message) codes.add(code);
  };
  args.forEach(visit);
  return codes;
}

function checkError(id: string, error: { code: string; message?: string }, silent: Set<string>): void {
  if (!["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"].includes(error.code)) {
    throw new Error(`${id} gave ${error.code}, which a custom function cannot return`);
  }
  const carries = error.code === "#VALUE!" || error.code === "#N/A";
  if (!carries && error.message !== undefined) throw new Error(`${id} gave ${error.code} with a message`);
  if (carries && !error.message && !silent.has(error.code))
    throw new Error(`${id} gave ${error.code} without a message`);
  if (error.message && error.message.length > MAX_MESSAGE_LENGTH)
    throw new Error(`${id} gave a message Excel for Mac cuts`);
}

function checkResult(id: string, args: readonly unknown[], run: () => unknown[][]): void {
  let result: unknown[][];
  const silent = silentCodes(args);
  try {
    result = run();
  } catch (error) {
    if (!(error instanceof StandInError)) throw new Error(`${id} threw ${String(error)}`);
    checkError(id, error, silent);
    return;
  }
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${id} returned ${JSON.stringify(result)}`);
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== result[0].length) throw new Error(`${id} returned a ragged result`);
    for (const cell of row) {
      if (cell instanceof StandInError) {
        checkError(id, cell, silent);
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
        checkResult(id, args, () => adapter(...args));
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
            if (param.kind === "table") return null;
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
    const series = ADAPTERS.TCO_SERIES([[100]], [[0.01]], [[1000]], [[1_200]], null, [[0.1]], [[0.01]], [[-0.2]]);
    expect(series).toHaveLength(1_201);
    expect(ADAPTERS.TCO([[100]], [[0.01]], [[1000]], [[1_200]], null, [[0.1]], [[0.01]], [[-0.2]])).toEqual([
      series[1_200],
    ]);
  });
});

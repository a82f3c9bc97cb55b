/**
 * What Excel loads: dist/functions.js run in a bare JavaScript context (no window, no document)
 * with a small stand-in for Excel's CustomFunctions runtime, the one part that only Excel has.
 */
import * as vm from "vm";
import * as zlib from "zlib";
import { FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES } from "../../bench/budgets";
import { DECLARATIONS } from "../../src/functions/declarations";
import { createCustomFunctionsRuntime } from "../../src/preview/customFunctionsRuntime";
import { readDist } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";

const runtime = createCustomFunctionsRuntime();
const registered = runtime.associated;
// The bundle reads today's date as Excel's host would: here, the tests' fixed day (jest.config.js).
const context = vm.createContext({ CustomFunctions: runtime, Date });
const metadata = JSON.parse(readDist("functions.json") as string) as {
  functions: { id: string; parameters: unknown[] }[];
};

beforeAll(() => {
  vm.runInContext(readDist("functions.js") as string, context, { filename: "functions.js" });
});

/** Calls a registered function as Excel does: every argument a matrix, omitted ones null. */
function excel(id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  const declared = metadata.functions.find((candidate) => candidate.id === id)?.parameters.length ?? 0;
  // A range is passed as it is; a single value as the 1 x 1 matrix Excel makes of a cell.
  const padded = Array.from({ length: declared }, (_, i) =>
    args[i] === undefined ? null : Array.isArray(args[i]) ? args[i] : [[args[i]]],
  );
  const result = fn(...padded) as unknown[][];
  return result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an Excel error to be thrown");
}

describe("dist/functions.js", () => {
  it("loads with no DOM and registers every declared AICOST function", () => {
    expect([...registered.keys()]).toEqual(DECLARATIONS.map((declaration) => declaration.id));
  });

  it("throws a single error as a CustomFunctions.Error with its message", () => {
    expect(thrown(() => excel("FT_BREAKEVEN", 5000, 1650, 2000))).toEqual(
      new runtime.Error("#N/A", "never breaks even: maintenance $2,000/month exceeds savings $1,650/month"),
    );
    expect(thrown(() => excel("REQUEST_COST", "x", 1, 1, 1))).toEqual(
      new runtime.Error("#VALUE!", 'input_tokens must be a number ≥ 0 (tokens per request); got "x".'),
    );
  });

  it("keeps an error inside a spilled range in its own cell", () => {
    const fn = registered.get("FT_BREAKEVEN") as (...args: unknown[]) => unknown;
    const result = fn([[5000], ["x"], [30000]], [[8250]], null, null) as unknown[][];
    expectNear(result[0][0], 5000 / 8250, 12);
    expect(result[1][0]).toBeInstanceOf(runtime.Error);
    expectNear(result[2][0], 30000 / 8250, 12);
  });

  it("spills tables, with FT_COMPARE's unpriced rows as Excel shows them: #N/A saying why", () => {
    const args = ["claude-sonnet-4", "claude-3.5-haiku", 5000, 500, 500000, 12, 17500, 1250];
    const table = excel("FT_COMPARE", ...args) as unknown[][];
    expect(table).toHaveLength(5);
    expect(table[2][0]).toBe("Fine-tuned small model");
    expect(table[2][3]).toBe(17500);
    for (const column of [1, 2, 4, 5]) {
      expect(table[2][column]).toBeInstanceOf(runtime.Error);
      expect(table[2][column]).toMatchObject({
        code: "#N/A",
        message:
          "claude-3.5-haiku cannot be fine-tuned: Anthropic offers no fine-tuning for it. Choose a model that can be " +
          "(AICOST.MODELS()), or give fine-tuned prices in price_table.",
      });
    }
    // The article's assumption, fine-tuned Haiku at its list prices, as the analyst's own price table.
    const own = [["claude-3.5-haiku", 0.8, 4, 0.08, null, 0.8, 4]];
    const priced = excel("FT_COMPARE", ...args, null, null, null, own) as unknown[][];
    expectNear(priced[2][5], 66500, 2);
    expect((excel("MODELS") as unknown[][]).length).toBeGreaterThan(17);
  });

  it("stays within its budget (it loads before the first formula computes)", () => {
    const gzipped = zlib.gzipSync(readDist("functions.js", null) as Buffer, { level: 9 });
    expect(gzipped.length).toBeLessThanOrEqual(FUNCTIONS_BUNDLE_GZIP_BUDGET_BYTES);
  });

  it("carries no zod: validation of the functions is the runner's", () => {
    expect(readDist("functions.js") as string).not.toMatch(/ZodError|zod/);
  });
});

/**
 * What Excel loads: dist/functions.js run in a bare JavaScript context (no window, no document)
 * with a small stand-in for Excel's CustomFunctions runtime, the one part that only Excel has.
 */
import * as vm from "vm";
import { readDist } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Registered = (...args: unknown[]) => unknown;
const registered = new Map<string, Registered>();
const context = vm.createContext({
  CustomFunctions: {
    associate: (id: string, fn: Registered) => registered.set(id, fn),
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  },
});

beforeAll(() => {
  vm.runInContext(readDist("functions.js") as string, context, { filename: "functions.js" });
});

/** Calls a registered function as Excel does: every argument a matrix, omitted ones null. */
function excel(id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  const padded = Array.from({ length: fn.length }, (_, i) => (args[i] === undefined ? null : [[args[i]]]));
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
  it("loads with no DOM and registers all 19 AICOST functions", () => {
    expect([...registered.keys()].sort()).toEqual([
      "ASSUMPTION",
      "ASSUMPTIONS",
      "FT_BREAKEVEN",
      "FT_BREAKEVEN_VOLUME",
      "FT_COMPARE",
      "FT_DECISION",
      "FT_DECISION_REASONS",
      "FT_MAINTENANCE_MONTHLY",
      "FT_MONTHLY_SAVINGS",
      "FT_NET_SAVINGS",
      "FT_REQUEST_COST",
      "FT_TRAINING_COST",
      "FT_UPFRONT_COST",
      "MODELS",
      "MODEL_PRICE",
      "MODEL_REQUEST_COST",
      "REQUEST_COST",
      "TCO",
      "TCO_SERIES",
    ]);
  });

  it("computes the worked examples of SPEC 3.9", () => {
    expectNear(excel("REQUEST_COST", 5000, 500, 3, 15), 0.0225, 6);
    expectNear(excel("MODEL_REQUEST_COST", "claude-sonnet-4", 5000, 500), 0.0225, 6);
    expectNear(excel("MODEL_REQUEST_COST", "claude-3.5-haiku", 5000, 500), 0.006, 6);
    expectNear(excel("FT_MONTHLY_SAVINGS", 0.0225, 0.006, 500000), 8250, 2);
    expectNear(excel("FT_MONTHLY_SAVINGS", 0.0225, 0.006, 100000), 1650, 2);
    expectNear(excel("FT_BREAKEVEN", 5000, 8250), 0.606, 3);
    expectNear(excel("FT_BREAKEVEN", 30000, 8250), 3.636, 3);
    expectNear(excel("FT_BREAKEVEN", 5000, 1650), 3.03, 2);
    expectNear(excel("FT_BREAKEVEN", 30000, 1650), 18.18, 2);
    expectNear(excel("FT_BREAKEVEN", 30000, 8250, 0, 0.1), 3.7048, 4);
    expectNear(excel("FT_NET_SAVINGS", 17500, 8250, 12, 1250), 66500, 2);
    expectNear(excel("FT_NET_SAVINGS", 17500, 8250, 12, 1250, 0.1), 62303.41, 2);
  });

  it("throws a single error as a CustomFunctions.Error with its message", () => {
    expect(thrown(() => excel("FT_BREAKEVEN", 5000, 1650, 2000))).toEqual(
      new StandInError("#N/A", "never breaks even: maintenance $2,000/month exceeds savings $1,650/month"),
    );
    expect(thrown(() => excel("REQUEST_COST", "x", 1, 1, 1))).toEqual(
      new StandInError("#VALUE!", 'input_tokens must be a number ≥ 0 (tokens per request); got "x".'),
    );
  });

  it("keeps an error inside a spilled range in its own cell", () => {
    const fn = registered.get("FT_BREAKEVEN") as Registered;
    const result = fn([[5000], ["x"], [30000]], [[8250]], null, null) as unknown[][];
    expectNear(result[0][0], 5000 / 8250, 12);
    expect(result[1][0]).toBeInstanceOf(StandInError);
    expectNear(result[2][0], 30000 / 8250, 12);
  });

  it("spills tables", () => {
    const table = excel(
      "FT_COMPARE",
      "claude-sonnet-4",
      "claude-3.5-haiku",
      5000,
      500,
      500000,
      12,
      17500,
      1250,
    ) as unknown[][];
    expect(table).toHaveLength(4);
    expectNear(table[2][5], 66500, 2);
    expect((excel("MODELS") as unknown[][]).length).toBeGreaterThan(17);
  });

  it("stays under the 60 kB budget (it loads before the first formula computes)", () => {
    expect((readDist("functions.js", null) as Buffer).length).toBeLessThan(60 * 1024);
  });

  it("carries no zod: validation of the functions is the runner's", () => {
    expect(readDist("functions.js") as string).not.toMatch(/ZodError|zod/);
  });
});

/**
 * The built functions.js computes what the source computes. The bundle is minified twice (terser,
 * then swc) and leaves out what only documents or what only the pane reads
 * (scripts/webpack/strip-docs.js); either could change a result unnoticed. Every function is called
 * with the same random Excel-shaped arguments through dist/functions.js, run as Excel loads it,
 * and through the source's adapters, on the same CustomFunctions stand-in; every cell must agree,
 * each error's code and message included. Each function's declared examples are called as they
 * are and with one argument swapped for a random one, so that valid calls are many too.
 */
import * as vm from "vm";
import fc from "fast-check";
import { PRICE_CATALOGUE } from "../../src/engine";
import { DECLARATIONS } from "../../src/functions/declarations";
import { excelAdapter } from "../../src/functions/excelHost";
import {
  createCustomFunctionsRuntime,
  type CustomFunctionsStandIn,
  type SheetArgument,
} from "../../src/preview/customFunctionsRuntime";
import { readDist } from "../helpers/dist";

/** Fewer calls for the simulations, each of which draws thousands of samples. */
const RUNS: Readonly<Record<string, number>> = {
  FT_PAYBACK_RISK: 5,
  FT_SENSITIVITY: 12,
  FT_COMPARE_RISK: 6,
  FT_SWITCH_VALUES: 20,
};
const DEFAULT_RUNS = 60;

const cell = fc.oneof(
  fc.constantFrom(0, 1, 12, 24, 0.1, 0.5, 1.5, -3, 100, 5000, 500_000, 46_388, 1e9, null, "", "   "),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.constantFrom("5000", "10%", "1e3", "abc", "TRUE", "2027-01-01", "2027-02-30", "mid", "low", "high"),
  fc.constantFrom("gpt-4o", "claude-sonnet-4.6", "fireworks/llama-3.1-8b-instruct", "gpt-4.1-mini", "gpt-4o-min"),
  fc.constantFrom("classification", "Fine-tune", "Use memory", "openai", "together", true, false),
);
const argument: fc.Arbitrary<SheetArgument> = fc.oneof(
  { weight: 5, arbitrary: cell as fc.Arbitrary<SheetArgument> },
  { weight: 2, arbitrary: fc.array(cell, { minLength: 1, maxLength: 3 }).map((cells) => cells.map((c) => [c])) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 3 }).map((cells) => [cells]) },
  { weight: 1, arbitrary: fc.constant(undefined) },
) as fc.Arbitrary<SheetArgument>;

/** A cell of a result, comparable across the two stand-ins: an error as its code and message. */
const plain = (value: unknown): unknown =>
  typeof value === "object" && value !== null && "code" in value
    ? { code: (value as { code: string }).code, message: (value as { message?: string }).message ?? "" }
    : value;

/** A call's outcome: its cells, or the rule it broke. */
async function outcome(runtime: CustomFunctionsStandIn, id: string, args: readonly SheetArgument[]): Promise<unknown> {
  try {
    return (await runtime.evaluate(id, args)).map((row) => row.map(plain));
  } catch (error) {
    return { rejected: error instanceof Error ? error.message : String(error) };
  }
}

describe.each(["web", "desktop"] as const)("dist/functions.js against the source, as Excel %s calls them", (host) => {
  let bundle: CustomFunctionsStandIn;
  let source: CustomFunctionsStandIn;
  beforeAll(() => {
    const metadata = JSON.parse(readDist("functions.json") as string);
    bundle = createCustomFunctionsRuntime({ host, metadata });
    vm.runInContext(readDist("functions.js") as string, vm.createContext({ CustomFunctions: bundle }));
    source = createCustomFunctionsRuntime({ host, metadata });
    for (const declaration of DECLARATIONS) source.associate(declaration.id, excelAdapter(declaration));
  });

  it.each(DECLARATIONS.map((declaration) => [declaration.id, declaration] as const))(
    "%s gives the same cells",
    async (id, declaration) => {
      expect(bundle.associated.has(id)).toBe(true);
      const arity = declaration.params.length;
      const examples = declaration.examples.map((example) =>
        Array.from({ length: arity }, (_, i) => example.args[i] as SheetArgument),
      );
      for (const args of examples) expect(await outcome(bundle, id, args)).toEqual(await outcome(source, id, args));
      // An example with one argument swapped for a random one; or every argument random.
      const swapped = fc
        .tuple(fc.constantFrom(...examples), fc.nat({ max: Math.max(0, arity - 1) }), argument)
        .map(([args, at, value]) => args.map((arg, i) => (i === at ? value : arg)));
      const calls = fc.oneof(swapped, fc.array(argument, { minLength: arity, maxLength: arity }));
      await fc.assert(
        fc.asyncProperty(calls, async (args) => {
          expect(await outcome(bundle, id, args)).toEqual(await outcome(source, id, args));
        }),
        { numRuns: RUNS[id] ?? DEFAULT_RUNS, seed: 20_261_206 },
      );
    },
  );

  it("holds the whole catalogue as the source writes it (the build writes its rows by position)", async () => {
    // Every model with every price, status and offer, on days around the catalogue's dates and its
    // price changes; the names and aliases each entry resolves.
    for (const day of ["2025-06-01", "2026-05-07", "2026-12-06", "2027-01-01", "2027-01-14", "2028-01-01"]) {
      const table = await outcome(bundle, "MODELS", [null, true, day]);
      expect([day, (table as unknown[][]).length]).toEqual([day, PRICE_CATALOGUE.length + 1]);
      expect(table).toEqual(await outcome(source, "MODELS", [null, true, day]));
    }
    for (const entry of PRICE_CATALOGUE) {
      for (const name of [entry.id, entry.name, ...entry.aliases]) {
        const args = [name, "ft_input", "2026-12-06"];
        expect(await outcome(bundle, "MODEL_PRICE", args)).toEqual(await outcome(source, "MODEL_PRICE", args));
      }
    }
  });
});

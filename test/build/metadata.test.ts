/** functions.json: generated from the JSDoc without errors, complete, and in step with the runner's table. */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS } from "../../src/functions/definitions";
import { ADAPTERS } from "../../src/functions/functions";
import { isOptional } from "../../src/functions/params";
import { readDist, ROOT } from "../helpers/dist";

interface MetadataParameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { dimensionality?: string };
}

let generated: MetadataFunction[];
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.join(ROOT, "src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  generated = (JSON.parse(result.metadataJson) as { functions: MetadataFunction[] }).functions;
  associations = result.associate;
});

describe("custom functions metadata", () => {
  it("has every function of SPEC section 3, each with a description", () => {
    expect(generated.map((fn) => fn.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const fn of generated) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description?.length).toBeGreaterThan(20);
    }
  });

  it("describes every parameter, named and ordered as the runner declares them", () => {
    for (const fn of generated) {
      const declared = FUNCTIONS[fn.id].params;
      expect(fn.parameters.map((param) => param.name)).toEqual(declared.map((param) => param.name));
      fn.parameters.forEach((param, index) => {
        expect(param.description?.length).toBeGreaterThan(5);
        expect(Boolean(param.optional)).toBe(isOptional(declared[index]));
        expect(param.dimensionality).toBe("matrix");
      });
      expect(fn.result.dimensionality).toBe("matrix");
    }
  });

  it("names units in the text Excel shows", () => {
    const described = (id: string, name: string) =>
      generated.find((fn) => fn.id === id)?.parameters.find((param) => param.name === name)?.description ?? "";
    expect(described("REQUEST_COST", "input_price")).toMatch(/US dollars per 1M/);
    expect(described("FT_BREAKEVEN", "annual_discount_rate")).toMatch(/decimal/);
    expect(described("TCO", "requests_per_month")).toMatch(/[Rr]equests per month/);
  });

  it("other hosts call exactly the functions Excel associates with each id", () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(associations.map((association) => association.id).sort());
    for (const { id, functionName } of associations) expect(ADAPTERS[id].name).toBe(functionName);
  });

  it("the build ships the same metadata", () => {
    const shipped = JSON.parse(readDist("functions.json") as string) as { functions: MetadataFunction[] };
    expect(shipped.functions).toEqual(generated);
  });
});

/**
 * functions.json and the registration: written from the declarations, shaped exactly as
 * Microsoft's own generator (custom-functions-metadata) writes the same functions from JSDoc, and
 * shipped as built. And the point of declaring each function once: one edit of a default changes
 * Excel's help text, the README and what the task pane accepts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { createCustomFunctionsRuntime } from "../../src/preview/customFunctionsRuntime";
import { DECLARATIONS, FT_DECISION } from "../../src/functions/declarations";
import { helpUrl } from "../../src/functions/generators/helpPage";
import { buildMetadata, type Metadata } from "../../src/functions/generators/metadata";
import { describeParam, isOptional } from "../../src/functions/params";
import { buildReference, withReference } from "../../src/functions/generators/reference";
import { paramOf } from "../../src/functions/runner";
import { FIELDS, validateFields, defaultAnswers } from "../../src/sheet/answers";
import { DEV_BASE } from "../helpers/deploy";
import { readDist, ROOT } from "../helpers/dist";

const ours = buildMetadata(DECLARATIONS, DEV_BASE);

/** The declarations written as the JSDoc Microsoft's generator reads, one function each. */
function asJsDoc(): string {
  return DECLARATIONS.map((declaration) => {
    const params = declaration.params.map((param) => {
      const name = isOptional(param) ? `[${param.name}]` : param.name;
      return ` * @param ${name} ${describeParam(param)}`;
    });
    const args = declaration.params.map((param) => `${param.name}${isOptional(param) ? "?" : ""}: any[][]`);
    return [
      "/**",
      ` * ${declaration.description}`,
      ` * @customfunction ${declaration.id}`,
      ` * @helpurl ${helpUrl(DEV_BASE, declaration.id)}`,
      ...params,
      " * @returns A matrix.",
      " */",
      `export function fn_${declaration.id}(${args.join(", ")}): any[][] {`,
      "  return [[0]];",
      "}",
      "",
    ].join("\n");
  }).join("\n");
}

let generated: Metadata;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-metadata-"));
  const file = path.join(dir, "functions.ts");
  fs.writeFileSync(file, asJsDoc());
  const result = await generateCustomFunctionsMetadata([file], true);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Metadata;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("custom functions metadata", () => {
  it("is what Microsoft's generator writes for the same functions, field for field, plus the error flag", () => {
    const { allowErrorForDataTypeAny, ...rest } = ours;
    expect(rest).toEqual(generated);
    // The one field the generator cannot write: without it one error cell fails a whole formula.
    expect(generated).not.toHaveProperty("allowErrorForDataTypeAny");
    expect(allowErrorForDataTypeAny).toBe(true);
  });

  it("has every declared function, each described, with every parameter's help and units", () => {
    expect(ours.functions.map((fn) => fn.id)).toEqual(DECLARATIONS.map((declaration) => declaration.id));
    for (const fn of ours.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description.length).toBeGreaterThan(20);
      for (const param of fn.parameters) expect(param.description.length).toBeGreaterThan(5);
    }
    const described = (id: string, name: string) =>
      ours.functions.find((fn) => fn.id === id)?.parameters.find((param) => param.name === name)?.description;
    expect(described("REQUEST_COST", "input_price")).toMatch(/US dollars per 1M/);
    expect(described("FT_BREAKEVEN", "annual_discount_rate")).toBe(
      "Annual discount rate as a decimal (0.10 = 10%). 0 when omitted.",
    );
    expect(described("FT_DECISION", "engineering_hours")).toBe(
      "Engineering hours the team can commit. 160 when omitted.",
    );
    expect(described("MODEL_PRICE", "price_kind")).toBe(
      "The kind of price. One of input, output, cached_input, cache_write, batch_input, batch_output, " +
        "long_context_threshold, long_input, long_output, ft_training, ft_input, ft_output, ft_cached_input, " +
        "ft_hosting_hour or gpu_hour; input when omitted.",
    );
  });

  it("the build ships the same metadata", () => {
    expect(JSON.parse(readDist("functions.json") as string)).toEqual(ours);
  });

  it("the functions script associates every declared id, and nothing else", async () => {
    const runtime = createCustomFunctionsRuntime();
    const host = globalThis as unknown as { CustomFunctions?: unknown };
    const before = host.CustomFunctions;
    host.CustomFunctions = runtime;
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/functions/functions");
      });
    } finally {
      host.CustomFunctions = before;
    }
    expect([...runtime.associated.keys()]).toEqual(DECLARATIONS.map((declaration) => declaration.id));
  });
});

describe("one declaration, everything derived", () => {
  it("the README's function reference is what npm run docs writes from the declarations", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toBe(withReference(readme, DECLARATIONS));
  });

  it("one edit of a default changes Excel's help, the README and what the pane accepts", () => {
    const param = paramOf(FT_DECISION, "engineering_hours") as { default?: number };
    const field = FIELDS.find((candidate) => candidate.key === "engineeringHours");
    if (!field) throw new Error("the pane asks for engineering hours");
    const blank = { ...defaultAnswers(), engineeringHours: "" };
    const helpText = () =>
      buildMetadata(DECLARATIONS, DEV_BASE)
        .functions.find((fn) => fn.id === "FT_DECISION")
        ?.parameters.find((p) => p.name === "engineering_hours")?.description;

    expect(helpText()).toMatch(/160 when omitted/);
    expect(buildReference(DECLARATIONS)).toContain("[engineering_hours = 160]");
    expect(validateFields([field], blank).values.engineeringHours).toBe(160);

    const original = param.default;
    param.default = 100;
    try {
      expect(helpText()).toMatch(/100 when omitted/);
      expect(buildReference(DECLARATIONS)).toContain("[engineering_hours = 100]");
      expect(validateFields([field], blank).values.engineeringHours).toBe(100);
      delete param.default;
      expect(helpText()).not.toMatch(/when omitted/);
      expect(buildReference(DECLARATIONS)).toMatch(
        /\(task_type, distinct_patterns, stable_months, requests_per_month, \[needs_general_queries = FALSE\], engineering_hours,/,
      );
      expect(validateFields([field], blank).errors.engineeringHours).toBe(
        "Engineering hours the team can commit is required: a number ≥ 0 (hours); got a blank cell.",
      );
    } finally {
      param.default = original;
    }
  });
});

/**
 * Re-runs every @example of the docblocks of the engine and of the usage readers, so the
 * documentation cannot drift from the code. An example is code followed by `// expected`; its last
 * statement gives the value (statements before it, such as a reader fed chunks, run first); typed
 * arrays compare as lists; numbers compare to the precision written.
 */
import * as fs from "fs";
import * as path from "path";
import * as engine from "../../src/engine";
import * as usage from "../../src/usage";
import * as usageValues from "../../src/usage/values";
import { decimalsOf, isNear } from "../helpers/tolerance";

interface Example {
  file: string;
  code: string;
  expected: string;
}

function examplesIn(file: string): Example[] {
  const source = fs.readFileSync(file, "utf8");
  const found: Example[] = [];
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = block.split("\n").map((line) => line.replace(/^\s*\*\/?\s?/, "").replace(/^\/\*\*/, ""));
    const start = lines.findIndex((line) => line.trim() === "@example");
    if (start < 0) continue;
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim().startsWith("@") || line.trim() === "/") break;
      body.push(line);
    }
    const text = body.join("\n");
    const split = text.lastIndexOf("//");
    found.push({
      file: path.basename(file),
      code: text.slice(0, split).trim().replace(/;$/, ""),
      expected: text.slice(split + 2).trim(),
    });
  }
  return found;
}

function matches(actual: unknown, expected: unknown): boolean {
  if (ArrayBuffer.isView(actual)) return matches(Array.from(actual as Float64Array), expected);
  if (typeof expected === "number") return isNear(actual, expected, decimalsOf(expected));
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e))
    );
  }
  if (expected && typeof expected === "object") {
    return (
      actual !== null &&
      typeof actual === "object" &&
      Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value))
    );
  }
  return actual === expected;
}

/**
 * Each documented folder, the names its examples may use (its index's exports, and for the usage
 * readers the cell readers of values.ts, which the index keeps to itself), and the fewest examples
 * it must have.
 */
const FOLDERS: { name: string; scope: Record<string, unknown>; atLeast: number }[] = [
  {
    name: "engine",
    scope: {
      ...engine,
      sonnet: engine.findModel("claude-sonnet-4"),
      haiku: engine.findModel("claude-3.5-haiku"),
      llama: engine.findModel("fireworks/llama-3.1-8b-instruct"),
    },
    atLeast: 15,
  },
  { name: "usage", scope: { ...usage, ...usageValues }, atLeast: 12 },
];

describe.each(FOLDERS)("$name docblock examples", ({ name, scope, atLeast }) => {
  const dir = path.join(__dirname, "../../src", name);
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(dir, file));
  const examples = files.flatMap(examplesIn);

  it("finds one example per documented function", () => {
    const total = files.reduce((sum, file) => sum + (fs.readFileSync(file, "utf8").match(/@example/g) ?? []).length, 0);
    expect(examples).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(atLeast);
  });

  it.each(examples.map((example) => [`${example.file}: ${example.code.split("(")[0]}`, example]))(
    "%s",
    (_, example) => {
      const last = example.code.lastIndexOf(";\n");
      const body = `${example.code.slice(0, last + 1)}\nreturn (${example.code.slice(last + 1)});`;
      // Running the documented code is the point of this test; nothing here ships.
      // eslint-disable-next-line no-new-func
      const run = new Function(...Object.keys(scope), body);
      // eslint-disable-next-line no-new-func
      const expected = new Function(`return (${example.expected});`)();
      const actual = run(...Object.values(scope));
      if (!matches(actual, expected)) {
        throw new Error(`${example.code}\n  gave ${JSON.stringify(actual)}\n  docblock says ${example.expected}`);
      }
    },
  );
});

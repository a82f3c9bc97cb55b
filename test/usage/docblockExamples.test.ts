/**
 * Re-runs every @example of src/usage's docblocks, so the documentation cannot drift from the code.
 * An example is code followed by `// expected`; its last statement gives the value; typed arrays
 * compare as lists; numbers compare to the precision written.
 */
import * as fs from "fs";
import * as path from "path";
import * as usage from "../../src/usage";
import * as values from "../../src/usage/values";
import { decimalsOf, isNear } from "../helpers/tolerance";

interface Example {
  file: string;
  code: string;
  expected: string;
}

const dir = path.join(__dirname, "../../src/usage");
const files = fs.readdirSync(dir).filter((name) => name.endsWith(".ts"));

function examplesIn(file: string): Example[] {
  const source = fs.readFileSync(path.join(dir, file), "utf8");
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
    found.push({ file, code: text.slice(0, split).trim().replace(/;$/, ""), expected: text.slice(split + 2).trim() });
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

const examples = files.flatMap(examplesIn);
const scope: Record<string, unknown> = { ...usage, ...values };

describe("usage docblock examples", () => {
  it("finds every example", () => {
    const total = files.reduce(
      (sum, name) => sum + (fs.readFileSync(path.join(dir, name), "utf8").match(/@example/g) ?? []).length,
      0,
    );
    expect(examples).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(12);
  });

  it.each(examples.map((example) => [`${example.file}: ${example.code.split("(")[0]}`, example]))(
    "%s",
    (_, example) => {
      // The last statement gives the value; statements before it (a reader fed chunks) run first.
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

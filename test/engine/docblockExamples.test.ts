/**
 * Re-runs every @example of the engine's docblocks, so the documentation cannot drift from the
 * code. An example is code followed by `// expected`; numbers compare to the precision written.
 */
import * as fs from "fs";
import * as path from "path";
import * as engine from "../../src/engine";
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

const dir = path.join(__dirname, "../../src/engine");
const examples = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".ts"))
  .flatMap((name) => examplesIn(path.join(dir, name)));

const scope: Record<string, unknown> = {
  ...engine,
  sonnet: engine.findModel("claude-sonnet-4"),
  haiku: engine.findModel("claude-3.5-haiku"),
  llama: engine.findModel("fireworks/llama-3.1-8b-instruct"),
};

describe("engine docblock examples", () => {
  it("finds one example per documented engine function", () => {
    const total = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .reduce((sum, name) => sum + (fs.readFileSync(path.join(dir, name), "utf8").match(/@example/g) ?? []).length, 0);
    expect(examples).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(15);
  });

  it.each(examples.map((example) => [`${example.file}: ${example.code.split("(")[0]}`, example]))(
    "%s",
    (_, example) => {
      // Running the documented code is the point of this test; nothing here ships.
      // eslint-disable-next-line no-new-func
      const run = new Function(...Object.keys(scope), `return (${example.code});`);
      // eslint-disable-next-line no-new-func
      const expected = new Function(`return (${example.expected});`)();
      const actual = run(...Object.values(scope));
      if (!matches(actual, expected)) {
        throw new Error(`${example.code}\n  gave ${JSON.stringify(actual)}\n  docblock says ${example.expected}`);
      }
    },
  );
});

/** `npm run prices:check -- FILE`: the catalogue against a price file, run as the analyst runs it. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PRICE_CATALOGUE } from "../../src/engine";
import { ROOT } from "../helpers/dist";

const FIXTURES = path.join(ROOT, "test/fixtures/prices");

function check(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const run = spawnSync(process.execPath, ["scripts/prices-check.js", ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, lines: run.stdout.split("\n").filter((line) => line !== ""), stderr: run.stderr };
}

const starting = (lines: string[], start: string): string[] => lines.filter((line) => line.startsWith(start));

describe("prices:check on litellm's file", () => {
  let run: ReturnType<typeof check>;
  let lines: string[];
  beforeAll(() => {
    run = check(path.join(FIXTURES, "litellm-small.json"), "--as-of", "2026-09-01");
    lines = run.lines;
  });

  it("exits 0: differences are findings, not failures", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("prints each catalogue price the file gives differently, and nothing for those that agree", () => {
    expect(starting(lines, "differs")).toEqual([
      "differs  gpt-4o  output  catalogue 10  file 12",
      "differs  azure/gpt-4o  input  catalogue 2.5  file 2.75  (file: azure/eu/gpt-4o)",
      "differs  azure/gpt-4o  output  catalogue 10  file 11  (file: azure/eu/gpt-4o)",
    ]);
  });

  it("prints each chat model of the catalogue's providers that the catalogue lacks", () => {
    // mistral is no provider of the catalogue; azure/eu/gpt-4o is gpt-4o under a regional path.
    expect(starting(lines, "not in catalogue")).toEqual([
      "not in catalogue  gpt-9-preview  openai  input 2.5  output 20",
      "not in catalogue  o1-pro  openai  input 150  output 600",
      "not in catalogue  gemini/gemini-old-flash  gemini  input 0.075  output 0.3",
    ]);
  });

  it("lists the catalogue models the file lacks, and ends with a summary", () => {
    const absent = starting(lines, "not in file");
    expect(absent).toContain("not in file  claude-3.5-haiku");
    expect(absent).not.toContain("not in file  claude-opus-4.1");
    expect(absent).toHaveLength(PRICE_CATALOGUE.length - 5);
    // The catalogue's batch prices for gpt-4o-mini and two Claude models, and azure/gpt-4o's cached input.
    expect(lines[lines.length - 1]).toBe(
      "summary: 3 prices differ in 2 catalogue models; 3 chat models of openai, azure, anthropic, gemini not in " +
        `the catalogue; ${PRICE_CATALOGUE.length - 5} catalogue models and 7 catalogue prices not in the file ` +
        "(litellm-small.json: litellm price file (model_prices_and_context_window.json), prices as of 2026-09-01).",
    );
  });
});

describe("prices:check on genai-prices' file", () => {
  it("matches through the catalogue's references, and reads the prices in force on the day", () => {
    const { status, lines } = check(path.join(FIXTURES, "genai-small.json"), "--as-of", "2026-09-01");
    expect(status).toBe(0);
    // azure/gpt-4o-mini refers to OpenAI's entry.
    expect(starting(lines, "differs")).toEqual([
      "differs  gpt-4o-mini  output  catalogue 0.6  file 0.7  (file: openai/gpt-4o-mini)",
      "differs  azure/gpt-4o-mini  output  catalogue 0.6  file 0.7  (file: openai/gpt-4o-mini)",
    ]);
    expect(starting(lines, "not in catalogue")).toEqual([
      "not in catalogue  anthropic/claude-next  anthropic  input 5  output 25",
      "not in catalogue  google/gemini-9-pro  google  input 2  output 12",
    ]);
    expect(lines[lines.length - 1]).toMatch(/^summary: 2 prices differ in 2 catalogue models; /);

    const later = check(path.join(FIXTURES, "genai-small.json"), "--as-of", "2099-01-01");
    expect(starting(later.lines, "differs  claude-opus-4.1")).toEqual([
      "differs  claude-opus-4.1  input  catalogue 15  file 30  (file: anthropic/claude-opus-4-1)",
      "differs  claude-opus-4.1  output  catalogue 75  file 150  (file: anthropic/claude-opus-4-1)",
    ]);
  });
});

describe("prices:check refuses, with one line on stderr and a non-zero exit", () => {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "prices-check-"));
  afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));
  const written = (name: string, text: string): string => {
    const file = path.join(temporary, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it.each([
    ["no file", [], 2, /^prices:check: usage: npm run prices:check -- FILE /],
    ["a bad date", ["x.json", "--as-of", "tomorrow"], 2, /^prices:check: --as-of takes a date YYYY-MM-DD\. /],
    ["a CSV", [path.join(FIXTURES, "prices.csv")], 2, /reads as a CSV; prices:check compares the catalogue with /],
    ["a file that is not there", [path.join(FIXTURES, "none.json")], 1, /^prices:check: cannot read .*none\.json: /],
    [
      "a malformed price",
      [path.join(FIXTURES, "malformed.json")],
      1,
      /^prices:check: malformed\.json, entry "gpt-x", input_cost_per_token: expected a price ≥ 0 /,
    ],
  ])("%s", (_what, args, code, message) => {
    const { status, lines, stderr } = check(...(args as string[]));
    expect(status).toBe(code);
    expect(lines).toEqual([]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("a file that is not JSON, or JSON of another shape", () => {
    const notJson = check(written("broken.json", '{"gpt-4o": '));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toBe("prices:check: broken.json is not valid JSON: Unexpected end of JSON input.\n");
    const other = check(written("other.json", '{"models": ["gpt-4o"]}'));
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/^prices:check: other\.json is neither litellm's price file /);
  });
});

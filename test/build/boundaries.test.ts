/**
 * The architecture's boundaries are enforced by the build (SPEC section 1): lint refuses imports
 * that point the wrong way (engine -> anything; functions -> taskpane/preview/sheet; taskpane -> preview;
 * sheet -> taskpane/preview; prices -> anything but the engine; usage -> anything but the engine, packages
 * included) and imports that close a circle,
 * and the type checks of the engine and of the usage readers, each with its own tsconfig.json (run by
 * `npm run typecheck`), know no DOM, Node, Office or jest types. Each rule is shown to fail on a
 * sample that breaks it, through the project's real eslint.config.mjs and tsconfig, so a config
 * edit that loses one fails here.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import type { Linter } from "eslint";
import ts from "typescript";
import { ROOT } from "../helpers/dist";

/**
 * Lints each sample with ESLint's Node API (`new ESLint({ cwd: ROOT })`, `lintText` with a virtual
 * path) and the project's eslint.config.mjs. ESLint loads that file with a dynamic import(), which
 * jest's module sandbox refuses without --experimental-vm-modules, so the API runs in one child
 * Node process for all samples.
 */
function lintSamples(samples: { filePath: string; code: string }[]): Linter.LintMessage[][] {
  const script = `
    const { ESLint } = require("eslint");
    const samples = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { filePath, code } of samples) out.push((await eslint.lintText(code, { filePath }))[0].messages);
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    input: JSON.stringify(samples.map((s) => ({ ...s, filePath: path.join(ROOT, s.filePath) }))),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** One file per case: `export * from` each specifier, one a line, so a message's line names its import. */
const CASES = {
  engine: {
    filePath: "src/engine/x.ts",
    specifiers: ["../functions/messages", "zod", "./ok", "./sub/ok", "./../functions/format", "../engine/tco"],
  },
  functions: {
    filePath: "src/functions/x.ts",
    specifiers: [
      "../taskpane/answers",
      "../preview/workbook",
      "../taskpane",
      "../sheet/bindings",
      "../engine",
      "../prices/overrides",
      "./format",
    ],
  },
  taskpane: {
    filePath: "src/taskpane/x.ts",
    specifiers: ["../preview/workbook", "../preview", "../functions/format", "../engine", "./writer"],
  },
  preview: {
    filePath: "src/preview/x.ts",
    specifiers: ["../taskpane/writer", "../functions/format", "../engine", "hyperformula"],
  },
  sheet: {
    filePath: "src/sheet/x.ts",
    specifiers: ["../taskpane/results", "../preview/workbook", "../functions/runner", "../prices/overrides", "./plan"],
  },
  prices: {
    filePath: "src/prices/x.ts",
    specifiers: ["../functions/params", "../sheet/layout", "../taskpane/view", "../engine", "zod/mini", "./csv"],
  },
  usage: {
    filePath: "src/usage/x.ts",
    specifiers: [
      "../functions/params",
      "../sheet/layout",
      "../taskpane/view",
      "../prices/csv",
      "zod/mini",
      "./../functions/format",
      "../engine/../sheet/layout",
      "../engine",
      "../engine/calendar",
      "./csv",
    ],
  },
};

/** A module that imports one that already imports it, type-only or not. */
const CIRCLE = {
  filePath: "src/sheet/layout.ts",
  code: 'import type { SheetPlan } from "./plan";\nexport type P = SheetPlan;\n',
};
const TYPE_ONLY = {
  filePath: "src/functions/y.ts",
  code: 'import type { Answers } from "../taskpane/answers";\nexport type A = Answers;\n',
};

describe("lint forbids imports that point the wrong way", () => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  let flagged: Record<keyof typeof CASES, string[]>;
  let messages: Record<keyof typeof CASES, string[]>;
  let typeOnly: Linter.LintMessage[];
  let circle: Linter.LintMessage[];

  beforeAll(() => {
    const samples = names.map((name) => ({
      filePath: CASES[name].filePath,
      code: CASES[name].specifiers.map((specifier) => `export * from "${specifier}";\n`).join(""),
    }));
    const results = lintSamples([...samples, TYPE_ONLY, CIRCLE]);
    circle = results.pop()!;
    typeOnly = results.pop()!;
    for (const result of results) expect(result.filter((m) => m.fatal)).toEqual([]);
    const restricted = results.map((result) => result.filter((m) => m.ruleId === "no-restricted-imports"));
    flagged = Object.fromEntries(
      names.map((name, i) => [name, restricted[i].map((m) => CASES[name].specifiers[m.line - 1])]),
    ) as typeof flagged;
    messages = Object.fromEntries(
      names.map((name, i) => [name, restricted[i].map((m) => m.message)]),
    ) as typeof messages;
  });

  it("the engine imports nothing outside src/engine: no other folder, no package", () => {
    expect(flagged.engine).toEqual(["../functions/messages", "zod", "./../functions/format", "../engine/tco"]);
    for (const message of messages.engine) expect(message).toMatch(/engine is pure.*nothing outside src\/engine/);
  });

  it("custom functions import neither the task pane, the preview nor the workbook model", () => {
    expect(flagged.functions).toEqual([
      "../taskpane/answers",
      "../preview/workbook",
      "../taskpane",
      "../sheet/bindings",
    ]);
  });

  it("the task pane does not import the preview", () => {
    expect(flagged.taskpane).toEqual(["../preview/workbook", "../preview"]);
  });

  it("type-only imports count too", () => {
    expect(typeOnly.map((m) => m.ruleId)).toEqual(["no-restricted-imports"]);
  });

  it("the preview may use the task pane, the functions, the engine and packages", () => {
    expect(flagged.preview).toEqual([]);
  });

  it("the workbook model imports neither the task pane nor the preview", () => {
    expect(flagged.sheet).toEqual(["../taskpane/results", "../preview/workbook"]);
  });

  it("price files are read by pure code that imports only the engine and its parsers", () => {
    expect(flagged.prices).toEqual(["../functions/params", "../sheet/layout", "../taskpane/view"]);
  });

  it("usage files are read by pure code that imports only the engine: no other folder, no package", () => {
    expect(flagged.usage).toEqual([
      "../functions/params",
      "../sheet/layout",
      "../taskpane/view",
      "../prices/csv",
      "zod/mini",
      "./../functions/format",
      "../engine/../sheet/layout",
    ]);
    for (const message of messages.usage) expect(message).toMatch(/src\/usage imports only the engine/);
  });

  it("an import that closes a circle is refused, naming the circle", () => {
    expect(circle.map((m) => [m.ruleId, m.message])).toEqual([
      [
        "local/no-import-cycle",
        expect.stringMatching(
          /^This import closes a circle of imports: src\/sheet\/layout\.ts → src\/sheet\/plan\.ts → .*src\/sheet\/layout\.ts\.$/,
        ),
      ],
    ]);
  });
});

/**
 * The folders type-checked with ECMAScript alone by their own tsconfig.json (run by `npm run typecheck`):
 * the engine, and the usage readers, which run in Node and in the browser alike. Each has probes
 * that use an API of Node, the DOM or Office, and a few of its files that must be covered.
 */
const PURE_FOLDERS: [string, [string, string][], string[]][] = [
  [
    "src/engine",
    [
      ["document.title", "export const title: string = document.title;\n"],
      ["window", "export const w = window;\n"],
      ["Office", "export const ready = Office.onReady;\n"],
      ["process", "export const env = process.env;\n"],
    ],
    ["index.ts", "workload.ts"],
  ],
  [
    "src/usage",
    [
      ["TextDecoderStream", "export const decoder = new TextDecoderStream();\n"],
      ["document", "export const title: string = document.title;\n"],
      ["Buffer", "export const bytes = Buffer.from('x');\n"],
      ["Excel", "export const run = Excel.run;\n"],
    ],
    ["csv.ts", "index.ts", "json.ts", "reader.ts"],
  ],
];

describe.each(PURE_FOLDERS)("%s is type-checked without DOM, Node, Office or jest types", (folder, probes, files) => {
  const dir = path.join(ROOT, folder);
  const config = ts.readConfigFile(path.join(dir, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const options = { ...parsed.options, noEmit: true };
  const PROBE = path.join(dir, "__probe.ts");

  /** Type-checks the folder's own files (and what they import), plus virtual files given by path. */
  function check(extra: Record<string, string> = {}): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => file in extra || fileExists.call(host, file);
    host.readFile = (file) => (file in extra ? extra[file] : readFile.call(host, file));
    host.getSourceFile = (file, language, ...rest) =>
      file in extra
        ? ts.createSourceFile(file, extra[file], language, true)
        : getSourceFile.call(host, file, language, ...rest);
    const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...Object.keys(extra)], options, host });
    return { program, diagnostics: ts.getPreEmitDiagnostics(program) };
  }

  const text = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n");

  it("the config reads cleanly, knows ES2022 and no @types, and covers only files of the folder", () => {
    expect(config.error).toBeUndefined();
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.lib).toEqual(["lib.es2022.d.ts"]);
    expect(parsed.options.types).toEqual([]);
    expect(parsed.fileNames.length).toBeGreaterThan(0);
    expect(parsed.fileNames.map((file) => path.relative(dir, file))).toEqual(expect.arrayContaining(files));
    for (const file of parsed.fileNames) expect(path.resolve(file).startsWith(dir + path.sep)).toBe(true);
  });

  it("the real files have no diagnostics, and no DOM or @types library is loaded", () => {
    const { program, diagnostics } = check();
    expect(diagnostics.map(text)).toEqual([]);
    const loaded = program.getSourceFiles().map((f) => f.fileName);
    expect(loaded.filter((f) => /lib\.dom|lib\.webworker|lib\.scripthost/.test(f))).toEqual([]);
    expect(loaded.filter((f) => f.includes("node_modules/@types/"))).toEqual([]);
  });

  it.each(probes)("a file that uses %s does not compile", (name, code) => {
    const { diagnostics } = check({ [PROBE]: code });
    const probe = diagnostics.filter((d) => d.file?.fileName === PROBE).map(text);
    expect(probe).toEqual([expect.stringContaining(`Cannot find name '${name.split(".")[0]}'`)]);
  });
});

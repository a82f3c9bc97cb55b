/**
 * The usage readers run in Node (these tests) and in the browser (the pane) alike: they are
 * type-checked with their own src/usage/tsconfig.json, which knows ECMAScript only (no DOM, Node,
 * Office or jest types), so that code using either side's API does not compile. Lint keeps their
 * imports to the engine (test/build/boundaries.test.ts).
 */
import * as path from "path";
import ts from "typescript";
import { ROOT } from "../helpers/dist";

const USAGE = path.join(ROOT, "src/usage");
const config = ts.readConfigFile(path.join(USAGE, "tsconfig.json"), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, USAGE);
const options = { ...parsed.options, noEmit: true };
const PROBE = path.join(USAGE, "__probe.ts");

/** Type-checks src/usage's files, plus a virtual file. */
function check(extra: Record<string, string> = {}) {
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

describe("src/usage is type-checked with ECMAScript alone", () => {
  it("its config reads cleanly, knows ES2022 and no @types, and covers src/usage", () => {
    expect(config.error).toBeUndefined();
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.lib).toEqual(["lib.es2022.d.ts"]);
    expect(parsed.options.types).toEqual([]);
    expect(parsed.fileNames.map((file) => path.relative(USAGE, file)).sort()).toEqual(
      expect.arrayContaining(["csv.ts", "index.ts", "json.ts", "reader.ts"]),
    );
    for (const file of parsed.fileNames) expect(path.resolve(file).startsWith(USAGE + path.sep)).toBe(true);
  });

  it("its files compile, with no DOM or @types library loaded", () => {
    const { program, diagnostics } = check();
    expect(diagnostics.map(text)).toEqual([]);
    const loaded = program.getSourceFiles().map((f) => f.fileName);
    expect(loaded.filter((f) => /lib\.dom|lib\.webworker|lib\.scripthost/.test(f))).toEqual([]);
    expect(loaded.filter((f) => f.includes("node_modules/@types/"))).toEqual([]);
  });

  it.each([
    ["TextDecoderStream", "export const decoder = new TextDecoderStream();\n"],
    ["document", "export const title: string = document.title;\n"],
    ["Buffer", "export const bytes = Buffer.from('x');\n"],
    ["Excel", "export const run = Excel.run;\n"],
  ])("a file that uses %s does not compile", (name, code) => {
    const { diagnostics } = check({ [PROBE]: code });
    const probe = diagnostics.filter((d) => d.file?.fileName === PROBE).map(text);
    expect(probe).toEqual([expect.stringContaining(`Cannot find name '${name}'`)]);
  });
});

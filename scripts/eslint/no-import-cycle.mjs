// A lint rule that refuses an import which closes a circle of imports inside src/ (type-only
// imports included: a circle of types is still two modules that cannot be read apart). It reads
// the imports of the files it reaches with a regular expression and caches them per lint run.
import fs from "node:fs";
import path from "node:path";

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']/g;
const EXTENSIONS = [".ts", ".tsx", ".js", "/index.ts", "/index.js"];

/** The imports of every file read so far, by absolute path. */
const graph = new Map();

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) if (fs.existsSync(base + extension)) return base + extension;
  return undefined;
}

function importsOf(file) {
  let imports = graph.get(file);
  if (imports) return imports;
  imports = [];
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(file, match[1]);
    if (target) imports.push(target);
  }
  graph.set(file, imports);
  return imports;
}

/** A path of imports from `start` back to `goal`, or undefined. */
function pathBack(start, goal) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, trail] = stack.pop();
    if (file === goal) return trail;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) stack.push([next, [...trail, next]]);
  }
  return undefined;
}

export default {
  meta: {
    type: "problem",
    docs: { description: "Refuse imports that close a circle of imports" },
    schema: [],
    messages: { cycle: "This import closes a circle of imports: {{circle}}." },
  },
  create(context) {
    const file = context.filename;
    // Each lint run reads the files afresh.
    graph.delete(file);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== "string" || !specifier.startsWith(".")) return;
      const target = resolve(file, specifier);
      if (!target) return;
      const trail = pathBack(target, file);
      if (!trail) return;
      const root = context.cwd ?? process.cwd();
      const circle = [file, ...trail].map((step) => path.relative(root, step)).join(" → ");
      context.report({ node, messageId: "cycle", data: { circle } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

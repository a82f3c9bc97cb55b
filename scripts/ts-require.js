// Lets Node's require() load the project's TypeScript sources, compiled on the fly by swc (already
// a development dependency through jest). The build uses it to read the function declarations
// when it writes functions.json; scripts use it to write the README's function reference.
const fs = require("fs");
const path = require("path");
const Module = require("module");
const { transformSync } = require("@swc/core");

const SRC = path.resolve(__dirname, "..", "src");

if (!Module._extensions[".ts"]) {
  Module._extensions[".ts"] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      module: { type: "commonjs" },
    });
    module._compile(code, filename);
  };
}

/** Requires a module under src/ afresh, so that a watching build sees edited sources. */
function requireSource(relative) {
  for (const key of Object.keys(require.cache)) if (key.startsWith(SRC)) delete require.cache[key];
  return require(path.join(SRC, relative));
}

module.exports = { requireSource };

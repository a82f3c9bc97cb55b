// Removes run-time code generation (the Function constructor) from zod, which the task pane uses
// to validate answers. zod compiles fast parsers with `new Function` when the page allows it and
// falls back to its interpreter when it does not; the pane's Content-Security-Policy forbids it,
// so the generator is dead weight and a standing exception to "no eval in a shipped bundle".
// Each rewrite must match exactly once: a zod upgrade that moves the code fails the build here.
const REWRITES = [
  {
    file: /zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: /const F = Function;\s*new F\(""\);\s*return true;/,
    to: "return false;",
  },
  {
    file: /zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    to: 'compile() { throw new Error("run-time code generation is disabled"); }',
  },
  {
    file: /zod[\\/]v4[\\/]core[\\/]compile\.js$/,
    from: /const F = Function;([\s\S]*?)const factory = new F\(\.\.\.constantNames, factoryCode\);/,
    to: '$1const factory = (() => { throw new Error("run-time code generation is disabled"); })();',
  },
];

module.exports = function noCodeGeneration(source) {
  const path = this.resourcePath;
  for (const rewrite of REWRITES) {
    if (!rewrite.file.test(path)) continue;
    const matches = source.match(new RegExp(rewrite.from.source, "g")) ?? [];
    if (matches.length !== 1) {
      throw new Error(`no-code-generation-loader: expected one match in ${path}, found ${matches.length}`);
    }
    source = source.replace(rewrite.from, rewrite.to);
  }
  return source;
};

module.exports.FILES = REWRITES.map((rewrite) => rewrite.file);

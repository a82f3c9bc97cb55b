// `npm run docs`: rewrites the function reference in README.md from the function declarations,
// then takes the README's pictures (docs/*.png) from the built preview and task pane in headless
// Chromium. A test fails when the README and the declarations disagree, so run this after
// changing one. `npm test` takes the same pictures into a scratch folder and leaves docs/ alone.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { requireSource } = require("./ts-require");

const ROOT = path.resolve(__dirname, "..");
const README = path.join(ROOT, "README.md");
const { DECLARATIONS } = requireSource("functions/declarations.ts");
const { withReference } = requireSource("functions/generators/reference.ts");

const before = fs.readFileSync(README, "utf8");
const after = withReference(before, DECLARATIONS);
if (after === before) {
  console.log("README.md: the function reference is up to date.");
} else {
  fs.writeFileSync(README, after);
  console.log("README.md: wrote the function reference from src/functions/declarations.ts.");
}

if (process.argv.includes("--reference-only")) process.exit(0);

/** Runs an npm script or a package binary, failing this script when it fails. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
run(npm, ["run", "build:preview"]);
run(
  process.execPath,
  [require.resolve("jest/bin/jest"), "test/browser/preview.test.ts", "test/browser/taskpane.test.ts"],
  {
    AICOST_DOCS: "1",
  },
);
console.log("docs/: took the README's pictures from the preview and the task pane.");

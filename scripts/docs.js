// `npm run docs`: rewrites the function reference in README.md from the function declarations.
// A test fails when the README and the declarations disagree, so run this after changing one.
const fs = require("fs");
const path = require("path");
const { requireSource } = require("./ts-require");

const README = path.resolve(__dirname, "..", "README.md");
const { DECLARATIONS } = requireSource("functions/declarations.ts");
const { withReference } = requireSource("functions/reference.ts");

const before = fs.readFileSync(README, "utf8");
const after = withReference(before, DECLARATIONS);
if (after === before) {
  console.log("README.md: the function reference is up to date.");
} else {
  fs.writeFileSync(README, after);
  console.log("README.md: wrote the function reference from src/functions/declarations.ts.");
}

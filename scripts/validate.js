#!/usr/bin/env node
// `npm run validate [-- -p]`: Microsoft's manifest validator (office-addin-manifest, an online
// service) on the manifest the build wrote, dist/manifest.xml, so that a build for a host is
// checked as it will be deployed; on manifest.xml when nothing is built yet. `-p` adds the
// production checks (no localhost). The offline checks run in `npm test`.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");

/** The manifest to validate: the built one when there is one. */
function manifestToValidate(root = ROOT) {
  const built = path.join(root, "dist", "manifest.xml");
  return fs.existsSync(built) ? built : path.join(root, "manifest.xml");
}

function main() {
  const manifest = manifestToValidate();
  console.log(`Validating ${path.relative(ROOT, manifest)} with Microsoft's online manifest validator.`);
  // The validator's own script, run by this Node: no shell, so a path with spaces stays whole.
  const cli = require.resolve("office-addin-manifest/cli.js");
  const result = spawnSync(process.execPath, [cli, "validate", manifest, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (result.error) {
    console.error(`Could not run the validator: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

if (require.main === module) main();

module.exports = { manifestToValidate };

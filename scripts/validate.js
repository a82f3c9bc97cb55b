#!/usr/bin/env node
// `npm run validate [-- -p]`: Microsoft's manifest validator (office-addin-manifest, an online
// service) on the manifest the build wrote, dist/manifest.xml, so that a production build is
// checked as it will be deployed; on manifest.xml when nothing is built yet. `-p` adds the
// production checks (no localhost). The offline checks run in `npm test`.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const built = path.join(ROOT, "dist", "manifest.xml");
const manifest = fs.existsSync(built) ? built : path.join(ROOT, "manifest.xml");
console.log(`Validating ${path.relative(ROOT, manifest)} with Microsoft's online manifest validator.`);
const bin = path.join(
  ROOT,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest",
);
const result = spawnSync(bin, ["validate", manifest, ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (result.error) {
  console.error(`Could not run the validator: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);

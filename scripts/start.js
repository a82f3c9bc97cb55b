#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideloads the add-in into Excel desktop with the Office
// debugging tool. On Linux (no Excel), with --preview, or when that tool is not installed, builds
// the add-in with the local workbook preview, serves dist/, and prints the preview's address and
// how to load the add-in into Excel on the web.
//
// Options: --preview (take the serving path on any system), --no-build, --port N.
const fs = require("fs");
const path = require("path");
const { spawnSync, spawn } = require("child_process");
const { CERT_DIR, httpsOptions } = require("./dev-certs");
const { startServer } = require("./serve");

const ROOT = path.join(__dirname, "..");
const STATE_FILE = process.env.AICOST_STATE_FILE ?? path.join(ROOT, ".aicost-server.json");
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(option("--port") ?? process.env.npm_package_config_dev_server_port ?? 3000);

function fail(message) {
  console.error(`\nnpm start failed: ${message}`);
  process.exit(1);
}

function hasDebuggingTool() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

function build() {
  console.log("Building the add-in into dist/ ...");
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "preview"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0) fail("the build failed (see the webpack output above).");
}

async function sideloadDesktop() {
  console.log("Sideloading the add-in into Excel desktop ...");
  const certs = require("office-addin-dev-certs");
  await certs.ensureCertificatesAreInstalled();
  const cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  const child = spawn(process.execPath, [cli, "start", "manifest.xml", "desktop"], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => {
    if (code !== 0) fail(`office-addin-debugging exited with code ${code}.`);
  });
}

function instructions(origin, secure) {
  const lines = [
    "",
    `Try it without Excel: open ${origin}/preview/`,
    "  a local workbook with every AICOST function, a sample model and the task pane beside it.",
    "",
    `The AI Cost add-in is served at ${origin}`,
    `  manifest:  ${origin}/manifest.xml   (also dist/manifest.xml)`,
    `  task pane: ${origin}/taskpane.html`,
    `  functions: ${origin}/functions.js and ${origin}/functions.json`,
    "",
    "To use the add-in in Excel on the web:",
    "  1. Open a workbook at https://www.office.com (Excel on the web).",
    "  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.",
    "  3. Choose dist/manifest.xml and upload it; open AI Cost from the Home tab.",
    "  4. Type =AICOST. in a cell to see the functions.",
  ];
  if (!secure) {
    lines.push(
      "",
      `Served over http: no Office development certificates were found in ${CERT_DIR}.`,
      "Excel on the web loads add-ins over https only. Create them with",
      "  npx office-addin-dev-certs install",
      "then trust ca.crt from that folder in your browser, and run npm start again.",
    );
  }
  if (!origin.endsWith(":3000")) {
    lines.push("", `Note: the manifest in dist/ points at port 3000; download ${origin}/manifest.xml for this port.`);
  }
  lines.push("", "Stop the server with Ctrl+C here, or `npm stop` from another terminal.", "");
  return lines.join("\n");
}

async function serve() {
  if (!args.includes("--no-build")) build();
  const root = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(root, "preview", "index.html"))) {
    fail("dist/ has no preview build: run `npm run build:preview` first.");
  }
  const tls = httpsOptions();
  let started;
  try {
    started = await startServer({ root, port, tls });
  } catch (error) {
    fail(error.message);
  }
  const { server, origin } = started;
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: process.pid, origin }, null, 2));
  console.log(instructions(origin, Boolean(tls)));
  const shutdown = () => {
    server.close();
    fs.rmSync(STATE_FILE, { force: true });
    console.log("AI Cost add-in server stopped.");
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

const desktop = (process.platform === "win32" || process.platform === "darwin") && !args.includes("--preview");
if (desktop && hasDebuggingTool()) {
  sideloadDesktop().catch((error) => fail(error.message));
} else {
  if (desktop) {
    console.log(
      "office-addin-debugging is not installed, so Excel desktop cannot be started for you; serving instead.",
    );
  } else {
    console.log(`Excel desktop does not run on ${process.platform}: serving the add-in for Excel on the web.`);
  }
  serve().catch((error) => fail(error.message));
}

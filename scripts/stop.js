#!/usr/bin/env node
// `npm stop`: stops what `npm start` started: the local add-in server, or on Windows and macOS
// the Excel desktop sideload through the Office debugging tool.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const STATE_FILE = process.env.AICOST_STATE_FILE ?? path.join(ROOT, ".aicost-server.json");

function stopServer() {
  const { pid, origin } = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the AI Cost add-in server at ${origin} (process ${pid}).`);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
    console.log(`The AI Cost add-in server at ${origin} had already stopped.`);
  }
  fs.rmSync(STATE_FILE, { force: true });
}

function stopDesktop() {
  let cli;
  try {
    cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  } catch {
    return false;
  }
  const result = spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
  return result.status === 0;
}

if (fs.existsSync(STATE_FILE)) {
  stopServer();
} else if ((process.platform === "win32" || process.platform === "darwin") && stopDesktop()) {
  console.log("Stopped the Excel desktop sideload.");
} else {
  console.log("Nothing to stop: no add-in server started by `npm start` is running.");
}

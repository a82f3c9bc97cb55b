// Finds the Office development certificates (made by `npx office-addin-dev-certs install`) without
// calling the package, which runs sudo on Linux and fails there. Returns undefined when absent.
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function httpsOptions() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const found = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(CERT_DIR, file);
    if (!fs.existsSync(full)) return undefined;
    found[name] = fs.readFileSync(full);
  }
  return found;
}

module.exports = { CERT_DIR, httpsOptions };

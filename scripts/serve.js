// A small static server for dist/: https with the Office development certificates when they
// exist, http otherwise. The manifest is served with its addresses pointing at this server.
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

/** The origin the manifest is written for. */
const MANIFEST_ORIGIN = "https://localhost:3000";

function handler(root, origin) {
  return (request, response) => {
    const url = new URL(request.url ?? "/", origin);
    const pathname =
      url.pathname === "/" ? "/taskpane.html" : url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
    const relative = decodeURIComponent(pathname);
    const file = path.normalize(path.join(root, relative));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`Not found: ${url.pathname}\n`);
      return;
    }
    let body = fs.readFileSync(file);
    if (path.basename(file) === "manifest.xml" && origin !== MANIFEST_ORIGIN) {
      body = Buffer.from(body.toString("utf8").split(MANIFEST_ORIGIN).join(origin));
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(body);
  };
}

/**
 * Serves `root` on `port` (0 picks a free one). Resolves with the server and its origin once it
 * listens; rejects with a readable reason (a port in use, say).
 */
function startServer({ root, port, tls }) {
  return new Promise((resolve, reject) => {
    const scheme = tls ? "https" : "http";
    let origin = `${scheme}://localhost:${port}`;
    const server = tls
      ? https.createServer(tls, (req, res) => handler(root, origin)(req, res))
      : http.createServer((req, res) => handler(root, origin)(req, res));
    server.once("error", (error) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is already in use: run \`npm stop\`, or stop what listens there`)
          : error,
      );
    });
    server.listen(port, "localhost", () => {
      origin = `${scheme}://localhost:${server.address().port}`;
      resolve({ server, origin });
    });
  });
}

module.exports = { startServer, MANIFEST_ORIGIN };

// A small static server for dist/: https with the Office development certificates when they
// exist, http otherwise. The manifest and functions.json are served with their addresses pointing
// at this server.
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

/** The origin the development manifest is written for. */
const { DEV_ORIGIN: MANIFEST_ORIGIN } = require("./webpack/deploy-host");

/** The longest path served: anything longer is no file of dist/. */
const MAX_PATH_LENGTH = 2048;

/** Answers with a plain-text status and a line saying why. */
function plain(response, status, text) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(`${text}\n`);
}

/**
 * The file of root a request path names, or why none: a path that cannot be decoded (a malformed
 * percent-encoding such as %E0%A4%A), that is too long, or that holds a NUL byte or an encoded
 * slash is a bad request; one that leaves root, or names no file, is not found.
 */
function resolveFile(root, pathname) {
  if (pathname.length > MAX_PATH_LENGTH) return { status: 414, text: "Path too long" };
  let relative;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return { status: 400, text: "Bad request: the path is not valid percent-encoding" };
  }
  if (relative.includes("\0") || /%2f|%5c/i.test(pathname)) return { status: 400, text: "Bad request" };
  const file = path.normalize(path.join(root, relative));
  if (!file.startsWith(root + path.sep)) return { status: 404, text: `Not found: ${pathname}` };
  try {
    if (fs.statSync(file).isFile()) return { file };
  } catch {
    // No such file: answered below.
  }
  return { status: 404, text: `Not found: ${pathname}` };
}

function handler(root, origin) {
  return (request, response) => {
    // A request the server cannot read is answered, never thrown: `npm start` keeps serving.
    try {
      let url;
      try {
        url = new URL(request.url ?? "/", origin);
      } catch {
        plain(response, 400, "Bad request");
        return;
      }
      const pathname =
        url.pathname === "/"
          ? "/taskpane.html"
          : url.pathname.endsWith("/")
            ? `${url.pathname}index.html`
            : url.pathname;
      const found = resolveFile(root, pathname);
      if (!found.file) {
        plain(response, found.status, found.text);
        return;
      }
      let body = fs.readFileSync(found.file);
      // The manifest's addresses, and the functions' help links, name the server they come from.
      if (["manifest.xml", "functions.json"].includes(path.basename(found.file)) && origin !== MANIFEST_ORIGIN) {
        body = Buffer.from(body.toString("utf8").split(MANIFEST_ORIGIN).join(origin));
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(found.file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(body);
    } catch (error) {
      if (!response.headersSent) plain(response, 500, `Server error: ${error.message}`);
      else response.destroy();
    }
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

/**
 * The preview's static server keeps serving whatever it is sent (issue 13): a malformed
 * percent-encoding, a path out of its folder, encoded slashes, a NUL byte or a very long path is
 * answered with a 4xx status, and the next ordinary request still gets its file.
 */
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require("../../scripts/serve.js") as {
  startServer(options: { root: string; port: number; tls?: unknown }): Promise<{
    server: import("http").Server;
    origin: string;
  }>;
};

/** Sends a raw request line, as a hostile client may, and returns the status code answered. */
function rawStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "localhost", () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("end", () => resolve(Number(answer.split(" ")[1])));
    socket.on("error", reject);
  });
}

describe("the static server under bad requests", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-serve-"));
  fs.writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>pane</title>");
  fs.writeFileSync(path.join(os.tmpdir(), "aicost-outside.txt"), "secret");
  let started: { server: import("http").Server; origin: string };
  let port: number;

  beforeAll(async () => {
    started = await startServer({ root, port: 0 });
    port = Number(new URL(started.origin).port);
  });
  afterAll(() => new Promise<void>((resolve) => started.server.close(() => resolve())));

  it.each([
    ["a malformed percent-encoding", "/%E0%A4%A", 400],
    ["a lone percent sign", "/%", 400],
    ["a path out of its folder", "/../aicost-outside.txt", 404],
    ["an encoded path out of its folder", "/%2e%2e/aicost-outside.txt", 404],
    ["an encoded slash", "/..%2faicost-outside.txt", 400],
    ["an encoded backslash", "/..%5caicost-outside.txt", 400],
    ["a NUL byte", "/taskpane.html%00.png", 400],
    ["a very long path", `/${"a".repeat(10_000)}`, 414],
    ["a file that is not there", "/nothing.js", 404],
  ])("answers %s with a status, and keeps serving", async (_, target, status) => {
    expect(await rawStatus(port, target)).toBe(status);
    expect(await rawStatus(port, "/taskpane.html")).toBe(200);
  });
});

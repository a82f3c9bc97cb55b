/**
 * `npm start` on Linux (this machine has no Excel): it serves dist/ and says how to load the
 * add-in; `npm stop` stops it. Run with --no-build because `npm test` has just built dist/.
 */
import { DECLARATIONS } from "../../src/functions/declarations";
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import { generateCertificates } from "office-addin-dev-certs";
import { ROOT } from "../helpers/dist";

interface Started {
  child: ChildProcess;
  origin: string;
  output: () => string;
  env: NodeJS.ProcessEnv;
}

function startServer(home: string): Promise<Started> {
  const env = { ...process.env, HOME: home, AICOST_STATE_FILE: path.join(home, "server.json") };
  const child = spawn(process.execPath, ["scripts/start.js", "--no-build", "--port", "0"], { cwd: ROOT, env });
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${text}`)), 20000);
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /served at (\S+)/.exec(text);
      if (match && text.includes("npm stop")) {
        clearTimeout(timer);
        resolve({ child, origin: match[1], output: () => text, env });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${text}`)));
  });
}

function stop(started: Started): Promise<string> {
  return new Promise((resolve) => {
    started.child.removeAllListeners("exit");
    started.child.on("exit", () => resolve(started.output()));
    const result = spawnSync(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env: started.env, encoding: "utf8" });
    expect(result.stdout).toMatch(/Stopped the AI Cost add-in server at/);
  });
}

function get(url: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  if (!ca) return fetch(url).then(async (response) => ({ status: response.status, body: await response.text() }));
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

const tempHome = () => fs.mkdtempSync(path.join(os.tmpdir(), "aicost-home-"));

describe("npm start without Excel", () => {
  it("serves the add-in over http when there are no dev certificates, says how to load it, and stops", async () => {
    const home = tempHome();
    const started = await startServer(home);
    expect(started.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(started.output()).toMatch(/Excel desktop does not run on linux/);
    expect(started.output()).toMatch(/Upload My Add-in/);
    expect(started.output()).toContain(`Try it without Excel: open ${started.origin}/preview/`);
    expect(started.output()).toMatch(/Served over http: no Office development certificates/);

    const manifest = await get(`${started.origin}/manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toContain(`${started.origin}/functions.json`);
    expect(manifest.body).not.toContain("localhost:3000");
    const metadata = JSON.parse((await get(`${started.origin}/functions.json`)).body) as {
      functions: { helpUrl: string }[];
    };
    expect(metadata.functions).toHaveLength(DECLARATIONS.length);
    expect(metadata.functions[0].helpUrl).toBe(`${started.origin}/help.html#REQUEST_COST`);
    expect((await get(`${started.origin}/help.html`)).body).toMatch(/<section id="?REQUEST_COST[\s">]/);
    expect((await get(`${started.origin}/taskpane.html`)).body).toContain("functions.js");
    expect((await get(`${started.origin}/preview/`)).body).toContain("preview.js");
    expect((await get(`${started.origin}/../package.json`)).status).toBe(404);

    const output = await stop(started);
    expect(output).toMatch(/server stopped/);
    expect(fs.existsSync(path.join(home, "server.json"))).toBe(false);
  });

  it("serves over https with the Office development certificates", async () => {
    const home = tempHome();
    const dir = path.join(home, ".office-addin-dev-certs");
    fs.mkdirSync(dir);
    const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined);
    await generateCertificates(
      path.join(dir, "ca.crt"),
      path.join(dir, "localhost.crt"),
      path.join(dir, "localhost.key"),
      2,
    );
    quiet.mockRestore();
    const started = await startServer(home);
    expect(started.origin).toMatch(/^https:\/\/localhost:\d+$/);
    expect(started.output()).not.toMatch(/Served over http/);
    const response = await get(`${started.origin}/functions.js`, fs.readFileSync(path.join(dir, "ca.crt")));
    expect(response.status).toBe(200);
    expect(response.body).toContain("CustomFunctions.associate");
    await stop(started);
  });

  it("npm stop with nothing running says so", () => {
    const env = { ...process.env, AICOST_STATE_FILE: path.join(tempHome(), "none.json") };
    const result = spawnSync(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Nothing to stop/);
  });
});

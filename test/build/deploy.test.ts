/**
 * The production build for an organisation's https server (issue 14), followed as the README's
 * "Deploying to a finance team" section says: `npm run build -- --env host=…` for a test host,
 * dist/ copied under that host's folder on a static https server (serve-static, with the content
 * types and the one header the README names), and every address the production manifest and
 * functions.json give fetched from it over TLS, as Excel would. The host is a name of the reserved
 * .test domain, resolved here to this machine, with a certificate made for it.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import type { LookupFunction } from "net";
import serveStatic from "serve-static";
import { DECLARATIONS } from "../../src/functions/declarations";
import type { Metadata } from "../../src/functions/generators/metadata";
import { deployHost } from "../helpers/deploy";
import { DOMParser } from "@xmldom/xmldom";
import { filesUnder, ROOT } from "../helpers/dist";
import { builtVersion, manifestChecks } from "../helpers/manifestChecks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const selfsigned = require("selfsigned") as {
  generate(
    attributes: { name: string; value: string }[],
    options: Record<string, unknown>,
  ): Promise<{ private: string; cert: string }>;
};

const HOSTNAME = "addins.aicost.test";
const FOLDER = "/aicost/";
const BUILD_TIMEOUT = 240_000;

/** What the README says each file of dist/ is served as. */
const CONTENT_TYPES: Record<string, RegExp> = {
  ".html": /^text\/html/,
  ".js": /^(text|application)\/javascript/,
  ".json": /^application\/json/,
  ".css": /^text\/css/,
  ".png": /^image\/png/,
  ".xml": /^(application|text)\/xml/,
};

let work: string;
let out: string;
let host: string;
let cert: string;
let server: https.Server;

/** Runs an npm script with arguments, as the README gives it; resolves with its exit code and output. */
function npmRun(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", ...args],
      { cwd: ROOT, timeout: BUILD_TIMEOUT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** The test host's name resolves to this machine, whatever the resolver asks for. */
const lookup = ((_name: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
  options.all
    ? callback(null, [{ address: "127.0.0.1", family: 4 }])
    : callback(null, "127.0.0.1", 4)) as unknown as LookupFunction;

/** GETs an address from the test server over TLS, trusting only its certificate. */
function get(address: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = https.get(address, { ca: cert, lookup, servername: HOSTNAME }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
  });
}

const manifest = () => fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
const metadata = () => JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as Metadata;
const manifestAddresses = () => [...manifest().matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]);

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-deploy-"));
  out = path.join(work, FOLDER);
  const pems = await selfsigned.generate([{ name: "commonName", value: HOSTNAME }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: HOSTNAME }] }],
  });
  cert = pems.cert;
  // Any static https server will do (README): this one serves the folder's files and nothing else,
  // with the README's two headers: one lets Excel on the web read functions.json from another
  // origin, the other has every fetch ask whether a file changed.
  const files = serveStatic(work, {
    index: false,
    setHeaders: (response) => {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Cache-Control", "no-cache");
    },
  });
  server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  host = `https://${HOSTNAME}:${port}${FOLDER}`;
  // An earlier development build is there, with its preview: the preview is not deployed.
  fs.mkdirSync(path.join(out, "preview"), { recursive: true });
  fs.writeFileSync(path.join(out, "manifest.xml"), "<OfficeApp/>");
  fs.writeFileSync(path.join(out, "preview", "index.html"), "<p>http://localhost:3000/preview/</p>");
  // The README's build, for the test host, written where the server serves that folder.
  const build = await npmRun(["build", "--", "--env", `host=${host}`, "--env", `out=${out}`]);
  expect(build).toMatchObject({ code: 0 });
}, BUILD_TIMEOUT);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("a production build for an https host", () => {
  it("leaves localhost nowhere in what it writes, and no preview", () => {
    const files = filesUnder(out);
    expect(fs.existsSync(path.join(out, "preview"))).toBe(false);
    expect(files.map((file) => path.relative(out, file)).sort()).toEqual(
      expect.arrayContaining(["functions.js", "functions.json", "help.html", "manifest.xml", "taskpane.html"]),
    );
    for (const file of files) {
      const text = fs.readFileSync(file, "latin1");
      expect({ file: path.relative(out, file), localhost: /localhost/i.test(text) }).toEqual({
        file: path.relative(out, file),
        localhost: false,
      });
    }
  });

  it("addresses every manifest file on the host, with the host's origin as AppDomain, the same Id and package.json's Version", () => {
    const addresses = manifestAddresses();
    expect(addresses.length).toBeGreaterThan(8);
    for (const address of addresses) expect(address.startsWith(host)).toBe(true);
    expect([...manifest().matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((match) => match[1])).toEqual([
      new URL(host).origin,
    ]);
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    const development = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(id(manifest())).toBe(id(development));
    // Nothing else moves: the production manifest is the development one with its addresses moved
    // and package.json's version stated.
    expect(
      manifest().split(host).join(deployHost.DEV_BASE).split(new URL(host).origin).join("https://localhost:3000"),
    ).toBe(development.replace(/<Version>[^<]*<\/Version>/, `<Version>${builtVersion()}</Version>`));
  });

  it("links each function's help to its own section of the help page shipped beside it", () => {
    const functions = metadata().functions;
    expect(functions.map((fn) => fn.id)).toEqual(DECLARATIONS.map((declaration) => declaration.id));
    const help = fs.readFileSync(path.join(out, "help.html"), "utf8");
    for (const fn of functions) {
      expect(fn.helpUrl).toBe(`${host}help.html#${fn.id}`);
      // The production build minimizes the page: its attributes may lose their quotes.
      expect(help).toMatch(new RegExp(`<section id="?${fn.id}[\\s">]`));
    }
  });

  describe("its manifest passes the offline checks", () => {
    manifestChecks(manifest, (address) => path.join(out, address.slice(host.length)), { built: true });
  });

  it("is served by a static https server as the README says: every address Excel is given answers 200", async () => {
    const pageFiles = [
      ...fs.readFileSync(path.join(out, "taskpane.html"), "utf8").matchAll(/(?:src|href)=("?)([^"\s>]+)\1/g),
    ]
      .map((match) => match[2])
      .filter((reference) => !/^[a-z]+:/i.test(reference));
    expect(pageFiles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "taskpane.css"]));
    const addresses = new Set([
      ...manifestAddresses(),
      ...metadata().functions.map((fn) => fn.helpUrl.split("#")[0]),
      ...pageFiles.map((file) => new URL(file, host).href),
    ]);
    for (const address of addresses) {
      const answer = await get(address);
      const type = CONTENT_TYPES[path.extname(new URL(address).pathname)];
      expect({ address, status: answer.status, typed: type.test(String(answer.headers["content-type"])) }).toEqual({
        address,
        status: 200,
        typed: true,
      });
    }
    const functionsJson = await get(`${host}functions.json`);
    expect(functionsJson.headers["access-control-allow-origin"]).toBe("*");
    expect(JSON.parse(functionsJson.body.toString("utf8"))).toEqual(metadata());
  });
});

describe("a host the build refuses", () => {
  it.each([
    ["http://addins.contoso.example/aicost/", /is not https/],
    ["addins.contoso.example/aicost/", /is not a URL/],
    [
      "https://addins.contoso.example/aicost",
      /does not end with a slash: .* give https:\/\/addins\.contoso\.example\/aicost\/\./,
    ],
    ["https://localhost:3000/", /is this machine/],
    ["https://127.0.0.1/aicost/", /is this machine/],
    ["https://user:secret@addins.contoso.example/", /user name or password/],
    ["https://addins.contoso.example/aicost/?v=2", /query or a fragment/],
    ["", /host is empty/],
  ])("%p", (given, reason) => {
    expect(() => deployHost.deployBase(given)).toThrow(reason);
  });

  it(
    "stops the build before it writes anything, with the reason in one line",
    async () => {
      const existing = path.join(work, "existing");
      fs.mkdirSync(existing);
      fs.writeFileSync(path.join(existing, "keep.txt"), "not a build");
      const host = "host=https://addins.contoso.example/aicost/";
      const cases: [string[], string, string][] = [
        [
          ["--env", "host=http://addins.contoso.example/aicost/"],
          'host "http://addins.contoso.example/aicost/" is not https',
          "http",
        ],
        [["--env", "host="], "host is empty", "empty"],
        [["--env", "host"], "host is empty", "bare"],
        [["--env", host, "--env", "preview"], "the local preview", "preview"],
        [["--env", host], "holds files that are not a build", "existing"],
      ];
      const builds = await Promise.all(
        cases.map(([args, , folder]) => npmRun(["build", "--", ...args, "--env", `out=${path.join(work, folder)}`])),
      );
      builds.forEach((build, index) => {
        const [, reason, folder] = cases[index];
        expect({ folder, refused: build.code !== 0 }).toEqual({ folder, refused: true });
        expect(build.output).toMatch(new RegExp(`Cannot build: .*${reason.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        expect(build.output).not.toMatch(/\n\s+at /);
        if (folder !== "existing") expect(fs.existsSync(path.join(work, folder))).toBe(false);
      });
      expect(fs.readdirSync(existing)).toEqual(["keep.txt"]);
    },
    BUILD_TIMEOUT,
  );

  it("escapes the host in the manifest's XML, and refuses every name of this machine", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const target = deployHost.deployBase("https://a.example/r&d/");
    const doc = new DOMParser().parseFromString(
      deployHost.manifestFor(xml, { ...target, version: "1.0.0" }),
      "text/xml",
    );
    expect(doc.getElementsByTagName("SupportUrl")[0].getAttribute("DefaultValue")).toBe(
      "https://a.example/r&d/help.html",
    );
    const machines = [
      "https://localhost./a/",
      "https://LOCALHOST/a/",
      "https://127.1/a/",
      "https://[::ffff:127.0.0.1]/a/",
      "https://[0:0:0:0:0:0:0:1]/a/",
      "https://app.localhost/a/",
    ];
    for (const machine of machines) expect(() => deployHost.deployBase(machine)).toThrow(/is this machine/);
    // A name that merely contains "localhost" is someone's server.
    expect(deployHost.deployBase("https://notlocalhost.contoso.example/localhost/").base).toBe(
      "https://notlocalhost.contoso.example/localhost/",
    );
  });

  it("validates the built manifest with Microsoft's validator, or manifest.xml before any build", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { manifestToValidate } = require("../../scripts/validate.js") as { manifestToValidate(root: string): string };
    expect(manifestToValidate(ROOT)).toBe(path.join(ROOT, "dist", "manifest.xml"));
    expect(manifestToValidate(work)).toBe(path.join(work, "manifest.xml"));
  });

  it("leaves the check with Microsoft's validator, which `npm run validate` runs where its service is reachable", async () => {
    const help = await new Promise<string>((resolve, reject) =>
      execFile(
        path.join(ROOT, "node_modules", ".bin", "office-addin-manifest"),
        ["validate", "--help"],
        { timeout: 60_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    expect(help).toContain("--production");
  }, 60_000);

  it("takes the manifest Version from package.json's semantic version, and refuses one it cannot state", () => {
    expect(deployHost.manifestVersion("1.4.2")).toBe("1.4.2.0");
    // A prerelease: the development build states its numbers, a build for a host refuses it.
    expect(deployHost.manifestVersion("1.4.2-beta.1")).toBe("1.4.2.0");
    expect(() => deployHost.manifestVersion("1.4.2-beta.1", { deployed: true })).toThrow(/no prerelease part/);
    expect(() => deployHost.manifestVersion("1.70000.0")).toThrow(/0 to 65535/);
  });
});

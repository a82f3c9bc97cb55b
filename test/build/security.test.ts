/**
 * What Excel loads is locked down: no run-time code generation in the shipped bundles, nothing of
 * the preview's spreadsheet engine in them, a Content-Security-Policy on the pane that allows only
 * this add-in and office.js's CDNs, and no network request of the add-in's own in the sources.
 */
import * as fs from "fs";
import * as path from "path";
import { filesUnder, readDist, ROOT } from "../helpers/dist";

const SHIPPED = ["functions.js", "taskpane.js"];
const CODE_GENERATION = [
  /\bnew Function\b/,
  /\b(window|globalThis|self)\.eval\b/,
  /[=(,:]\s*Function\s*[;,)]/,
  /(^|[^.\w$])eval\s*\(/,
  /\bFunction\s*\(\s*["'`]/,
  /set(Timeout|Interval)\(\s*["'`]/,
];

function csp(): Map<string, string[]> {
  const html = readDist("taskpane.html") as string;
  const match = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy");
  return new Map(
    match[1]
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("the shipped bundles", () => {
  it.each(SHIPPED)("%s generates no code at run time (no eval, no Function constructor)", (file) => {
    const code = readDist(file) as string;
    for (const pattern of CODE_GENERATION) expect(code).not.toMatch(pattern);
  });

  it.each(SHIPPED)("%s carries nothing of the preview's spreadsheet engine", (file) => {
    expect(readDist(file) as string).not.toMatch(/HyperFormula|hyperformula/);
  });

  it("the check finds code generation where there is some", () => {
    for (const sample of [
      'x=new Function("a","return a")',
      "var F=Function;",
      "window.eval(s)",
      ";eval(s)",
      'setTimeout("go()",1)',
    ]) {
      expect(CODE_GENERATION.some((pattern) => pattern.test(sample))).toBe(true);
    }
  });
});

describe("the task pane's Content-Security-Policy", () => {
  /**
   * office.js's two hosts: the documented CDN the page loads it from, and the host Microsoft now
   * also serves it from (SPEC 3.8). office.js loads its other files from where it came; a redirect
   * to a host the policy does not allow would stop Office.onReady and show #NAME? in every cell.
   */
  const OFFICE_JS_HOSTS = ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"];

  it("allows scripts only from the add-in and Microsoft's office.js CDNs", () => {
    const policy = csp();
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", ...OFFICE_JS_HOSTS]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const [, sources] of policy) {
      for (const source of sources)
        expect(["'self'", "'none'", "'unsafe-inline'", "data:", ...OFFICE_JS_HOSTS]).toContain(source);
    }
  });

  it("lets office.js reach both of its hosts, whichever serves it", () => {
    const policy = csp();
    for (const directive of ["script-src", "connect-src", "frame-src"]) {
      expect(policy.get(directive)).toEqual(expect.arrayContaining(OFFICE_JS_HOSTS));
    }
  });

  it("forbids eval, and leaves framing to Office", () => {
    const policy = csp();
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.has("frame-ancestors")).toBe(false);
    expect(policy.has("sandbox")).toBe(false);
  });
});

describe("the add-in's own network use", () => {
  const sources = (dir: string) => filesUnder(dir).filter((file) => file.endsWith(".ts"));

  it("no source makes a request: no fetch, XMLHttpRequest, WebSocket, beacon or dynamic import", () => {
    const offending = sources(path.join(ROOT, "src")).filter((file) =>
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|\bimport\s*\(/.test(fs.readFileSync(file, "utf8")),
    );
    expect(offending).toEqual([]);
  });
});

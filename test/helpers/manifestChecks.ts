/**
 * The offline checks of a manifest: the online validator (`npm run validate`) cannot be reached
 * here, so these check the structure Excel relies on for a shared-runtime add-in with custom
 * functions. They run on the development manifest and on a production build's.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import { ROOT } from "./dist";

/** The manifest Version the build writes: package.json's version, with a fourth part. */
export function builtVersion(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  return `${version}.0`;
}

/**
 * Defines the checks on the manifest `load()` gives once the tests run; `fileOf` says which file
 * of the build a manifest address names. A built manifest states package.json's version.
 */
export function manifestChecks(
  load: () => string,
  fileOf: (address: string) => string,
  { built }: { built: boolean },
): void {
  let parsed:
    { xml: string; doc: ReturnType<DOMParser["parseFromString"]>; resources: Map<string, string> } | undefined;
  const read = () => {
    if (parsed) return parsed;
    const xml = load();
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    /** Resource ids declared under <Resources>, with their values. */
    const resources = new Map<string, string>();
    for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
      for (const element of Array.from(doc.getElementsByTagName(tag))) {
        const id = element.getAttribute("id");
        if (id) resources.set(id, element.getAttribute("DefaultValue") ?? "");
      }
    }
    parsed = { xml, doc, resources };
    return parsed;
  };
  const all = (name: string): Element[] => Array.from(read().doc.getElementsByTagName(name));
  const one = (name: string): Element => {
    const found = all(name);
    if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
    return found[0];
  };
  const child = (parent: Element, name: string): Element | undefined =>
    Array.from(parent.childNodes).find(
      (node): node is Element => node.nodeType === 1 && (node as Element).tagName === name,
    );
  const resid = (element: Element | undefined): string => element?.getAttribute("resid") ?? "";

  it("is well-formed XML (xmllint)", async () => {
    const { xml } = read();
    const result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], normalization: "format" });
    expect(result.errors.map((error) => error.message)).toEqual([]);
  });

  it("every resid resolves to a declared resource, and ids are unique", () => {
    const { xml, resources } = read();
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(resources.has(id)).toBe(true);
    const declared = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("one resid serves the shared runtime, the custom functions page and the function file", () => {
    const { resources } = read();
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = child(one("Page"), "SourceLocation");
    const functionFile = one("FunctionFile");
    expect(new Set([resid(runtime), resid(page), resid(functionFile)]).size).toBe(1);
    expect(resources.get(resid(runtime))).toMatch(/\/taskpane\.html$/);
    const action = one("Action");
    expect(resid(child(action, "SourceLocation"))).toBe(resid(runtime));
  });

  it("keeps one task pane: every pane opens the shared runtime's page, and none names a TaskpaneId", () => {
    // Microsoft, "Configure your Office Add-in to use a shared runtime" (2026-07-30), "Good practice:
    // avoid multiple task panes": a shared runtime supports one task pane, so in a <Host> whose
    // <Runtime> has a long lifetime no <Action> should have a <TaskpaneId> child.
    const panes = all("Action").filter((action) => action.getAttribute("xsi:type") === "ShowTaskpane");
    expect(panes.length).toBeGreaterThan(0);
    expect(all("TaskpaneId")).toEqual([]);
    for (const action of panes) {
      expect(child(action, "SourceLocation")?.getAttribute("resid")).toBe(one("Runtime").getAttribute("resid"));
    }
    // The lifetime that keeps functions running while the pane is closed (Runtime element reference).
    expect(one("Runtime").getAttribute("lifetime")).toBe("long");
  });

  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.3, so that an Excel without them refuses to install it", () => {
    // Office does not install an add-in whose <Requirements> a host lacks (Microsoft, "Specify Office
    // applications and API requirements"): SharedRuntime 1.1 for the one runtime, and
    // CustomFunctionsRuntime 1.3 for the error codes and messages the functions return.
    const sets = new Map(
      all("Set").map((element) => [element.getAttribute("Name"), element.getAttribute("MinVersion")]),
    );
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.3");
    expect(all("Sets").every((element) => element.parentNode?.nodeName === "Requirements")).toBe(true);
  });

  it("declares the AICOST namespace, the script and the metadata", () => {
    const { resources } = read();
    expect(resources.get(resid(one("Namespace")))).toBe("AICOST");
    expect(resources.get(resid(child(one("Metadata"), "SourceLocation"))) ?? "").toMatch(/\/functions\.json$/);
    expect(resources.get(resid(child(one("Script"), "SourceLocation"))) ?? "").toMatch(/\/functions\.js$/);
  });

  it("uses https for every address and lists the add-in's own origin", () => {
    const { xml } = read();
    const addresses = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]);
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(address).toMatch(/^https:\/\//);
    const origins = new Set(addresses.map((address) => new URL(address).origin));
    expect(all("AppDomain").map((element) => element.textContent)).toEqual([...origins]);
  });

  it("opens the task pane from a ribbon button whose icons exist in assets/", () => {
    expect(one("Action").getAttribute("xsi:type")).toBe("ShowTaskpane");
    for (const image of all("bt:Image").filter((element) => element.getAttribute("id"))) {
      expect(fs.existsSync(fileOf(image.getAttribute("DefaultValue") ?? ""))).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it("opens the help page from SupportUrl and from Get Started's Learn more, and the build has it", () => {
    const { resources } = read();
    const support = one("SupportUrl").getAttribute("DefaultValue") ?? "";
    expect(support).toMatch(/^https:\/\/.+\/help\.html$/);
    expect(resources.get("GetStarted.LearnMoreUrl")).toBe(support);
    expect(fs.existsSync(fileOf(support))).toBe(true);
  });

  it(
    built
      ? "states package.json's version as its Version, so that a deployed update is seen as one"
      : "states a Version of four numbers (the build writes package.json's)",
    () => {
      const stated = one("Version").textContent ?? "";
      if (built) expect(stated).toBe(builtVersion());
      else expect(stated).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    },
  );
}

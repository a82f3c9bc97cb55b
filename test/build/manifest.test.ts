/**
 * The development manifest (manifest.xml), checked offline (test/helpers/manifestChecks.ts), and
 * shipped by the build as it is but for its Version: a build without a host is the development
 * build.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, readDist, ROOT } from "../helpers/dist";
import { builtVersion, manifestChecks } from "../helpers/manifestChecks";

const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  manifestChecks(
    () => xml,
    (address) => path.join(DIST, new URL(address).pathname),
    { built: false },
  );

  it("points every address at the development server, https://localhost:3000/", () => {
    const addresses = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((match) => match[1]);
    for (const address of addresses) expect(address.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("the build ships the manifest unchanged but for its Version, package.json's", () => {
    const shipped = readDist("manifest.xml") as string;
    expect(shipped).toBe(xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${builtVersion()}</Version>`));
  });

  describe("as the build ships it", () => {
    manifestChecks(
      () => readDist("manifest.xml") as string,
      (address) => path.join(DIST, new URL(address).pathname),
      { built: true },
    );
  });
});

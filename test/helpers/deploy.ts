/** The build's deployment addresses (scripts/webpack/deploy-host.js), typed for the tests. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const deployHost = require("../../scripts/webpack/deploy-host.js") as {
  DEV_BASE: string;
  HostError: new (message: string) => Error;
  deployBase(host: unknown): { base: string; origin: string };
  manifestFor(xml: string, target: { base?: string; origin?: string; version: string }): string;
  manifestVersion(version: string, options?: { deployed?: boolean }): string;
};

/** Where the development build says every file is. */
export const DEV_BASE = deployHost.DEV_BASE;

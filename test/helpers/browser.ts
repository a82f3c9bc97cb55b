/**
 * Headless Chromium (Debian's package, which .ci/run installs) driven by playwright-core, against
 * the built add-in served from dist/ on this machine. No browser is downloaded.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { ROOT } from "./dist";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install chromium\` (.ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Starts the add-in's own static server on a free port; resolves with its origin and a stop function. */
export async function serveDist(): Promise<{ origin: string; stop: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require(path.join(ROOT, "scripts/serve.js")) as {
    startServer: (options: {
      root: string;
      port: number;
    }) => Promise<{ origin: string; server: { close: (done: () => void) => void } }>;
  };
  const { origin, server } = await startServer({ root: path.join(ROOT, "dist"), port: 0 });
  return { origin, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

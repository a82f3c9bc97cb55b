/**
 * The built preview in headless Chromium, as the benches that drive it open it: dist/ served on a
 * free port, one browser, a page at the preview; closed again whatever the run does.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../test/helpers/chromium";

/**
 * Runs `drive` on a page showing the preview; undefined where there is no Chromium or no built
 * preview (the bench then reports no figure).
 */
export async function onPreviewPage<T>(dist: string, drive: (page: Page) => Promise<T>): Promise<T | undefined> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(dist, "preview", "index.html"))) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require("../scripts/serve.js") as {
    startServer(options: { root: string; port: number }): Promise<{ origin: string; server: { close(): void } }>;
  };
  const { origin, server } = await startServer({ root: dist, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${origin}/preview/`);
    const result = await drive(page);
    await page.close();
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

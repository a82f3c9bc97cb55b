/** The browser tests' side of the page: the built add-in served from dist/ on this machine. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import type { CellReading } from "../../src/preview/automation";
import { ROOT } from "./dist";

export { CHROMIUM, launchChromium } from "./chromium";

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

/**
 * Where a screenshot the README shows goes: docs/ when `npm run docs` asks for the pictures
 * (AICOST_DOCS=1), a scratch folder otherwise, so that `npm test` leaves the working tree as it was.
 */
export function screenshotPath(name: string): string {
  const folder = process.env.AICOST_DOCS === "1" ? path.join(ROOT, "docs") : path.join(os.tmpdir(), "aicost-docs");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

/** The day every browser test runs on, as jest's clock (jest.config.js): the catalogue's words follow dates. */
export const TEST_DAY = new Date(2026, 11, 5, 9, 0, 0);

/** Fixes a page's Date at the tests' day; its timers run as usual. */
export async function onTestDay(page: Page): Promise<void> {
  await page.clock.setFixedTime(TEST_DAY);
}

/**
 * Opens the local workbook preview in a new page of its own, with the page's errors collected in
 * `problems`; resolves once the sample workbook is drawn.
 */
export async function openPreview(
  browser: import("playwright-core").Browser,
  origin: string,
  viewport: { width: number; height: number },
  problems: string[],
): Promise<import("playwright-core").Page> {
  const page = await browser.newPage({ viewport });
  await onTestDay(page);
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  await page.goto(`${origin}/preview/`);
  await page.waitForSelector("#cell-B5");
  return page;
}

/** A cell of the preview read through its read-only handle, window.aicostPreview: "Sheet!A1". */
export function readCell(page: Page, reference: string): Promise<CellReading> {
  return page.evaluate(
    (ref) => (window as unknown as { aicostPreview: { cell(r: string): CellReading } }).aicostPreview.cell(ref),
    reference,
  );
}

/** Shows one of the preview's sheets by clicking its tab, as a person does. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.click(`#sheet-tabs button:has-text("${name}")`);
  await page.waitForSelector(`#sheet-tabs button[aria-selected="true"]:has-text("${name}")`);
}

/**
 * The help page in headless Chromium (issue 14): what the manifest's SupportUrl and a function's
 * helpUrl open. It passes an automated WCAG 2.1 AA audit, a function's address lands on its own
 * section, and it reads in a narrow task pane without sideways scrolling.
 */
import type { Browser } from "playwright-core";
import { auditWcagAA } from "../helpers/axe";
import { launchChromium, serveDist } from "../helpers/browser";
import { readDist } from "../helpers/dist";

let browser: Browser;
let server: { origin: string; stop: () => Promise<void> };

beforeAll(async () => {
  readDist("help.html");
  browser = await launchChromium();
  server = await serveDist();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the help page", () => {
  it("passes an automated WCAG 2.1 AA audit (axe-core) and loads nothing that fails", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("requestfailed", (request) => problems.push(request.url()));
    await page.goto(`${server.origin}/help.html`);
    expect(await auditWcagAA(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a function's help address at that function, readable 320 px wide", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.origin}/help.html#FT_COMPARE`);
    const title = page.locator("#FT_COMPARE-title");
    expect(await title.textContent()).toBe("AICOST.FT_COMPARE");
    const box = await title.boundingBox();
    expect(box && box.y >= 0 && box.y < 640).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

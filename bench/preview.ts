/**
 * The preview's grid in headless Chromium, as an analyst uses it (issue 13): Ctrl+D over 10,000
 * rows, and then the median time from an arrow key to the next painted frame on that 10,000-row
 * sheet. Each key is dispatched inside the page and timed there, to the frame after the one that
 * handles it, so that no round trip to the browser is counted.
 */
import type { Page } from "playwright-core";
import { onPreviewPage } from "./previewPage";
import { median } from "./median";

export const PREVIEW_ROWS = 10_000;

/** Presses a key on the grid inside the page; resolves with the milliseconds to the next painted frame. */
function timedKey(page: Page, key: string, ctrl = false): Promise<number> {
  return page.evaluate(
    ([pressed, control]) =>
      new Promise<number>((resolve) => {
        const grid = document.getElementById("grid") as HTMLElement;
        const start = performance.now();
        grid.dispatchEvent(
          new KeyboardEvent("keydown", { key: pressed as string, ctrlKey: control as boolean, bubbles: true }),
        );
        // The frame that paints the change, then a task after it: the paint has happened.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        });
      }),
    [key, ctrl] as const,
  );
}

async function select(page: Page, address: string): Promise<void> {
  await page.getByLabel("Name Box").fill(address);
  await page.getByLabel("Name Box").press("Enter");
}

export async function benchPreview(
  dist: string,
  presses = 60,
): Promise<{ keypressMs: number; filldownMs: number } | undefined> {
  return onPreviewPage(dist, async (page) => {
    await page.waitForSelector("#cell-B5");
    // A column of 10,000 filled rows, beside the sample: J1 = 1, J2 = J1 + 1, filled down.
    await select(page, "J1");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await page.keyboard.type("=J1+1");
    await page.keyboard.press("Enter");
    await select(page, `J2:J${PREVIEW_ROWS}`);
    const filldownMs = await timedKey(page, "d", true);
    const last = await page.evaluate(
      (ref) =>
        (window as unknown as { aicostPreview: { cell(r: string): { value: unknown } } }).aicostPreview.cell(ref).value,
      `Worked example!J${PREVIEW_ROWS}`,
    );
    if (last !== PREVIEW_ROWS) throw new Error(`the fill down gave J${PREVIEW_ROWS} = ${String(last)}`);
    await select(page, "J1");
    const times: number[] = [];
    for (let press = 0; press < presses; press++) times.push(await timedKey(page, "ArrowDown"));
    return { keypressMs: median(times), filldownMs };
  });
}

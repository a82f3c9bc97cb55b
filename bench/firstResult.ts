/**
 * Time to the first computed result in a browser: headless Chromium loads dist/functions.js into a
 * page with a small CustomFunctions stand-in and calls REQUEST_COST as soon as it registers.
 * Measured inside the page, from inserting the script to the result; median of several loads.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { CHROMIUM, launchChromium } from "../test/helpers/chromium";
import { createCustomFunctionsRuntime } from "../src/preview/customFunctionsRuntime";
import { median } from "./median";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><script>
window.CustomFunctions = (${createCustomFunctionsRuntime.toString()})();
window.measure = () => new Promise((resolve, reject) => {
  const start = performance.now();
  const script = document.createElement("script");
  script.src = "functions.js?" + Math.random();
  script.onload = () => {
    const value = CustomFunctions.associated.get("REQUEST_COST")([[5000]], [[500]], [[3]], [[15]])[0][0];
    resolve({ ms: performance.now() - start, value });
  };
  script.onerror = reject;
  document.body.append(script);
});
</script></body></html>`;

export async function benchFirstResult(dist: string, loads = 7): Promise<number | undefined> {
  if (!fs.existsSync(CHROMIUM)) return undefined;
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith("/functions.js")) {
      response.writeHead(200, { "Content-Type": "text/javascript", "Cache-Control": "no-store" });
      response.end(fs.readFileSync(path.join(dist, "functions.js")));
    } else {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let load = 0; load < loads; load++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const { ms, value } = await page.evaluate(() =>
        (window as unknown as { measure: () => Promise<{ ms: number; value: number }> }).measure(),
      );
      if (Math.abs(value - 0.0225) > 1e-12) throw new Error(`first result was ${value}`);
      times.push(ms);
      await page.close();
    }
    return median(times);
  } finally {
    await browser.close();
    server.close();
  }
}

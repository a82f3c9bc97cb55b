/**
 * The task pane in real headless Chromium: the built taskpane.html with a small Office/Excel
 * stand-in served in place of office.js. The questionnaire is answered with the keyboard alone,
 * "Write to sheet" is pressed, and what the writer gave the workbook is checked against the plan
 * for the same answers. A screenshot of the result step is saved under docs/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { FIT_STRATEGIES, isPriced } from "../../src/engine";
import { createCustomFunctionsRuntime } from "../../src/preview/customFunctionsRuntime";
import { fineTunableModels } from "../../src/taskpane/modelNotes";
import type { AnswerKey } from "../../src/sheet/answers";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { buildSheetPlan } from "../../src/sheet/plan";
import { auditWcagAA } from "../helpers/axe";
import { launchChromium, onTestDay, screenshotPath, serveDist } from "../helpers/browser";
import { readDist } from "../helpers/dist";

/** office.js's stand-in, then the one CustomFunctions stand-in that functions.js associates with. */
const STAND_IN =
  fs.readFileSync(path.join(__dirname, "officeStandIn.js"), "utf8") +
  `\nwindow.CustomFunctions = (${createCustomFunctionsRuntime.toString()})();\n`;
const PANE_WIDTH = 320;

let browser: Browser;
let server: { origin: string; stop: () => Promise<void> };

beforeAll(async () => {
  readDist("taskpane.html");
  browser = await launchChromium();
  server = await serveDist();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPane(
  setup: { existingCells?: Record<string, unknown>; selection?: { row: number; column: number } } = {},
) {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 900 } });
  await onTestDay(page);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  // The add-in's only network traffic: its own files and office.js from Microsoft's CDN.
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith("https://appsforoffice.microsoft.com/")) {
      problems.push(`unexpected request: ${url}`);
    }
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: STAND_IN }),
  );
  await page.addInitScript((state) => Object.assign(window, state), {
    __existingCells: setup.existingCells ?? {},
    __selection: setup.selection ?? { row: 0, column: 0 },
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("#step-title:has-text('Step 1 of 4')");
  return { page, problems };
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab until the element with that id has the focus. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

async function answerEveryStep(page: Page): Promise<void> {
  // Step 1: the task, by keyboard: a list, two numbers, two check boxes.
  await tabTo(page, "field-taskType");
  await page.keyboard.press("ArrowDown");
  await typeInto(page, "field-distinctPatterns", "8");
  await typeInto(page, "field-stableMonths", "12");
  await tabTo(page, "field-needsGeneralQueries");
  await page.keyboard.press("Space");
  await page.keyboard.press("Space");
  await tabTo(page, "next");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#step-title:has-text('Step 2 of 4: The workload')");
  expect(await focusedId(page)).toBe("step-title");

  // Step 2: a wrong volume first; the error names the field and the fix, and takes the focus.
  await typeInto(page, "field-requestsPerMonth", "-5");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#field-requestsPerMonth-error");
  expect(await page.textContent("#field-requestsPerMonth-error")).toBe(
    'Requests per month must be a number ≥ 0 (requests per month); got "-5".',
  );
  expect(await focusedId(page)).toBe("field-requestsPerMonth");
  expect(await page.getAttribute("#field-requestsPerMonth", "aria-invalid")).toBe("true");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("750,000");
  // Once fine-tuned, the prompt drops its instructions and examples.
  await typeInto(page, "field-ftInputTokens", "1500");
  await typeInto(page, "field-largeModel", "gpt-4o");
  await typeInto(page, "field-smallModel", "gpt-4o-mini");
  await typeInto(page, "field-cachedShare", "50%");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#step-title:has-text('Step 3 of 4: The team and costs')");

  // Step 3: the high end of the published figures, then one figure of our own.
  await tabTo(page, "field-costLevel");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => (document.getElementById("field-hourlyRate") as HTMLInputElement).value === "200");
  await typeInto(page, "field-recallTokens", "800");
  // Measured on an evaluation set: how often each small-model strategy hands a request over.
  await typeInto(page, "field-fallbackShare", "0.1");
  await typeInto(page, "field-memoryFallbackShare", "0.05");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#result-title");
}

function expectedAnswers() {
  const model = new Questionnaire();
  const changes = {
    taskType: "extraction",
    distinctPatterns: "8",
    stableMonths: "12",
    requestsPerMonth: "750,000",
    ftInputTokens: "1500",
    largeModel: "gpt-4o",
    smallModel: "gpt-4o-mini",
    cachedShare: "50%",
    costLevel: "high",
    recallTokens: "800",
    fallbackShare: "0.1",
    memoryFallbackShare: "0.05",
  } as const;
  for (const [key, value] of Object.entries(changes)) model.set(key as never, value);
  for (let step = 0; step < 3; step++) model.next();
  return model;
}

describe("the task pane in headless Chromium", () => {
  it("is answered with the keyboard alone and writes the live model to a new sheet", async () => {
    const { page, problems } = await openPane();
    await answerEveryStep(page);

    const expected = expectedAnswers();
    const results = expected.results();
    // The headline is the cheapest strategy the rule finds fit, worked out here from the totals.
    const fit = FIT_STRATEGIES[results.decision.verdict];
    const cheapestFit = results.comparison.rows
      .filter((row) => fit.includes(row.strategy))
      .filter(isPriced)
      .reduce((best, row) => (row.total < best.total ? row : best));
    expect(cheapestFit.strategy).toBe("Small model + memory");
    expect(await page.textContent("#recommendation")).toBe("Use memory");
    expect(await page.textContent("#recommendation-reason")).toBe(results.reason);
    expect(results.reason).toMatch(/^The rule allows fine-tuning, but the small model with memory costs \$[\d,]+ less/);
    expect(await page.textContent(".comparison tr.recommended th")).toBe(`${cheapestFit.strategy}Recommended`);
    // How sure: the chance of paying back within the horizon, and the tornado, as the engine simulates them.
    const risk = results.fineTuned?.risk;
    if (!risk) throw new Error("fine-tuning saves money per request here");
    // A sampled chance of 1 is no certainty: it reads "more than 99.9 %" (SPEC 5), any other as a per cent.
    const chance = risk.chanceWithin;
    expect(await page.textContent("#risk-chance")).toBe(
      chance > 0.999 ? "more than 99.9 %" : chance < 0.001 ? "less than 0.1 %" : `${(chance * 100).toFixed(1)}%`,
    );
    expect(chance).toBe(1);
    expect(await page.locator("#tornado tbody tr").count()).toBe(results.fineTuned?.sensitivity.length);
    expect(results.fineTuned?.sensitivity.length).toBe(3);
    // The rule's verdict follows as the reasoning.
    expect(await page.textContent("#verdict")).toBe(results.decision.verdict);
    expect(results.decision.verdict).toBe("Fine-tune");
    expect(await page.locator(".reasons li").count()).toBe(8);
    const figures = await page.locator(".figures div").allTextContents();
    expect(figures[0]).toContain("Break-even");
    expect(await page.locator(".comparison tbody tr").count()).toBe(4);
    // GPT-4o mini retires within the horizon: the pane says when, and what the re-tune costs.
    expect(await page.locator(".verdict .note").allTextContents()).toEqual(results.notes);
    expect(results.notes[0]).toMatch(/^gpt-4o-mini retires on 2027-01-14, in month 2 of 24/);

    // How sure the recommendation is: its chance, each strategy's range, and what would change it.
    const sureness = results.sureness;
    if (!sureness) throw new Error(results.surenessError);
    const memoryChance = sureness.strategies.find((row) => row.strategy === "Small model + memory")?.chance ?? NaN;
    expect(await page.textContent("#sure-chance")).toBe(
      memoryChance > 0.999
        ? "more than 99.9 %"
        : memoryChance < 0.001
          ? "less than 0.1 %"
          : `${(memoryChance * 100).toFixed(1)}%`,
    );
    expect(await page.locator("#sure-table tbody tr").count()).toBe(4);
    expect(await page.locator("#sure-table tr.recommended th").textContent()).toBe("Small model + memory");
    const switches = await page.locator("#switches li").allTextContents();
    expect(switches.length).toBeGreaterThan(0);
    for (const sentence of switches) expect(sentence).toMatch(/^“Use memory” holds unless /);
    await page
      .locator("section.sure")
      .screenshot({ path: screenshotPath("taskpane-how-sure.png"), animations: "disabled" });

    await page.screenshot({
      path: screenshotPath("taskpane-result.png"),
      fullPage: true,
      caret: "hide",
      animations: "disabled",
    });

    await tabTo(page, "");
    await page.locator("button[data-action='write-sheet']").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#status.success");
    expect(await page.textContent("#status")).toBe(
      "Wrote the model to the new worksheet “AI cost model”. Change a blue input cell to see the results move.",
    );
    // The confirmation is in view in the 320 px pane, where the button was pressed.
    const box = await page.locator("#status").boundingBox();
    // Scrolling goes by whole pixels: a fraction of one past the edge is still in view.
    expect(box && box.y >= 0 && Math.floor(box.y + box.height) <= 900).toBe(true);

    const workbook = await page.evaluate(() =>
      JSON.parse(JSON.stringify((window as unknown as { __workbook: unknown }).__workbook)),
    );
    const sheet = workbook.sheets.find((candidate: { name: string }) => candidate.name === "AI cost model");
    expect(sheet.activated).toBe(true);
    const plan = buildSheetPlan(expected.answers(), {
      scope: "model",
      date: new Date().toISOString().slice(0, 10),
      notes: results.notes,
    });
    const written = new Map<string, { formulas?: unknown[][]; values?: unknown[][]; numberFormat?: unknown[][] }>();
    for (const range of sheet.ranges) if (Object.keys(range.wrote).length > 0) written.set(range.address, range.wrote);
    for (const cell of plan.cells) {
      const range = written.get(cell.address);
      if (cell.formula) expect(range?.formulas).toEqual([[cell.formula]]);
      else expect(range?.values).toEqual([[cell.value]]);
    }
    const input = (key: AnswerKey) => (plan.where.inputs[key] ?? "").replace(/\$/g, "");
    expect(written.get(input("taskType"))?.values).toEqual([["extraction"]]);
    expect(written.get(input("requestsPerMonth"))?.values).toEqual([[750000]]);
    expect(written.get(input("ftInputTokens"))?.values).toEqual([[1500]]);
    // The start date the pane priced, as an Excel date (2026-12-05, the tests' day).
    expect(written.get(input("startDate"))?.values).toEqual([[46361]]);
    expect(written.get(input("horizonMonths"))?.values).toEqual([[24]]);
    expect(written.get(input("cachedShare"))?.values).toEqual([[0.5]]);
    expect(written.get(input("hourlyRate"))?.values).toEqual([[200]]);
    expect(written.get(input("fallbackShare"))?.values).toEqual([[0.1]]);
    const comparison = `${plan.anchors.comparison}:${(plan.blocks.comparison ?? "").split(":")[1]}`.replace(
      /([A-Z]+)(\d+)/g,
      "$$$1$$$2",
    );
    expect(written.get("A5")?.formulas).toEqual([[`=AICOST.FT_RECOMMEND(${plan.anchors.verdict},${comparison})`]]);
    expect(sheet.charts.map((chart: { type: string }) => chart.type)).toEqual([
      "XYScatterLinesNoMarkers",
      "BarClustered",
    ]);
    const months = plan.charts?.[0].categoryRange;
    expect(sheet.charts[0].xValues).toEqual([months, months, months, months]);
    const riskFormula = written.get(plan.anchors.risk)?.formulas?.[0][0];
    expect(riskFormula).toMatch(/^=AICOST\.FT_PAYBACK_RISK\(\$B\$\d+:\$D\$\d+,\$B\$\d+:\$D\$\d+,\$B\$\d+:\$D\$\d+,/);
    expect(riskFormula).toContain(`,${plan.where.inputs.horizonMonths},${plan.where.inputs.discountRate},10000,1)`);
    expect(sheet.charts[1].categoryAxis).toEqual({ reversePlotOrder: true });

    // Enter again on the focused button writes another sheet, and says so.
    await page.locator("button[data-action='write-sheet']").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#status:has-text('another copy')");
    expect(await page.textContent("#status")).toBe(
      "Wrote another copy of the model, to the new worksheet “AI cost model (2)”; “AI cost model”, written before, is unchanged.",
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says at once that a small model cannot be fine-tuned, offers models that can, and prices none of it", async () => {
    const { page, problems } = await openPane();
    await tabTo(page, "next");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#step-title:has-text('Step 2 of 4')");
    await typeInto(page, "field-smallModel", "claude-haiku-4.5");
    await page.waitForSelector("#field-smallModel-note.warning:has-text('Fine-tuning: not offered')");
    expect(await page.locator("#field-smallModel-note .suggestion").allTextContents()).toEqual(
      fineTunableModels()
        .slice(0, 4)
        .map((entry) => entry.id),
    );
    for (let step = 0; step < 2; step++) {
      await tabTo(page, "next");
      await page.keyboard.press("Enter");
    }
    await page.waitForSelector("#result-title");
    const row = page.locator(".comparison tbody tr", { hasText: "Fine-tuned small model" });
    expect(await row.locator("td").allTextContents()).toEqual(["not priced", "not priced", "not priced"]);
    const why =
      "claude-haiku-4.5 cannot be fine-tuned: Anthropic offers no fine-tuning for it. Choose a model that can be " +
      "(AICOST.MODELS()), or give fine-tuned prices in price_table.";
    expect(await row.locator(".why").textContent()).toBe(why);
    expect(await page.textContent("#recommendation")).toBe("Use memory");
    expect(await page.textContent("#risk-chance")).toBe("Not known:");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("asks, for an open-weight small model, whether to price dedicated GPUs, and prices the fourth row once ticked", async () => {
    const { page, problems } = await openPane();
    for (let step = 0; step < 2; step++) {
      await tabTo(page, "next");
      await page.keyboard.press("Enter");
    }
    await page.waitForSelector("#step-title:has-text('Step 3 of 4')");
    // The default small model is Fireworks' Llama 3.1 8B, open weight: the question is asked, its figures hidden.
    expect(await page.locator("#field-servedOnGpus").count()).toBe(1);
    expect(await page.locator("#field-gpuHourlyPrice").count()).toBe(0);
    await page.check("#field-servedOnGpus");
    await page.waitForSelector("#field-gpuHourlyPrice");
    expect(await page.inputValue("#field-gpuHourlyPrice")).toBe("3.99");
    expect(await page.inputValue("#field-gpuTokensPerSecond")).toBe("8000");
    expect(await page.inputValue("#field-gpuUtilization")).toBe("0.35");
    // How sure: a low and a high of each, from the published figures.
    const lowsAndHighs = [
      ["gpuHourlyPriceLow", "2.69"],
      ["gpuHourlyPriceHigh", "8"],
      ["gpuTokensPerSecondLow", "3500"],
      ["gpuTokensPerSecondHigh", "15000"],
      ["gpuUtilizationLow", "0.15"],
      ["gpuUtilizationHigh", "0.65"],
    ];
    for (const [key, value] of lowsAndHighs)
      expect([key, await page.inputValue(`#field-${key}`)]).toEqual([key, value]);
    await tabTo(page, "next");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#result-title");
    const row = page.locator(".comparison tbody tr", { hasText: "Fine-tuned model on dedicated GPUs" });
    const cells = await row.locator("td").allTextContents();
    expect(cells).toHaveLength(3);
    expect(cells.every((text) => text.startsWith("$"))).toBe(true);
    // The simulation ranges its cost too: a chance and a range of totals in dollars, not a reason it is unpriced.
    const sure = await page
      .locator("#sure-table tbody tr", { hasText: "Fine-tuned model on dedicated GPUs" })
      .locator("td")
      .allTextContents();
    expect(sure[0]).toMatch(/%$/);
    expect(sure[1]).toMatch(/^\$[\d,]+ to \$[\d,]+$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("asks before Start over clears the answers, and keeps them when told to", async () => {
    const { page, problems } = await openPane();
    await answerEveryStep(page);
    const restart = page.locator("button[data-action='restart']");
    await restart.click();
    // Nothing is cleared yet: the button asks, and Keep my answers takes the focus.
    expect(await restart.textContent()).toBe("Clear every answer and start over");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe(
      "keep-answers",
    );
    await page.keyboard.press("Enter");
    expect(await restart.textContent()).toBe("Start over");
    expect(await page.locator("button[data-action='keep-answers']").count()).toBe(0);
    expect(await page.textContent("#recommendation")).toBe("Use memory");
    // Asked again and confirmed: back to the first step.
    await restart.click();
    await restart.click();
    await page.waitForSelector("#step-title:has-text('Step 1 of 4')");
    expect(problems).toEqual([]);
  });

  it("refuses to write at the selection over a cell in use, saying which", async () => {
    const { page, problems } = await openPane({
      existingCells: { C12: "budget note" },
      selection: { row: 1, column: 1 },
    });
    for (let step = 0; step < 3; step++) {
      await tabTo(page, "next");
      await page.keyboard.press("Enter");
    }
    await page.waitForSelector("#result-title");
    await page.locator("button[data-action='write-selection']").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#status.error");
    const extent = buildSheetPlan(new Questionnaire().answers(), {
      scope: "inputs-and-results",
      origin: { row: 1, column: 1 },
      date: "2026-12-05",
    }).extent;
    expect(await page.textContent("#status")).toBe(
      `Nothing was written: C12 is not empty. The model needs ${extent} to be empty: select an empty area and try again.`,
    );
    const wrote = await page.evaluate(
      () =>
        (
          window as unknown as { __workbook: { sheets: { ranges: { wrote: object }[] }[] } }
        ).__workbook.sheets[0].ranges.filter((range) => Object.keys(range.wrote).length > 0).length,
    );
    expect(wrote).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("passes an automated WCAG 2.1 AA audit (axe-core) at every step and on the result", async () => {
    const { page, problems } = await openPane();
    const found: { step: number; violations: unknown[] }[] = [];
    for (let step = 1; step <= 4; step++) {
      found.push({ step, violations: await auditWcagAA(page) });
      if (step < 4) {
        await tabTo(page, "next");
        await page.keyboard.press("Enter");
        await page.waitForSelector(step < 3 ? `#step-title:has-text('Step ${step + 1} of 4')` : "#result-title");
      }
    }
    expect(found).toEqual([1, 2, 3, 4].map((step) => ({ step, violations: [] })));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("labels every control for screen readers and fits a 320 px pane", async () => {
    const { page } = await openPane();
    for (let step = 0; step < 3; step++) {
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll("#fields input, #fields select")]
          .filter((control) => !document.querySelector(`label[for='${control.id}']`)?.textContent?.trim())
          .map((control) => control.id),
      );
      expect(unlabelled).toEqual([]);
      const missingDescriptions = await page.evaluate(() =>
        [...document.querySelectorAll("[aria-describedby]")].flatMap((control) =>
          (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => !document.getElementById(id)),
        ),
      );
      expect(missingDescriptions).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await tabTo(page, "next");
      await page.keyboard.press("Enter");
    }
    await page.waitForSelector("#result-title");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

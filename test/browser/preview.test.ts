/**
 * The local workbook preview in headless Chromium, as `npm start` serves it where Excel does not
 * run: formulas typed into cells, a formula filled down 20 rows, a range formula that spills, a bad
 * argument with its message, and the task pane writing the live model into the workbook.
 */
import type { Browser, Page } from "playwright-core";
import * as fs from "fs";
import * as path from "path";
import { netSavings, workload } from "../../src/engine";
import { forModel, modelsOf, readUsageText } from "../../src/usage";
import { auditWcagAA } from "../helpers/axe";
import {
  launchChromium,
  onTestDay,
  openPreview,
  readCell,
  serveDist,
  showSheet as showSheetOf,
  screenshotPath,
} from "../helpers/browser";
import { readDist } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";
import type { CellReading } from "../../src/preview/automation";
import { columnName } from "../../src/sheet/layout";
import { buildSheetPlan } from "../../src/sheet/plan";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { beside, relative } from "../helpers/addresses";

let browser: Browser;
let server: { origin: string; stop: () => Promise<void> };
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  readDist("preview/index.html");
  browser = await launchChromium();
  server = await serveDist();
  page = await openPreview(browser, server.origin, { width: 1280, height: 800 }, problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A cell of the sheet shown, as the sheet shows it: read through the handle, drawn or not (the grid draws the rows in view). */
async function text(a1: string): Promise<string> {
  const sheet = await page.textContent('#sheet-tabs button[aria-selected="true"]');
  return (await reading(`'${sheet}'!${a1}`)).display;
}

/** A cell read through the preview's read-only handle, window.aicostPreview (issue 13). */
const reading = (reference: string): Promise<CellReading> => readCell(page, reference);

/** Raw values through the handle, by 0-based row and column, for exact comparisons. */
async function cellValue(
  sheetName: string,
  row: number,
  column: number,
): Promise<{ value: unknown; formula?: string }> {
  const { value, formula } = await reading(`${sheetName}!${columnName(column)}${row + 1}`);
  return { value, formula };
}

const showSheet = (name: string): Promise<void> => showSheetOf(page, name);

/** Clicks a cell and types into it as a user would: the typing goes to the formula bar, Enter commits. */
async function typeInCell(a1: string, typed: string): Promise<void> {
  await page.click(`#cell-${a1}`);
  await page.keyboard.type(typed);
  await page.keyboard.press("Enter");
}

describe("the local workbook preview in headless Chromium", () => {
  it("opens the sample workbook without a single error cell", async () => {
    await page.click("#cell-B14");
    await page.screenshot({ path: screenshotPath("preview.png"), caret: "hide", animations: "disabled" });
    // One row is #N/A by design: Claude 3.5 Haiku's weights are Anthropic's, so FT_COMPARE's dedicated
    // GPUs' row says it cannot be served on GPUs of one's own.
    const hosted =
      "#N/A claude-3.5-haiku cannot be served on GPUs of your own: Anthropic keeps its weights. Choose an " +
      "open-weight model (AICOST.MODELS()).";
    for (const name of ["Worked example", "Scenarios", "Catalogue"]) {
      await showSheet(name);
      const errors = await page
        .locator("#grid td.error")
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));
      expect(errors).toEqual(name === "Worked example" ? [hosted, hosted, hosted, hosted] : []);
    }
    await showSheet("Worked example");
    expect(await text("B5")).toBe("$0.0225");
    expect(await text("C14")).toBe("3.6");
  });

  it("passes an automated WCAG 2.1 AA audit (axe-core): the grid, the formula bar, the charts and the pane", async () => {
    expect(await auditWcagAA(page)).toEqual([]);
  });

  it("computes a formula typed into a cell", async () => {
    await typeInCell("H3", "=AICOST.REQUEST_COST(5000,500,3,15)");
    expect(await text("H3")).toBe("0.0225");
    expect(await page.inputValue("#formula-input")).toBe("");
    await page.click("#cell-H3");
    expect(await page.inputValue("#formula-input")).toBe("=AICOST.REQUEST_COST(5000,500,3,15)");
    expect(await page.inputValue("#name-box")).toBe("H3");
  });

  it("fills a scenario formula down 20 rows with Ctrl+D, each row right", async () => {
    await showSheet("Scenarios");
    await typeInCell("M7", "=AICOST.FT_NET_SAVINGS($B$3,I7,24,$B$4)");
    await page.click("#cell-M7");
    for (let row = 0; row < 19; row++) await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Control+d");
    for (let row = 6; row < 26; row++) {
      const cell = await cellValue("Scenarios", row, 12);
      expect(cell.formula).toBe(`=AICOST.FT_NET_SAVINGS($B$3,I${row + 1},24,$B$4)`);
      const savings = (await cellValue("Scenarios", row, 8)).value as number;
      expectNear(
        cell.value,
        netSavings({
          upfrontCost: 17500,
          monthlySavings: savings,
          months: 24,
          monthlyMaintenance: 1250,
          annualDiscountRate: 0,
        }),
        6,
      );
    }
    expect(await page.locator("#grid td.error").count()).toBe(0);
  });

  it("spills a range formula", async () => {
    await showSheet("Worked example");
    await typeInCell("G10", "5000");
    await typeInCell("G11", "30000");
    await typeInCell("H10", "=AICOST.FT_BREAKEVEN(G10:G11,$B$10:$B$11)");
    await typeInCell("I10", "=AICOST.FT_BREAKEVEN(G10:G11,B11)");
    expect([await text("H10"), await text("H11"), await text("I10"), await text("I11")]).toEqual([
      "0.606060606",
      "18.18181818",
      "3.03030303",
      "18.18181818",
    ]);
    expect(await page.getAttribute("#cell-H11", "class")).toContain("spilled");
    // A spilled cell shows the formula it spills from, greyed, as Excel does.
    await page.click("#cell-H11");
    expect(await page.inputValue("#formula-input")).toBe("=AICOST.FT_BREAKEVEN(G10:G11,$B$10:$B$11)");
    expect(await page.getAttribute("#formula-input", "class")).toContain("spilled-formula");
    await page.click("#cell-H10");
    expect(await page.getAttribute("#formula-input", "class")).not.toContain("spilled-formula");
  });

  it("spills again once the way is cleared, saying meanwhile which cell is in the way", async () => {
    await showSheet("Worked example");
    await typeInCell("K31", "in the way");
    await typeInCell("K30", "=AICOST.TCO_SERIES(100,0.01,1000,3)");
    expect(await text("K30")).toBe("#SPILL!");
    expect(await reading("Worked example!K30")).toEqual({
      value: {
        error: "#SPILL!",
        message: "The result needs K30:K33, and K31 is in the way: clear it and the result spills there.",
      },
      formula: "=AICOST.TCO_SERIES(100,0.01,1000,3)",
      display: "#SPILL!",
    });
    await page.click("#cell-K31");
    await page.keyboard.press("Delete");
    expect([await text("K30"), await text("K33")]).toEqual(["100", "130"]);
    // Typed as Excel reads it: an amount with a dollar sign and commas is a number.
    await typeInCell("M30", "$17,500");
    await typeInCell("M31", "=M30+50000");
    expect(await reading("Worked example!M31")).toMatchObject({ value: 67500 });
    expect(await text("M30")).toBe("$17,500");
  });

  it("fits labels to their column, overprints nothing, and never cuts a number", async () => {
    // The sample sheet sets column A for its labels (300 pt, 400 px): "Saving per request …" reads whole.
    const width = await page.locator("#cell-A7").evaluate((cell) => cell.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(399);
    // A heading stops at the next filled cell, as any text does: row 13's header keeps its place.
    expect(await page.getAttribute("#cell-A13", "class")).not.toContain("overflows");
    // A number too wide for its column shows ####, as in Excel, and its value in the cell's title.
    await typeInCell("E40", "$123,456,789");
    expect(await page.textContent("#cell-E40")).toMatch(/^#+$/);
    expect(await page.getAttribute("#cell-E40", "title")).toBe("$123,456,789");
    await typeInCell("E40", "");
    // A number keeps its digits, as Excel keeps 15: the spreadsheet engine does not round it to 10.
    await typeInCell("E40", "123456789012");
    expect((await reading("Worked example!E40")).value).toBe(123456789012);
    await typeInCell("E40", "");
  });

  it("shows #VALUE! with its message for a bad argument", async () => {
    await typeInCell("H20", "=AICOST.REQUEST_COST(-1,500,3,15)");
    expect(await text("H20")).toBe("#VALUE!");
    const message = "#VALUE! input_tokens must be a number ≥ 0 (tokens per request); got -1.";
    expect(await page.getAttribute("#cell-H20", "title")).toBe(message);
    await page.click("#cell-H20");
    expect(await page.textContent("#cell-message")).toBe(message);
    expect(await page.isVisible("#cell-message")).toBe(true);
  });

  it("runs the questionnaire and writes the live model into the workbook", async () => {
    // Where the pane writes the model for the answers it starts with, as the plan says.
    const model = new Questionnaire();
    for (let step = 0; step < 3; step++) model.next();
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    const at = {
      recommendation: relative(plan.anchors.recommendation),
      reason: beside(plan.anchors.recommendation, 0, 1),
      verdict: relative(plan.anchors.verdict),
      volume: relative(plan.where.inputs.requestsPerMonth),
      ftInputTokens: relative(plan.where.inputs.ftInputTokens),
      recallTokens: relative(plan.where.inputs.recallTokens),
      horizon: relative(plan.where.inputs.horizonMonths),
      rate: relative(plan.where.inputs.discountRate),
    };
    for (let step = 0; step < 3; step++) {
      await page.click("#next");
      await page.waitForSelector(step < 2 ? `#step-title:has-text('Step ${step + 2} of 4')` : "#result-title");
    }
    const recommendation = await page.textContent("#recommendation");
    const reason = await page.textContent("#recommendation-reason");
    const verdict = await page.textContent("#verdict");
    await page.click("button[data-action='write-sheet']");
    await page.waitForSelector("#status.success");
    await page.waitForSelector(`#sheet-tabs button[aria-selected="true"]:has-text("AI cost model")`);
    // The sheet's live FT_RECOMMEND says what the pane said, over the live verdict and comparison.
    expect([await text(at.recommendation), await text(at.reason), await text(at.verdict)]).toEqual([
      recommendation,
      reason,
      verdict,
    ]);
    // The defaults: Fireworks' Llama 3.1 8B, where memory costs less than the fine-tuning the rule prefers.
    expect([recommendation, verdict]).toEqual(["Use memory", "Fine-tune"]);
    // The dedicated GPUs' row is unpriced until the analyst asks for it (the question in step 3): its
    // four cost cells say to give their monthly cost, which IF(served, FT_GPU_MONTHLY_COST(...), 0) leaves out.
    const dedicated =
      "#N/A Give dedicated_monthly_cost, the US dollars a month of the GPUs that serve the fine-tuned model, to price this row.";
    const row = (column: number) => beside(plan.anchors.comparison, column, 4);
    const cells = await Promise.all([1, 2, 4, 5].map((column) => reading(`'AI cost model'!${row(column)}`)));
    const said = (cell: CellReading) =>
      typeof cell.value === "object" && cell.value !== null
        ? `${cell.value.error} ${cell.value.message}`
        : cell.display;
    expect(cells.map(said)).toEqual([dedicated, dedicated, dedicated, dedicated]);
    // No other cell in view is an error.
    const errors = await page
      .locator("#grid td.error")
      .evaluateAll((shown) => shown.map((cell) => cell.getAttribute("title")));
    expect(errors.every((title) => title === dedicated)).toBe(true);
    // The written model's sheet, charts included, passes the audit too.
    expect(await auditWcagAA(page)).toEqual([]);
    // Chart.js draws the cumulative cost and the tornado; each carries its figures as a table.
    expect(await page.locator("#charts figure.chart canvas").count()).toBe(2);
    expect(await page.locator("#charts figure.chart-scatter table.chart-data thead th").allTextContents()).toEqual([
      "Month",
      "Larger model",
      "Fine-tuned small model",
      "Small model + memory",
      "Fine-tuned model on dedicated GPUs",
    ]);
    expect(await page.locator("#charts figure.chart-scatter table.chart-data tbody tr").count()).toBe(25);
    const captions = () => page.locator("#charts figure.chart figcaption").allTextContents();
    expect(await captions()).toEqual([
      "Cumulative cost over 24 months (US dollars)",
      "What moves net savings after 24 months most (FT_SENSITIVITY)",
    ]);
    // The CFO's horizon and rate typed into the sheet: titles, chart and risk table follow.
    const totalBefore = await text(beside(plan.anchors.comparison, 4, 1));
    await page.click(`#cell-${at.horizon}`);
    await page.keyboard.type("12");
    await page.keyboard.press("Enter");
    expect(await captions()).toEqual([
      "Cumulative cost over 12 months (US dollars)",
      "What moves net savings after 12 months most (FT_SENSITIVITY)",
    ]);
    expect(await text(beside(plan.anchors.comparison, 0, -1))).toBe("Four strategies over 12 months");
    expect(await text(beside(plan.anchors.risk, 0, 1))).toBe("chance of breaking even within 12 months");
    // Months 0 to 12, each drawn once.
    expect(await page.locator("#charts figure.chart-scatter table.chart-data tbody th").allTextContents()).toEqual(
      Array.from({ length: 13 }, (_, month) => String(month)),
    );
    const undiscounted = await text(beside(plan.anchors.comparison, 4, 1));
    await page.click(`#cell-${at.rate}`);
    await page.keyboard.type("0.1");
    await page.keyboard.press("Enter");
    const discounted = await text(beside(plan.anchors.comparison, 4, 1));
    // The headings say the rate, from its cell.
    expect((await captions())[0]).toBe("Cumulative cost over 12 months, discounted at 10% a year (US dollars)");
    expect(await text(beside(plan.anchors.comparison, 0, -1))).toBe(
      "Four strategies over 12 months, discounted at 10% a year",
    );
    const dollars = (shown: string | null) => Number(String(shown).replace(/[$,]/g, ""));
    expect(dollars(discounted)).toBeLessThan(dollars(undiscounted));
    expect(dollars(undiscounted)).toBeLessThan(dollars(totalBefore));
    // Back to the answers the rest of this walk-through checks.
    for (const [cell, typed] of [
      [at.horizon, "24"],
      [at.rate, "0"],
    ]) {
      await page.click(`#cell-${cell}`);
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
    }
    expect(await text(beside(plan.anchors.comparison, 4, 1))).toBe(totalBefore);
    // The tornado's bars are labelled in words, as the pane labels them.
    expect(await text(beside(plan.anchors.sensitivity, 6, 1))).toBe("Monthly savings (the volume's range)");
    expect(await page.locator("#charts figure.chart-bar table.chart-data tbody th").allTextContents()).toEqual([
      await text(beside(plan.anchors.sensitivity, 6, 1)),
      await text(beside(plan.anchors.sensitivity, 6, 2)),
      await text(beside(plan.anchors.sensitivity, 6, 3)),
    ]);

    // At 50,000 requests the rule rules fine-tuning out, and memory is the cheaper of what it allows.
    await page.click(`#cell-${at.volume}`);
    await page.keyboard.type("50000");
    await page.keyboard.press("Enter");
    expect([await text(at.verdict), await text(at.recommendation)]).toEqual(["Use memory", "Use memory"]);
    // The pane's figures are a snapshot of its answers: it says the sheet has changed, and reads it back.
    await page.waitForSelector("#snapshot:has-text('has changed since it was written')");
    expect(await page.textContent("#snapshot")).toContain("(Requests per month: 50,000)");
    await page.click("#snapshot button");
    await page.waitForSelector("#status.success:has-text('Read the sheet')");
    expect(await page.textContent("#recommendation")).toBe("Use memory");
    expect(await page.textContent("#snapshot")).toContain("holds the same inputs");

    await page.click(`#cell-${at.volume}`);
    await page.keyboard.type("500000");
    await page.keyboard.press("Enter");
    // The fine-tuned prompt as long as the original, and no recall: the money overrules the rule.
    await page.click(`#cell-${at.ftInputTokens}`);
    await page.keyboard.type("5000");
    await page.keyboard.press("Enter");
    await page.click(`#cell-${at.recallTokens}`);
    await page.keyboard.type("0");
    await page.keyboard.press("Enter");
    expect(await text(at.verdict)).toBe("Fine-tune");
    expect(await text(at.recommendation)).toBe("Use memory");
    expect(await text(at.reason)).toMatch(
      /^The rule allows fine-tuning, but the small model with memory costs \$[\d,]+ less/,
    );
    await showSheet("AI cost model");
    await page.click(`#cell-${at.recommendation}`);
    await page.screenshot({ path: screenshotPath("preview-model.png"), caret: "hide", animations: "disabled" });
    // The tornado, as the README shows it.
    const tornado = page.locator("#charts figure.chart-bar");
    await tornado.scrollIntoViewIfNeeded();
    await tornado.screenshot({ path: screenshotPath("tornado.png"), animations: "disabled" });
    expect(problems).toEqual([]);
  });

  it("passes cells on as Excel on the web does, or as Excel desktop does with ?host=desktop", async () => {
    // A blank engineering_hours cell (Z1): its default (160) on the web, 0 on desktop.
    const decision = '=AICOST.FT_DECISION("classification",8,12,600000,0,Z1)';
    await showSheet("Worked example");
    await typeInCell("H22", decision);
    await typeInCell("H23", "=AICOST.REQUEST_COST(1/0,500,3,15)");
    expect(await text("H22")).toBe("Fine-tune");
    expect(await text("H23")).toBe("#DIV/0!");
    expect(await page.textContent("#host-note")).toMatch(/Excel on the web/);

    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await onTestDay(desktop);
    desktop.on("pageerror", (error) => problems.push(error.message));
    await desktop.goto(`${server.origin}/preview/?host=desktop`);
    await desktop.waitForSelector("#cell-B5");
    expect(await desktop.textContent("#host-note")).toMatch(/Excel desktop \(a blank cell is 0\)/);
    for (const [a1, typed] of [
      ["H22", decision],
      ["H23", "=AICOST.REQUEST_COST(1/0,500,3,15)"],
    ]) {
      await desktop.click(`#cell-${a1}`);
      await desktop.keyboard.type(typed);
      await desktop.keyboard.press("Enter");
    }
    expect(await desktop.textContent("#cell-H22")).toBe("Use memory");
    expect(await desktop.textContent("#cell-H23")).toBe("#DIV/0!");
    await desktop.close();
    expect(problems).toEqual([]);
  });

  it("imports a price file through the pane, and a model from it prices the written model", async () => {
    // A CSV carries no date; it prices gpt-4.1-mini otherwise than the catalogue.
    const csv = "model,input,output\nacme-large,2,8\nacme-small,0.1,0.4\ngpt-4.1-mini,0.5,2\n";
    await page.setInputFiles("#price-file", { name: "negotiated.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    // Nothing is written before the analyst has seen the file: its date is asked first.
    await page.waitForSelector("#price-review:not([hidden]) #price-date:focus");
    expect(await page.textContent("#price-review")).toContain("does not say when its prices were last updated");
    await page.fill("#price-date", "2099-01-01");
    await page.click("#price-date-apply");
    await page.waitForSelector("#price-date-error");
    expect(await page.textContent("#price-date-error")).toMatch(/^2099-01-01 is after today/);
    expect(await page.locator("#price-review fieldset").count()).toBe(0);
    await page.fill("#price-date", "2026-11-20");
    await page.click("#price-date-apply");
    // The difference table: the catalogue's value, date and source beside the file's, and the choice.
    const mini = page.locator("fieldset[data-model='gpt-4.1-mini']");
    await mini.waitFor();
    // The focus goes from the rebuilt date form to what the comparison found.
    await page.waitForSelector("#price-differences-lead:focus");
    expect(await page.locator("#price-review fieldset").count()).toBe(1);
    expect(await mini.locator("tbody tr").first().locator("th, td").allTextContents()).toEqual([
      "input",
      "$0.4",
      "$0.5",
      "differs",
    ]);
    expect(await mini.locator(".help").first().textContent()).toMatch(/^Catalogue as of 2026-08-21, from https:/);
    // The default is the more recent: the file, dated after the catalogue.
    expect(await mini.locator("input[value='file']").isChecked()).toBe(true);
    await mini.locator("label:has-text('Keep the catalogue')").click();
    expect(await page.textContent("#price-plan")).toMatch(/The catalogue keeps pricing 1 model \(gpt-4\.1-mini\)/);
    await mini.locator("label:has-text('Use the file')").click();
    expect(await page.textContent("#price-plan")).toMatch(
      /3 rows in the table: 2 models the catalogue lacks, and 1 catalogue model/,
    );
    expect(await auditWcagAA(page)).toEqual([]);
    await page.click("button[data-action='write-prices']");
    await page.waitForSelector("#status.success");
    expect(await page.textContent("#status")).toMatch(
      /new worksheet “Prices”, dated 2026-11-20: negotiated\.csv .*3 models taken/,
    );
    expect(await page.locator("#price-review").isHidden()).toBe(true);
    await showSheet("Prices");
    // Stamped with the file's date as given, never the day of the import.
    expect(await cellValue("Prices", 1, 1)).toMatchObject({ value: 46346 });
    expect(await cellValue("Prices", 1, 2)).toMatchObject({
      value: "the file's date as given when imported on 2026-12-05: its contents carry none",
    });
    expect(await cellValue("Prices", 6, 0)).toMatchObject({ value: "acme-large" });
    expect(await cellValue("Prices", 7, 2)).toMatchObject({ value: 0.4 });
    expect(await cellValue("Prices", 8, 0)).toMatchObject({ value: "gpt-4.1-mini" });
    // The file lacks gpt-4.1-mini's fine-tuned prices: its row keeps the catalogue's (training $5).
    expect(await cellValue("Prices", 8, 4)).toMatchObject({ value: 5 });
    // Beside the table, how the file differs and which price is used.
    expect(await cellValue("Prices", 6, 17)).toMatchObject({ value: "gpt-4.1-mini" });
    expect(await cellValue("Prices", 6, 24)).toMatchObject({ value: "the file's" });

    // Start over (the previous test ends on the result) and name the imported models.
    const restart = page.locator("button[data-action='restart']");
    // Start over asks first: a second press clears the answers.
    if (await restart.isVisible()) {
      await restart.click();
      await restart.click();
    }
    await page.waitForSelector("#step-title:has-text('Step 1 of 4')");
    await page.click("#next");
    await page.waitForSelector("#step-title:has-text('Step 2 of 4')");
    await page.fill("#field-largeModel", "acme-large");
    await page.fill("#field-smallModel", "gpt-4.1-mini");
    expect(await page.textContent("#field-largeModel-note")).toBe("Prices from the sheet “Prices” as of 2026-11-20.");
    expect(await page.textContent("#field-smallModel-note")).toMatch(
      /^GPT-4\.1 mini: prices from the sheet “Prices” as of 2026-11-20\. It is deprecated/,
    );
    expect(await page.locator("#field-largeInputPrice").count()).toBe(0);
    await page.click("#next");
    await page.click("#next");
    await page.waitForSelector("#result-title");
    await page.click("button[data-action='write-sheet']");
    await page.waitForSelector("#status.success");
    const name = (await page.textContent("#status"))?.match(/worksheet “([^”]+)”/)?.[1] ?? "";
    // Every formula of the written model's first 100 rows, read through the handle in the page.
    const formulas = await page.evaluate((sheetName) => {
      const handle = (window as unknown as { aicostPreview: { cell(r: string): { formula?: string } } }).aicostPreview;
      const found: string[] = [];
      for (let row = 1; row <= 100; row++) {
        for (const column of "ABCDEFGHIJKL") {
          const formula = handle.cell(`'${sheetName}'!${column}${row}`).formula;
          if (formula) found.push(formula);
        }
      }
      return found;
    }, name);
    // Every price lookup of the model reads the imported sheet (HyperFormula drops needless quotes).
    const pricing = formulas.filter((text) => /MODEL_REQUEST_COST|FT_SERVING_COST|FT_COMPARE/.test(text));
    expect(pricing.length).toBeGreaterThan(0);
    expect(pricing.every((text) => /'?Prices'?!\$A\$6:\$P\$9/.test(text))).toBe(true);
    // Beside the models' inputs, the date of their prices: the price sheet's stamp, live.
    const dates = formulas.filter((text) => /^='?Prices'?!\$B\$2$/.test(text));
    expect(dates).toHaveLength(2);
    // Only the grid's low volumes that never break even are errors: #N/A, as in Excel.
    const errors = await page.locator("#grid td.error").allTextContents();
    expect(errors.every((text) => text === "#N/A")).toBe(true);
    expect(problems).toEqual([]);
  });

  it("prices dedicated GPUs once ticked in the pane: the written fourth row, its cost's range and the simulation", async () => {
    // A fresh preview, so that no answer of the walk-throughs above is carried over.
    const seen: string[] = [];
    const fresh = await openPreview(browser, server.origin, { width: 1280, height: 800 }, seen);
    const model = new Questionnaire();
    model.next();
    model.next();
    model.set("servedOnGpus", true);
    model.next();
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    await fresh.click("#next");
    await fresh.click("#next");
    await fresh.waitForSelector("#step-title:has-text('Step 3 of 4')");
    await fresh.check("#field-servedOnGpus");
    await fresh.click("#next");
    await fresh.waitForSelector("#result-title");
    await fresh.click("button[data-action='write-sheet']");
    await fresh.waitForSelector("#status.success");
    const name = (await fresh.textContent("#status"))?.match(/worksheet “([^”]+)”/)?.[1] ?? "";
    const value = async (a1: string) => (await readCell(fresh, `'${name}'!${a1}`)).value;
    // The results block's FT_GPU_MONTHLY_COST at the defaults: a 2,500-token fine-tuned prompt and 500
    // output tokens take 2,500 / 40,000 + 500 / 8,000 = 0.125 GPU-seconds; the volume fits one GPU
    // (730 × 3,600 × 0.35 / 0.125 = 7,358,400 requests), 730 × $3.99 = $2,912.70 a month.
    const gpus = relative(plan.where.figures.gpuMonthly as string);
    expectNear((await value(gpus)) as number, 2912.7, 9);
    // The comparison's fourth row is priced on the sheet: cost per request, monthly cost and total are numbers.
    const fourth = await Promise.all([1, 2, 4].map((column) => value(beside(plan.anchors.comparison, column, 4))));
    expect(fourth.map((cell) => typeof cell)).toEqual(["number", "number", "number"]);
    // Its monthly cost is the GPUs' and the fine-tuned model's monthly running, as the pane's row says.
    const paneRow = fresh.locator(".comparison tbody tr", { hasText: "Fine-tuned model on dedicated GPUs" });
    expect((await paneRow.locator("td").allTextContents()).every((text) => text.startsWith("$"))).toBe(true);
    // The ranges block's row of the dedicated cost: low, the GPUs' cell, high, in order.
    const range = relative(plan.where.figures.dedicatedRange as string);
    const [low, likely, high] = (await Promise.all([0, 1, 2].map((k) => value(beside(range, k, 0))))) as number[];
    expect(likely).toBe(await value(gpus));
    expect(low).toBeLessThanOrEqual(likely);
    expect(high).toBeGreaterThan(likely);
    // FT_COMPARE_RISK's fourth row competes: a chance and three totals.
    const risk = relative(plan.where.figures.compareRisk as string);
    const simulated = await Promise.all([1, 2, 3, 4].map((column) => value(beside(risk, column, 4))));
    expect(simulated.map((cell) => typeof cell)).toEqual(["number", "number", "number", "number"]);
    expect(seen).toEqual([]);
    await fresh.close();
  });

  it("imports a usage log through the pane: the file streamed, a model kept, the Usage sheet's months equal WORKLOAD's engine", async () => {
    const file = path.join(__dirname, "..", "fixtures", "usage", "litellm-spend-logs.csv");
    const log = readUsageText(fs.readFileSync(file, "utf8"), "litellm-spend-logs.csv");
    if ("error" in log) throw new Error(log.error);
    await page.setInputFiles("#usage-file", file);
    await page.waitForSelector("#usage-review:not([hidden]) #usage-model");
    expect(await page.textContent("#usage-summary")).toMatch(
      new RegExp(`^LiteLLM spend log \\(CSV\\): ${log.rows.toLocaleString("en-US")} rows from `),
    );
    // All models first, then each model with its requests, most first.
    const options = await page.locator("#usage-model option").allTextContents();
    expect(options[0]).toBe(`All models (${log.rows.toLocaleString("en-US")} requests)`);
    const kept = forModel(log, modelsOf(log)[0].model);
    await page.selectOption("#usage-model", modelsOf(log)[0].model);
    expect(await page.textContent("#usage-plan")).toContain(`${kept.rows.toLocaleString("en-US")} rows as read`);
    expect(await auditWcagAA(page)).toEqual([]);
    await page.click("button[data-action='write-usage']");
    await page.waitForSelector("#status.success");
    expect(await page.textContent("#status")).toMatch(/new worksheet “Usage”/);
    // The workload answers come from the rows kept.
    const summary = workload(kept);
    expect(await page.textContent("#status")).toContain(
      `The workload answers now come from it: ${Math.round(summary.requestsPerMonth).toLocaleString("en-US")} requests a month`,
    );
    await showSheet("Usage");
    expect(await cellValue("Usage", 1, 1)).toMatchObject({ value: "litellm-spend-logs.csv" });
    expect(await cellValue("Usage", 5, 1)).toMatchObject({ value: modelsOf(log)[0].model });
    await page.screenshot({ path: screenshotPath("usage-sheet.png"), caret: "hide", animations: "disabled" });
    // Each whole month's requests, by the sheet's own COUNTIFS over the rows written.
    const months = workload(kept).months;
    expect(months.length).toBeGreaterThan(1);
    for (const [k, month] of months.entries()) {
      const cell = await cellValue("Usage", 10 + k, 7);
      expect(cell.formula).toMatch(/^=COUNTIFS\(/);
      expect([month.month, cell.value]).toEqual([month.month, month.requests]);
    }
    // WORKLOAD over the rows, live on the sheet: its requests per month is the engine's.
    const anchor = await cellValue("Usage", 9, 9);
    expect(anchor.formula).toMatch(/^=AICOST\.WORKLOAD\(\$A\$11:\$A\$\d+,\$C\$11:\$C\$\d+,\$D\$11:\$D\$\d+\)$/);
    expectNear((await cellValue("Usage", 13, 10)).value, summary.requestsPerMonth);
    // The model written now reads its volume from that cell, rounded as the pane took it.
    while ((await page.locator("#result-title").count()) === 0) await page.click("#next");
    await page.click("button[data-action='write-sheet']");
    await page.waitForSelector("#status.success");
    const sheet = /new worksheet “([^”]+)”/.exec((await page.textContent("#status")) ?? "")?.[1] ?? "";
    const model = new Questionnaire();
    for (let step = 0; step < 3; step++) model.next();
    const volume = relative(
      buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" }).where.inputs.requestsPerMonth,
    );
    const { value, formula } = await readCell(page, `'${sheet}'!${volume}`);
    expect(value).toBe(Math.round(summary.requestsPerMonth));
    // The preview's spreadsheet engine writes the sheet's name back unquoted where it needs no quotes.
    expect(formula).toMatch(/^=ROUND\('?Usage'?!\$K\$14,0\)$/);
  });

  it("asks for the columns of a CSV of another shape, and remembers them for the next file of that shape", async () => {
    const file = path.join(__dirname, "..", "fixtures", "usage", "mapped.csv");
    await page.setInputFiles("#usage-file", file);
    await page.waitForSelector("#usage-review:not([hidden]) #usage-column-date");
    const headers = (await page.locator("#usage-column-date option").allTextContents()).slice(1);
    expect(headers.length).toBeGreaterThan(3);
    const first = fs.readFileSync(file, "utf8").split(/\r?\n/)[0].split(",");
    const [date, model, input, output, requests] = first;
    // Columns that cannot be read (the model's names as dates) are said in the form, beside the choices.
    await page.selectOption("#usage-column-date", model);
    await page.selectOption("#usage-column-inputTokens", input);
    await page.selectOption("#usage-column-outputTokens", output);
    await page.click("#usage-map");
    await page.waitForSelector("#usage-review #usage-mapping-error");
    expect(await page.textContent("#usage-mapping-error")).toMatch(/^Not read: .*a date that cannot be read/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("usage-column-date");
    await page.selectOption("#usage-column-date", date);
    await page.selectOption("#usage-column-model", model);
    await page.selectOption("#usage-column-inputTokens", input);
    await page.selectOption("#usage-column-outputTokens", output);
    await page.selectOption("#usage-column-requests", requests);
    await page.click("#usage-map");
    await page.waitForSelector("#usage-review #usage-model");
    expect(await page.textContent("#usage-summary")).toMatch(/^CSV with mapped columns: /);
    // Choosing a model keeps the focus on the choice: only the plan beneath it changes.
    await page.focus("#usage-model");
    await page.selectOption("#usage-model", { index: 1 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("usage-model");
    // The columns are remembered once the file is written.
    await page.click("button[data-action='write-usage']");
    await page.waitForSelector("#status.success");
    await page.waitForSelector("#usage-review", { state: "hidden" });
    // The same shape again: read with the columns remembered, no form.
    await page.setInputFiles("#usage-file", file);
    await page.waitForSelector("#usage-review:not([hidden]) #usage-model");
    expect(await page.textContent("#status")).toContain("with the columns mapped for files of its shape");
    await page.click("button[data-action='cancel-usage']");
  });
});

/**
 * The preview's grid answers the keys an Excel user presses (issue 13), each pressed in real
 * headless Chromium and read back through window.aicostPreview: moving to the data's edge, pages,
 * the Name Box, committing and moving, undo and redo, copy and paste with references shifted,
 * text pasted from outside, Ctrl+D and Ctrl+R in their one-cell forms, and point mode.
 */
import type { Browser, Page } from "playwright-core";
import type { CellReading } from "../../src/preview/automation";
import { launchChromium, openPreview, readCell, serveDist, showSheet as showSheetOf } from "../helpers/browser";
import { readDist } from "../helpers/dist";

let browser: Browser;
let server: { origin: string; stop: () => Promise<void> };
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  readDist("preview/index.html");
  browser = await launchChromium();
  server = await serveDist();
  page = await openPreview(browser, server.origin, { width: 1366, height: 768 }, problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const reading = (reference: string): Promise<CellReading> => readCell(page, reference);
const value = async (reference: string) => (await reading(reference)).value;
const active = () => page.inputValue("#name-box");

const showSheet = (name: string): Promise<void> => showSheetOf(page, name);

/** Selects a cell or a range through the Name Box, as a keyboard user does. */
async function go(address: string): Promise<void> {
  await page.getByLabel("Name Box").fill(address);
  await page.getByLabel("Name Box").press("Enter");
}

async function type(text: string, then = "Enter"): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press(then);
}

describe("Excel's keys in the preview", () => {
  it("moves to the data's edge with Ctrl+arrows, selects to it with Ctrl+Shift, and jumps home and to the end", async () => {
    await showSheet("Scenarios");
    await go("B7");
    await page.keyboard.press("Control+ArrowDown");
    expect(await active()).toBe("B26");
    // Up through the filled column to its heading in row 6, where the data begins.
    await page.keyboard.press("Control+ArrowUp");
    expect(await active()).toBe("B6");
    await page.keyboard.press("Control+ArrowRight");
    expect(await active()).toBe("L6");
    await page.keyboard.press("Control+Home");
    expect(await active()).toBe("A1");
    await page.keyboard.press("Control+End");
    expect(await active()).toBe("L26");
    await go("B7");
    await page.keyboard.press("Control+Shift+ArrowDown");
    expect(await page.locator("#grid td.in-range").count()).toBe(20);
    // Focus came back to the sheet from the Name Box, as in Excel.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
  });

  it("pages down and up by the rows in view, and the Name Box takes a range", async () => {
    await showSheet("Catalogue");
    await go("A1");
    await page.keyboard.press("PageDown");
    const paged = Number((await active()).slice(1));
    expect(paged).toBeGreaterThan(10);
    await page.keyboard.press("PageUp");
    expect(await active()).toBe("A1");
    await go("a2:c4");
    expect(await page.locator("#grid td.in-range").count()).toBe(9);
    expect(await active()).toBe("A2");
    await page.getByLabel("Name Box").fill("not an address");
    await page.getByLabel("Name Box").press("Enter");
    expect(await page.getAttribute("#name-box", "aria-invalid")).toBe("true");
    await page.getByLabel("Name Box").press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
  });

  it("moves between the grid and the task pane with F6 and Shift+F6, as Excel moves between its panes", async () => {
    await go("B3");
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.getElementById("pane")?.contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");
    await page.keyboard.press("Shift+F6");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
    expect(await active()).toBe("B3");
    // From the formula bar too.
    await page.getByLabel("Name Box").focus();
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
  });

  it("commits and moves with Enter, Shift+Enter, Tab and Shift+Tab; F2 edits and Escape cancels", async () => {
    await showSheet("Worked example");
    await go("P2");
    await type("1", "Tab");
    expect(await active()).toBe("Q2");
    await type("2", "Shift+Tab");
    expect(await active()).toBe("P2");
    expect([await value("Worked example!P2"), await value("Worked example!Q2")]).toEqual([1, 2]);
    await type("3", "Shift+Enter");
    expect(await active()).toBe("P1");
    await page.keyboard.press("F2");
    await page.keyboard.type("99");
    await page.keyboard.press("Escape");
    expect(await value("Worked example!P1")).toBeNull();
    await go("P3");
    await page.keyboard.press("Enter");
    expect(await active()).toBe("P4");
  });

  it("takes back 100 actions with Ctrl+Z and does them again with Ctrl+Y", async () => {
    await go("R1");
    for (let n = 1; n <= 100; n++) await type(String(n));
    expect(await value("Worked example!R100")).toBe(100);
    for (let n = 0; n < 100; n++) await page.keyboard.press("Control+z");
    expect(await value("Worked example!R1")).toBeNull();
    expect(await value("Worked example!R100")).toBeNull();
    await page.keyboard.press("Control+y");
    await page.keyboard.press("Control+Shift+z");
    expect([await value("Worked example!R1"), await value("Worked example!R2")]).toEqual([1, 2]);
  });

  it("copies and pastes with references shifted, and pastes text from outside", async () => {
    await go("S1");
    await type("10");
    await type("=S1*2");
    await go("S2");
    await page.keyboard.press("Control+c");
    await go("T2");
    await page.keyboard.press("Control+v");
    expect((await reading("Worked example!T2")).formula).toBe("=T1*2");
    await go("T1");
    await type("7");
    expect(await value("Worked example!T2")).toBe(14);
    // Text copied elsewhere (a sheet in another program) arrives as tab-separated lines.
    await go("U1");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "50,000\t$17,500\n10%\tgpt-4o\n");
      document.getElementById("grid")?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data }));
    });
    expect(await value("Worked example!U1")).toBe(50000);
    expect(await value("Worked example!V1")).toBe(17500);
    expect(await value("Worked example!U2")).toBe(0.1);
    expect(await value("Worked example!V2")).toBe("gpt-4o");
    // Undo takes the paste back whole.
    await page.keyboard.press("Control+z");
    expect([await value("Worked example!U1"), await value("Worked example!V2")]).toEqual([null, null]);
  });

  it("fills with Ctrl+D and Ctrl+R, a single cell from the cell above or to its left", async () => {
    await go("W1");
    await type("5");
    await type("=W1+1");
    await go("W3:W6");
    await page.keyboard.press("Control+d");
    expect(await value("Worked example!W3")).toBeNull();
    await go("W3");
    await page.keyboard.press("Control+d");
    expect((await reading("Worked example!W3")).formula).toBe("=W2+1");
    await go("W3:W6");
    await page.keyboard.press("Control+d");
    expect(await value("Worked example!W6")).toBe(10);
    await go("X2");
    await page.keyboard.press("Control+r");
    expect((await reading("Worked example!X2")).formula).toBe("=X1+1");
  });

  it("puts a clicked or arrowed cell's address into the formula being typed (point mode)", async () => {
    await go("Y1");
    await type("4");
    await type("6");
    await go("Z1");
    await page.keyboard.type("=");
    await page.click("#cell-Y1");
    await page.keyboard.type("+");
    // From the active cell Z1, left and down: Y2.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#formula-input")).toBe("=Y1+Y2");
    await page.keyboard.press("Enter");
    expect(await value("Worked example!Z1")).toBe(10);
  });

  it("keeps the grid where it is when an error cell is selected", async () => {
    await go("AA1");
    await type("=AICOST.REQUEST_COST(-1,500,3,15)");
    const top = async () => (await page.locator("#grid").boundingBox())?.y;
    const height = async () => (await page.locator("#cell-message").boundingBox())?.height;
    await go("AA2");
    const before = await top();
    const empty = await height();
    await go("AA1");
    expect(await page.textContent("#cell-message")).toMatch(/^#VALUE! input_tokens must be/);
    expect(await height()).toBe(empty);
    expect(await top()).toBe(before);
    expect(problems).toEqual([]);
  });
});

describe("reading the preview", () => {
  it("resizes a column by dragging its edge, and fits it to its text on a double-click", async () => {
    await showSheet("Worked example");
    const width = async (column: string) => (await page.locator(`#cell-${column}1`).boundingBox())?.width ?? 0;
    const edge = page.locator('#grid [data-resize="3"]');
    const before = await width("D");
    const box = await edge.boundingBox();
    if (!box) throw new Error("no resize handle for column D");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await width("D")).toBeGreaterThan(before + 50);
    // Column A holds long labels: fitted, it is as wide as the widest drawn.
    await page.locator('#grid [data-resize="0"]').dblclick();
    expect(await width("A")).toBeGreaterThan(300);
  });

  it("keeps 20 rows of grid and more beside the charts on a 1366x768 laptop", async () => {
    // The questionnaire's model, with its two charts.
    for (let step = 0; step < 3; step++) await page.click("#next");
    await page.waitForSelector("#result-title");
    await page.click("button[data-action='write-sheet']");
    await page.waitForSelector("#status.success");
    expect(await page.locator("#charts figure.chart").count()).toBe(2);
    const rows = await page.evaluate(() => {
      const grid = document.getElementById("grid") as HTMLElement;
      const row = grid.querySelector("tbody tr.row") as HTMLElement;
      return grid.clientHeight / row.getBoundingClientRect().height;
    });
    expect(rows).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
  });
});

describe("long text", () => {
  it("runs on over the empty cells to its right and stops at the first filled one, as in Excel", async () => {
    await showSheet("Worked example");
    await go("AC1");
    await type("A long note that runs on across the empty cells beside it, and on, and on, and on");
    await go("AF1");
    await type("stop");
    const note = await page.locator("#cell-AC1 .overflow-text").boundingBox();
    const stop = await page.locator("#cell-AF1").boundingBox();
    if (!note || !stop) throw new Error("the cells are drawn");
    // Over AD1 and AE1, up to AF1 and no further.
    expect(note.width).toBeGreaterThan(200);
    expect(note.x + note.width).toBeLessThanOrEqual(stop.x + 1);
  });
});

describe("a screen reader", () => {
  it("hears the active cell as it moves: its address, its text and its formula", async () => {
    await showSheet("Worked example");
    await go("B5");
    expect(await page.textContent("#cell-announce")).toBe(
      'B5, $0.0225, =AICOST.MODEL_REQUEST_COST("claude-sonnet-4",5000,500)',
    );
    await page.keyboard.press("ArrowDown");
    expect(await page.textContent("#cell-announce")).toBe(
      'B6, $0.0060, =AICOST.MODEL_REQUEST_COST("claude-3.5-haiku",5000,500)',
    );
    await go("C1");
    expect(await page.textContent("#cell-announce")).toBe("C1, blank");
    expect(await page.getAttribute("#cell-announce", "aria-live")).toBe("polite");
  });
});

describe("the rest of an Excel user's habits", () => {
  it("extends the selection with Shift+click, from the active cell to the clicked one", async () => {
    await showSheet("Worked example");
    await go("B5");
    await page.click("#cell-C7", { modifiers: ["Shift"] });
    expect(await page.locator("#grid td.in-range").count()).toBe(6);
    expect(await active()).toBe("B5");
    // Shift+arrows then move the far corner, the active cell kept: B5:D7.
    await page.keyboard.press("Shift+ArrowRight");
    expect(await page.locator("#grid td.in-range").count()).toBe(9);
    expect(await active()).toBe("B5");
    // A range from the Name Box grows from its first cell, as in Excel: A2:C4 then A2:C5.
    await go("A2:C4");
    await page.keyboard.press("Shift+ArrowDown");
    expect(await page.locator("#grid td.in-range").count()).toBe(12);
    expect(await active()).toBe("A2");
  });

  it("reads TRUE and FALSE in formulas and 12.5% as the number it is", async () => {
    await go("AH1");
    await type("=IF(TRUE,1,2)+AND(TRUE,FALSE)");
    await type("12.5%");
    await type("=AH2*2");
    expect(await value("Worked example!AH1")).toBe(1);
    expect(await reading("Worked example!AH2")).toMatchObject({ value: 0.125, display: "12.5%" });
    expect(await value("Worked example!AH3")).toBe(0.25);
  });

  it("sizes a result by the cell it reads, and resizes it when that cell changes", async () => {
    await go("AJ1");
    await type("3");
    await go("AK1");
    await type("=AICOST.TCO_SERIES(100,0.01,1000,AJ1)");
    expect(await value("Worked example!AK4")).toBe(130);
    expect(await value("Worked example!AK5")).toBeNull();
    await go("AJ1");
    await type("6");
    expect(await value("Worked example!AK7")).toBe(160);
    await go("AJ1");
    await type("1");
    expect(await value("Worked example!AK2")).toBe(110);
    expect(await value("Worked example!AK3")).toBeNull();
    // A provider named in a cell sizes the catalogue's table.
    await go("AM1");
    await type("azure");
    await type("=AICOST.MODELS(AM1)");
    expect(await value("Worked example!AM2")).toBe("model");
    await go("AM1");
    await type("nobody");
    expect(await reading("Worked example!AM2")).toMatchObject({ value: { error: "#N/A" } });
  });

  it("keeps the active cell clear of the sticky headers as it moves", async () => {
    await showSheet("Catalogue");
    await go("F60");
    const clear = () =>
      page.evaluate(() => {
        const cell = document.querySelector("#grid td.active") as HTMLElement;
        const header = document.querySelector("#grid thead") as HTMLElement;
        const rowHeader = cell.parentElement?.querySelector("th") as HTMLElement;
        const grid = document.getElementById("grid") as HTMLElement;
        const box = cell.getBoundingClientRect();
        return (
          box.top >= header.getBoundingClientRect().bottom - 1 &&
          box.left >= rowHeader.getBoundingClientRect().right - 1 &&
          box.bottom <= grid.getBoundingClientRect().bottom + 1
        );
      });
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("ArrowUp");
      expect(await clear()).toBe(true);
    }
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press("ArrowLeft");
      expect(await clear()).toBe(true);
    }
  });
});

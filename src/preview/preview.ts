/**
 * The local workbook preview: the sample workbook in a HyperFormula-backed grid with every
 * AICOST function, and the real task pane beside it, writing into this workbook through the same
 * writer interface it uses in Excel. Served by `npm start` where Excel does not run.
 */
import { offeredModels } from "../taskpane/modelNotes";
import { PaneController } from "../taskpane/controller";
import { Questionnaire } from "../taskpane/questionnaire";
import { PaneView } from "../taskpane/view";
import { automationHandle } from "./automation";
import { createCustomFunctionsRuntime, type ExcelHostKind } from "./customFunctionsRuntime";
import { PreviewWorkbookWriter } from "./previewWriter";
import { loadSampleWorkbook } from "./sampleWorkbook";
import { PreviewWorkbook } from "./workbook";
import { WorkbookView } from "./previewView";

// ?host=desktop passes cells as Excel desktop does (a blank cell as 0, errors as cell values);
// Excel on the web is the default.
const host: ExcelHostKind = new URLSearchParams(location.search).get("host") === "desktop" ? "desktop" : "web";
Object.assign(window, { CustomFunctions: createCustomFunctionsRuntime({ host }) });
const hostNote = document.getElementById("host-note");
if (hostNote) {
  hostNote.textContent =
    host === "desktop"
      ? "Cells reach the functions as in Excel desktop (a blank cell is 0)."
      : "Cells reach the functions as in Excel on the web (a blank cell is empty).";
}

const workbook = new PreviewWorkbook();
loadSampleWorkbook(workbook);
const view = new WorkbookView(workbook);
view.show(workbook.sheetId("Worked example"));

const writer = new PreviewWorkbookWriter(
  workbook,
  () => ({ sheet: view.sheet, row: view.selection.row, column: view.selection.column }),
  (sheet) => view.show(sheet),
);
const pane = document.getElementById("pane");
if (!pane) throw new Error("the preview page has no #pane");
new PaneController(
  new Questionnaire(),
  new PaneView(
    pane,
    offeredModels().map((entry) => entry.id),
  ),
  writer,
).start();

/**
 * F6 and Shift+F6 move between the workbook and the task pane, as they move between Excel's
 * worksheet and its panes: to the pane's step heading (or its first control), and back to the grid
 * at its active cell. Tab stays the grid's, moving from cell to cell.
 */
document.addEventListener("keydown", (event) => {
  if (event.key !== "F6" || event.ctrlKey || event.altKey || event.metaKey) return;
  event.preventDefault();
  if (pane.contains(document.activeElement)) {
    document.getElementById("grid")?.focus();
    return;
  }
  const target =
    pane.querySelector<HTMLElement>("h2[tabindex]:not([hidden])") ??
    pane.querySelector<HTMLElement>("button, input, select, textarea, [tabindex='0']");
  target?.focus();
});

// Read-only, for the end-to-end tests and for curious analysts in the browser console.
Object.assign(window, { aicostPreview: automationHandle(workbook) });

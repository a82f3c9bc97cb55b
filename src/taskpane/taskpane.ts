/**
 * The task pane's entry point. It shares one runtime with the custom functions (the same page),
 * so the questionnaire and the formulas it writes run on the same engine and catalogue.
 */
import { offeredModels } from "./modelNotes";
import { PaneController } from "./controller";
import { Questionnaire } from "./questionnaire";
import { PaneView } from "./view";
import { ExcelWorkbookWriter, type WorkbookWriter } from "./writer";

function start(writer: WorkbookWriter | undefined): void {
  const root = document.getElementById("pane");
  if (!root) throw new Error("the task pane page has no #pane");
  const view = new PaneView(
    root,
    offeredModels().map((entry) => entry.id),
  );
  new PaneController(new Questionnaire(), view, writer).start();
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel ? new ExcelWorkbookWriter() : undefined));
} else {
  start(undefined);
}

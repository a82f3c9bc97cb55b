/**
 * The task pane's start page. It runs in the same page as the custom functions (shared runtime)
 * and reads the same engine. The guided questionnaire replaces this page.
 */
import { PRICE_CATALOGUE } from "../engine";

function latestAsOf(): string {
  return PRICE_CATALOGUE.map((entry) => entry.asOf).reduce((a, b) => (a > b ? a : b));
}

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

show("catalogue", `Price catalogue: ${PRICE_CATALOGUE.length} models, prices as of ${latestAsOf()} at the latest.`);

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    show(
      "status",
      info.host === Office.HostType.Excel
        ? "Ready: type =AICOST. in any cell to see the functions."
        : "Open this add-in in Excel to use the AICOST functions.",
    );
  });
} else {
  show("status", "Office is not available: open this add-in in Excel.");
}

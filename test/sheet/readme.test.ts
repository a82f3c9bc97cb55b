/**
 * The README's table of the written sheet is the plan's: each row's range is where the plan puts
 * that block, for the answers a new questionnaire starts from, and the cells it names in passing
 * (the verdict, the comparison) are where the plan writes them.
 */
import * as fs from "fs";
import * as path from "path";
import { buildSheetPlan, type Block } from "../../src/sheet/plan";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { ROOT } from "../helpers/dist";

/** The README's table under "Write to sheet": its rows' first and second cells. */
function readmeTable(): { where: string; what: string }[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("| Where ");
  if (start < 0) throw new Error("README.md has no table of the written sheet");
  const lines = readme.slice(start).split("\n");
  const end = lines.findIndex((line) => !line.startsWith("|"));
  return lines
    .slice(2, end)
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => ({ where: cells[1], what: cells[2] }));
}

/** The blocks in the order the README lists them. */
const ORDER: Block[] = [
  "title",
  "recommendation",
  "inputs",
  "comparison",
  "results",
  "rule",
  "grid",
  "gpus",
  "chart",
  "ranges",
  "compareRisk",
  "switchValues",
  "risk",
  "sensitivity",
];

describe("the README's table of the written sheet", () => {
  const model = new Questionnaire();
  for (let step = 0; step < 3; step++) model.next();
  const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
  const table = readmeTable();

  it("lists every block where the plan writes it", () => {
    expect(table.map((row) => row.where)).toEqual(ORDER.map((block) => plan.blocks[block]));
  });

  it("names the verdict and the comparison where the recommendation reads them", () => {
    const recommendation = table[ORDER.indexOf("recommendation")].what;
    const verdict = plan.anchors.verdict.replace(/\$/g, "");
    const comparison = (plan.blocks.comparison ?? "").split(":");
    const spilled = `${plan.anchors.comparison}:${comparison[1]}`;
    expect(recommendation).toContain(`verdict (${verdict})`);
    expect(recommendation).toContain(`comparison (${spilled})`);
    // FT_RECOMMEND's section names the same cells.
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`the written model passes \`${spilled.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}\``);
    expect(readme).toContain(`=AICOST.FT_RECOMMEND(${verdict}, ${plan.anchors.comparison}#)`);
  });
});

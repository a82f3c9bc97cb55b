/**
 * What adding an optional parameter to an AICOST function costs, end to end. A copy of src/ gets
 * a new FT_COMPARE argument, contingency_share (a share added to the upfront cost), through four
 * edits and no other:
 *
 * - its declaration (functions/declarations.ts),
 * - the engine that uses it (engine/compare.ts),
 * - one binding row (sheet/bindings.ts),
 * - one question (sheet/answers.ts).
 *
 * Everything else follows from those: Excel's metadata, the help page, the README's function
 * reference, the pane's validation of the answer, the input cell and the written formula, the
 * pane's figures and the preview's evaluation of the written sheet.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";

/** One edit to a file of the copy: the text it must find once, and what goes after it. */
interface Edit {
  file: string;
  after: string;
  insert: string;
}

const EDITS: Edit[] = [
  {
    file: "functions/declarations.ts",
    after: `      "US dollars per month of GPUs serving the fine-tuned model (open-weight models only). That row is #N/A when omitted or 0.",
      true,
    ),
`,
    insert: `    num("contingency_share", domain.share, "Share added to the upfront cost for contingency.", 0),
`,
  },
  {
    file: "engine/compare.ts",
    after: "export interface CompareInput {\n",
    insert: "  /** Share added to the upfront cost for contingency. */\n  contingencyShare?: number;\n",
  },
  {
    file: "engine/compare.ts",
    after: "): StrategyRow[] | MissingStrategyPrice {\n",
    insert:
      "  if (numbers.contingencyShare) numbers = { ...numbers, upfrontCost: numbers.upfrontCost * (1 + numbers.contingencyShare) };\n",
  },
  {
    file: "sheet/bindings.ts",
    after: `  memoryFallbackShare: feeds(paramOf(FT_COMPARE, "memory_fallback_share")),
`,
    insert: `  contingencyShare: feeds(paramOf(FT_COMPARE, "contingency_share")),
`,
  },
  {
    file: "sheet/answers.ts",
    after: `    help: "The same for the small model with memory, measured the same way; 0 for none.",
  },
`,
    insert: `  {
    key: "contingencyShare",
    step: "costs",
    kind: "number",
    label: "Contingency on the upfront cost",
    help: "A share added to the upfront cost.",
  },
`,
  },
];

/** A copy of src/ with the edits, beside a link to the project's packages. */
function editedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-new-parameter-"));
  fs.cpSync(path.join(ROOT, "src"), path.join(dir, "src"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ ...config, include: ["src"] }));
  for (const edit of EDITS) {
    const file = path.join(dir, "src", edit.file);
    const text = fs.readFileSync(file, "utf8");
    const at = text.indexOf(edit.after);
    if (at < 0 || text.indexOf(edit.after, at + 1) >= 0)
      throw new Error(`${edit.file}: the edit's place is not unique`);
    fs.writeFileSync(file, text.slice(0, at + edit.after.length) + edit.insert + text.slice(at + edit.after.length));
  }
  return dir;
}

/** The files of two trees that differ. */
function changedFiles(a: string, b: string, under = ""): string[] {
  return fs.readdirSync(path.join(a, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(under, entry.name);
    if (entry.isDirectory()) return changedFiles(a, b, relative);
    const other = path.join(b, relative);
    return fs.existsSync(other) && fs.readFileSync(other, "utf8") === fs.readFileSync(path.join(a, relative), "utf8")
      ? []
      : [relative];
  });
}

describe("an optional parameter added to FT_COMPARE", () => {
  let dir: string;
  // The copy's modules, by path: untyped, as a module loaded at run time is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any
  const load = (module: string): any => require(path.join(dir, "src", module));

  beforeAll(() => {
    dir = editedCopy();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("takes four edits in four files, and type-checks", () => {
    expect(changedFiles(path.join(dir, "src"), path.join(ROOT, "src")).sort()).toEqual(
      ["engine/compare.ts", "functions/declarations.ts", "sheet/answers.ts", "sheet/bindings.ts"].sort(),
    );
    // The question's key is an answer the binding table declares: without the binding row it would not compile.
    const typescript = path.join(ROOT, "node_modules/typescript/bin/tsc");
    const check = spawnSync(process.execPath, [typescript, "--noEmit", "-p", dir], { encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
  });

  it("reaches Excel's metadata, the help page and the README's function reference", () => {
    const { DECLARATIONS } = load("functions/declarations.ts");
    const { buildMetadata } = load("functions/generators/metadata.ts");
    const { buildHelpPage } = load("functions/generators/helpPage.ts");
    const { withReference } = load("functions/generators/reference.ts");
    const metadata = buildMetadata(DECLARATIONS, "https://localhost:3000/");
    const compare = metadata.functions.find((fn: { id: string }) => fn.id === "FT_COMPARE");
    expect(compare.parameters.at(-1)).toMatchObject({ name: "contingency_share", optional: true });
    expect(buildHelpPage(DECLARATIONS, "0.0.0")).toContain("contingency_share");
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).not.toContain("contingency_share");
    expect(withReference(readme, DECLARATIONS)).toContain("contingency_share");
  });

  it("is asked in the pane with the declaration's bounds and message", () => {
    const { FIELDS, validateFields } = load("sheet/answers.ts");
    const field = FIELDS.find((candidate: { key: string }) => candidate.key === "contingencyShare");
    expect([field.step, field.param.name]).toEqual(["costs", "contingency_share"]);
    const raw = { contingencyShare: "1.5" };
    // As a cell refuses a rate typed as a per cent, naming the question instead of the argument.
    expect(validateFields([field], raw).errors.contingencyShare).toBe(
      "Contingency on the upfront cost 1.5 means 150 %; type 1.5% or 0.015. Rates are decimals and at most 1 (100%).",
    );
  });

  it("is written as an input the comparison reads, and the pane's figures are the sheet's", () => {
    const { Questionnaire } = load("taskpane/questionnaire.ts");
    const { buildSheetPlan } = load("sheet/plan.ts");
    const { evaluate } = load("sheet/bindings.ts");
    const { registerAicostFunctions } = load("preview/aicostPlugin.ts");
    const { addExcelLiterals, applyPlan, parseAddress } = load("preview/hyperformulaSheet.ts");
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy's own instance of it
    const { HyperFormula } = require(path.join(dir, "node_modules/hyperformula"));

    const model = new Questionnaire();
    model.set("contingencyShare", "20%");
    for (let step = 0; step < 3; step++) if (!model.next()) throw new Error(JSON.stringify(model.errors));
    const answers = model.answers();
    expect(answers.contingencyShare).toBe(0.2);
    const plan = buildSheetPlan(answers, { scope: "model", date: "2026-12-05" });
    const input: string = plan.where.inputs.contingencyShare;
    expect(
      plan.cells.find((cell: { address: string }) => `$${cell.address.replace(/(\d+)$/, "$$$1")}` === input),
    ).toMatchObject({
      value: 0.2,
      numberFormat: "0.0%",
    });
    const formula: string = plan.cells.find(
      (cell: { address: string }) => cell.address === plan.anchors.comparison,
    ).formula;
    expect(formula.slice(0, -1).split(",").at(-1)).toBe(input);

    // The preview computes the written sheet with the new argument; the pane's figures are its cells.
    registerAicostFunctions();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    addExcelLiterals(hf);
    const sheet = hf.getSheetId(hf.addSheet("AI cost model"));
    applyPlan(hf, sheet, plan);
    const figures = evaluate(answers, undefined);
    const top = parseAddress(plan.anchors.comparison);
    const upfront = (row: number) => hf.getCellValue({ sheet, row: top.row + row, col: top.column + 3 });
    // The fine-tuned row's upfront: the cost items' total, and 20 % more.
    expect(upfront(2)).toBe(figures.comparison[2][3]);
    expectNear(upfront(2), figures.upfront[0][0] * 1.2, 6);
  });
});

/**
 * The binding table's promise: every figure the pane shows is its written cell. The pane's figures
 * (bindings.evaluate) and the written model (the plan, computed by a spreadsheet engine through
 * the runner Excel uses) must hold the very same numbers, bit for bit, on Excel on the web and on
 * Excel desktop, for answers chosen to expose any rounding, default or fallback of the pane's own.
 */
import { DetailedCellError } from "hyperformula";
import { ExcelError, type Cell } from "../../src/functions/excelError";
import { createCustomFunctionsRuntime, type ExcelHostKind } from "../../src/preview/customFunctionsRuntime";
import { parseAddress } from "../../src/preview/hyperformulaSheet";
import type { AnswerKey, RawAnswer } from "../../src/sheet/answers";
import { evaluate, MODEL, type FigureName } from "../../src/sheet/bindings";
import { FORMATS } from "../../src/sheet/formats";
import { address } from "../../src/sheet/layout";
import { formatCell } from "../../src/sheet/numberFormat";
import { buildSheetPlan } from "../../src/sheet/plan";
import { priceSource, sourceTable } from "../../src/sheet/prices";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { answeredToResult } from "../helpers/questionnaire";
import { evaluatePlan } from "../helpers/workbook";
import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { readPriceFile } from "../../src/prices/priceFiles";
import { registerAicostFunctions } from "../../src/preview/aicostPlugin";
import { addExcelLiterals, applyPlan } from "../../src/preview/hyperformulaSheet";
import { importedOverrides, importLayout, DATE_CELL, type ImportedPrices } from "../../src/sheet/priceSheet";
import { differencesFrom, winningRows, type Choices } from "../../src/prices/catalogue";
import type { PriceFile } from "../../src/prices/priceFiles";
import { ROOT } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";

const answered = answeredToResult;

/** Answers that expose a rounding: a volume whose half is not whole, 7 % rates, odd token counts. */
const HOSTILE: [string, Partial<Record<AnswerKey, RawAnswer>>][] = [
  [
    "333,333 requests, odd token counts and 7 % fallbacks",
    {
      requestsPerMonth: "333333",
      inputTokens: "4999",
      outputTokens: "777",
      ftInputTokens: "1234",
      fallbackShare: "7%",
      memoryFallbackShare: "0.07",
      recallTokens: "333",
      hourlyRate: "137",
    },
  ],
  [
    "333,333 requests with 7 % cached and batched, the fine-tuned prompt left blank",
    {
      largeModel: "gpt-5.4",
      smallModel: "gpt-4.1-mini",
      requestsPerMonth: "333333",
      inputTokens: "3333",
      outputTokens: "333",
      ftInputTokens: "",
      cachedShare: "7%",
      batchShare: "0.07",
    },
  ],
  [
    "dedicated GPUs at odd figures, 23 million requests (two GPUs), the fine-tuned prompt left blank",
    {
      requestsPerMonth: "23333333",
      inputTokens: "1111",
      ftInputTokens: "",
      outputTokens: "333",
      servedOnGpus: true,
      gpuHourlyPrice: "3.77",
      gpuTokensPerSecond: "7777",
      gpuUtilization: "37%",
      gpuHourlyPriceLow: "2.11",
      gpuHourlyPriceHigh: "7.77",
      gpuTokensPerSecondLow: "3333",
      gpuTokensPerSecondHigh: "13333",
      gpuUtilizationLow: "17%",
      gpuUtilizationHigh: "0.61",
    },
  ],
  [
    "negotiated prices at odd cents, 7 % fallbacks",
    {
      largeModel: "gpt-4o",
      largeOwnPrices: true,
      largeInputPrice: "2.07",
      largeOutputPrice: "7.77",
      requestsPerMonth: "333333",
      fallbackShare: "0.07",
    },
  ],
];

/** A cell as the pane holds it and as the sheet does, in one comparable form. */
function comparable(cell: unknown): unknown {
  if (cell instanceof ExcelError) return { error: cell.code, message: cell.message };
  if (cell instanceof DetailedCellError) return { error: cell.value, message: cell.message };
  return cell;
}

describe.each(["web", "desktop"] as ExcelHostKind[])("on Excel %s, every pane figure is its written cell", (host) => {
  beforeAll(() => {
    Object.assign(globalThis, { CustomFunctions: createCustomFunctionsRuntime({ host }) });
  });
  afterAll(() => {
    Object.assign(globalThis, { CustomFunctions: createCustomFunctionsRuntime() });
  });

  it.each(HOSTILE)("%s", (_, changes) => {
    const model = answered(changes);
    const answers = model.answers();
    const plan = buildSheetPlan(answers, { scope: "model", date: "2026-12-05" });
    const sheet = evaluatePlan(plan);
    const figures = evaluate(answers, sourceTable(priceSource(answers, undefined)));
    let compared = 0;
    for (const name of Object.keys(MODEL) as FigureName[]) {
      const top = plan.where.figures[name];
      if (!top) continue;
      const { row, column } = parseAddress(top);
      figures[name].forEach((line: Cell[], r: number) =>
        line.forEach((cell, c) => {
          expect([name, r, c, comparable(sheet.value(address(row + r, column + c)))]).toEqual([
            name,
            r,
            c,
            comparable(cell),
          ]);
          compared += 1;
        }),
      );
    }
    // The inputs, the comparison, the results, the rule, the ranges, the risk table and the tornado.
    expect(compared).toBeGreaterThan(60);

    // What the pane shows is those figures: the 10th-percentile break-even, for one.
    const risk = model.results().fineTuned?.risk;
    if (!risk) throw new Error("fine-tuning saves money in these answers");
    const riskTop = parseAddress(plan.anchors.risk);
    expect(sheet.value(address(riskTop.row + 3, riskTop.column + 1))).toBe(risk.breakEvenMonths[0]);
  });
});

describe("a rate's input cell", () => {
  it("shows the discount rate as a percentage, as a CFO reads it, holding the decimal the formulas take", () => {
    const model = answered({ discountRate: "0.1" });
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    const at = (plan.where.inputs.discountRate as string).replace(/\$/g, "");
    const cell = plan.cells.find((candidate) => candidate.address === at);
    expect(cell).toMatchObject({ value: 0.1, numberFormat: FORMATS.share });
    expect(formatCell(0.1, cell?.numberFormat ?? "")).toBe("10.0%");
  });
});

describe("the volume's low and high follow the volume, unrounded", () => {
  it("are half and one and a half times 333,333 in the pane and in the sheet", () => {
    const model = answered({ requestsPerMonth: "333333" });
    expect([model.value("volumeLow"), model.value("volumeHigh")]).toEqual(["166666.5", "499999.5"]);
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    const volume = plan.where.inputs.requestsPerMonth as string;
    const row = parseAddress(plan.where.figures.volumeRange as string);
    const cells = [1, 0, -1].map((offset) =>
      plan.cells.find((cell) => cell.address === address(row.row, row.column + 1 - offset)),
    );
    expect(cells.map((cell) => cell?.formula)).toEqual([`=${volume}*0.5`, `=${volume}`, `=${volume}*1.5`]);
  });

  it("stop following once the analyst types their own", () => {
    const model = answered({ volumeLow: "100000", requestsPerMonth: "333333" });
    expect(model.value("volumeLow")).toBe("100000");
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    const row = parseAddress(plan.where.figures.volumeRange as string);
    const low = plan.cells.find((cell) => cell.address === address(row.row, row.column));
    expect([low?.value, low?.formula]).toEqual([100000, undefined]);
  });
});

/** A file imported as the pane imports it: dated, compared with the catalogue, the analyst's choices applied. */
function imported(file: PriceFile, date: string, choices: Choices = {}) {
  const day = "2026-12-05";
  const differences = differencesFrom(file, date, day);
  const written = winningRows(file, differences, choices, day);
  const { rows } = written;
  const { layout, range } = importLayout({ file, date: { date, givenOn: day }, differences, choices, written });
  const prices: ImportedPrices = {
    sheet: "Prices",
    range,
    overrides: importedOverrides(rows),
    ids: rows.map((row) => row.id),
    summary: "",
    asOf: date,
    dateCell: DATE_CELL,
  };
  return { layout, range, prices };
}

describe("with prices imported from a file, the pane's figures are the written sheet's", () => {
  it("where the formulas pass the imported sheet as price_table", () => {
    const text = fs.readFileSync(path.join(ROOT, "test/fixtures/prices/prices.csv"), "utf8");
    const file = readPriceFile(text, "prices.csv", "2026-12-05");
    if ("error" in file) throw new Error(file.error);
    const { layout, range, prices } = imported(file, "2026-12-01");
    const model = new Questionnaire();
    model.useImportedPrices(prices);
    // A small model only the file prices (fine-tuned prices and hosting included, no training price:
    // its run is typed), at 333,333 requests.
    const changes = { smallModel: "analyst model, tuned", requestsPerMonth: "333333", trainingRunCost: "275" };
    for (const [key, value] of Object.entries(changes)) {
      model.set(key as AnswerKey, value);
    }
    for (let step = 0; step < 3; step++) if (!model.next()) throw new Error(JSON.stringify(model.errors));
    const answers = model.answers();
    const plan = buildSheetPlan(answers, { scope: "model", date: "2026-12-05", imported: model.imported });
    const comparison = plan.cells.find((cell) => cell.address === plan.anchors.comparison)?.formula ?? "";
    expect(comparison).toContain(`'Prices'!${range}`);

    registerAicostFunctions();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    addExcelLiterals(hf);
    applyPlan(hf, hf.getSheetId(hf.addSheet("Prices")) as number, layout);
    const sheet = hf.getSheetId(hf.addSheet("AI cost model")) as number;
    applyPlan(hf, sheet, plan);
    const figures = evaluate(answers, sourceTable(priceSource(answers, model.imported)));
    for (const name of ["comparison", "running", "breakEven", "risk", "sensitivity"] as FigureName[]) {
      const { row, column } = parseAddress(plan.where.figures[name] as string);
      figures[name].forEach((line: Cell[], r: number) =>
        line.forEach((cell, c) =>
          expect([name, r, c, comparable(hf.getCellValue({ sheet, row: row + r, col: column + c }))]).toEqual([
            name,
            r,
            c,
            comparable(cell),
          ]),
        ),
      );
    }
    // The hosting the file gives is in the running cost: $1.70 an hour, 730 hours a month.
    expectNear(model.results().fineTuned?.monthlyRunning, model.results().monthlyMaintenance + 1.7 * 730, 6);
  });
});

describe("an imported litellm file the analyst lets win", () => {
  /** The comparison the written sheet computes, in HyperFormula, with or without the price sheet. */
  function writtenComparison(imports?: ReturnType<typeof imported>) {
    const model = new Questionnaire();
    if (imports) model.useImportedPrices(imports.prices);
    model.set("largeModel", "gpt-5.6-terra");
    for (let step = 0; step < 3; step++) if (!model.next()) throw new Error(JSON.stringify(model.errors));
    const answers = model.answers();
    const plan = buildSheetPlan(answers, { scope: "model", date: "2026-12-05", imported: model.imported });
    registerAicostFunctions();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    addExcelLiterals(hf);
    if (imports) applyPlan(hf, hf.getSheetId(hf.addSheet("Prices")) as number, imports.layout);
    const sheet = hf.getSheetId(hf.addSheet("AI cost model")) as number;
    applyPlan(hf, sheet, plan);
    const { row, column } = parseAddress(plan.where.figures.comparison as string);
    const formula = plan.cells.find((cell) => cell.address === plan.anchors.comparison)?.formula ?? "";
    // The larger model's row: its cost per request.
    const largeRow = [0, 1, 2, 3, 4].find(
      (r) => hf.getCellValue({ sheet, row: row + r, col: column }) === "Larger model",
    ) as number;
    return { formula, perRequest: hf.getCellValue({ sheet, row: row + largeRow, col: column + 1 }) as number };
  }

  it("changes the written comparison for a catalogue model", () => {
    const text = JSON.stringify({
      "gpt-5.6-terra": {
        litellm_provider: "openai",
        mode: "chat",
        input_cost_per_token: 2.5e-6,
        output_cost_per_token: 1.5e-5,
      },
    });
    const file = readPriceFile(text, "model_prices_and_context_window.json", "2026-12-05");
    if ("error" in file) throw new Error(file.error);
    // Dated before OpenAI's cut, the file's prices are documented as earlier ones: the catalogue wins by default.
    const byDefault = imported(file, "2026-07-24");
    expect(byDefault.prices.ids).toEqual([]);
    const chosen = imported(file, "2026-07-24", { "gpt-5.6-terra": "file" });
    expect(chosen.prices.ids).toEqual(["gpt-5.6-terra"]);

    const catalogue = writtenComparison();
    const withDefault = writtenComparison(byDefault);
    const withFile = writtenComparison(chosen);
    expect(withDefault.formula).toContain(`'Prices'!${byDefault.range}`);
    expect(withFile.formula).toContain(`'Prices'!${chosen.range}`);
    expect(withDefault.perRequest).toBe(catalogue.perRequest);
    // 2.5/15 for 2/12 a 1M tokens: a quarter more on every token.
    expectNear(withFile.perRequest, catalogue.perRequest * 1.25, 9);
  });
});

describe("a model id that Excel could read as a formula", () => {
  // Starting with =, +, - or @, Excel would take it for a formula where it is typed into a cell;
  // in a cell formatted as text (@) it stays text, as the preview's HyperFormula keeps it.
  const ids = ['=HYPERLINK("http://example.com","x")', "+gpt-x", "-mini", "@sum"];
  const csv = ["model,input,output", ...ids.map((id) => `"${id.replace(/"/g, '""')}",1,2`), "=SUM(1),x,2", ""].join(
    "\n",
  );

  it("stays text on the price sheet, in its list of skipped entries, and in the model's inputs", () => {
    const file = readPriceFile(csv, "ids.csv", "2026-12-05");
    if ("error" in file) throw new Error(file.error);
    expect(file.models.map((model) => model.id)).toEqual(ids);
    const imports = imported(file, "2026-11-20");
    const cells = [
      ...imports.layout.cells,
      ...(imports.layout.tables ?? []).flatMap((table) => {
        const { row, column } = parseAddress(table.range.split(":")[0]);
        return table.values.flatMap((line, r) =>
          line.map((value, c) => ({
            address: address(row + r, column + c),
            value,
            numberFormat: table.columnFormats[c],
          })),
        );
      }),
    ];
    // Every text that starts as a formula would is written in a text-formatted cell.
    const risky = cells.filter((cell) => typeof cell.value === "string" && /^[=+\-@]/.test(cell.value));
    expect(risky.map((cell) => cell.value)).toEqual(expect.arrayContaining([...ids, "=SUM(1)"]));
    expect(risky.every((cell) => cell.numberFormat === "@")).toBe(true);

    registerAicostFunctions();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    addExcelLiterals(hf);
    const prices = hf.getSheetId(hf.addSheet("Prices")) as number;
    applyPlan(hf, prices, imports.layout);
    ids.forEach((id, r) => {
      expect(hf.getCellValue({ sheet: prices, row: 6 + r, col: 0 })).toBe(id);
      expect(hf.doesCellHaveFormula({ sheet: prices, row: 6 + r, col: 0 })).toBe(false);
    });

    // The analyst names such a model: its input cell holds the text, and the formulas price it from the sheet.
    const model = new Questionnaire();
    model.useImportedPrices(imports.prices);
    model.set("largeModel", "+gpt-x");
    for (let step = 0; step < 3; step++) if (!model.next()) throw new Error(JSON.stringify(model.errors));
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05", imported: model.imported });
    const sheet = hf.getSheetId(hf.addSheet("AI cost model")) as number;
    applyPlan(hf, sheet, plan);
    const input = parseAddress((plan.where.inputs.largeModel ?? "").replace(/\$/g, ""));
    expect(hf.getCellValue({ sheet, row: input.row, col: input.column })).toBe("+gpt-x");
    expect(hf.doesCellHaveFormula({ sheet, row: input.row, col: input.column })).toBe(false);
    const { row, column } = parseAddress(plan.where.figures.comparison as string);
    // The larger model's cost per request: 5,000 × $1 + 500 × $2 per 1M tokens.
    const large = [0, 1, 2, 3, 4].find((r) => hf.getCellValue({ sheet, row: row + r, col: column }) === "Larger model");
    expectNear(
      hf.getCellValue({ sheet, row: row + (large as number), col: column + 1 }),
      (5000 * 1 + 500 * 2) / 1e6,
      12,
    );
  });
});

describe("per token against dedicated GPUs, on the written sheet", () => {
  it("finds, by the sheet's own formulas, the volume from which the GPUs are cheaper", () => {
    // The defaults: Fireworks' Llama 3.1 8B at $0.20 per 1M tokens, a 2,500-token fine-tuned prompt
    // and 500 output tokens: $0.0006 a request per token. On one H100 at $3.99 (8,000 output tokens a
    // second, prefill 5 × that, 35 % in use): 2,500 / 40,000 + 500 / 8,000 = 0.125 s a request, one
    // GPU up to 919,800 / 0.125 = 7,358,400 requests, $2,912.70 a month. Per token costs more from
    // $2,912.70 / $0.0006 = 4,854,500 requests (the first volume listed beyond it is 5,000,000).
    const model = answered({});
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    registerAicostFunctions();
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    addExcelLiterals(hf);
    const sheet = hf.getSheetId(hf.addSheet("AI cost model")) as number;
    applyPlan(hf, sheet, plan);
    const [start, end] = (plan.blocks.gpus ?? "").split(":").map(parseAddress);
    const value = (row: number, column: number) => hf.getCellValue({ sheet, row, col: column });
    expectNear(value(end.row - 1, end.column) as number, 2912.7 / 0.0006, 9);
    // The rows it is found from: the fewest GPUs' month, and what they cost more than per token at
    // 1,000,000 and 2,000,000 requests ($2,912.70 - $600 and - $1,200, the maintenance in both), so labelled.
    expectNear(value(end.row - 4, end.column) as number, 2912.7, 9);
    expect([value(end.row - 3, start.column), value(end.row - 2, start.column)]).toEqual([
      "Fewest GPUs minus per token, at 1,000,000",
      "Fewest GPUs minus per token, at 2,000,000",
    ]);
    expectNear(value(end.row - 3, end.column) as number, 2912.7 - 600, 9);
    expectNear(value(end.row - 2, end.column) as number, 2912.7 - 1200, 9);
    // The rows: 2,000,000 requests per token at $1,200 (plus maintenance in both), on one GPU at $2,912.70.
    // The table's rows: below its two headings, above the fewest GPUs' month, the two comparisons,
    // the volume found and the note.
    const rows = Array.from({ length: end.row - 5 - (start.row + 2) + 1 }, (_, k) => start.row + 2 + k);
    const at = rows.find((row) => value(row, start.column) === 2_000_000) as number;
    const maintenance = model.results().monthlyMaintenance;
    expectNear(value(at, start.column + 1), 1200 + maintenance, 6);
    expectNear(value(at, start.column + 2), 2912.7 + maintenance, 6);
    expect(value(at, start.column + 3)).toBe("");
    const listed = rows.map((row) => value(row, start.column + 3)).filter((cell) => cell !== "");
    expect(Math.min(...(listed as number[]))).toBe(5_000_000);
  });

  it("says none where one GPU at capacity costs more a request than per token", () => {
    // $50 a GPU-hour: $36,500 a month for 7,358,400 requests, $0.005 a request against $0.0006.
    const model = answered({});
    model.set("gpuHourlyPrice", "50");
    model.set("gpuHourlyPriceHigh", "50");
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-05" });
    const sheet = evaluatePlan(plan);
    const end = parseAddress((plan.blocks.gpus ?? "").split(":")[1]);
    expect(sheet.value(address(end.row - 1, end.column))).toBe("none of these volumes");
  });
});

describe("the dedicated GPUs' low and high, on the written sheet", () => {
  /** The monthly cost of the GPUs a volume needs, by independent arithmetic (SPEC 3.11, prefill 5 × decode). */
  const gpuCost = (volume: number, prompt: number, output: number, price: number, speed: number, share: number) => {
    const seconds = prompt / (5 * speed) + output / speed;
    return Math.max(1, Math.ceil((volume * seconds) / (730 * 3600 * share))) * 730 * price;
  };

  it("span the lowest volume on the best GPUs to the highest on the worst, and are left out until priced", () => {
    // 30 million requests a month: several GPUs at every end, so the volume moves the count too.
    const model = answered({ requestsPerMonth: "30000000" });
    const answers = model.answers();
    const plan = buildSheetPlan(answers, { scope: "model", date: "2026-12-05" });
    const sheet = evaluatePlan(plan);
    const range = parseAddress(plan.where.figures.dedicatedRange as string);
    const row = () => [0, 1, 2].map((k) => sheet.value(address(range.row, range.column + k)));
    const fourth = () => {
      const top = parseAddress(plan.where.figures.compareRisk as string);
      return [1, 2].map((k) => sheet.value(address(top.row + 4, top.column + k)));
    };
    // Not priced: a row of 0s, which FT_COMPARE_RISK reads as the cost left out.
    expect(row()).toEqual([0, 0, 0]);
    expect(fourth()[0]).toBe(0);
    expect(fourth()[1]).toBeInstanceOf(DetailedCellError);

    // Ticked on the sheet itself: the row and the simulation's fourth row follow.
    sheet.set(plan.where.inputs.servedOnGpus as string, "=TRUE()");
    const value = (key: AnswerKey) => {
      const typed = String(model.value(key));
      return Number(typed.replace("%", "")) / (typed.endsWith("%") ? 100 : 1);
    };
    const [prompt, output] = [value("ftInputTokens"), value("outputTokens")];
    const expected = [
      gpuCost(
        value("volumeLow"),
        prompt,
        output,
        value("gpuHourlyPriceLow"),
        value("gpuTokensPerSecondHigh"),
        value("gpuUtilizationHigh"),
      ),
      gpuCost(
        value("requestsPerMonth"),
        prompt,
        output,
        value("gpuHourlyPrice"),
        value("gpuTokensPerSecond"),
        value("gpuUtilization"),
      ),
      gpuCost(
        value("volumeHigh"),
        prompt,
        output,
        value("gpuHourlyPriceHigh"),
        value("gpuTokensPerSecondLow"),
        value("gpuUtilizationLow"),
      ),
    ];
    // Published figures: $2.69 to $8, 3,500 to 15,000 tokens a second, 15 % to 65 % in use.
    expect([value("gpuHourlyPriceLow"), value("gpuTokensPerSecondHigh"), value("gpuUtilizationLow")]).toEqual([
      2.69, 15000, 0.15,
    ]);
    row().forEach((cell, k) => expectNear(cell as number, expected[k], 9));
    expect(expected[0]).toBeLessThan(expected[1]);
    expect(expected[2] / expected[1]).toBeGreaterThan(5);
    const [chance, low] = fourth();
    expect(typeof chance).toBe("number");
    expect(typeof low).toBe("number");
  });
});

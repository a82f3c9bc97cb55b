/**
 * The workload answers an imported usage log gives the questionnaire (SPEC 3.13): requests per
 * month, tokens per request, the cached share where the export has cached tokens, and the lowest
 * and highest whole month as the volume's range, against WORKLOAD's engine and sums written here.
 */
import * as fs from "fs";
import * as path from "path";
import { workload } from "../../src/engine";
import { followed } from "../../src/sheet/bindings";
import { Questionnaire } from "../../src/taskpane/questionnaire";
import { UsageImport, workloadAnswers } from "../../src/taskpane/usageImport";
import type { PaneView, UsageReviewView } from "../../src/taskpane/view";
import type { WorkbookWriter } from "../../src/taskpane/writer";
import type { SheetLayout } from "../../src/sheet/layout";
import { forModel, readUsageText, type UsageLog } from "../../src/usage";

const FIXTURES = path.join(__dirname, "..", "fixtures", "usage");

function read(file: string): UsageLog {
  const log = readUsageText(fs.readFileSync(path.join(FIXTURES, file), "utf8"), file);
  if ("error" in log) throw new Error(log.error);
  return log;
}

describe("the workload answers of a usage log", () => {
  it("an OpenAI export: volume, tokens, the cached share of input, and the range of whole months", () => {
    const log = read("openai-usage.json");
    const summary = workload(log);
    const { answers, words } = workloadAnswers(log);
    const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
    const cached = log.cachedInputTokens;
    if (!cached) throw new Error("the fixture has cached tokens");
    const requests = summary.months.map((month) => month.requests);
    expect(answers).toEqual({
      requestsPerMonth: String(Math.round(summary.requestsPerMonth)),
      inputTokens: String(Math.round(sum(log.inputTokens) / sum(log.requests ?? new Float64Array()))),
      outputTokens: String(Math.round(sum(log.outputTokens) / sum(log.requests ?? new Float64Array()))),
      cachedShare: String(Math.round((sum(cached) / sum(log.inputTokens)) * 10_000) / 10_000),
      volumeLow: String(Math.min(...requests)),
      volumeHigh: String(Math.max(...requests)),
    });
    expect(words).toMatch(
      /^[\d,]+ requests a month \(the mean of \d+ whole months\), [\d,]+ input and [\d,]+ output tokens/,
    );
  });

  it("a log of fewer than two whole months: the volume's range at half and one and a half times it", () => {
    const text =
      "startTime,model,prompt_tokens,completion_tokens\n" +
      Array.from({ length: 40 }, (_, d) => `2026-11-${String((d % 20) + 1).padStart(2, "0")}T10:00:00Z,a,100,10`).join(
        "\n",
      );
    const log = readUsageText(text, "short.csv");
    if ("error" in log) throw new Error(log.error);
    const { answers } = workloadAnswers(log);
    // 40 requests over 20 days, scaled to 30.4375 days; the range is the volume's, as the questions
    // start it, so that it follows the volume (FOLLOWS) in the pane and on a written sheet.
    const volume = Math.round((40 / 20) * 30.4375);
    expect([answers.requestsPerMonth, answers.volumeLow, answers.volumeHigh]).toEqual([
      String(volume),
      String(followed("volumeLow", volume)),
      String(followed("volumeHigh", volume)),
    ]);
  });

  it("a spend log of one model: no cached share, and answers the questionnaire takes as valid", () => {
    const log = read("litellm-spend-logs.csv");
    const kept = forModel(log, log.models[0]);
    const { answers } = workloadAnswers(kept);
    expect(answers.cachedShare).toBeUndefined();
    const model = new Questionnaire();
    for (const [key, value] of Object.entries(answers)) model.set(key as never, value);
    expect(model.invalidAnswers()).toEqual({});
    expect(model.value("requestsPerMonth")).toBe(String(Math.round(workload(kept).requestsPerMonth)));
  });
});

describe("a log too long for the host's sheet", () => {
  /** What the pane shows, as the import tells its view. */
  class StubView {
    statuses: { message: string; kind: string }[] = [];
    reviews: UsageReviewView[] = [];
    plans: string[] = [];
    showStatus(message: string, kind: string): void {
      this.statuses.push({ message, kind });
    }
    showUsageReview(review: UsageReviewView): void {
      this.reviews.push(review);
    }
    showUsagePlan(plan: string): void {
      this.plans.push(plan);
    }
    hideUsageReview(): void {}
  }

  /** A LiteLLM spend log: a request a day for each of `models` models through November 2026. */
  function spendLog(models: number): string {
    const lines = ["startTime,model,prompt_tokens,completion_tokens"];
    for (let d = 1; d <= 30; d++) {
      for (let m = 0; m < models; m++) lines.push(`2026-11-${String(d).padStart(2, "0")} 10:00:00,model-${m},1000,200`);
    }
    return `${lines.join("\n")}\n`;
  }

  const file = (text: string) => ({ name: "spend.csv", size: text.length, text: () => Promise.resolve(text) });

  it("is summed per day and model; where even that does not fit, nothing is written and the pane says to keep one model", async () => {
    const view = new StubView();
    const written: SheetLayout[] = [];
    // A host that takes 40 rows of a log: 3 models over 30 days are 90 rows, and 90 summed per day and model.
    const writer = {
      maxImportRows: 40,
      writeNewSheet: (_: string, layout: SheetLayout) => {
        written.push(layout);
        return Promise.resolve("Usage");
      },
    } as unknown as WorkbookWriter;
    let answers: Record<string, string> | undefined;
    const usage = new UsageImport(
      view as unknown as PaneView,
      writer,
      (taken) => {
        answers = taken;
        return undefined;
      },
      undefined,
    );
    await usage.importFile(file(spendLog(3)));
    expect(view.reviews.at(-1)?.plan).toBe(
      "Write usage sheet cannot add a sheet: all models, 90 rows, are 90 even summed per day and model, and this " +
        "workbook takes at most 40: keep one model, or import a shorter period.",
    );
    await usage.write();
    expect(written).toHaveLength(0);
    expect(answers).toBeUndefined();
    expect(view.statuses.at(-1)).toEqual({
      message:
        "The usage sheet was not written: all models, 90 rows, are 90 even summed per day and model, and this " +
        "workbook takes at most 40: keep one model, or import a shorter period.",
      kind: "error",
    });
    // One model's 30 days fit: its sheet is written, and its answers taken.
    usage.chooseModel("model-1");
    expect(view.plans.at(-1)).toMatch(
      /^Write usage sheet adds a new worksheet, “Usage” \(numbered where the name is taken\): model-1, 30 rows as read/,
    );
    await usage.write();
    expect(written).toHaveLength(1);
    expect(answers?.requestsPerMonth).toBe("30");
  });

  it("offers each model with its requests counted in words, and a log that names none as all models alone", async () => {
    const view = new StubView();
    const writer = { maxImportRows: 1000, writeNewSheet: () => Promise.resolve("Usage") } as unknown as WorkbookWriter;
    const usage = new UsageImport(view as unknown as PaneView, writer, () => undefined, undefined);
    const text =
      "startTime,model,prompt_tokens,completion_tokens\n2026-11-01 10:00,a,1,1\n2026-11-02 10:00,b,1,1\n2026-11-03 10:00,b,1,1\n";
    await usage.importFile({ name: "two.csv", size: text.length, text: () => Promise.resolve(text) });
    expect(view.reviews.at(-1)?.models).toEqual([
      { value: "", label: "All models (3 requests)" },
      { value: "b", label: "b (2 requests)" },
      { value: "a", label: "a (1 request)" },
    ]);
    // Mapped without a model column, the rows name no model.
    const mapped = "When,In,Out\n2026-11-01,1,1\n2026-11-02,1,1\n";
    const store = new Map<string, string>();
    const noModel = new UsageImport(view as unknown as PaneView, writer, () => undefined, {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    });
    await noModel.importFile({ name: "mapped.csv", size: mapped.length, text: () => Promise.resolve(mapped) });
    await noModel.map({ date: "When", inputTokens: "In", outputTokens: "Out" });
    expect(view.reviews.at(-1)?.models).toEqual([{ value: "", label: "All models (2 requests)" }]);
  });
});

/** The dates a price file gives its models, beside the catalogue's. */
import { catalogueEntry } from "../../src/engine";
import {
  dateDifferences,
  isFineTunedId,
  looksCurrent,
  readFileDates,
  snapshotYear,
  undatedName,
  withoutFineTuning,
} from "../../src/prices/fileDates";

describe("readFileDates", () => {
  it("reads litellm's deprecation_date, by the file's key", () => {
    const dates = readFileDates(
      {
        sample_spec: { mode: "chat", deprecation_date: "date when the model becomes deprecated" },
        last_updated: "2026-07-24T18:23:43+00:00",
        "gpt-x": { mode: "chat", deprecation_date: "2026-12-11" },
        "gpt-y": { mode: "chat" },
        "gpt-z": { mode: "chat", deprecation_date: "2026-02-30" },
        "gpt-w": { mode: "chat", deprecation_date: 20261211 },
      },
      "litellm",
    );
    expect([...dates]).toEqual([["gpt-x", { endsOn: "2026-12-11" }]]);
  });

  it("reads genai-prices' deprecated flag, by provider and model as the reader names them", () => {
    const dates = readFileDates(
      [
        {
          id: "openai",
          models: [
            { id: "gpt-4-vision-preview", deprecated: true },
            { id: "gpt-4o", deprecated: false },
            { id: "gpt-5", prices: {} },
          ],
        },
        { id: "google", models: [{ id: "gemini-2.5-flash-preview", deprecated: true }] },
      ],
      "genai-prices",
    );
    expect([...dates]).toEqual([
      ["openai/gpt-4-vision-preview", { deprecated: true }],
      ["google/gemini-2.5-flash-preview", { deprecated: true }],
    ]);
  });

  it("gives nothing for a CSV, or for data of another shape", () => {
    expect(readFileDates(undefined, "csv").size).toBe(0);
    expect(readFileDates([{ id: "openai", models: [{ id: "x", deprecated: true }] }], "litellm").size).toBe(0);
    expect(readFileDates({ "gpt-x": { deprecation_date: "2026-12-11" } }, "genai-prices").size).toBe(0);
    expect(readFileDates([null, { id: "openai", models: "none" }, { models: [null] }], "genai-prices").size).toBe(0);
  });

  it("the docblock's example", () => {
    expect(readFileDates({ "gpt-x": { mode: "chat", deprecation_date: "2026-12-11" } }, "litellm")).toEqual(
      new Map([["gpt-x", { endsOn: "2026-12-11" }]]),
    );
  });
});

describe("dateDifferences", () => {
  const DAY = "2026-12-06";
  const gpt4o = { deprecatedOn: "2026-09-11", retiresOn: "2027-01-14" };

  it("litellm's deprecation_date agrees with the entry's retirement or its deprecation date", () => {
    expect(dateDifferences(gpt4o, { endsOn: "2027-01-14" }, DAY)).toEqual([]);
    expect(dateDifferences(gpt4o, { endsOn: "2026-09-11" }, DAY)).toEqual([]);
    expect(dateDifferences(gpt4o, { endsOn: "2026-10-14" }, DAY)).toEqual([
      { kind: "retires on", catalogue: "2027-01-14 (deprecated 2026-09-11)", file: "2026-10-14" },
    ]);
    expect(dateDifferences({}, { endsOn: "2027-03-05" }, DAY)).toEqual([
      { kind: "retires on", catalogue: "none", file: "2027-03-05" },
    ]);
  });

  it("genai-prices' deprecated flag agrees with a model deprecated or retired on the day", () => {
    expect(dateDifferences(gpt4o, { deprecated: true }, DAY)).toEqual([]);
    expect(dateDifferences(gpt4o, { deprecated: true }, "2027-02-01")).toEqual([]);
    expect(dateDifferences(gpt4o, { deprecated: true }, "2026-09-10")).toEqual([
      { kind: "deprecation", catalogue: "active (deprecated from 2026-09-11)", file: "deprecated" },
    ]);
    expect(dateDifferences({}, { deprecated: true }, DAY)).toEqual([
      { kind: "deprecation", catalogue: "active", file: "deprecated" },
    ]);
  });

  it("a file that says nothing contradicts nothing", () => {
    expect(dateDifferences(gpt4o, undefined, DAY)).toEqual([]);
    expect(dateDifferences({}, {}, DAY)).toEqual([]);
  });

  it("reads a catalogue entry as it is", () => {
    const sonnet4 = catalogueEntry("claude-sonnet-4")!;
    expect(dateDifferences(sonnet4, { endsOn: "2026-05-14" }, DAY)).toEqual([
      { kind: "retires on", catalogue: "2026-06-15 (deprecated 2026-04-14)", file: "2026-05-14" },
    ]);
  });

  it("the docblock's example", () => {
    expect(dateDifferences(gpt4o, { endsOn: "2026-10-14" }, "2026-12-06")).toEqual([
      { kind: "retires on", catalogue: "2027-01-14 (deprecated 2026-09-11)", file: "2026-10-14" },
    ]);
  });
});

describe("the names of the models a catalogue lacks", () => {
  it("fine-tuned ids, as litellm and genai-prices write them, and their base model", () => {
    expect(["ft:gpt-4o-2024-08-06", "openai/ft:gpt-4o", "gpt-4o", "gift:x"].map(isFineTunedId)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(withoutFineTuning("ft:gpt-4o-2024-08-06")).toBe("gpt-4o-2024-08-06");
    expect(withoutFineTuning("openai/ft:gpt-4o")).toBe("openai/gpt-4o");
  });

  it("the year of a dated snapshot, written with or without dashes", () => {
    expect(snapshotYear("gpt-4o-2024-08-06")).toBe(2024);
    expect(snapshotYear("claude-3-5-haiku-20241022")).toBe(2024);
    expect(snapshotYear("azure/gpt-5.1-chat-2025-11-13")).toBe(2025);
    // Not dates: OpenAI's month-day suffixes, Google's month-year ones, versions.
    expect(snapshotYear("gpt-4-0613")).toBeUndefined();
    expect(snapshotYear("gemini-2.5-flash-preview-09-2025")).toBeUndefined();
    expect(snapshotYear("gpt-5.4")).toBeUndefined();
    expect(snapshotYear("model-20241399")).toBeUndefined();
  });

  it("the name regional deployments and dated snapshots share", () => {
    expect(undatedName("azure/eu/gpt-5.1-chat")).toBe("gpt-5.1-chat");
    expect(undatedName("azure/gpt-5.1-chat-2025-11-13")).toBe("gpt-5.1-chat");
    expect(undatedName("Claude-4-Opus-20250514")).toBe("claude-4-opus");
    expect(undatedName("gpt-4-0613")).toBe("gpt-4-0613");
  });

  it("looks current: not fine-tuned, not a snapshot older than last year, not past its end, not deprecated", () => {
    const FILE = "2026-07-24";
    expect(looksCurrent("gpt-7-preview", undefined, FILE)).toBe(true);
    expect(looksCurrent("gpt-7-preview-2025-01-01", undefined, FILE)).toBe(true);
    expect(looksCurrent("gpt-4-turbo-2024-04-09", undefined, FILE)).toBe(false);
    expect(looksCurrent("ft:gpt-7-2026-07-01", undefined, FILE)).toBe(false);
    expect(looksCurrent("o1-preview", { endsOn: "2025-07-28" }, FILE)).toBe(false);
    expect(looksCurrent("o1-preview", { endsOn: FILE }, FILE)).toBe(false);
    expect(looksCurrent("o3", { endsOn: "2026-07-25" }, FILE)).toBe(true);
    expect(looksCurrent("openai/gpt-4-vision-preview", { deprecated: true }, FILE)).toBe(false);
  });

  it("the docblock's example", () => {
    expect(looksCurrent("gpt-4-turbo-2024-04-09", undefined, "2026-07-24")).toBe(false);
  });
});

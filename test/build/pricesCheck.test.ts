/** `npm run prices:check -- FILE`: the catalogue against a price file, run as the analyst runs it. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PRICE_CATALOGUE } from "../../src/engine";
import { ROOT } from "../helpers/dist";

const FIXTURES = path.join(ROOT, "test/fixtures/prices");
const LITELLM = path.join(FIXTURES, "litellm-check.json");
const GENAI = path.join(FIXTURES, "genai-check.json");
/** The day every run takes for today, unless a test says otherwise. */
const TODAY = "2026-12-06";

interface Run {
  status: number | null;
  lines: string[];
  stderr: string;
}

/** Runs the script with its arguments, AICOST_TODAY giving today. */
function check(args: string[], today = TODAY): Run {
  const env = { ...process.env, AICOST_TODAY: today };
  const run = spawnSync(process.execPath, ["scripts/prices-check.js", ...args], { cwd: ROOT, encoding: "utf8", env });
  return { status: run.status, lines: run.stdout.split("\n").filter((line) => line !== ""), stderr: run.stderr };
}

const starting = (lines: string[], start: string): string[] => lines.filter((line) => line.startsWith(start));

describe("prices:check on a litellm file", () => {
  let run: Run;
  beforeAll(() => {
    run = check([LITELLM, "--as-of", "2026-07-24"]);
  });

  it("exits 0 without --strict: differences are findings", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("states the file's date, where it comes from, and that the file is old", () => {
    expect(run.lines.slice(0, 3)).toEqual([
      "file  litellm-check.json: litellm price file (model_prices_and_context_window.json), 15 models read, " +
        "1 entry skipped",
      "file dated 2026-07-24 (from --as-of); compared with the catalogue's prices in force on 2026-12-06 " +
        "(today, from AICOST_TODAY)",
      "warning: the file is 135 days old: prices may have changed since 2026-07-24; compare a fresh copy before " +
        "relying on it",
    ]);
  });

  it("prints each price that differs without a documented reason, fine-tuned prices from ft: entries included", () => {
    expect(starting(run.lines, "differs")).toEqual([
      "differs  gpt-4o-mini  ft_output  catalogue 1.2  file 1.5",
      "differs  claude-opus-5  output  catalogue 25  file 30",
    ]);
  });

  it("compares deprecation_date with the catalogue's retirement and deprecation dates", () => {
    // claude-opus-4-1-20250805's deprecation_date is the catalogue's retirement date: it agrees.
    expect(starting(run.lines, "date differs")).toEqual([
      "date differs  gpt-5.4  retires on  catalogue none  file 2027-03-05",
      "date differs  claude-sonnet-4  retires on  catalogue 2026-06-15 (deprecated 2026-04-14)  file 2026-05-14  " +
        "(file: claude-sonnet-4-20250514)",
    ]);
  });

  it("says where the file lists a fine-tuned model the catalogue says cannot be bought", () => {
    expect(starting(run.lines, "fine-tuning differs")).toEqual([
      "fine-tuning differs  gpt-5.4  catalogue not offered  file lists ft:gpt-5.4-2026-03-05",
    ]);
  });

  it("shows the catalogue's documented changes as such: luna's price before the cut the file predates", () => {
    const note = "earlier: the price before OpenAI's 80 % cut of 2026-07-30, which the file predates";
    expect(starting(run.lines, "documented")).toEqual([
      `documented  gpt-5.6-luna  input  catalogue 0.2  file 1  ${note}`,
      `documented  gpt-5.6-luna  output  catalogue 1.2  file 6  ${note}`,
      `documented  gpt-5.6-luna  cached_input  catalogue 0.02  file 0.1  ${note}`,
    ]);
  });

  it("shows the prices the catalogue leaves blank on purpose: gpt-5.5's long-context rates", () => {
    const note = "in litellm alone: left out until a second reference gives them";
    expect(starting(run.lines, "left blank")).toEqual([
      `left blank  gpt-5.5  long_context_threshold  file 272000  ${note}`,
      `left blank  gpt-5.5  long_input  file 10  ${note}`,
      `left blank  gpt-5.5  long_output  file 45  ${note}`,
    ]);
  });

  it("lists only current models of the catalogue's providers, and counts the rest", () => {
    expect(starting(run.lines, "not in catalogue")).toEqual([
      "not in catalogue  gpt-7-preview  openai  input 3  output 20",
    ]);
    expect(starting(run.lines, "and ")).toEqual([
      // gpt-4-turbo-2024-04-09 (a 2024 snapshot), o1-preview (deprecation_date 2025-07-28)
      "and 2 older or retired models of those providers, not listed",
      // gpt-7-preview-2026-07-01 (a snapshot of gpt-7-preview), azure/eu/gpt-5.4 (a regional gpt-5.4)
      "and 2 other spellings of catalogue or listed models (regional, dated or fine-tuned), not listed",
      // mistral/mistral-large
      "and 1 model of providers the catalogue does not sell (or of none named), not compared",
    ]);
  });

  it("lists the catalogue models the file lacks with their status, and ends with a summary", () => {
    const absent = starting(run.lines, "not in file");
    expect(absent).toContain("not in file  claude-3.5-haiku  retired");
    expect(absent).toContain("not in file  gpt-6-sol  active");
    expect(absent).not.toContain("not in file  gpt-5.4  active");
    expect(absent).toHaveLength(PRICE_CATALOGUE.length - 7);
    expect(run.lines[run.lines.length - 1]).toBe(
      "summary: 5 differences in 4 catalogue models, 2 active models among them; 3 documented prices; " +
        "3 prices left blank; 1 current model not in the catalogue (openai 1) and 2 older; " +
        `${PRICE_CATALOGUE.length - 7} catalogue models not in the file.`,
    );
  });

  it("prints the groups in order: real differences, documented, left blank, unknown models, absent ones", () => {
    const first = (start: string) => run.lines.findIndex((line) => line.startsWith(start));
    const order = ["differs", "date differs", "fine-tuning differs", "documented", "left blank", "not in catalogue"];
    const at = [...order, "and ", "not in file", "summary:"].map(first);
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("--strict exits 1 and names each undocumented difference of a model active today", () => {
    // gpt-4o-mini (deprecated) and claude-sonnet-4 (retired) differ too, but are not active.
    const strict = check([LITELLM, "--as-of", "2026-07-24", "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.lines.slice(-3)).toEqual([
      "strict fails  claude-opus-5  output",
      "strict fails  gpt-5.4  retires on",
      "strict: fails: 2 prices or dates of 2 active models differ without a documented reason",
    ]);
  });
});

describe("prices:check on a genai-prices file", () => {
  let run: Run;
  beforeAll(() => {
    run = check([GENAI, "--as-of", "2026-07-25", "--strict"]);
  });

  it("shows the cancelled claude-sonnet-5 rise the file still has from 2026-09-01 as documented", () => {
    const note =
      "cancelled: the rise Anthropic announced for 2026-09-01 and cancelled (its pricing page, 2026-08-18 on)";
    expect(starting(run.lines, "documented  claude-sonnet-5")).toEqual([
      `documented  claude-sonnet-5  input  catalogue 2  file 3  ${note}`,
      `documented  claude-sonnet-5  output  catalogue 10  file 15  ${note}`,
      `documented  claude-sonnet-5  cached_input  catalogue 0.2  file 0.3  ${note}`,
      `documented  claude-sonnet-5  cache_write  catalogue 2.5  file 3.75  ${note}`,
    ]);
    expect(run.lines.filter((line) => line.includes("differs  claude-sonnet-5"))).toEqual([]);
  });

  it("shows terra's pre-cut prices and gemini-3.6-flash's scheduled ones as documented", () => {
    expect(starting(run.lines, "documented  gpt-5.6-terra").map((line) => line.split("  ").slice(2, 5))).toEqual([
      ["input", "catalogue 2", "file 2.5"],
      ["output", "catalogue 12", "file 15"],
      ["cached_input", "catalogue 0.2", "file 0.25"],
      ["cache_write", "catalogue 2.5", "file 3.125"],
    ]);
    expect(starting(run.lines, "documented  gemini-3.6-flash  input")).toEqual([
      "documented  gemini-3.6-flash  input  catalogue 0.75  file 1.5  schedule: the catalogue's scheduled price from 2027-01-01",
    ]);
  });

  it("folds openai/ft: models into their base model's fine-tuned prices", () => {
    expect(starting(run.lines, "differs")).toEqual([
      "differs  gpt-4o-mini  ft_output  catalogue 1.2  file 1.5  (file: openai/gpt-4o-mini)",
    ]);
    expect(run.lines.filter((line) => line.includes("ft:gpt-4o-mini"))).toEqual([]);
  });

  it("a model marked deprecated agrees with one the catalogue has deprecated; one unknown and deprecated is counted", () => {
    expect(starting(run.lines, "date differs")).toEqual([]);
    expect(starting(run.lines, "not in catalogue")).toEqual([
      "not in catalogue  openai/gpt-7  openai  input 3  output 20",
    ]);
    expect(run.lines).toContain("and 1 older or retired model of those providers, not listed");
  });

  it("--strict exits 0 when every difference of an active model is documented", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.lines[run.lines.length - 1]).toBe(
      "strict: passes: no price or date of an active model differs without a documented reason",
    );
  });

  it("reads the file's dated prices for the day compared, as the catalogue's", () => {
    // On 2026-08-25 the file's own rise (from 2026-09-01) is not yet in force: it agrees with the catalogue.
    const august = check([GENAI, "--as-of", "2026-07-25"], "2026-08-25");
    expect(august.status).toBe(0);
    expect(august.lines.filter((line) => line.split("  ")[1] === "claude-sonnet-5")).toEqual([]);
  });

  it("--strict exits 1 when the file marks deprecated a model the catalogue has active", () => {
    const file = written(
      "deprecated.json",
      JSON.stringify([
        {
          id: "anthropic",
          models: [{ id: "claude-haiku-4-5", deprecated: true, prices: { input_mtok: 1, output_mtok: 5 } }],
        },
      ]),
    );
    const strict = check([file, "--as-of", "2026-11-30", "--strict"]);
    expect(strict.status).toBe(1);
    expect(starting(strict.lines, "date differs")).toEqual([
      "date differs  claude-haiku-4.5  deprecation  catalogue active  file deprecated  (file: anthropic/claude-haiku-4-5)",
    ]);
    expect(starting(strict.lines, "strict fails")).toEqual(["strict fails  claude-haiku-4.5  deprecation"]);
  });
});

describe("prices:check and the file's date", () => {
  it("without --as-of, says that the file carries no date and compares as of today", () => {
    const { status, lines } = check([LITELLM]);
    expect(status).toBe(0);
    expect(lines[1]).toBe(
      "the file carries no date (--as-of YYYY-MM-DD gives it): compared as of today, with the catalogue's " +
        "prices in force on 2026-12-06 (today, from AICOST_TODAY)",
    );
    expect(starting(lines, "warning")).toEqual([]);
    // Taken as dated today, the file no longer predates luna's cut, but shows the price before it: still documented.
    expect(starting(lines, "differs  gpt-5.6-luna")).toEqual([]);
    expect(starting(lines, "documented  gpt-5.6-luna  input")).toEqual([
      expect.stringContaining(
        "the price before OpenAI's 80 % cut of 2026-07-30, which the file has not taken though dated after it",
      ),
    ]);
  });

  it("warns when the file is more than 90 days old on the day given by AICOST_TODAY", () => {
    expect(starting(check([LITELLM, "--as-of", "2026-09-07"]).lines, "warning")).toEqual([]);
    expect(starting(check([LITELLM, "--as-of", "2026-09-06"]).lines, "warning")).toEqual([
      "warning: the file is 91 days old: prices may have changed since 2026-09-06; compare a fresh copy before " +
        "relying on it",
    ]);
    expect(starting(check([LITELLM, "--as-of", "2026-09-06"], "2026-12-04").lines, "warning")).toEqual([]);
  });

  it("takes the date a CSV's as-of row gives over --as-of, and sets aside one after today", () => {
    const dated = written("dated.csv", "as of,2026-07-24\nmodel,input,output,cached input\ngpt-5.6-luna,1,6,0.1\n");
    const { status, lines } = check([dated, "--as-of", "2026-11-30"]);
    expect(status).toBe(0);
    expect(lines[1]).toBe(
      "file dated 2026-07-24 (from its contents, not --as-of 2026-11-30); compared with the catalogue's prices " +
        "in force on 2026-12-06 (today, from AICOST_TODAY)",
    );
    expect(starting(lines, "warning: the file is 135 days old")).toHaveLength(1);
    expect(starting(lines, "documented  gpt-5.6-luna")).toHaveLength(3);

    const future = written("future.csv", "as of,2027-01-30\nmodel,input,output,cached input\ngpt-5.6-luna,1,6,0.1\n");
    const later = check([future, "--as-of", "2026-11-30"]);
    expect(later.lines.slice(1, 3)).toEqual([
      "the file's contents date it 2027-01-30, after today: that date is not used",
      "file dated 2026-11-30 (from --as-of); compared with the catalogue's prices in force on 2026-12-06 " +
        "(today, from AICOST_TODAY)",
    ]);
    // Dated after luna's cut yet showing the prices before it: documented, the file has not taken the cut.
    expect(starting(later.lines, "differs  gpt-5.6-luna")).toHaveLength(0);
    expect(starting(later.lines, "documented  gpt-5.6-luna")).toHaveLength(3);
  });

  it("reads a CSV in the price_table order too", () => {
    const { status, lines } = check([path.join(FIXTURES, "prices.csv")]);
    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^file {2}prices\.csv: CSV in price_table column order, /);
    expect(lines.filter((line) => /^(differs|date differs|documented|left blank)/.test(line))).toEqual([]);
    expect(lines).toContain("and 2 models of providers the catalogue does not sell (or of none named), not compared");
  });
});

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "prices-check-"));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));
function written(name: string, content: string | Buffer): string {
  const file = path.join(temporary, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("prices:check compares nothing, exits 2 and says why in one line on stderr", () => {
  // Each case: what is given, the arguments (a function, so that its files are written when it runs), the
  // message, and the day AICOST_TODAY gives.
  const cases: [string, () => string[], RegExp, string][] = [
    ["no file", () => [], /^prices:check: usage: npm run prices:check -- FILE /, TODAY],
    [
      "a date that is none",
      () => [LITELLM, "--as-of", "tomorrow"],
      /^prices:check: --as-of takes a date YYYY-MM-DD\. /,
      TODAY,
    ],
    [
      "a day that is none",
      () => [LITELLM, "--as-of", "2026-02-30"],
      /^prices:check: --as-of 2026-02-30 is no calendar day/,
      TODAY,
    ],
    [
      "a date after today",
      () => [LITELLM, "--as-of", "2026-12-07"],
      /^prices:check: --as-of 2026-12-07 is after today \(2026-12-06\)/,
      TODAY,
    ],
    [
      "a today that is none",
      () => [LITELLM],
      /^prices:check: AICOST_TODAY takes a date YYYY-MM-DD; it reads 6\/12\/2026/,
      "6/12/2026",
    ],
    [
      "--strict on a file without a date of its own and no --as-of",
      () => [GENAI, "--strict"],
      /^prices:check: genai-check\.json carries no date of its own: --strict needs --as-of YYYY-MM-DD/,
      TODAY,
    ],
    [
      "a file that is not there",
      () => [path.join(FIXTURES, "none.json")],
      /^prices:check: cannot read .*none\.json: no such file\.$/,
      TODAY,
    ],
    ["a folder", () => [FIXTURES], /^prices:check: cannot read .*prices: it is a folder\.$/, TODAY],
    [
      "a file that is not JSON",
      () => [written("broken.json", '{"gpt-4o": ')],
      /^prices:check: broken\.json is not valid JSON: Unexpected end of JSON input\.$/,
      TODAY,
    ],
    [
      "JSON that is no price file",
      () => [written("other.json", '{"models": ["gpt-4o"]}')],
      /^prices:check: other\.json is neither litellm's price file /,
      TODAY,
    ],
    [
      "a binary file",
      () => [written("prices.json", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x7b]))],
      /^prices:check: prices\.json is not a text file \(it holds binary data\)/,
      TODAY,
    ],
    [
      "prices in the wrong unit",
      () => [
        written(
          "per-million.json",
          JSON.stringify({
            "gpt-x": { litellm_provider: "openai", mode: "chat", input_cost_per_token: 3, output_cost_per_token: 15 },
          }),
        ),
      ],
      /^prices:check: per-million\.json: every price is out of scale, such as gpt-x at \$3,000,000 per 1M tokens/,
      TODAY,
    ],
    [
      "a file whose every price is malformed",
      () => [
        written(
          "malformed-only.json",
          JSON.stringify({
            "gpt-x": {
              litellm_provider: "openai",
              mode: "chat",
              input_cost_per_token: "0.000001",
              output_cost_per_token: 2e-6,
            },
          }),
        ),
      ],
      /^prices:check: malformed-only\.json, entry "gpt-x", input_cost_per_token: expected a price ≥ 0 /,
      TODAY,
    ],
    [
      "a file of 50 MB or more",
      () => {
        const file = written("huge.json", "{}");
        fs.truncateSync(file, 50 * 1024 * 1024);
        return [file];
      },
      /^prices:check: huge\.json is 50 MB: a price file is under 50 MB/,
      TODAY,
    ],
  ];

  it.each(cases)("%s", (_what, args, message, today) => {
    const { status, lines, stderr } = check(args(), today);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

// The two reference price files (shared/reference-prices/, beside this repository) are not part of
// it: CI's clone lacks them, so these tests are skipped where the folder is absent.
const REFERENCE = path.join(ROOT, "../shared/reference-prices");
const withReferences = fs.existsSync(REFERENCE) ? describe : describe.skip;

withReferences("prices:check on the reference price files", () => {
  const ofModels = (lines: string[], ids: string[]) =>
    lines.filter((line) => ids.some((id) => line.split("  ")[1] === id));
  const CHANGED = ["gpt-5.6-luna", "gpt-5.6-terra", "claude-sonnet-5"];

  it("litellm's (2026-07-24): luna and terra at their price before the cut, documented; none of the three differs", () => {
    const { status, lines } = check([
      path.join(REFERENCE, "litellm-model_prices_and_context_window.json"),
      "--as-of",
      "2026-07-24",
    ]);
    expect(status).toBe(0);
    expect(starting(lines, "warning: the file is 135 days old")).toHaveLength(1);
    const found = ofModels(lines, CHANGED);
    expect(found.filter((line) => !line.startsWith("not in file"))).not.toEqual([]);
    expect(found.every((line) => line.startsWith("documented") && line.includes("  earlier: "))).toBe(true);
    expect(starting(lines, "documented  gpt-5.6-luna  input")).toEqual([
      "documented  gpt-5.6-luna  input  catalogue 0.2  file 1  earlier: the price before OpenAI's 80 % cut of " +
        "2026-07-30, which the file predates",
    ]);
    expect(starting(lines, "documented  gpt-5.6-terra  output")).toHaveLength(1);
    expect(lines[lines.length - 1]).toMatch(/^summary: /);
  });

  it("genai-prices' (snapshot of 2026-08-21): the cancelled sonnet-5 rise documented, not a difference", () => {
    const { status, lines } = check([path.join(REFERENCE, "genai-prices-data.json"), "--as-of", "2026-08-21"]);
    expect(status).toBe(0);
    expect(starting(lines, "warning: the file is 107 days old")).toHaveLength(1);
    const sonnet = ofModels(lines, ["claude-sonnet-5"]);
    expect(sonnet.length).toBeGreaterThan(0);
    expect(sonnet.every((line) => line.startsWith("documented") && line.includes("  cancelled: "))).toBe(true);
    expect(starting(lines, "documented  claude-sonnet-5  input  catalogue 2  file 3  cancelled: ")).toHaveLength(1);
    // The data.json of that snapshot was last built on 2026-07-25 (pydantic/genai-prices c885e328): dated
    // 2026-08-21, it shows luna's and terra's prices before the cut of 2026-07-30, which it has not taken.
    expect(starting(lines, "differs  gpt-5.6-luna")).toEqual([]);
    expect(starting(lines, "documented  gpt-5.6-luna  input")).toEqual([
      expect.stringContaining("which the file has not taken though dated after it"),
    ]);
  });

  it("genai-prices' data.json dated by its own last change (2026-07-25): none of the three differs", () => {
    const { status, lines } = check([path.join(REFERENCE, "genai-prices-data.json"), "--as-of", "2026-07-25"]);
    expect(status).toBe(0);
    const found = ofModels(lines, CHANGED).filter((line) => !line.startsWith("not in file"));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith("documented"))).toBe(true);
    expect(starting(lines, "documented  gpt-5.6-terra  input")).toEqual([
      "documented  gpt-5.6-terra  input  catalogue 2  file 2.5  earlier: the price before OpenAI's cut of " +
        "2026-07-30, which the file predates",
    ]);
  });
});

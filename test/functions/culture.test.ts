/**
 * Numeric text in the workbook's culture: read as Excel reads it there, refused rather than
 * misread when it is written the other way, and the separators read from Excel once, with calls
 * that hold text waiting for them.
 */
import "../../src/preview/customFunctionsRuntime";
import {
  ambiguousWhileUnknown,
  EN_US,
  parseNumericText,
  separatorsKnown,
  separatorsUnknown,
  useSeparators,
  writtenTheOtherWay,
} from "../../src/functions/culture";
import { call, callRange, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

const GERMAN = { decimal: ",", group: "." };
const FRENCH = { decimal: ",", group: "\u202f" };
const SWISS = { decimal: ".", group: "'" };

afterEach(() => useSeparators(EN_US));

describe("numeric text", () => {
  it("en-US until the workbook's separators are known: 5,000.5 and 5.000 (five)", () => {
    expect(parseNumericText("5,000.5")).toBe(5000.5);
    expect(parseNumericText("5.000")).toBe(5);
    expect(parseNumericText("-$1,200")).toBe(-1200);
    expectNear(parseNumericText("12.5%"), 0.125, 15);
  });

  it("in a German workbook 5.000 is five thousand and 2,5 is two and a half", () => {
    useSeparators(GERMAN);
    expect(parseNumericText("5.000")).toBe(5000);
    expect(parseNumericText("1.234.567,89")).toBe(1234567.89);
    expect(parseNumericText("2,5")).toBe(2.5);
    expectNear(parseNumericText("10%"), 0.1, 15);
    expect(parseNumericText("1e3")).toBe(1000);
  });

  it("a French workbook groups with a narrow no-break space, and accepts a plain space too", () => {
    useSeparators(FRENCH);
    expect(parseNumericText("1\u202f234,5")).toBe(1234.5);
    expect(parseNumericText("1 234,5")).toBe(1234.5);
  });

  it("a Swiss workbook groups with an apostrophe", () => {
    useSeparators(SWISS);
    expect(parseNumericText("1'234.5")).toBe(1234.5);
  });

  it("text written the other way is refused, never misread", () => {
    expect(writtenTheOtherWay("2,5")).toBe(true);
    expect(writtenTheOtherWay("1.234,5")).toBe(true);
    expect(writtenTheOtherWay("5,000")).toBe(false);
    expect(writtenTheOtherWay("abc")).toBe(false);
    useSeparators(GERMAN);
    expect(parseNumericText("1.5")).toBeUndefined();
    expect(writtenTheOtherWay("1.5")).toBe(true);
    expect(parseNumericText("1,234.5")).toBeUndefined();
    expect(writtenTheOtherWay("1,234.5")).toBe(true);
  });

  it("a sign and a dollar sign in either order; a number too large for Excel is no number", () => {
    expect(parseNumericText("$-5")).toBe(-5);
    expect(parseNumericText("-$5")).toBe(-5);
    expect(parseNumericText("-$-5")).toBeUndefined();
    expect(parseNumericText("1e400")).toBeUndefined();
  });

  it("a workbook that does not group digits still reads its decimal comma", () => {
    useSeparators({ decimal: ",", group: "" });
    expect(parseNumericText("2,5")).toBe(2.5);
    expect(parseNumericText("5.000")).toBeUndefined();
  });

  it("separators that cannot be told apart are ignored", () => {
    useSeparators({ decimal: ".", group: "." });
    useSeparators({ decimal: "1", group: "," });
    useSeparators({ decimal: "", group: "," });
    expect(parseNumericText("5,000.5")).toBe(5000.5);
  });

  it("a function reads its arguments that way, and says how the workbook writes numbers", () => {
    useSeparators(GERMAN);
    expectNear(call("REQUEST_COST", "5.000", "500", "3", "15"), 0.0225, 12);
    expectNear(call("REQUEST_COST", 5000, 500, "2,5", 15), (5000 * 2.5 + 500 * 15) / 1e6, 12);
    expect(call("REQUEST_COST", 5000, 500, "2.5", 15)).toEqual(
      valueError(
        'input_price must be a number ≥ 0 (US dollars per 1M tokens); got "2.5", not a number as this workbook ' +
          "writes them (1.234,5).",
      ),
    );
  });
});

describe("numeric text in each of the three states of the separators (SPEC 3.8)", () => {
  /** Text that a point-decimal and a comma-decimal workbook read as different numbers. */
  const AMBIGUOUS: [string, number, number][] = [
    // text, read with a decimal point, read with a decimal comma
    ["5.000", 5, 5000],
    ["5,000", 5000, 5],
    ["1,250", 1250, 1.25],
    ["1.250", 1.25, 1250],
    ["-$2,500", -2500, -2.5],
  ];
  /** Text only one convention reads, or both read alike. */
  const UNAMBIGUOUS: [string, number][] = [
    ["5000", 5000],
    ["12.5%", 0.125],
    ["17,500.25", 17500.25],
    ["17.500,25", 17500.25],
    ["2,5", 2.5],
    ["1,234,567", 1234567],
    ["1e3", 1000],
  ];
  const requestCost = (tokens: string) => call("REQUEST_COST", tokens, 500, 3, 15);
  const ambiguity = (text: string) =>
    valueError(
      `input_tokens is "${text}", two numbers until the workbook's separators are known: type it without them.`,
    );

  it("unknown (not yet read, timed out or unreadable): ambiguous text is refused, asking for no separators", () => {
    separatorsUnknown();
    expect(separatorsKnown()).toBe(false);
    for (const [text] of AMBIGUOUS) {
      expect([text, parseNumericText(text), ambiguousWhileUnknown(text)]).toEqual([text, undefined, true]);
      expect(requestCost(text)).toEqual(ambiguity(text));
    }
    for (const [text, value] of UNAMBIGUOUS) {
      expect([text, ambiguousWhileUnknown(text)]).toEqual([text, false]);
      expectNear(parseNumericText(text), value, 15);
    }
    // Read as one number, it computes: (5,000 x $3 + 500 x $15) / 1M.
    expectNear(requestCost("5000"), 0.0225, 12);
    // A price table's cell that is ambiguous is refused too, not taken for a header row.
    const table = [["custom-model", "2.500", "10"]];
    expect(call("MODEL_PRICE", "custom-model", "input", table)).toEqual(
      valueError(
        'price_table row 1, column 2 (input) is "2.500", two numbers until the workbook\'s separators are known: type it without them.',
      ),
    );
    // So is a total in the comparison a recommendation reads.
    const comparison = [
      ["Larger model", 0.02, 1, 0, "135.000", 0],
      ["Fine-tuned small model", 0.01, 1, 17500, 68500, 66500],
      ["Small model + memory", 0.01, 1, 0, 95600, 39400],
    ];
    expect(callRange("FT_RECOMMEND", "Fine-tune", comparison)).toEqual([
      [
        valueError(
          'comparison row 1, column 5 (total) is "135.000", two numbers until the workbook\'s separators are known: type it without them.',
        ),
      ],
    ]);
    // So is a cell of a range of low, most likely and high.
    expect(call("FT_SENSITIVITY", [["5.000", 30000]], 8000, 1250)).toEqual(
      valueError(
        'upfront_cost (low) is "5.000", two numbers until the workbook\'s separators are known: type it without them.',
      ),
    );
  });

  it("point-decimal (en-US): each text read the point's way, nothing ambiguous", () => {
    useSeparators(EN_US);
    expect(separatorsKnown()).toBe(true);
    for (const [text, point] of AMBIGUOUS) {
      expect([text, parseNumericText(text), ambiguousWhileUnknown(text)]).toEqual([text, point, false]);
    }
    expectNear(requestCost("5,000"), 0.0225, 12);
    expect(parseNumericText("17,500.25")).toBe(17500.25);
    // Written the comma's way: refused with the workbook's way of writing numbers.
    expect([parseNumericText("17.500,25"), writtenTheOtherWay("17.500,25")]).toEqual([undefined, true]);
  });

  it("comma-decimal (de-DE): each text read the comma's way, nothing ambiguous", () => {
    useSeparators(GERMAN);
    for (const [text, , comma] of AMBIGUOUS) {
      expect([text, parseNumericText(text), ambiguousWhileUnknown(text)]).toEqual([text, comma, false]);
    }
    expectNear(requestCost("5.000"), 0.0225, 12);
    expect(parseNumericText("17.500,25")).toBe(17500.25);
    expect([parseNumericText("17,500.25"), writtenTheOtherWay("17,500.25")]).toEqual([undefined, true]);
  });

  it("a cell of a range of low, most likely and high written the other way says so, as a single cell does", () => {
    useSeparators(GERMAN);
    expect(call("FT_SENSITIVITY", [["5000", "30000.5"]], 8000, 1250)).toEqual(
      valueError(
        'upfront_cost (high) must be a number ≥ 0 (US dollars); got "30000.5", not a number as this workbook ' +
          "writes them (1.234,5).",
      ),
    );
    // Read the workbook's way, the same cell is a number.
    const table = callRange("FT_SENSITIVITY", [["5000", "30000,5"]], 8000, 1250);
    expect(table.length).toBeGreaterThan(1);
    expect(table[1][1]).toBe(5000);
    expect(table[1][2]).toBe(30000.5);
  });
});

describe("a price table in the workbook's culture", () => {
  it("a first row written the other way is no header: it is refused with the workbook's way", () => {
    const table = [
      ["custom-model", "2,5", "10"],
      ["other-model", "1", "2"],
    ];
    expect(call("MODEL_PRICE", "custom-model", "input", table)).toEqual(
      valueError(
        "price_table row 1, column 2 (input) must be a price ≥ 0 (US dollars per 1M tokens, or per hour for hosting); " +
          'got "2,5", not a number as this workbook writes them (1,234.5).',
      ),
    );
    useSeparators(GERMAN);
    expect(call("MODEL_PRICE", "custom-model", "input", table)).toBe(2.5);
  });
});

describe("the workbook's separators, read from Excel once", () => {
  interface FakeExcel {
    useSystemSeparators: boolean;
    supported?: boolean;
    failing?: boolean;
  }
  const host = globalThis as unknown as { Office?: unknown; Excel?: unknown };

  /** Office and Excel globals as the runtime offers them, with a sync the test releases. */
  function installExcel(fake: FakeExcel): () => void {
    let release!: () => void;
    const synced = new Promise<void>((resolve) => (release = resolve));
    const application = {
      useSystemSeparators: fake.useSystemSeparators,
      decimalSeparator: ".",
      thousandsSeparator: "'",
      cultureInfo: { numberFormat: { numberDecimalSeparator: ",", numberGroupSeparator: ".", load() {} } },
      load() {},
    };
    host.Office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      context: { requirements: { isSetSupported: (name: string) => name === "ExcelApi" && fake.supported !== false } },
    };
    host.Excel = {
      run: (batch: (context: unknown) => Promise<void>) =>
        batch({
          application,
          sync: () => (fake.failing ? synced.then(() => Promise.reject(new Error("no"))) : synced),
        }),
    };
    return release;
  }

  afterEach(() => {
    delete host.Office;
    delete host.Excel;
  });

  async function firstCalls(fake: FakeExcel, text: string): Promise<{ waited: boolean; value: unknown }> {
    const release = installExcel(fake);
    let outcome: { waited: boolean; value: unknown } = { waited: false, value: undefined };
    // A single error is thrown, as Excel expects: the value is then what was thrown.
    const settled = (pending: unknown) =>
      Promise.resolve(pending).then(
        (cells) => (cells as unknown[][])[0][0],
        (thrown: unknown) => thrown,
      );
    await jest.isolateModulesAsync(async () => {
      const { excelFunction, readWorkbookSeparators } = await import("../../src/functions/excelHost");
      const { REQUEST_COST } = await import("../../src/functions/declarations");
      readWorkbookSeparators();
      const requestCost = excelFunction(REQUEST_COST);
      // Numbers alone never wait; text waits until the separators are known.
      expect(requestCost([[5000]], [[500]], [[3]], [[15]])).not.toBeInstanceOf(Promise);
      const pending = requestCost([[text]], [[500]], [[3]], [[15]]);
      const waited = pending instanceof Promise;
      release();
      outcome = { waited, value: await settled(pending) };
    });
    return outcome;
  }

  it("system separators: a German workbook reads 5.000 as five thousand", async () => {
    const { waited, value } = await firstCalls({ useSystemSeparators: true }, "5.000");
    expect(waited).toBe(true);
    expectNear(value, 0.0225, 12);
  });

  it("Excel's own separators when the analyst set them", async () => {
    const { value } = await firstCalls({ useSystemSeparators: false }, "5'000");
    expectNear(value, 0.0225, 12);
  });

  it("unknown where the runtime offers no ExcelApi 1.11, or the read fails: 5,000 is refused, 5000 read", async () => {
    const refused = {
      code: "#VALUE!",
      message: 'input_tokens is "5,000", two numbers until the workbook\'s separators are known: type it without them.',
    };
    for (const fake of [
      { useSystemSeparators: true, supported: false },
      { useSystemSeparators: true, failing: true },
    ]) {
      expect((await firstCalls(fake, "5,000")).value).toEqual(expect.objectContaining(refused));
      expectNear((await firstCalls(fake, "5000")).value, 0.0225, 12);
      expectNear((await firstCalls(fake, "17,500.25")).value, (17500.25 * 3 + 500 * 15) / 1e6, 12);
    }
  });

  it("unknown while the read takes longer than 3 seconds, then known once it answers", async () => {
    jest.useFakeTimers();
    try {
      installExcel({ useSystemSeparators: true });
      // The read never answers within the wait: sync is released only later.
      const host2 = globalThis as unknown as {
        Excel: { run: (batch: (context: unknown) => Promise<void>) => unknown };
      };
      let answer!: () => void;
      const late = new Promise<void>((resolve) => (answer = resolve));
      const run = host2.Excel.run;
      host2.Excel.run = (batch) =>
        run((context: unknown) => batch({ ...(context as object), sync: () => late } as unknown));
      await jest.isolateModulesAsync(async () => {
        const { excelFunction, readWorkbookSeparators } = await import("../../src/functions/excelHost");
        const { REQUEST_COST } = await import("../../src/functions/declarations");
        readWorkbookSeparators();
        const requestCost = excelFunction(REQUEST_COST);
        const pending = Promise.resolve(requestCost([["5.000"]], [[500]], [[3]], [[15]])).catch((e: unknown) => e);
        await jest.advanceTimersByTimeAsync(3000);
        expect(await pending).toEqual(expect.objectContaining({ code: "#VALUE!" }));
        // The late answer (a German workbook) is taken: nothing was guessed meanwhile.
        answer();
        await jest.advanceTimersByTimeAsync(0);
        const later = requestCost([["5.000"]], [[500]], [[3]], [[15]]);
        expectNear((await Promise.resolve(later))[0][0], 0.0225, 12);
      });
    } finally {
      jest.useRealTimers();
    }
  });
});

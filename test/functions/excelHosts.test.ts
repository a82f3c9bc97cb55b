/**
 * What real Excel passes to the built functions (dist/functions.js), on each host: the stand-in
 * hands cells over as Excel desktop or Excel on the web does (SPEC 3.8), and holds the results to
 * what Excel accepts. Each point of SPEC 3.8 is checked on both hosts.
 */
import * as vm from "vm";
import {
  createCustomFunctionsRuntime,
  type CustomFunctionsStandIn,
  type ExcelHostKind,
  type SheetArgument,
  type SheetCell,
} from "../../src/preview/customFunctionsRuntime";
import type { Metadata } from "../../src/functions/generators/metadata";
import { readDist } from "../helpers/dist";
import { expectNear } from "../helpers/tolerance";

let metadata: Metadata;
let bundle: string;
beforeAll(() => {
  metadata = JSON.parse(readDist("functions.json") as string) as Metadata;
  bundle = readDist("functions.js") as string;
});

/** A stand-in of the host with the built functions loaded into it. */
function excel(host: ExcelHostKind, shipped: object = metadata): CustomFunctionsStandIn {
  const runtime = createCustomFunctionsRuntime({ host, metadata: shipped });
  vm.runInContext(bundle, vm.createContext({ CustomFunctions: runtime, setTimeout }));
  return runtime;
}

const column = (...cells: SheetCell[]): SheetCell[][] => cells.map((cell) => [cell]);
const errorOf = (cell: unknown) => cell as { code: string; message?: string };

describe.each(["web", "desktop"] as const)("Excel %s", (host) => {
  let runtime: CustomFunctionsStandIn;
  beforeAll(() => (runtime = excel(host)));
  const evaluate = (id: string, ...args: SheetArgument[]) => runtime.evaluate(id, args);

  describe("an error cell in a range fails its own row only", () => {
    it("with the shipped metadata, #N/A from FT_BREAKEVEN stays in its row", async () => {
      const result = await evaluate("FT_BREAKEVEN", column(5000, 5000, 5000), column(8250, { error: "#N/A" }, 1650));
      expectNear(result[0][0], 5000 / 8250, 9);
      expect(errorOf(result[1][0]).code).toBe("#N/A");
      expectNear(result[2][0], 5000 / 1650, 9);
    });

    it("metadata without allowErrorForDataTypeAny would fail the whole formula, which is why it is shipped", async () => {
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      const { allowErrorForDataTypeAny: _, ...withoutFlag } = metadata;
      const result = await excel(host, withoutFlag).evaluate("FT_BREAKEVEN", [
        column(5000, 5000),
        column(8250, { error: "#N/A" }),
      ]);
      expect(result).toHaveLength(1);
      expect(errorOf(result[0][0]).code).toBe("#N/A");
    });
  });

  describe("an argument's error passes on by kind, as Excel's own functions pass it", () => {
    it.each(["#DIV/0!", "#NUM!", "#NULL!"])("%s comes out unchanged, without a message", async (code) => {
      const [[cell]] = await evaluate("REQUEST_COST", { error: code }, 500, 3, 15);
      expect(errorOf(cell)).toEqual({ code, message: undefined });
    });

    it("#N/A comes out as #N/A, with its message where the host keeps one", async () => {
      const [[cell]] = await evaluate("REQUEST_COST", 5000, { error: "#N/A", message: "no such row" }, 3, 15);
      expect(errorOf(cell).code).toBe("#N/A");
      // Excel desktop hands the error over as a cell value, which has no room for the message.
      expect(errorOf(cell).message).toBe(host === "web" ? "no such row" : undefined);
    });

    it("#VALUE! passes on with its message; without one it names the argument that held it", async () => {
      const [[cell]] = await evaluate("REQUEST_COST", 5000, 500, { error: "#VALUE!", message: "bad price" }, 15);
      expect(errorOf(cell)).toEqual(
        host === "web"
          ? { code: "#VALUE!", message: "bad price" }
          : { code: "#VALUE!", message: "input_price holds #VALUE!; correct that cell." },
      );
    });

    it.each(["#REF!", "#NAME?"])(
      "%s, which a custom function cannot return, is #VALUE! naming the argument",
      async (code) => {
        const result = await evaluate("REQUEST_COST", column(5000, 5000), column(500, { error: code }), 3, 15);
        expectNear(result[0][0], 0.0225, 12);
        expect(errorOf(result[1][0])).toEqual({
          code: "#VALUE!",
          message: `output_tokens (row 2 of its range) holds ${code}, an error that a custom function cannot pass on; correct that cell.`,
        });
      },
    );
  });

  describe("blank cells", () => {
    it("a blank text or choice cell is blank: its default, or required", async () => {
      expect(await evaluate("MODEL_PRICE", "gpt-4o", null)).toEqual([[2.5]]);
      const [[cell]] = await evaluate("MODEL_PRICE", null, "input");
      expect(errorOf(cell)).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/^model is required: .*; got a blank cell\.$/),
      });
    });

    it("a blank number cell is its default on the web and 0 on desktop, as the README says; left out, its default on both", async () => {
      const args: SheetArgument[] = ["classification", 8, 12, 600000, false];
      const [[blank]] = await evaluate("FT_DECISION", ...args, null);
      const [[omitted]] = await evaluate("FT_DECISION", ...args);
      expect(omitted).toBe("Fine-tune");
      // No engineering hours at all: the team cannot fine-tune, and memory is the way.
      expect(blank).toBe(host === "web" ? "Fine-tune" : "Use memory");
    });
  });

  describe("the size of a result", () => {
    it("a result with an error in each of 60,000 rows keeps its first messages, and its later errors their kind", async () => {
      const rows = Array.from({ length: 60_000 }, () => ["abc"] as SheetCell[]);
      const result = await evaluate("FT_BREAKEVEN", rows, 8250);
      expect(result).toHaveLength(60_000);
      expect(errorOf(result[0][0]).message).toMatch(/^upfront_cost \(row 1 of its range\) must be/);
      // The stand-in checks the 5 MB of arguments and result together.
      expect(errorOf(result[59_999][0])).toEqual({ code: "#VALUE!", message: undefined });
    });

    it("200,000 short numbers compute; 200,000 error cells are refused whole, saying to split the range", async () => {
      const numbers = await evaluate(
        "FT_TRAINING_COST",
        Array.from({ length: 200_000 }, (_, r) => [r % 10]),
        1e6,
        1,
        1,
      );
      expect(numbers).toHaveLength(200_000);
      expect(numbers[199_999][0]).toBe(9);
      const errors = await evaluate(
        "FT_BREAKEVEN",
        Array.from({ length: 200_000 }, () => ["abc"] as SheetCell[]),
        8250,
      );
      expect(errors).toHaveLength(1);
      expect(errorOf(errors[0][0]).message).toMatch(
        /^The result \(200,000 x 1 cells\) is about [\d,]+ KB; Excel takes 2,500 KB from one formula\. Split the range into smaller ones\.$/,
      );
    });
  });

  describe("data types", () => {
    it("a formatted number counts by its value", async () => {
      const [[cell]] = await evaluate("REQUEST_COST", { value: 5000, numberFormat: "#,##0" }, 500, 3, 15);
      expectNear(cell, 0.0225, 12);
    });

    it("an entity is refused, saying that data types are not supported", async () => {
      const [[cell]] = await evaluate("MODEL_PRICE", { dataType: "Entity", text: "Microsoft" });
      expect(errorOf(cell)).toEqual({
        code: "#VALUE!",
        message: "model holds a data type (Entity); data types are not supported here: use a plain number or text.",
      });
    });
  });

  describe("sizes Excel can take", () => {
    it("months is at most 1,200: TCO_SERIES spills 1,201 rows, and refuses 1,201 months", async () => {
      expect(await evaluate("TCO_SERIES", 100, 0.01, 1000, 1200)).toHaveLength(1201);
      const [[cell]] = await evaluate("TCO_SERIES", 100, 0.01, 1000, 1201);
      expect(errorOf(cell)).toEqual({
        code: "#VALUE!",
        message: "months must be a whole number of months from 0 to 1,200; got 1201.",
      });
    });

    it("a result of more than 200,000 cells is refused with a message to split the range", async () => {
      const rows = Array.from({ length: 200_001 }, () => [5000] as SheetCell[]);
      const result = await evaluate("FT_BREAKEVEN", rows, 8250);
      expect(result).toHaveLength(1);
      expect(errorOf(result[0][0])).toEqual({
        code: "#VALUE!",
        message:
          "The result would be 200,001 x 1 cells; Excel takes at most 200,000 from one formula. Split the range into smaller ones.",
      });
      // 200,000 cells are taken where their payload is inside the budget: short numbers.
      const short = Array.from({ length: 200_000 }, (_, r) => [r % 10] as SheetCell[]);
      expect(await evaluate("FT_TRAINING_COST", short, 1e6, 1, 1)).toHaveLength(200_000);
    });

    const wholeColumn = (...filled: SheetCell[]): SheetCell[][] =>
      Array.from({ length: 1_048_576 }, (_, r) => [r < filled.length ? filled[r] : null]);

    it("a whole column (A:A) of blanks is about 7 MB on the web, which never reaches the function: #CALC!", async () => {
      const call = evaluate("FT_BREAKEVEN", wholeColumn(5000, 5000, 30000), 8250);
      if (host === "web") {
        await expect(call).rejects.toThrow(/never reach the function; Excel answers #CALC!/);
      } else {
        // Desktop passes its blanks as 0 (about 4 MB): the column arrives, and ends where its data ends.
        const result = await call;
        expect(result).toHaveLength(3);
        expectNear(result[2][0], 30000 / 8250, 9);
      }
      // Two whole columns are past the 5 MB on either host.
      await expect(evaluate("FT_BREAKEVEN", wholeColumn(5000), wholeColumn(8250))).rejects.toThrow(/#CALC!/);
    });

    it("on desktop, a column from row 2 to the sheet's end (A2:A) and a whole row (1:1) end where the data ends", async () => {
      const fromRow2 = Array.from({ length: 1_048_575 }, (_, r) => [r < 2 ? 5000 : null] as SheetCell[]);
      if (host === "desktop") expect(await evaluate("FT_BREAKEVEN", fromRow2, 8250)).toHaveLength(2);
      const wholeRow = [Array.from({ length: 16_384 }, (_, c) => (c < 3 ? 5000 : null) as SheetCell)];
      const result = await evaluate("FT_BREAKEVEN", wholeRow, 8250);
      expect([result.length, result[0].length]).toEqual([1, 3]);
    });
  });
});

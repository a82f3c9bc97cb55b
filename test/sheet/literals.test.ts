/**
 * The CFO's horizon and rate, and every price, reach the written formulas only through cells: no
 * AICOST call of the written model takes a number typed into the formula for its months, its
 * discount rate or a price, so that editing the input cell moves everything (SPEC section 5).
 */
import { FUNCTIONS } from "../../src/functions/declarations";
import { buildSheetPlan } from "../../src/sheet/plan";
import { evaluate } from "../../src/sheet/bindings";
import { answeredToResult } from "../helpers/questionnaire";

/** Each AICOST call in a formula, with its top-level arguments as written. */
function calls(formula: string): { id: string; args: string[] }[] {
  const found: { id: string; args: string[] }[] = [];
  const pattern = /AICOST\.([A-Z_]+)\(/g;
  for (let match = pattern.exec(formula); match; match = pattern.exec(formula)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = "";
    for (let k = match.index + match[0].length; k < formula.length; k++) {
      const char = formula[k];
      if (char === '"') quoted = !quoted;
      if (!quoted && char === "(") depth++;
      if (!quoted && char === ")" && depth-- === 0) break;
      if (!quoted && char === "," && depth === 0) {
        args.push(current);
        current = "";
        continue;
      }
      current += char;
    }
    args.push(current);
    found.push({ id: match[1], args });
  }
  return found;
}

/** The arguments a number typed into the formula must never fill. */
const through = (name: string) => /^(months|within_months|annual_discount_rate)$|price/.test(name);

describe("the written model's formulas", () => {
  it("take the horizon, the rate and every price from cells, never as a number in the formula", () => {
    const model = answeredToResult({
      horizonMonths: "36",
      discountRate: "0.08",
      largeOwnPrices: true,
      largeInputPrice: "2",
      largeOutputPrice: "9",
    });
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-06" });
    const checked: string[] = [];
    for (const cell of plan.cells) {
      for (const { id, args } of calls(cell.formula ?? "")) {
        const params = FUNCTIONS[id].params;
        args.forEach((text, index) => {
          const name = params[index]?.name ?? "";
          if (!through(name) || text === "") return;
          checked.push(`${id}.${name}`);
          expect([cell.address, id, name, text]).not.toEqual([
            cell.address,
            id,
            name,
            expect.stringMatching(/^-?[\d.]+%?$/),
          ]);
        });
      }
    }
    // The check has reached every kind of call that discounts or runs to the horizon.
    for (const reached of [
      "FT_COMPARE.months",
      "FT_COMPARE.annual_discount_rate",
      "FT_NET_SAVINGS.months",
      "FT_PAYBACK_RISK.within_months",
      "FT_PAYBACK_RISK.annual_discount_rate",
      "FT_SENSITIVITY.months",
      "FT_BREAKEVEN.annual_discount_rate",
      "TCO.months",
      "TCO.annual_discount_rate",
    ]) {
      expect(checked).toContain(reached);
    }
  });

  it("catch a number typed into a formula (the check can fail)", () => {
    const [call] = calls('=AICOST.FT_NET_SAVINGS($B$1,AICOST.X("a,b"),12,$B$2)');
    expect(call.args).toEqual(["$B$1", 'AICOST.X("a,b")', "12", "$B$2"]);
    expect(through("months") && /^-?[\d.]+%?$/.test(call.args[2])).toBe(true);
  });
});

describe("the switching values' rows", () => {
  it("are each in their input's format: money, shares to a hundredth of a per cent, tokens, months", () => {
    const model = answeredToResult({});
    const plan = buildSheetPlan(model.answers(), { scope: "model", date: "2026-12-06" });
    const spill = plan.spills.find((candidate) => candidate.anchor === plan.where.figures.switchValues);
    const table = evaluate(model.answers(), undefined).switchValues;
    // The room holds the dedicated GPUs' row too, which the table lists only where they are priced.
    expect(spill?.rowFormats?.length).toBe(spill?.rows);
    expect(table.length).toBe((spill?.rows ?? 0) - 1);
    const formatOf = (input: string) => spill?.rowFormats?.[table.findIndex((row) => row[0] === input)];
    expect([
      formatOf("memory_setup_cost"),
      formatOf("fallback_share"),
      formatOf("input_tokens"),
      formatOf("months"),
      // Whole months show as typed.
    ]).toEqual(["$#,##0", "0.00%", "#,##0", "General"]);
  });
});

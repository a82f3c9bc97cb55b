/**
 * FT_SWITCH_VALUES as Excel calls it (SPEC 3.12): for each number of FT_COMPARE given, the nearest
 * values below and above at which the recommendation changes. Checked against a search written here
 * from scratch (its own scan and its own bisection, the recommendation read from FT_COMPARE and
 * FT_RECOMMEND as a sheet computes them), and against a case worked by hand.
 */
import { FT_COMPARE, FT_SWITCH_VALUES } from "../../src/functions/declarations";
import { resultSize, type FunctionDeclaration } from "../../src/functions/runner";
import type { Cell } from "../../src/functions/excelError";
import { callRange, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

type Args = Record<string, unknown>;

const switchValues = (args: Args): Cell[][] =>
  callRange("FT_SWITCH_VALUES", ...FT_SWITCH_VALUES.params.map((param) => args[param.name] ?? null));
const compare = (args: Args): Cell[][] =>
  callRange("FT_COMPARE", ...FT_COMPARE.params.map((param) => args[param.name] ?? null));

/** The declared example: every argument given, every strategy priced. */
const EXAMPLE: Args = Object.fromEntries(
  FT_SWITCH_VALUES.examples[0].args.map((value, index) => [FT_SWITCH_VALUES.params[index].name, value]),
);

/** A model that retires within the horizon (a re-tune), prompt caching, and a verdict; some numbers left out. */
const RETIRING: Args = {
  large_model: "claude-sonnet-4.6",
  small_model: "azure/gpt-4.1-mini",
  input_tokens: 3000,
  output_tokens: 400,
  requests_per_month: 300000,
  months: 24,
  upfront_cost: 17500,
  monthly_maintenance: 1000,
  recall_tokens: 600,
  memory_monthly_cost: 300,
  memory_setup_cost: 4000,
  ft_input_tokens: 1200,
  cached_share: 0.3,
  memory_fallback_share: 0.05,
  annual_discount_rate: 0.08,
  start_date: "2027-01-01",
  verdict: "Evaluate fine-tuning",
};

/** The numbers of FT_COMPARE, in its order, with how far SPEC 3.12 searches each. */
const NUMBERS = FT_COMPARE.params.flatMap((param) =>
  param.kind === "number" && !param.today
    ? [
        {
          name: param.name,
          scale: param.domain.rate
            ? "share"
            : param.domain.integer
              ? "months"
              : param.domain.unit.startsWith("US dollars")
                ? "money"
                : "count",
        },
      ]
    : [],
);

/**
 * The recommendation as a sheet computes it: FT_RECOMMEND on FT_COMPARE's table; undefined where
 * FT_COMPARE cannot price the table. 0 GPUs a month in a cell is a blank cell to FT_COMPARE; the
 * search reads it as GPUs that cost nothing, so it is passed as the smallest positive cost.
 */
function recommendationAt(args: Args, name: string, value: number): string | undefined {
  const typed = name === "dedicated_monthly_cost" && value === 0 ? Number.MIN_VALUE : value;
  const table = compare({ ...args, [name]: typed });
  if (table.length === 1) return undefined;
  const verdict = typeof args.verdict === "string" ? args.verdict : "Fine-tune";
  const word = callRange("FT_RECOMMEND", verdict, table)[0][0];
  return typeof word === "string" ? word : undefined;
}

/**
 * The nearest change from `now` toward `end`, searched independently: a scan in steps of a 500th
 * of the range (every whole month for months), then bisection until the two ends are adjacent
 * doubles or whole months.
 */
function nearestChangeByHand(
  args: Args,
  name: string,
  now: number,
  end: number,
  step: number,
  whole: boolean,
): { at: number; to: string } | undefined {
  const here = recommendationAt(args, name, now);
  const direction = Math.sign(end - now);
  if (direction === 0) return undefined;
  let kept = now;
  for (let x = now + direction * step; ; x += direction * step) {
    const point = direction > 0 ? Math.min(x, end) : Math.max(x, end);
    const there = recommendationAt(args, name, point);
    if (there === undefined) return undefined;
    if (there !== here) {
      let changed = point;
      let to = there;
      for (;;) {
        const middle = whole ? Math.round((kept + changed) / 2) : (kept + changed) / 2;
        if (middle === kept || middle === changed) break;
        const found = recommendationAt(args, name, middle);
        if (found === here || found === undefined) kept = middle;
        else [changed, to] = [middle, found];
      }
      return { at: changed, to };
    }
    kept = point;
    if (point === end) return undefined;
  }
}

/** Every row FT_SWITCH_VALUES should give, found independently. */
function switchValuesByHand(args: Args): { name: string; now: number; below?: Change; above?: Change }[] {
  const largerTotal = compare(args)[1][4] as number;
  return NUMBERS.filter(({ name }) => typeof args[name] === "number").map(({ name, scale }) => {
    const now = args[name] as number;
    const top = scale === "share" ? 1 : scale === "money" ? Math.max(10 * now, largerTotal) : 10 * now;
    const high = Math.max(scale === "months" ? Math.min(top, 1200) : top, now);
    const low = Math.min(0, now);
    const whole = scale === "months";
    const step = whole ? 1 : (high - low) / 500;
    return {
      name,
      now,
      below: nearestChangeByHand(args, name, now, low, step, whole),
      above: nearestChangeByHand(args, name, now, high, step, whole),
    };
  });
}

type Change = { at: number; to: string } | undefined;

/** A value to 6 significant figures agrees with the boundary found: within half a unit of its 6th figure. */
function expectSixFigures(actual: Cell, boundary: number): void {
  if (boundary === 0) return expect(actual).toBe(0);
  expectNear(actual, boundary, 5 - Math.floor(Math.log10(Math.abs(boundary))));
}

describe("FT_SWITCH_VALUES", () => {
  it.each([
    ["the declared example", EXAMPLE],
    ["a retiring model with caching, some numbers left out, under Evaluate fine-tuning", RETIRING],
  ])("agrees with a search written here from scratch: %s", (_, args) => {
    const table = switchValues(args);
    const byHand = switchValuesByHand(args);
    expect(table[0]).toEqual(["input", "now", "changes below at", "to", "changes above at", "to"]);
    expect(table.slice(1).map((cells) => cells[0])).toEqual(byHand.map((row) => row.name));
    byHand.forEach((row, index) => {
      const cells = table[index + 1];
      expect(cells[1]).toBe(row.now);
      for (const [side, at, to] of [
        [row.below, 2, 3],
        [row.above, 4, 5],
      ] as const) {
        if (side === undefined) {
          expect([row.name, cells[at], cells[to]]).toEqual([row.name, "", ""]);
        } else {
          expectSixFigures(cells[at], side.at);
          expect([row.name, cells[to]]).toEqual([row.name, side.to]);
        }
      }
    });
    // The cases are worth testing: several numbers change the recommendation, some do not.
    const changes = byHand.filter((row) => row.below || row.above).length;
    expect(changes).toBeGreaterThanOrEqual(4);
    expect(byHand.length - changes).toBeGreaterThanOrEqual(2);
  });

  it("worked by hand: memory stays cheapest until its setup costs more than the gap to the next total", () => {
    // In the example memory is recommended; fine-tuning is the next cheapest. Memory's setup is paid
    // once, undiscounted, so fine-tuning takes over when the setup cost exceeds the gap in totals,
    // and at the gap itself, a tie, the rule's own choice (fine-tuning) wins.
    const totals = compare(EXAMPLE).map((cells) => cells[4] as number);
    const [, larger, fineTuned, memory, dedicated] = totals;
    expect(memory).toBeLessThan(Math.min(larger, fineTuned, dedicated));
    expect(fineTuned).toBeLessThan(Math.min(larger, dedicated));
    const row = switchValues(EXAMPLE).find((cells) => cells[0] === "memory_setup_cost") as Cell[];
    expect(row.slice(0, 4)).toEqual(["memory_setup_cost", 0, "", ""]);
    expect(row[4]).toBe(Number((fineTuned - memory).toPrecision(6)));
    expect(row[5]).toBe("Fine-tune");
  });

  it("gives blanks where nothing changes in the searched range", () => {
    const table = switchValues(EXAMPLE);
    // The Fireworks model never retires: its re-tune cost is never paid.
    expect(table.find((cells) => cells[0] === "retune_cost")).toEqual(["retune_cost", 17500, "", "", "", ""]);
    // Memory stays cheaper than fine-tuning even when fine-tuning costs nothing up front.
    expect(table.find((cells) => cells[0] === "upfront_cost")).toEqual(["upfront_cost", 17500, "", "", "", ""]);
  });

  it("has a row for every required number and each optional one given, as its declaration sizes it", () => {
    const required = {
      large_model: "claude-sonnet-4.6",
      small_model: "fireworks/llama-3.1-8b-instruct",
      input_tokens: 5000,
      output_tokens: 500,
      requests_per_month: 500000,
      months: 12,
      upfront_cost: 17500,
      monthly_maintenance: 1250,
    };
    const names = (args: Args) => switchValues(args).map((cells) => cells[0]);
    const size = (args: Args) =>
      resultSize(
        FT_SWITCH_VALUES as FunctionDeclaration,
        FT_SWITCH_VALUES.params.map((param) => (param.name in args ? [[args[param.name]]] : null)),
      );
    const base = ["input", "input_tokens", "output_tokens", "requests_per_month", "months", "upfront_cost"];
    expect(names(required)).toEqual([...base, "monthly_maintenance"]);
    expect(size(required)).toEqual([7, 6]);
    // A number given at its default still has its row; one left out has none.
    const some = { ...required, memory_setup_cost: 0, annual_discount_rate: 0.1 };
    expect(names(some)).toEqual([...base, "monthly_maintenance", "memory_setup_cost", "annual_discount_rate"]);
    expect(size(some)).toEqual([9, 6]);
    // The example gives all 17 numbers.
    expect(switchValues(EXAMPLE)).toHaveLength(18);
    expect(size(EXAMPLE)).toEqual([18, 6]);
  });

  it("searches a number left out of FT_COMPARE's defaults as FT_COMPARE reads it", () => {
    // ft_input_tokens left out is input_tokens: the fine-tuned prompt grows with the one searched.
    const leftOut = switchValues({ ...EXAMPLE, ft_input_tokens: null });
    const given = switchValues({ ...EXAMPLE, ft_input_tokens: 5000 });
    expect(leftOut.find((cells) => cells[0] === "ft_input_tokens")).toBeUndefined();
    expect(leftOut.find((cells) => cells[0] === "input_tokens")).not.toEqual(
      given.find((cells) => cells[0] === "input_tokens"),
    );
  });

  it("refuses a verdict that is none of the four, and passes FT_COMPARE's errors on", () => {
    expect(switchValues({ ...EXAMPLE, verdict: "Maybe" })).toEqual([
      [
        valueError(
          'verdict must be one of Fine-tune, Evaluate fine-tuning, Use memory or Use the larger model; got "Maybe".',
        ),
      ],
    ]);
    expect(switchValues({ ...EXAMPLE, small_model: "tiny-llm-xl" })).toEqual(
      compare({ ...EXAMPLE, small_model: "tiny-llm-xl" }),
    );
    expect(switchValues({ ...EXAMPLE, batch_share: 0.5 })).toEqual(compare({ ...EXAMPLE, batch_share: 0.5 }));
    expect(switchValues({ ...EXAMPLE, fallback_share: 10 })).toEqual([
      [valueError("fallback_share 10 means 1,000 %; type 10% or 0.10. Rates are decimals and at most 1 (100%).")],
    ]);
    expect(switchValues({ ...EXAMPLE, months: 2.5 })[0][0]).toEqual(
      valueError("months must be a whole number of months from 0 to 1,200; got 2.5."),
    );
  });
});

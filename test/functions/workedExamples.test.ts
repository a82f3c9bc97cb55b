/** SPEC.md section 3.9: the source article's worked example, through the AICOST functions. */
import { call } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

const CASES: [formula: string, id: string, args: unknown[], expected: number, decimals: number][] = [
  ["REQUEST_COST(5000, 500, 3, 15)", "REQUEST_COST", [5000, 500, 3, 15], 0.0225, 6],
  ['MODEL_REQUEST_COST("claude-sonnet-4", 5000, 500)', "MODEL_REQUEST_COST", ["claude-sonnet-4", 5000, 500], 0.0225, 6],
  [
    'MODEL_REQUEST_COST("claude-3.5-haiku", 5000, 500)',
    "MODEL_REQUEST_COST",
    ["claude-3.5-haiku", 5000, 500],
    0.006,
    6,
  ],
  ["FT_MONTHLY_SAVINGS(0.0225, 0.006, 500000)", "FT_MONTHLY_SAVINGS", [0.0225, 0.006, 500000], 8250, 2],
  ["FT_MONTHLY_SAVINGS(0.0225, 0.006, 100000)", "FT_MONTHLY_SAVINGS", [0.0225, 0.006, 100000], 1650, 2],
  ["FT_BREAKEVEN(5000, 8250)", "FT_BREAKEVEN", [5000, 8250], 0.606, 3],
  ["FT_BREAKEVEN(30000, 8250)", "FT_BREAKEVEN", [30000, 8250], 3.636, 3],
  ["FT_BREAKEVEN(5000, 1650)", "FT_BREAKEVEN", [5000, 1650], 3.03, 2],
  ["FT_BREAKEVEN(30000, 1650)", "FT_BREAKEVEN", [30000, 1650], 18.18, 2],
  ["FT_BREAKEVEN(30000, 8250, 0, 0.10)", "FT_BREAKEVEN", [30000, 8250, 0, 0.1], 3.7048, 4],
  ["FT_NET_SAVINGS(17500, 8250, 12, 1250)", "FT_NET_SAVINGS", [17500, 8250, 12, 1250], 66500, 2],
  ["FT_NET_SAVINGS(17500, 8250, 12, 1250, 0.10)", "FT_NET_SAVINGS", [17500, 8250, 12, 1250, 0.1], 62303.41, 2],
];

describe("worked examples of the source article (SPEC 3.9)", () => {
  it.each(CASES)("%s", (_, id, args, expected, decimals) => {
    expectNear(call(id, ...args), expected, decimals);
  });

  it("the article's ranges: break-even 1 to 4 months at 500,000 requests and 3 to 18 at 100,000", () => {
    const months = (upfront: number, savings: number) => call("FT_BREAKEVEN", upfront, savings) as number;
    expect([Math.ceil(months(5000, 8250)), Math.ceil(months(30000, 8250))]).toEqual([1, 4]);
    expect([Math.floor(months(5000, 1650)), Math.floor(months(30000, 1650))]).toEqual([3, 18]);
  });

  it("the saving per 1,000 requests is $16.50", () => {
    expectNear(call("FT_MONTHLY_SAVINGS", 0.0225, 0.006, 1000), 16.5, 2);
  });
});

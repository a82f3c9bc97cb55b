/** Invariants of the engine, checked on thousands of generated inputs with fast-check. */
import fc from "fast-check";
import {
  breakEvenMonths,
  costOfOwnershipSeries,
  monthlySavings,
  netSavings,
  totalCostOfOwnership,
} from "../../src/engine";
import { FUNCTIONS } from "../../src/functions/declarations";
import { ExcelError } from "../../src/functions/excelError";
import { runFunction, type BroadcastFunction } from "../../src/functions/runner";
import { isNear } from "../helpers/tolerance";

const money = fc.double({ min: 0, max: 1e7, noNaN: true });
const perRequest = fc.double({ min: 0, max: 1, noNaN: true });
const volume = fc.double({ min: 0, max: 1e8, noNaN: true });
const rate = fc.double({ min: -0.9, max: 2, noNaN: true });
const months = fc.integer({ min: 0, max: 600 });

const months0 = (upfront: number, savings: number, maintenance: number, annualRate: number) => {
  const result = breakEvenMonths({
    upfrontCost: upfront,
    monthlySavings: savings,
    monthlyMaintenance: maintenance,
    annualDiscountRate: annualRate,
  });
  return result.paysBack ? result.months : Infinity;
};

describe("engine invariants", () => {
  it("savings are antisymmetric in the two costs", () => {
    fc.assert(
      fc.property(perRequest, perRequest, volume, (large, small, requests) => {
        const forward = monthlySavings({
          largeCostPerRequest: large,
          smallCostPerRequest: small,
          requestsPerMonth: requests,
        });
        const backward = monthlySavings({
          largeCostPerRequest: small,
          smallCostPerRequest: large,
          requestsPerMonth: requests,
        });
        return forward === -backward;
      }),
    );
  });

  it("break-even months fall as volume rises", () => {
    fc.assert(
      fc.property(
        money,
        perRequest,
        money,
        volume,
        volume,
        fc.constantFrom(0, 0.05, 0.1),
        (upfront, saving, maintenance, a, b, annualRate) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          return (
            months0(upfront, saving * high, maintenance, annualRate) <=
            months0(upfront, saving * low, maintenance, annualRate)
          );
        },
      ),
    );
  });

  it("break-even months rise with maintenance", () => {
    fc.assert(
      fc.property(money, money, money, money, fc.constantFrom(0, 0.08), (upfront, savings, a, b, annualRate) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        return months0(upfront, savings, low, annualRate) <= months0(upfront, savings, high, annualRate);
      }),
    );
  });

  it("net savings equal the month-by-month discounted sum (SPEC 3.2), at any rate", () => {
    fc.assert(
      fc.property(
        money,
        money,
        fc.integer({ min: 0, max: 240 }),
        money,
        rate,
        (upfront, savings, n, maintenance, r) => {
          const i = (1 + r) ** (1 / 12) - 1;
          let sum = -upfront;
          for (let k = 1; k <= n; k++) sum += (savings - maintenance) / (1 + i) ** k;
          const net = netSavings({
            upfrontCost: upfront,
            monthlySavings: savings,
            months: n,
            monthlyMaintenance: maintenance,
            annualDiscountRate: r,
          });
          return Math.abs(net - sum) <= 1e-6 * Math.max(1, Math.abs(sum), upfront, n * (savings + maintenance));
        },
      ),
    );
  });

  it("net savings cross zero at the break-even month", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.double({ min: 10, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.constantFrom(0, 0.05, 0.1, 0.3),
        (upfront, savings, maintenanceShare, r) => {
          const maintenance = savings * maintenanceShare;
          const t = months0(upfront, savings, maintenance, r);
          const net = (n: number) =>
            netSavings({
              upfrontCost: upfront,
              monthlySavings: savings,
              months: n,
              monthlyMaintenance: maintenance,
              annualDiscountRate: r,
            });
          const slack = 1e-9 * upfront;
          // Never paying back means net savings stay below zero at every horizon, the longest included.
          if (!Number.isFinite(t)) return net(1200) < slack;
          if (t > 1200) return net(1200) <= slack;
          return net(Math.floor(t)) <= slack && net(Math.ceil(t)) >= -slack;
        },
      ),
    );
  });

  it("discounting never increases the net savings of positive cash flows", () => {
    fc.assert(
      fc.property(
        money,
        money,
        money,
        months,
        fc.double({ min: 1e-6, max: 2, noNaN: true }),
        (upfront, savings, maintenance, n, annualRate) => {
          fc.pre(savings > maintenance);
          const plain = netSavings({
            upfrontCost: upfront,
            monthlySavings: savings,
            months: n,
            monthlyMaintenance: maintenance,
            annualDiscountRate: 0,
          });
          const discounted = netSavings({
            upfrontCost: upfront,
            monthlySavings: savings,
            months: n,
            monthlyMaintenance: maintenance,
            annualDiscountRate: annualRate,
          });
          return discounted <= plain + 1e-9 * Math.max(1, Math.abs(plain));
        },
      ),
    );
  });

  it("each month of the TCO series adds that month's discounted cash flow (SPEC 3.3)", () => {
    fc.assert(
      fc.property(
        money,
        perRequest,
        volume,
        fc.integer({ min: 0, max: 60 }),
        money,
        rate,
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        rate,
        (upfront, cost, requests, n, fixed, discount, growth, price) => {
          const input = {
            upfrontCost: upfront,
            costPerRequest: cost,
            requestsPerMonth: requests,
            months: n,
            monthlyFixedCost: fixed,
            annualDiscountRate: discount,
            monthlyVolumeGrowth: growth,
            annualPriceChange: price,
          };
          const series = costOfOwnershipSeries(input);
          const i = (1 + discount) ** (1 / 12) - 1;
          if (series.length !== n + 1 || series[0] !== upfront) return false;
          let sum = upfront;
          for (let k = 1; k <= n; k++) {
            const cash = requests * (1 + growth) ** (k - 1) * cost * (1 + price) ** ((k - 1) / 12) + fixed;
            const expected = cash / (1 + i) ** k;
            sum += expected;
            const step = series[k] - series[k - 1];
            if (Math.abs(step - expected) > 1e-7 * Math.max(1, Math.abs(series[k]), expected)) return false;
          }
          // The total, summed here month by month rather than taken from the function the series calls.
          return isNear(totalCostOfOwnership(input), sum, 4);
        },
      ),
    );
  });
});

describe("broadcasting", () => {
  const broadcast = Object.values(FUNCTIONS).filter(
    (definition): definition is BroadcastFunction => definition.shape === "broadcast",
  );
  const cell = fc.oneof(
    fc.double({ min: -10, max: 2e6, noNaN: true }),
    fc.constantFrom(
      "5,000",
      "0.1",
      "10%",
      "lots",
      "",
      null,
      true,
      "gpt-4o",
      "claude-3.5-haiku",
      "classification",
      "mid",
      "output",
      "hourly_rate",
    ),
  );

  it("a broadcast over ranges equals the scalar call, element by element", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...broadcast),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 12, maxLength: 12 }),
        (definition, rows, pool) => {
          const columns = definition.params.map((param, index) =>
            param.kind === "table" ? null : Array.from({ length: rows }, (_, row) => [pool[index][row]]),
          );
          const ranged = runFunction(definition, columns);
          expect(ranged).toHaveLength(rows);
          for (let row = 0; row < rows; row++) {
            const single = runFunction(
              definition,
              columns.map((column) => (column ? [[column[row][0]]] : null)),
            )[0][0];
            const element = ranged[row][0];
            if (single instanceof ExcelError) {
              expect(element).toBeInstanceOf(ExcelError);
              expect((element as ExcelError).code).toBe(single.code);
            } else {
              expect(element).toBe(single);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

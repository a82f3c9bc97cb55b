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

  it("net savings at a 0% rate equal the plain sum", () => {
    fc.assert(
      fc.property(money, money, months, money, (upfront, savings, n, maintenance) => {
        const net = netSavings({
          upfrontCost: upfront,
          monthlySavings: savings,
          months: n,
          monthlyMaintenance: maintenance,
          annualDiscountRate: 0,
        });
        return isNear(net, -upfront + n * (savings - maintenance), 6);
      }),
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

  it("the last value of the TCO series is the TCO", () => {
    fc.assert(
      fc.property(
        money,
        perRequest,
        volume,
        fc.integer({ min: 0, max: 120 }),
        money,
        rate,
        rate,
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
          return series.length === n + 1 && series[n] === totalCostOfOwnership(input) && series[0] === upfront;
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
            param.kind === "priceTable" ? null : Array.from({ length: rows }, (_, row) => [pool[index][row]]),
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

/**
 * The number formats a written sheet uses, and the one place each kind of figure gets its format:
 * an input by the domain of the parameter it feeds, FT_COMPARE's columns, FT_PAYBACK_RISK's rows.
 */
import { COMPARE_COLUMNS } from "../functions/comparisonTable";
import { SENSITIVITY_HEADER, COMPARE_RISK_HEADER, SWITCH_VALUES_HEADER } from "../functions/declarations";
import * as domain from "../functions/domains";
import type { NumberDomain, Param } from "../functions/params";

export const FORMATS = {
  text: "@",
  count: "#,##0",
  months: "0.0",
  money: "$#,##0",
  price: "$#,##0.00",
  perRequest: "$#,##0.0000",
  flag: "General",
  share: "0.0%",
  /** A share where a tenth of a per cent is too coarse: where the recommendation changes (0.08%, not 0.1%). */
  shareFine: "0.00%",
  /** A sampled chance: "less than 0.1 %" for none of the samples, "more than 99.9 %" for all of them. */
  chance: '[>0.999]"more than 99.9 %";[<0.001]"less than 0.1 %";0.0%',
  date: "yyyy-mm-dd",
  /** A date with its time of day, as request logs record it. */
  dateTime: "yyyy-mm-dd hh:mm",
} as const;

export type NumberFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** The format of a number by what it counts; any other domain shows as Excel's General. */
const DOMAIN_FORMATS: ReadonlyMap<NumberDomain, NumberFormat> = new Map([
  [domain.volume, FORMATS.count],
  [domain.tokens, FORMATS.count],
  [domain.patterns, FORMATS.count],
  [domain.share, FORMATS.share],
  [domain.rate, FORMATS.share],
  [domain.hourlyRate, FORMATS.money],
  [domain.cost, FORMATS.money],
  [domain.monthlyCost, FORMATS.money],
  [domain.date, FORMATS.date],
  [domain.gpuHourlyPrice, FORMATS.price],
  [domain.throughput, FORMATS.count],
  [domain.utilization, FORMATS.share],
  [domain.gpus, FORMATS.count],
]);

/** The number format of an input cell: text as typed, a number by the domain of the parameter it feeds. */
export function inputFormat(param: Param, value: unknown): NumberFormat {
  if (typeof value === "string") return FORMATS.text;
  return param.kind === "number" ? (DOMAIN_FORMATS.get(param.domain) ?? FORMATS.flag) : FORMATS.flag;
}

/** FT_COMPARE's columns, each by its name. */
export const COMPARE_FORMATS: readonly NumberFormat[] = COMPARE_COLUMNS.map(
  (column) =>
    ({
      strategy: FORMATS.flag,
      "cost per request": FORMATS.perRequest,
      "monthly cost": FORMATS.money,
      upfront: FORMATS.money,
      total: FORMATS.money,
      saving: FORMATS.money,
    })[column],
);

/** FT_PAYBACK_RISK's rows: the header, two chances, three break-even months, three net savings. */
export const RISK_ROW_FORMATS: readonly NumberFormat[] = [
  FORMATS.flag,
  FORMATS.chance,
  FORMATS.chance,
  FORMATS.months,
  FORMATS.months,
  FORMATS.months,
  FORMATS.money,
  FORMATS.money,
  FORMATS.money,
];

/** FT_SENSITIVITY's columns: the input's name, its low and high, net savings at each, and the swing. */
export const SENSITIVITY_FORMATS: readonly NumberFormat[] = SENSITIVITY_HEADER.map((column) =>
  column === "input" ? FORMATS.flag : FORMATS.money,
);

/** FT_COMPARE_RISK's columns: the strategy, its chance of being the cheapest, its totals' percentiles. */
export const COMPARE_RISK_FORMATS: readonly NumberFormat[] = COMPARE_RISK_HEADER.map((column) =>
  column === "strategy" ? FORMATS.flag : column.startsWith("chance") ? FORMATS.chance : FORMATS.money,
);

/** FT_SWITCH_VALUES's columns: inputs of every unit side by side, each number shown as General shows it. */
export const SWITCH_VALUES_FORMATS: readonly NumberFormat[] = SWITCH_VALUES_HEADER.map(() => FORMATS.flag);

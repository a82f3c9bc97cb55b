/**
 * Every error message the functions show, with its Excel error code. #VALUE! is bad input;
 * #N/A is a lookup that found nothing or an investment that never pays back (charts skip #N/A).
 */
import {
  lazyFormat,
  PRICE_TABLE_COLUMNS,
  PROVIDER_NAMES,
  type NeverPaysBack,
  type Unpriced,
  type WorkloadGap,
} from "../engine";
import { ExcelError } from "./excelError";
import { ambiguousWhileUnknown, workbookSeparators, writtenTheOtherWay, type NumberSeparators } from "./culture";
import { describeValue, formatPercent, formatUsd, groupDigits } from "./format";

/**
 * The longest message Excel shows whole: Excel for Mac cuts longer ones (office-js issue 4133).
 * Messages are written to fit; an extreme value typed into one (a 300-digit amount) is cut here.
 */
export const MAX_MESSAGE_LENGTH = 255;

export const fit = (message: string): string =>
  message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;

/** A #VALUE! error: bad input. */
const invalid = (message: string): ExcelError => new ExcelError("#VALUE!", fit(message));

/** A #N/A error: nothing found, or an investment that never pays back. */
const notAvailable = (message: string): ExcelError => new ExcelError("#N/A", fit(message));

/** "input_tokens" or "input_tokens (row 3 of its range)". */
export type ArgumentLabel = string;

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** A rate as a decimal with at least two places, as an analyst would type it: 0.1 gives "0.10". */
const decimalRate = lazyFormat({ minimumFractionDigits: 2, maximumFractionDigits: 12 });
/** A number as typed, every digit kept: 1.004 stays "1.004", 1000 gives "1,000". */
const exact = lazyFormat({ maximumFractionDigits: 10 });

export const messages = {
  invalidArgument: (label: ArgumentLabel, expected: string, received: unknown): ExcelError =>
    invalid(`${label} must be ${expected}; got ${describeValue(received)}.`),

  rateWithoutPercent: (label: ArgumentLabel, value: number): ExcelError =>
    invalid(
      `${label} ${exact(value)} means ${exact(value * 100)} %; type ${exact(value)}% or ` +
        `${decimalRate(value / 100)}. Rates are decimals and at most 1 (100%).`,
    ),

  missingArgument: (label: ArgumentLabel, expected: string): ExcelError =>
    invalid(`${label} is required: ${expected}; got a blank cell.`),

  heldError: (label: ArgumentLabel, code: string): ExcelError =>
    invalid(
      `${label} holds ${code}${code === "#VALUE!" ? "" : ", an error that a custom function cannot pass on"}; ` +
        "correct that cell.",
    ),

  dataType: (label: ArgumentLabel, type: string): ExcelError =>
    invalid(`${label} holds a data type (${type}); data types are not supported here: use a plain number or text.`),

  numberWrittenTheOtherWay: (
    label: ArgumentLabel,
    expected: string,
    text: string,
    separators: NumberSeparators,
  ): ExcelError =>
    invalid(
      `${label} must be ${expected}; got ${describeValue(text)}, not a number as this workbook writes them ` +
        `(1${separators.group}234${separators.decimal}5).`,
    ),

  /** Numeric text read two ways while the workbook's separators are unknown (SPEC 3.8): never guessed. */
  ambiguousNumber: (label: ArgumentLabel, text: string): ExcelError =>
    invalid(
      `${label} is ${describeValue(text)}, two numbers until the workbook's separators are known: type it without them.`,
    ),

  notSpread: (label: ArgumentLabel, expected: string, rows: number, columns: number): ExcelError =>
    invalid(`${label} must be ${expected}; got a range of ${groupDigits(rows)} x ${groupDigits(columns)} cells.`),

  spreadOutOfOrder: (label: ArgumentLabel, order: string, values: string): ExcelError =>
    invalid(`${label} must run ${order}; got ${values}.`),

  notComparison: (expected: string, missing: string): ExcelError =>
    invalid(`comparison must be ${expected}; it has no row ${missing}.`),

  resultTooLarge: (rows: number, columns: number, cap: number): ExcelError =>
    invalid(
      `The result would be ${groupDigits(rows)} x ${groupDigits(columns)} cells; Excel takes at most ` +
        `${groupDigits(cap)} from one formula. Split the range into smaller ones.`,
    ),

  payloadTooLarge: (bytes: number, budget: number, rows: number, columns: number): ExcelError =>
    invalid(
      `The result (${groupDigits(rows)} x ${groupDigits(columns)} cells) is about ${groupDigits(Math.ceil(bytes / 1000))} KB; ` +
        `Excel takes ${groupDigits(budget / 1000)} KB from one formula. Split the range into smaller ones.`,
    ),

  notSingleValue: (label: ArgumentLabel, rows: number, columns: number): ExcelError =>
    invalid(`${label} must be a single value; got a range of ${rows} x ${columns} cells.`),

  shapeMismatch: (
    first: { label: ArgumentLabel; rows: number; columns: number },
    second: { label: ArgumentLabel; rows: number; columns: number },
  ): ExcelError =>
    invalid(
      `Ranges do not line up: ${first.label} is ${groupDigits(first.rows)} x ${groupDigits(first.columns)} cells ` +
        `but ${second.label} is ${groupDigits(second.rows)} x ${groupDigits(second.columns)}. Use ranges of one size; a single cell, row or column stretches to fit.`,
    ),

  unknownModel: (name: string, suggestions: readonly string[]): ExcelError =>
    notAvailable(
      `Unknown model ${describeValue(name)}: ` +
        (suggestions.length > 0
          ? `did you mean ${orList(suggestions)}? `
          : "it is neither in the price catalogue nor in price_table. ") +
        "AICOST.MODELS() lists the catalogue.",
    ),

  priceNotOffered: (modelId: string, kind: string): ExcelError =>
    notAvailable(
      `${modelId} has no ${kind} price: it is not offered for this model. ` +
        "Give your own price in a price_table to use one.",
    ),

  /** FT_COMPARE's row that cannot be priced, and why (SPEC 3.4). */
  unpriced: (why: Unpriced): ExcelError => notAvailable(unpricedReason(why)),

  noRequests: (): ExcelError =>
    notAvailable(
      "No requests a month to spread the dedicated GPUs' monthly cost over: the cost per request is undefined.",
    ),

  unknownProvider: (provider: string, providers: readonly string[]): ExcelError =>
    notAvailable(`No models from provider ${describeValue(provider)}. Providers: ${providers.join(", ")}.`),

  tooManyGpus: (gpus: number): ExcelError =>
    invalid(
      // A count past a trillion (or past any number) is said in words: a float's digits would garble it.
      `These inputs need ${gpus < 1e12 ? groupDigits(gpus) : "over a trillion"} GPUs, more than any real service rents for one model: check the ` +
        "volume, the token counts and the throughputs (tokens per second, not per minute).",
    ),

  unknownAssumption: (name: string): ExcelError =>
    notAvailable(`No published assumption named ${describeValue(name)}. AICOST.ASSUMPTIONS() lists them.`),

  neverBreaksEven: (why: NeverPaysBack): ExcelError => {
    if (why.reason === "no-net-savings") {
      // A negative saving is a cost: it is said as one, never printed as a "saving" of -$8,250.
      if (why.monthlySavings < 0) {
        return notAvailable(
          `never breaks even: the small model costs ${formatUsd(-why.monthlySavings)}/month more than the larger ` +
            "model before any maintenance",
        );
      }
      const text =
        why.monthlyMaintenance > 0
          ? `maintenance ${formatUsd(why.monthlyMaintenance)}/month ${
              why.monthlyMaintenance > why.monthlySavings ? "exceeds" : "equals"
            } savings ${formatUsd(why.monthlySavings)}/month`
          : `monthly savings of ${formatUsd(why.monthlySavings)} are not above zero`;
      return notAvailable(`never breaks even: ${text}`);
    }
    return notAvailable(
      `never breaks even: at a ${formatPercent(why.annualDiscountRate)} annual discount rate, all future net ` +
        `savings are worth ${formatUsd(why.presentValueOfSavings)} today, not more than the upfront cost ` +
        `${formatUsd(why.upfrontCost)}`,
    );
  },

  /** Every sample never breaking even is said so, not as "100%" beside a chance shown as "more than 99.9%". */
  percentileNeverBreaksEven: (chanceNever: number): ExcelError =>
    notAvailable(
      chanceNever === 1
        ? "never breaks even: none of the samples breaks even"
        : `never breaks even: ${formatPercent(chanceNever)} of the samples never break even, and this percentile ` +
            "falls among them",
    ),

  /** FT_COMPARE_RISK's row of a strategy the verdict rules out (SPEC 3.12); the strategy as a sentence names it. */
  unfitStrategy: (strategy: string, verdict: string): ExcelError =>
    notAvailable(`The verdict ${describeValue(verdict)} finds ${strategy} unfit for the task: it does not compete.`),

  noRange: (expected: string): ExcelError =>
    notAvailable(
      `No input has a range to swing: give upfront_cost, monthly_savings or monthly_maintenance as ${expected}.`,
    ),

  noVolumeBreaksEven: (savingsPerRequest: number): ExcelError =>
    notAvailable(
      `no volume ever breaks even: the small model saves ${formatUsd(savingsPerRequest)} per request; ` +
        "it must save more than $0.",
    ),

  priceTableTooNarrow: (columns: number): ExcelError =>
    invalid(
      `price_table needs at least 3 columns (model, input, output) and at most ${PRICE_TABLE_COLUMNS.length}; ` +
        `got ${columns}.`,
    ),

  priceTableCell: (row: number, column: number, heading: string, expected: string, received: unknown): ExcelError =>
    invalid(
      `price_table row ${row}, column ${column} (${heading}) must be ${expected}; got ${describeValue(received)}.`,
    ),

  notLogColumn: (label: ArgumentLabel, rows: number, columns: number): ExcelError =>
    invalid(
      `${label} must be one column or one row of the log; got ${groupDigits(rows)} x ${groupDigits(columns)} cells.`,
    ),

  logLengths: (columns: readonly { name: string; rows: number }[]): ExcelError =>
    invalid(
      `The log's columns must be one length, a cell per row; got ${columns.map(({ name, rows }) => `${name} ${groupDigits(rows)}`).join(", ")}.`,
    ),

  noLoggedRequests: (): ExcelError => invalid("The usage log holds no request."),

  workloadGap: (gap: WorkloadGap): ExcelError => notAvailable(workloadGapReason(gap)),

  overflow: (): ExcelError => invalid("The result is too large to represent; check the size of the arguments."),

  unexpected: (detail: string): ExcelError => invalid(`Unexpected error while computing: ${detail}.`),
} as const;

/** Why WORKLOAD gives no figure for a measure (SPEC 3.13). */
function workloadGapReason(gap: WorkloadGap): string {
  switch (gap.kind) {
    case "no whole month":
      return "The log covers no whole calendar month.";
    case "too few months":
      return `Growth needs 3 whole months; the log has ${gap.months}.`;
    case "empty month":
      return `Growth needs requests in every whole month; ${gap.month} has none.`;
    case "aggregated":
      return "Percentiles need one row per request.";
  }
}

/** Why FT_COMPARE cannot price a strategy, in one sentence the pane shows as well. */
export function unpricedReason(why: Unpriced): string {
  switch (why.kind) {
    case "cannot fine-tune": {
      const provider = PROVIDER_NAMES[why.provider] ?? why.provider;
      return why.offer === "closed"
        ? `${why.model} cannot be fine-tuned: ${provider} takes no new fine-tuning jobs for it` +
            `${why.since ? ` since ${why.since}` : ""}. Choose a model that can be (AICOST.MODELS()), or give fine-tuned prices in price_table.`
        : `${why.model} cannot be fine-tuned: ${provider} offers no fine-tuning for it. ` +
            "Choose a model that can be (AICOST.MODELS()), or give fine-tuned prices in price_table.";
    }
    case "dedicated only":
      return (
        `${PROVIDER_NAMES[why.provider] ?? why.provider} serves a fine-tuned ${why.model} on dedicated GPUs only, ` +
        "not per token: price it in the dedicated GPUs row, or give fine-tuned prices in price_table."
      );
    case "no fine-tuned prices":
      return `${why.model} has no fine-tuned prices: give its ft input and ft output prices in price_table to price fine-tuning.`;
    case "no dedicated cost":
      return "Give dedicated_monthly_cost, the US dollars a month of the GPUs that serve the fine-tuned model, to price this row.";
    case "weights not hostable":
      return (
        `${why.model} cannot be served on GPUs of your own: ${PROVIDER_NAMES[why.provider] ?? why.provider} ` +
        "keeps its weights. Choose an open-weight model (AICOST.MODELS())."
      );
  }
}

/**
 * Why numeric text is refused where the workbook's separators explain it: it reads as two numbers
 * while they are unknown, or it is written the other way; undefined for any other text.
 */
export function separatorsRefusal(label: ArgumentLabel, expected: string, text: string): ExcelError | undefined {
  if (ambiguousWhileUnknown(text)) return messages.ambiguousNumber(label, text);
  if (writtenTheOtherWay(text)) return messages.numberWrittenTheOtherWay(label, expected, text, workbookSeparators());
  return undefined;
}

/**
 * Every message the functions can show, built at its longest (the longest label a range gives,
 * the longest value, the largest figures): none is longer than Excel for Mac shows whole.
 */
import { MAX_MESSAGE_LENGTH, messages } from "../../src/functions/messages";
import type { ExcelError } from "../../src/functions/excelError";

const LABEL = "annual_discount_rate (row 1,048,576, column 16,384 of its range)";
const EXPECTED = "a whole number of months from 0 to 1,200 (months in the horizon, counted from the first)";
const TEXT = "x".repeat(400);
const HUGE = -1.7976931348623157e308;
const SEPARATORS = { decimal: ",", group: "\u202f" };

/** Each builder called with its longest arguments; a new builder must be added here to compile. */
const LONGEST: { [K in keyof typeof messages]: () => ExcelError } = {
  invalidArgument: () => messages.invalidArgument(LABEL, EXPECTED, TEXT),
  rateWithoutPercent: () => messages.rateWithoutPercent(LABEL, 1.2345678901234567e300),
  tooManyGpus: () => messages.tooManyGpus(Number.MAX_SAFE_INTEGER),
  missingArgument: () => messages.missingArgument(LABEL, EXPECTED),
  heldError: () => messages.heldError(LABEL, "#GETTING_DATA"),
  dataType: () => messages.dataType(LABEL, TEXT),
  numberWrittenTheOtherWay: () => messages.numberWrittenTheOtherWay(LABEL, EXPECTED, TEXT, SEPARATORS),
  ambiguousNumber: () => messages.ambiguousNumber(LABEL, "1" + ".000".repeat(100)),
  notComparison: () => messages.notComparison(EXPECTED, TEXT),
  notSpread: () => messages.notSpread(LABEL, EXPECTED, 1_048_576, 16_384),
  spreadOutOfOrder: () => messages.spreadOutOfOrder(LABEL, "low ≤ most likely ≤ high", `${HUGE}, ${HUGE}, ${HUGE}`),
  percentileNeverBreaksEven: () => messages.percentileNeverBreaksEven(0.123456789),
  noRange: () => messages.noRange(EXPECTED),
  unfitStrategy: () => messages.unfitStrategy("the fine-tuned model on dedicated GPUs", "Use the larger model"),
  resultTooLarge: () => messages.resultTooLarge(1_048_576, 16_384, 200_000),
  payloadTooLarge: () => messages.payloadTooLarge(9_999_999_999, 2_500_000, 1_048_576, 16_384),
  notSingleValue: () => messages.notSingleValue(LABEL, 1_048_576, 16_384),
  shapeMismatch: () =>
    messages.shapeMismatch(
      { label: LABEL, rows: 1_048_576, columns: 16_384 },
      { label: LABEL, rows: 1_048_575, columns: 16_383 },
    ),
  unknownModel: () =>
    messages.unknownModel(TEXT, ["claude-sonnet-4.5-20250929", "claude-opus-4.5-20251101", "gemini-3.1-pro-preview"]),
  priceNotOffered: () => messages.priceNotOffered(TEXT, "ft_hosting_hour"),
  unknownProvider: () =>
    messages.unknownProvider(TEXT, ["openai", "azure", "anthropic", "google", "together", "fireworks"]),
  unpriced: () => {
    // The longest reason: a closed offer, with the longest catalogue id and provider name.
    const model = "fireworks/llama-3.3-70b-instruct";
    const reasons = [
      messages.unpriced({
        kind: "cannot fine-tune",
        model,
        provider: "fireworks",
        offer: "closed",
        since: "2027-01-06",
      }),
      messages.unpriced({ kind: "cannot fine-tune", model, provider: "azure", offer: "not offered" }),
      messages.unpriced({ kind: "dedicated only", model, provider: "together" }),
      messages.unpriced({ kind: "no fine-tuned prices", model }),
      messages.unpriced({ kind: "no dedicated cost" }),
      messages.unpriced({ kind: "weights not hostable", model, provider: "anthropic" }),
    ];
    return reasons.reduce((longest, error) => (error.message.length > longest.message.length ? error : longest));
  },
  noRequests: () => messages.noRequests(),
  unknownAssumption: () => messages.unknownAssumption(TEXT),
  neverBreaksEven: () =>
    messages.neverBreaksEven({
      paysBack: false,
      reason: "discounting-outpaces-savings",
      presentValueOfSavings: HUGE,
      upfrontCost: HUGE,
      annualDiscountRate: 0.123456789,
    }),
  noVolumeBreaksEven: () => messages.noVolumeBreaksEven(HUGE),
  priceTableTooNarrow: () => messages.priceTableTooNarrow(16_384),
  priceTableCell: () => messages.priceTableCell(1_048_576, 16_384, "ft hosting per hour", EXPECTED, TEXT),
  notLogColumn: () => messages.notLogColumn("output_tokens", 1_048_576, 16_384),
  logLengths: () =>
    messages.logLengths([
      { name: "dates", rows: 1_048_576 },
      { name: "input_tokens", rows: 1_048_575 },
      { name: "output_tokens", rows: 1_048_574 },
      { name: "requests", rows: 1_048_573 },
    ]),
  noLoggedRequests: () => messages.noLoggedRequests(),
  workloadGap: () => {
    const reasons = [
      messages.workloadGap({ kind: "no whole month" }),
      messages.workloadGap({ kind: "too few months", months: 2 }),
      messages.workloadGap({ kind: "empty month", month: "2026-12" }),
      messages.workloadGap({ kind: "aggregated" }),
    ];
    return reasons.reduce((longest, error) => (error.message.length > longest.message.length ? error : longest));
  },
  overflow: () => messages.overflow(),
  unexpected: () => messages.unexpected(TEXT),
};

describe("every message at its longest", () => {
  it.each(Object.entries(LONGEST))("%s fits what Excel for Mac shows whole", (_, build) => {
    const error = build();
    expect(["#VALUE!", "#N/A"]).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });
});

/**
 * The numeric domains of the functions' arguments: what each kind of number accepts, with the
 * unit its messages name. Imported as a namespace (`domain.hours`), so that the bundle refers to
 * each by a short name.
 */
import { EARLIEST_DATE, LATEST_DATE, serialFromIso } from "../engine";
import { groupDigits } from "./format";
import { MAX_MONTHS, type NumberDomain } from "./params";

/**
 * A domain with every field set, so that every domain has one shape and the check on the hot
 * path of a broadcast reads its fields at one place in memory.
 */
function domain(fields: Pick<NumberDomain, "expected" | "unit" | "symbol"> & Partial<NumberDomain>): NumberDomain {
  return { min: -Infinity, minExclusive: false, max: Infinity, integer: false, rate: false, date: false, ...fields };
}

const nonNegative = (unit: string, symbol: string): NumberDomain =>
  domain({ expected: `a number ≥ 0 (${unit})`, unit, symbol, min: 0 });

export const tokens = nonNegative("tokens per request", "tokens");
export const examples = nonNegative("training examples", "examples");
export const tokensPerExample = nonNegative("tokens per training example", "tokens");
export const epochs = nonNegative("passes over the training set", "epochs");
export const patterns = nonNegative("distinct input-output patterns", "patterns");
export const price = nonNegative("US dollars per 1M tokens", "$ per 1M tokens");
export const costPerRequest = nonNegative("US dollars per request", "$/request");
export const cost = nonNegative("US dollars", "$");
export const monthlyCost = nonNegative("US dollars per month", "$/month");
export const signedMonthlyAmount = domain({
  expected: "a number (US dollars per month)",
  unit: "US dollars per month",
  symbol: "$/month",
});
export const signedAmountPerRequest = domain({
  expected: "a number (US dollars per request)",
  unit: "US dollars per request",
  symbol: "$/request",
});
export const volume = nonNegative("requests per month", "requests/month");
/** A usage log's tokens in one row: of its request, or of its period's requests. */
export const logTokens = nonNegative("tokens", "tokens");
/** A usage log's requests in one row (a period of a provider's export). */
export const logRequests = nonNegative("requests", "requests");
export const hours = nonNegative("hours", "hours");
export const hourlyRate = nonNegative("US dollars per hour", "$/hour");
export const months = nonNegative("months", "months");
export const positiveMonths = domain({
  expected: "a number of months > 0",
  unit: "months",
  symbol: "months",
  min: 0,
  minExclusive: true,
});
export const wholeMonths = domain({
  expected: `a whole number of months from 0 to ${groupDigits(MAX_MONTHS)}`,
  unit: "months",
  symbol: "months",
  min: 0,
  max: MAX_MONTHS,
  integer: true,
});
export const rate = domain({
  expected: "a decimal greater than -1 and at most 1 (0.10 = 10%)",
  unit: "decimal, at most 1 (100%)",
  symbol: "decimal",
  min: -1,
  minExclusive: true,
  max: 1,
  rate: true,
});
/** A share of a whole, such as the share of input tokens read from a cache: 0 to 1 (100%). */
export const share = domain({
  expected: "a decimal from 0 to 1 (0.25 = 25%)",
  unit: "decimal from 0 to 1",
  symbol: "share",
  min: 0,
  max: 1,
  rate: true,
});
export const horizonMonths = domain({
  expected: `a whole number of months from 1 to ${groupDigits(MAX_MONTHS)}`,
  unit: "months",
  symbol: "months",
  min: 1,
  max: MAX_MONTHS,
  integer: true,
});
/** Draws of a simulation: enough for stable percentiles, few enough to finish in about a second. */
export const samples = domain({
  expected: "a whole number of samples from 100 to 1,000,000",
  unit: "samples",
  symbol: "samples",
  min: 100,
  max: 1_000_000,
  integer: true,
});
/** A generator's seed: 32 bits, so that no two seeds give the same draws. */
export const seed = domain({
  expected: "a whole number from 0 to 4,294,967,295",
  unit: "seed",
  symbol: "seed",
  min: 0,
  max: 0xffffffff,
  integer: true,
});

/** A calendar day from 2020 to 2100: an Excel date serial, or text such as "2027-01-01". */
export const date = domain({
  expected: `a date from ${EARLIEST_DATE} to ${LATEST_DATE} (an Excel date, or text such as "2027-01-01")`,
  unit: "Excel date",
  symbol: "date",
  min: serialFromIso(EARLIEST_DATE),
  max: serialFromIso(LATEST_DATE) + 0.999_999,
  date: true,
});

/** A throughput of one GPU: tokens per second, more than 0. */
export const throughput = domain({
  expected: "a number of tokens per second > 0",
  unit: "tokens per second",
  symbol: "tokens/s",
  min: 0,
  minExclusive: true,
});
/** The price of renting one GPU for an hour, more than 0. */
export const gpuHourlyPrice = domain({
  expected: "a price > 0 in US dollars per GPU-hour",
  unit: "US dollars per GPU-hour",
  symbol: "$/GPU-hour",
  min: 0,
  minExclusive: true,
});
/** The share of a GPU's capacity a service uses: more than 0, at most 1 (100%). */
export const utilization = domain({
  expected: "a decimal above 0 and at most 1 (0.6 = 60%)",
  unit: "decimal above 0, at most 1",
  symbol: "share",
  min: 0,
  minExclusive: true,
  max: 1,
  rate: true,
});
/** A number of GPUs: whole, at least 1. */
export const gpus = domain({
  expected: "a whole number of GPUs ≥ 1",
  unit: "GPUs",
  symbol: "GPUs",
  min: 1,
  integer: true,
});

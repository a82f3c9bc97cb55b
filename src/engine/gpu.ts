/**
 * Serving a fine-tuned open-weight model on GPUs of its own, rented by the hour (SPEC 3.11): the
 * whole GPUs a monthly volume needs, on all month, and what they cost.
 */
import { assumption } from "./assumptions";
import { HOURS_PER_MONTH } from "./compare";

/** The published prefill-to-decode ratio, for a prefill throughput left out (SPEC 3.11). */
const PREFILL_DECODE_RATIO = assumption("prefill_decode_ratio");

/** Seconds in the 730-hour month every monthly figure uses. */
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** More GPUs than any real service rents for one model: inputs that ask for more describe none. */
export const MAX_GPUS = 100_000;

/** Inputs of {@link gpuCount} and {@link gpuMonthlyCost}. */
export interface GpuServingInput {
  requestsPerMonth: number;
  inputTokens: number;
  outputTokens: number;
  /** US dollars per GPU-hour. */
  gpuHourlyPrice: number;
  /** Output tokens one GPU generates per second while serving many requests at once (decode). */
  outputTokensPerSecond: number;
  /**
   * Input tokens one GPU reads per second while serving many requests at once (prefill); left
   * out, the published prefill-to-decode ratio times the output throughput.
   */
  inputTokensPerSecond?: number;
  /** The share of a GPU's capacity the service can use, in (0, 1]. */
  utilization: number;
  /** The fewest GPUs rented, a whole number ≥ 1. */
  minGpus: number;
}

/** GPU-seconds one request takes: its prefill and its decode. */
export const gpuSecondsPerRequest = (input: GpuServingInput): number =>
  input.inputTokens / (input.inputTokensPerSecond ?? PREFILL_DECODE_RATIO * input.outputTokensPerSecond) +
  input.outputTokens / input.outputTokensPerSecond;

/**
 * How far, relative to the whole number, a load may sit above it and still be that number: the few
 * units in the last place that the load's six roundings can add. One request more than a whole
 * number of GPUs' capacity lies far outside it for any service of up to MAX_GPUS.
 */
const LAST_DIGITS = 8 * Number.EPSILON;

/**
 * Whole GPUs the volume needs, on all month: max(min_gpus, ceil(requests x seconds per request /
 * (730 x 3600 x utilization))). A load that is a whole number of GPUs but for a float's last
 * digits (exactly one GPU's capacity) takes that number, not one more.
 *
 * @example
 * gpuCount({ requestsPerMonth: 1_000_000, inputTokens: 1000, outputTokens: 200, gpuHourlyPrice: 4,
 *   outputTokensPerSecond: 2000, inputTokensPerSecond: 20000, utilization: 0.5, minGpus: 1 }); // 1
 */
export function gpuCount(input: GpuServingInput): number {
  const load = (input.requestsPerMonth * gpuSecondsPerRequest(input)) / (SECONDS_PER_MONTH * input.utilization);
  const whole = Math.round(load);
  const needed = Math.abs(load - whole) <= LAST_DIGITS * whole ? whole : Math.ceil(load);
  return Math.max(input.minGpus, needed);
}

/**
 * US dollars a month of whole GPUs rented all month: GPUs x 730 x gpu_hourly_price.
 *
 * @example
 * gpusMonthlyCost(2, 4); // 5840
 */
export const gpusMonthlyCost = (gpus: number, gpuHourlyPrice: number): number =>
  gpus * HOURS_PER_MONTH * gpuHourlyPrice;

/**
 * US dollars a month of the GPUs that serve the volume: {@link gpuCount} x 730 x gpu_hourly_price.
 *
 * @example
 * gpuMonthlyCost({ requestsPerMonth: 1_000_000, inputTokens: 1000, outputTokens: 200, gpuHourlyPrice: 4,
 *   outputTokensPerSecond: 2000, inputTokensPerSecond: 20000, utilization: 0.5, minGpus: 1 }); // 2920
 */
export function gpuMonthlyCost(input: GpuServingInput): number {
  return gpusMonthlyCost(gpuCount(input), input.gpuHourlyPrice);
}

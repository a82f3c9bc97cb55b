/**
 * The one tolerance helper for floating-point results. `decimals` is the precision the expected
 * value is given to (2 = to the cent); a relative term of 1e-12 absorbs rounding in large sums.
 */
export function toleranceFor(expected: number, decimals = 9): number {
  return 0.5 * 10 ** -decimals + 1e-12 * Math.abs(expected);
}

export function isNear(actual: unknown, expected: number, decimals = 9): boolean {
  return typeof actual === "number" && Math.abs(actual - expected) <= toleranceFor(expected, decimals);
}

export function expectNear(actual: unknown, expected: number, decimals = 9): void {
  if (!isNear(actual, expected, decimals)) {
    throw new Error(`expected ${String(actual)} to be within ${toleranceFor(expected, decimals)} of ${expected}`);
  }
}

/** Decimals written in a number literal: 3.6364 has 4; a whole number counts as exact (9). */
export function decimalsOf(literal: number): number {
  const text = String(literal);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 9 : text.length - dot - 1;
}

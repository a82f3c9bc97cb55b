/** The middle value of a sample: the figure each benchmark reports, robust to a stray slow round. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

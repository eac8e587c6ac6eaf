/** Summary statistics for benchmark samples. */

export interface Summary {
  runs: number;
  median: number;
  /** 95th percentile by the nearest-rank method. */
  p95: number;
  min: number;
  max: number;
}

function sortedCopy(values: readonly number[]): number[] {
  if (values.length === 0) {
    throw new RangeError('Cannot summarize an empty list of samples');
  }
  return [...values].sort((a, b) => a - b);
}

/** Returns the value at percentile `p` (0 to 100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = sortedCopy(values);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = sortedCopy(values);
  return {
    runs: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/** Formats a range of whole or decimal numbers as `a` or `a–b`. */
export function formatRange(values: readonly number[], digits = 0): string {
  const sorted = sortedCopy(values);
  const low = (sorted[0] as number).toFixed(digits);
  const high = (sorted[sorted.length - 1] as number).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
}

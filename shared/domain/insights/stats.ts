// Order statistics for durations. Quantiles interpolate linearly between the two nearest ranks
// (the usual "type 7" definition, as in NumPy and R), so the median of an even count is the mean
// of the two middle values and p90 of 1..10 is 9.1.

/** The q-quantile (0..1) of ascending values; null for none. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length
  if (n === 0) return null
  const position = (n - 1) * Math.min(1, Math.max(0, q))
  const below = Math.floor(position)
  const above = Math.min(n - 1, below + 1)
  const low = sorted[below] ?? 0
  const high = sorted[above] ?? 0
  return low + (high - low) * (position - below)
}

export interface DistributionSummary {
  /** How many values were known. */
  count: number
  median: number | null
  p90: number | null
}

/** Median and p90 of ascending values. */
export function summarizeSorted(sorted: ArrayLike<number>): DistributionSummary {
  return {
    count: sorted.length,
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  }
}

/** Median and p90 of the values, in any order (not modified). */
export function summarize(values: readonly number[]): DistributionSummary {
  return summarizeSorted(Float64Array.from(values).sort())
}

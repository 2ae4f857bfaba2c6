/** Percentile of already-sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Times `fn` once, in milliseconds. */
export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

export interface BenchFigure {
  name: string
  value: number
  unit: string
  budget?: number
  /** 'max' when lower is better and the value must stay at or under the budget. */
  within?: boolean
}

export function figure(name: string, value: number, unit: string, budget?: number): BenchFigure {
  return budget === undefined
    ? { name, value: round(value), unit }
    : { name, value: round(value), unit, budget, within: value <= budget }
}

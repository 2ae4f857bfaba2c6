// Choosing the query_range step: about one point per pixel, never past Prometheus's limit.

/** Prometheus refuses a range query when (end - start) / step exceeds 11,000. */
export const PROMETHEUS_MAX_RESOLUTION = 11_000
/** We stay one below so a series never has more than 11,000 points (start and end included). */
export const MAX_POINTS_PER_SERIES = 11_000

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Steps people recognise on an axis; beyond a day, whole days. */
export const FRIENDLY_STEPS_MS: readonly number[] = [
  1 * SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  1 * MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  1 * DAY,
]

/** How many samples Prometheus returns per series for this range and step. */
export function pointCount(startMs: number, endMs: number, stepMs: number): number {
  if (!(endMs >= startMs) || !(stepMs > 0)) return 0
  return Math.floor((endMs - startMs) / stepMs) + 1
}

function roundUpToFriendly(targetMs: number): number {
  for (const step of FRIENDLY_STEPS_MS) if (step >= targetMs) return step
  return Math.ceil(targetMs / DAY) * DAY
}

export interface StepOptions {
  /** Never step finer than this, typically the scrape interval. */
  minStepMs?: number
}

/**
 * The step (ms) for a chart `widthPx` wide: about one point per pixel, rounded up to a friendly
 * step, never finer than a second or `minStepMs`, and never giving a series more than 11,000
 * points however wide the chart.
 */
export function chooseStep(
  startMs: number,
  endMs: number,
  widthPx: number,
  options: StepOptions = {},
): number {
  const floor = Math.max(SECOND, options.minStepMs ?? 0)
  const rangeMs = endMs - startMs
  if (!Number.isFinite(rangeMs) || rangeMs <= 0) return roundUpToFriendly(floor)
  const pixels = Number.isFinite(widthPx) && widthPx >= 1 ? Math.floor(widthPx) : 1
  // floor(range / step) + 1 <= MAX  <=>  step >= range / (MAX - 1)
  const limitStep = rangeMs / (MAX_POINTS_PER_SERIES - 1)
  return roundUpToFriendly(Math.max(rangeMs / pixels, limitStep, floor))
}

/** A PromQL duration for a range selector: "30d", "6h", "5m", "90s", "1500ms". */
export function formatPromDuration(ms: number): string {
  const whole = Math.max(1, Math.round(ms))
  const units: [number, string][] = [
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'm'],
    [SECOND, 's'],
  ]
  for (const [size, suffix] of units) if (whole % size === 0) return `${whole / size}${suffix}`
  return `${whole}ms`
}

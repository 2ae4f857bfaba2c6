// Service level objectives as the user defines them per service.
import { z } from 'zod'

export const SLO_PERIOD_DAYS = 30
export const DAY_MS = 24 * 60 * 60 * 1000

/** The placeholder availability queries carry for their range, like `[$window]`. */
export const WINDOW_PLACEHOLDER = '$window'

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/

const common = {
  service: z.string().trim().min(1).max(100),
  name: z.string().trim().max(120).optional(),
  /** Share of good events (or good time) promised, strictly between 0 and 1: 0.99, 0.999. */
  target: z.number().gt(0).lt(1),
  periodDays: z.number().int().min(1).max(366).default(SLO_PERIOD_DAYS),
}

const withWindow = z
  .string()
  .trim()
  .min(1)
  .refine((query) => query.includes(WINDOW_PLACEHOLDER), {
    message: `use ${WINDOW_PLACEHOLDER} for the range, as in rate(http_requests_total[${WINDOW_PLACEHOLDER}])`,
  })

export const latencySloSchema = z.object({
  ...common,
  kind: z.literal('latency'),
  /** Histogram base name, without _bucket: http_request_duration_seconds. */
  histogram: z.string().regex(METRIC_NAME, 'a metric name, without _bucket'),
  /** Label matchers without braces: service="leaderboard-api". */
  selector: z.string().trim().max(1000).default(''),
  thresholdSeconds: z.number().positive(),
  /**
   * The exact `le` label value of the threshold's bucket as the histogram exports it ("3",
   * "3.0"): label matching is textual. Fill it with findBucketLabel from the server's values.
   */
  bucketLabel: z.string().min(1).optional(),
})

export const availabilitySloSchema = z.object({
  ...common,
  kind: z.literal('availability'),
  /** Rate of good events over $window, e.g. sum(rate(http_requests_total{code!~"5.."}[$window])). */
  goodQuery: withWindow,
  totalQuery: withWindow,
})

export const uptimeSloSchema = z.object({
  ...common,
  kind: z.literal('uptime'),
  /** A series selector of 0/1 samples, usually up{job="..."}; its average over time is the SLI. */
  upSelector: z.string().trim().min(1).max(1000),
})

export const sloDefinitionSchema = z.discriminatedUnion('kind', [
  latencySloSchema,
  availabilitySloSchema,
  uptimeSloSchema,
])
export type SloDefinition = z.infer<typeof sloDefinitionSchema>
export type LatencySlo = z.infer<typeof latencySloSchema>

export interface BucketMatch {
  /** The exact label value to match, or null when the histogram has no bucket there. */
  label: string | null
  /** The closest bucket bounds below and above the threshold, to suggest instead. */
  nearest: number[]
}

/**
 * Picks the `le` value equal to the threshold among the histogram's label values ("3" from Go
 * clients, "3.0" from Python and OpenMetrics ones). Without an exact bucket the SLI cannot be
 * computed from the histogram, so the caller shows the nearest bounds.
 */
export function findBucketLabel(
  thresholdSeconds: number,
  leValues: readonly string[],
): BucketMatch {
  const bounds = leValues
    .map((label) => ({ label, bound: Number(label) }))
    .filter((entry) => Number.isFinite(entry.bound))
  const exact = bounds.find(
    (entry) => Math.abs(entry.bound - thresholdSeconds) <= 1e-9 * Math.max(1, thresholdSeconds),
  )
  if (exact) return { label: exact.label, nearest: [] }
  const below = bounds.filter((entry) => entry.bound < thresholdSeconds).map((entry) => entry.bound)
  const above = bounds.filter((entry) => entry.bound > thresholdSeconds).map((entry) => entry.bound)
  const nearest = [
    ...(below.length ? [Math.max(...below)] : []),
    ...(above.length ? [Math.min(...above)] : []),
  ]
  return { label: null, nearest }
}

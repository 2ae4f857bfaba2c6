// The sample's pinned charts, computed from the generated leaderboard-api traffic that the test
// Prometheus is backfilled with (e2e/support/prometheus-harness-data.ts), the way Prometheus would
// answer the same range queries. Ratios and quantiles use whole scrape intervals inside each
// window, so rate()'s extrapolation, which cancels in them, is not needed.
import {
  buildIncidentHistory,
  HISTOGRAM,
  intervalsInWindow,
  truthAvailabilitySli,
  truthLatencySli,
  truthQuantile,
  type IncidentHistory,
  type ServiceTraffic,
} from '../../../e2e/support/prometheus-harness-data'
import type { ColumnarMatrix, Labels } from '../../../shared/domain/prometheus/columnar'
import { chooseStep } from '../../../shared/domain/prometheus/step'
import type { Unit } from '../../../shared/domain/prometheus/units'
import { burnRate } from '../../../shared/domain/slo/burn-rate'
import { burnRateQuery, latencyQuantileQuery } from '../../../shared/domain/slo/promql'
import { MINUTE_MS, SERVICE, SLO } from './story'
import { PIN_TIMES } from './story-steps'

const HOUR_MS = 60 * MINUTE_MS
const RATE_WINDOW_MS = 5 * MINUTE_MS
/** The width the app's chart asks a step for. */
const CHART_WIDTH_PX = 800

export type StoryChartKey = 'p99' | 'errors' | 'cpu' | 'burnRate'

export interface StoryChart {
  key: StoryChartKey
  query: string
  unit: Unit
  caption: string
  startMs: number
  endMs: number
  stepMs: number
  /** When the chart is pinned, in minutes after the go-live. */
  pinnedAt: number
  matrix: ColumnarMatrix
  /** A line worth drawing on the picture (the SLO's threshold), in the chart's unit. */
  threshold: number | null
}

/** The generated traffic, placed so that the latency rise starts at `t0` (the go-live). */
export function storyHistory(t0: number): IncidentHistory {
  // The history ends an hour before the "now" it is given, and its incident starts 3 h before it.
  return buildIncidentHistory(t0 + 4 * HOUR_MS)
}

function leaderboard(history: IncidentHistory): ServiceTraffic {
  return history.services[SERVICE]
}

/** p99 latency in seconds over the 5 minutes before `atMs`. */
export function p99At(history: IncidentHistory, atMs: number): number {
  const intervals = intervalsInWindow(history, atMs, RATE_WINDOW_MS)
  return intervals.length ? truthQuantile(leaderboard(history), intervals, 0.99) : Number.NaN
}

/** Share of requests failing over the 5 minutes before `atMs`. */
export function errorRatioAt(history: IncidentHistory, atMs: number): number {
  const intervals = intervalsInWindow(history, atMs, RATE_WINDOW_MS)
  return intervals.length ? 1 - truthAvailabilitySli(leaderboard(history), intervals) : Number.NaN
}

/** Share of requests slower than the SLO's 3 s over the window before `atMs`. */
export function slowShareAt(history: IncidentHistory, atMs: number, windowMs: number): number {
  const intervals = intervalsInWindow(history, atMs, windowMs)
  if (!intervals.length) return Number.NaN
  return 1 - truthLatencySli(leaderboard(history), intervals, SLO.bucketLabel)
}

/** The latency SLO's burn rate over the window before `atMs`. */
export function burnRateAt(history: IncidentHistory, atMs: number, windowMs = HOUR_MS): number {
  const share = slowShareAt(history, atMs, windowMs)
  return Number.isNaN(share) ? Number.NaN : (burnRate(1 - share, SLO.target) ?? Number.NaN)
}

interface Grid {
  startMs: number
  endMs: number
  stepMs: number
  times: Float64Array
}

function gridEnding(t0: number, endMinute: number, spanMinutes: number): Grid {
  const endMs = t0 + endMinute * MINUTE_MS
  const startMs = endMs - spanMinutes * MINUTE_MS
  const stepMs = chooseStep(startMs, endMs, CHART_WIDTH_PX)
  const times: number[] = []
  for (let t = startMs; t <= endMs; t += stepMs) times.push(t)
  return { startMs, endMs, stepMs, times: Float64Array.from(times) }
}

function singleSeries(grid: Grid, valueAt: (atMs: number) => number): ColumnarMatrix {
  const values = grid.times.map((t) => valueAt(t))
  return {
    timestampsMs: grid.times,
    series: [{ labels: {}, values }],
    droppedSeries: 0,
    histogramSeries: 0,
  }
}

const FIRST_PODS = ['2kxqz', '8hn4w', 'c5rtp', 'vx9lm']
const SCALED_PODS = ['p7wqd', 'zt2kf']
/** The autoscaler added two pods at 13:55, on in-flight requests. */
export const SCALE_OUT_MINUTE = 15

/**
 * CPU used over the limit, per pod: the same total work spread over 4 pods, then 6. Slow
 * requests wait on the database, which costs the pods no CPU, so nothing saturates.
 */
function cpuMatrix(t0: number, grid: Grid): ColumnarMatrix {
  const scaledAt = t0 + SCALE_OUT_MINUTE * MINUTE_MS
  const pods = [...FIRST_PODS, ...SCALED_PODS]
  const series = pods.map((suffix, index) => {
    // rate() over 5 minutes is smooth: slow waves, a different phase per pod.
    const wobble = (t: number) =>
      0.05 * Math.sin(t / (17 * MINUTE_MS) + index * 1.7) +
      0.025 * Math.sin(t / (4.3 * MINUTE_MS) + index * 2.9)
    const labels: Labels = { pod: `leaderboard-api-6f7d9c8b54-${suffix}` }
    const values = grid.times.map((t) => {
      const started = index < FIRST_PODS.length || t >= scaledAt + MINUTE_MS
      if (!started) return Number.NaN
      const podCount = t >= scaledAt ? pods.length : FIRST_PODS.length
      const total = 1.22 + 0.06 * Math.sin((t / HOUR_MS) * 0.7)
      return Math.round((total / podCount) * (1 + wobble(t)) * 1000) / 1000
    })
    return { labels, values }
  })
  return { timestampsMs: grid.times, series, droppedSeries: 0, histogramSeries: 0 }
}

const SELECTOR = `service="${SERVICE}"`

/** The four charts the responders pinned, with what Prometheus would have answered. */
export function storyCharts(t0: number): StoryChart[] {
  const history = storyHistory(t0)
  const chart = (
    key: StoryChartKey,
    pinnedAt: number,
    spanMinutes: number,
    rest: Omit<StoryChart, 'key' | 'pinnedAt' | 'startMs' | 'endMs' | 'stepMs' | 'matrix'>,
    build: (grid: Grid) => ColumnarMatrix,
  ): StoryChart => {
    // The last sample is at most the history's end: a chart never shows data nobody had.
    const endMinute = Math.min(pinnedAt, (history.endMs - t0) / MINUTE_MS)
    const grid = gridEnding(t0, Math.floor(endMinute), spanMinutes)
    const { startMs, endMs, stepMs } = grid
    return { key, pinnedAt, startMs, endMs, stepMs, matrix: build(grid), ...rest }
  }
  return [
    chart(
      'p99',
      PIN_TIMES.p99,
      120,
      {
        query: latencyQuantileQuery(HISTOGRAM, SELECTOR, 0.99, RATE_WINDOW_MS),
        unit: 'seconds',
        caption:
          'p99 latency of leaderboard-api: from 0.24 s to 7 s after the 13:40 go-live (SLO 3 s)',
        threshold: SLO.thresholdSeconds,
      },
      (grid) => singleSeries(grid, (t) => p99At(history, t)),
    ),
    chart(
      'errors',
      PIN_TIMES.errors,
      120,
      {
        query: `sum(rate(http_requests_total{${SELECTOR}, code=~"5.."}[5m])) / sum(rate(http_requests_total{${SELECTOR}}[5m]))`,
        unit: 'ratio',
        caption: 'Error ratio of leaderboard-api: 2% of requests fail (client timeouts)',
        threshold: null,
      },
      (grid) => singleSeries(grid, (t) => errorRatioAt(history, t)),
    ),
    chart(
      'cpu',
      PIN_TIMES.cpu,
      120,
      {
        query:
          'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="leaderboard", container="leaderboard-api"}[5m])) / sum by (pod) (kube_pod_container_resource_limits{namespace="leaderboard", container="leaderboard-api", resource="cpu"})',
        unit: 'ratio',
        caption:
          'CPU per pod over its limit: under 35% throughout; the autoscaler went from 4 to 6 pods at 13:55',
        threshold: null,
      },
      (grid) => cpuMatrix(t0, grid),
    ),
    chart(
      'burnRate',
      PIN_TIMES.burnRate,
      240,
      {
        query: burnRateQuery({ ...SLO, bucketLabel: SLO.bucketLabel }, HOUR_MS),
        unit: 'none',
        caption:
          '1-hour burn rate of the 3 s latency SLO: peaked at 21.7, back under 1 an hour after the flag went off',
        threshold: 1,
      },
      (grid) => singleSeries(grid, (t) => burnRateAt(history, t)),
    ),
  ]
}

// Against a real Prometheus backfilled with a known incident: the p99, SLIs, burn rates, alert
// state and budget the app computes must equal what the generated requests say.
//
// Tolerance: 1e-9 relative. The ground truth (e2e/support/prometheus-harness-data.ts) sums the
// generated requests over exactly the scrape intervals rate() sees in each window; rate()'s
// extrapolation multiplies every series scraped at the same times by the same factor, so it
// cancels in the ratios (SLI) and in histogram_quantile's bucket shares; what remains is float
// rounding. (Counters start from earlier traffic, so rate()'s "stop extrapolating at zero" rule
// never applies to one series and not another.) Evaluation times sit half a scrape off the sample grid, where Prometheus 2.x (closed
// range windows) and 3.x (left-open) see the same samples.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  HISTOGRAM,
  intervalsInWindow,
  SLO_BUCKET_LABEL,
  truthAvailabilitySli,
  truthLatencySli,
  truthQuantile,
  type IncidentHistory,
} from '../../../../e2e/support/prometheus-harness-data'
import { startPrometheus, type PrometheusHarness } from '../../../../e2e/support/prometheus-harness'
import { chooseStep, pointCount } from '../../../../shared/domain/prometheus/step'
import { burnRate } from '../../../../shared/domain/slo/burn-rate'
import { findBucketLabel, sloDefinitionSchema } from '../../../../shared/domain/slo/definition'
import {
  incidentImpact,
  incidentSliQuery,
  latencyQuantileQuery,
  sloQueries,
  summarizeSlo,
} from '../../../../shared/domain/slo/promql'
import { SourceError } from '../http'
import { createPrometheusClient, type PrometheusClient } from './client'
import { PrometheusApiError } from './errors'
import { evaluatePanel, loadHealthCheckPacks } from './health-check-packs'

const MINUTE = 60_000
const HALF_SCRAPE = 7_500
const SERVICE = 'service="leaderboard-api"'
let harness: PrometheusHarness
let history: IncidentHistory
let client: PrometheusClient

beforeAll(async () => {
  harness = await startPrometheus()
  history = harness.history!
  client = createPrometheusClient({ baseUrl: harness.url, timeoutMs: 10_000 })
})
afterAll(() => harness?.stop())

const leaderboard = () => history.services['leaderboard-api']
const calm = () => history.incidentStartMs - 60 * MINUTE + HALF_SCRAPE
const ramp = () => history.incidentStartMs + 10 * MINUTE + HALF_SCRAPE
const peak = () => history.incidentStartMs + 90 * MINUTE + HALF_SCRAPE

async function instant(query: string, timeMs: number): Promise<number | null> {
  const result = await client.query(query, { timeMs })
  if (result.resultType !== 'vector') throw new Error(`expected a vector from ${query}`)
  return result.samples[0]?.value ?? null
}

function expectClose(actual: number | null, expected: number) {
  expect(actual).not.toBeNull()
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  )
}

const latencySlo = sloDefinitionSchema.parse({
  kind: 'latency',
  service: 'leaderboard-api',
  histogram: HISTOGRAM,
  selector: SERVICE,
  thresholdSeconds: 3,
  bucketLabel: SLO_BUCKET_LABEL,
  target: 0.99,
})
const availabilitySlo = sloDefinitionSchema.parse({
  kind: 'availability',
  service: 'leaderboard-api',
  goodQuery: `sum(rate(http_requests_total{${SERVICE}, code!~"5.."}[$window]))`,
  totalQuery: `sum(rate(http_requests_total{${SERVICE}}[$window]))`,
  target: 0.999,
})

describe('latency from the backfilled histogram', () => {
  it('p99 rises from about 0.24 s to 7 s, exactly as the generated requests say', async () => {
    const query = latencyQuantileQuery(HISTOGRAM, SERVICE, 0.99, 5 * MINUTE)
    for (const time of [calm(), ramp(), peak()]) {
      const truth = truthQuantile(leaderboard(), intervalsInWindow(history, time, 5 * MINUTE), 0.99)
      expectClose(await instant(query, time), truth)
    }
    expect(await instant(query, calm())).toBeCloseTo(0.2425, 9)
    expect(await instant(query, peak())).toBeCloseTo(7, 9)
  })

  it('charts the incident window at one point per pixel, matching the truth at every point', async () => {
    const startMs = history.incidentStartMs - 30 * MINUTE + HALF_SCRAPE
    const endMs = history.incidentEndMs + 30 * MINUTE + HALF_SCRAPE
    const stepMs = chooseStep(startMs, endMs, 1200)
    expect(stepMs).toBe(10_000)
    const query = latencyQuantileQuery(HISTOGRAM, SERVICE, 0.99, 5 * MINUTE)
    const { matrix } = await client.queryRange(query, { startMs, endMs, stepMs })
    expect(matrix.timestampsMs.length).toBe(pointCount(startMs, endMs, stepMs))
    const values = matrix.series[0]!.values
    matrix.timestampsMs.forEach((time, index) => {
      const truth = truthQuantile(leaderboard(), intervalsInWindow(history, time, 5 * MINUTE), 0.99)
      expectClose(values[index] ?? null, truth)
    })
    expect(Math.max(...values)).toBeCloseTo(7, 9)
  })

  it('finds the SLO bucket as the histogram spells it; the naive le="3" gives no data, not 100%', async () => {
    const les = await client.labelValues('le', { match: [`${HISTOGRAM}_bucket{${SERVICE}}`] })
    expect(findBucketLabel(3, les)).toEqual({ label: '3.0', nearest: [] })
    const naive = { ...latencySlo, bucketLabel: undefined }
    const [period] = sloQueries(naive)
    expect(await instant(period!.query, peak())).toBeNull()
  })
})

describe('SLO burn rates and the multiwindow alert', () => {
  it.each([
    ['latency', latencySlo],
    ['availability', availabilitySlo],
  ] as const)(
    '%s: at the peak every window matches the truth and the page fires',
    async (_, slo) => {
      const queries = sloQueries(slo)
      const answers = await Promise.all(queries.map((q) => instant(q.query, peak())))
      const status = summarizeSlo(
        slo,
        Object.fromEntries(queries.map((q, i) => [q.key, answers[i]])),
      )
      for (const q of queries) {
        const intervals = intervalsInWindow(history, peak(), q.windowMs)
        const sli =
          slo.kind === 'latency'
            ? truthLatencySli(leaderboard(), intervals, SLO_BUCKET_LABEL)
            : truthAvailabilitySli(leaderboard(), intervals)
        if (q.key === 'period') expectClose(status.sliOverPeriod, sli)
        else expectClose(status.burnRates[q.key], burnRate(sli, slo.target) ?? NaN)
      }
      expect(status.alert.state).toBe('page')
      expect(status.burnRates['1h']).toBeGreaterThan(14.4)
    },
  )

  it('before the incident nothing burns and no alert is due', async () => {
    const queries = sloQueries(latencySlo)
    const answers = await Promise.all(queries.map((q) => instant(q.query, calm())))
    const status = summarizeSlo(
      latencySlo,
      Object.fromEntries(queries.map((q, i) => [q.key, answers[i]])),
    )
    expect(status.burnRates).toEqual({ '5m': 0, '30m': 0, '1h': 0, '6h': 0 })
    expect(status.alert.state).toBe('ok')
    expect(status.budgetRemaining).toBe(1)
  })

  it.each([
    ['latency', latencySlo],
    ['availability', availabilitySlo],
  ] as const)('%s: the share of the 30-day budget the incident consumed', async (_, slo) => {
    const start = history.incidentStartMs + HALF_SCRAPE
    const end = history.incidentEndMs + HALF_SCRAPE
    const query = incidentSliQuery(slo, start, end)
    const impact = incidentImpact(
      slo,
      query.windowMs,
      await instant(query.query, query.evaluateAtMs),
    )
    const intervals = intervalsInWindow(history, end, query.windowMs)
    const sli =
      slo.kind === 'latency'
        ? truthLatencySli(leaderboard(), intervals, SLO_BUCKET_LABEL)
        : truthAvailabilitySli(leaderboard(), intervals)
    const consumed = ((burnRate(sli, slo.target) ?? NaN) * query.windowMs) / (30 * 24 * 60 * MINUTE)
    expectClose(impact.budgetConsumed, consumed)
    // A 2-hour incident burning around 20x eats roughly 5% of a month's budget.
    expect(impact.budgetConsumed).toBeGreaterThan(0.04)
    expect(impact.budgetConsumed).toBeLessThan(0.07)
  })
})

describe('the RED health check over the incident', () => {
  const red = () =>
    loadHealthCheckPacks(join(process.cwd(), 'templates', 'health-checks')).find(
      (p) => p.id === 'application-red',
    )!

  async function states(timeMs: number) {
    const variables = { service: 'leaderboard-api' }
    const results = await Promise.all(
      red().panels.map((p) => evaluatePanel(client, p, variables, { timeMs })),
    )
    return Object.fromEntries(
      results.map((r) => [r.panelId, { state: r.state, value: r.values[0]?.value }]),
    )
  }

  it('is all green before the incident and flags latency and errors at its peak', async () => {
    const before = await states(calm())
    expect(Object.values(before).map((panel) => panel.state)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ])
    const during = await states(peak())
    // 600 requests per 15 s, 2% failing, p99 at 7 s (rate() extrapolates: close, not equal).
    expect(during['request-rate']?.state).toBe('ok')
    expect(during['request-rate']?.value).toBeCloseTo(40, 9)
    expect(during['error-ratio']?.state).toBe('warn')
    expect(during['error-ratio']?.value).toBeCloseTo(0.02, 12)
    expect(during['latency-p50']?.state).toBe('ok')
    expect(during['latency-p95']?.state).toBe('critical')
    expect(during['latency-p99']?.state).toBe('critical')
    expect(during['latency-p99']?.value).toBeCloseTo(7, 9)
  })
})

describe('errors a responder can act on', () => {
  it('invalid PromQL is bad_data pointing into the query', async () => {
    const query = 'sum(rate(http_requests_total[5m])'
    const error = await client.query(query, { timeMs: peak() }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PrometheusApiError)
    const apiError = error as PrometheusApiError
    expect(apiError.kind).toBe('bad_data')
    expect(apiError.position?.line).toBe(1)
    expect(apiError.position?.offset).toBeGreaterThanOrEqual(0)
    expect(apiError.position?.offset).toBeLessThanOrEqual(query.length)
    expect(apiError.message).toMatch(/^The query has an error at line 1, column \d+: /)
  })

  it('a step that is too fine is refused, and chooseStep fixes it', async () => {
    const range = { startMs: history.startMs, endMs: history.endMs }
    const error = await client
      .queryRange('up', { ...range, stepMs: 1_000 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'too_many_points', code: 'invalid_input' })
    const stepMs = chooseStep(range.startMs, range.endMs, 1_000_000)
    const { matrix } = await client.queryRange(`${HISTOGRAM}_count`, { ...range, stepMs })
    expect(matrix.timestampsMs.length).toBeLessThanOrEqual(11_000)
    expect(matrix.series).toHaveLength(2)
  })

  it('a stopped server is unreachable, and the harness leaves nothing behind', async () => {
    await harness.stop()
    expect(existsSync(harness.dataDir)).toBe(false)
    const error = await client.buildInfo().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SourceError)
    expect(error).toMatchObject({ kind: 'unreachable' })
    expect((error as SourceError).message).toMatch(
      /Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    )
  })
})

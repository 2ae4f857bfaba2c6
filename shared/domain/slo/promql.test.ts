import { describe, expect, it } from 'vitest'
import { findBucketLabel, sloDefinitionSchema, type SloDefinition } from './definition'
import {
  burnRateQuery,
  incidentImpact,
  incidentSliQuery,
  latencyQuantileQuery,
  sliQuery,
  sloQueries,
  summarizeSlo,
} from './promql'

const latency = sloDefinitionSchema.parse({
  kind: 'latency',
  service: 'leaderboard-api',
  histogram: 'http_request_duration_seconds',
  selector: 'service="leaderboard-api"',
  thresholdSeconds: 3,
  bucketLabel: '3.0',
  target: 0.99,
})

describe('SLO PromQL', () => {
  it('latency: the share of requests in the threshold bucket, with its exact le label', () => {
    expect(sliQuery(latency, 3_600_000)).toBe(
      'sum(rate(http_request_duration_seconds_bucket{service="leaderboard-api", le="3.0"}[1h])) / sum(rate(http_request_duration_seconds_count{service="leaderboard-api"}[1h]))',
    )
  })

  it('latency without a recorded label uses the Go client spelling', () => {
    const plain = { ...latency, bucketLabel: undefined, selector: '' }
    expect(sliQuery(plain, 300_000)).toBe(
      'sum(rate(http_request_duration_seconds_bucket{le="3"}[5m])) / sum(rate(http_request_duration_seconds_count{}[5m]))',
    )
  })

  it('availability: substitutes the window into both queries', () => {
    const slo = sloDefinitionSchema.parse({
      kind: 'availability',
      service: 'api',
      goodQuery: 'sum(rate(http_requests_total{code!~"5.."}[$window]))',
      totalQuery: 'sum(rate(http_requests_total[$window]))',
      target: 0.999,
    })
    expect(burnRateQuery(slo, 1_800_000)).toBe(
      '(1 - ((sum(rate(http_requests_total{code!~"5.."}[30m]))) / (sum(rate(http_requests_total[30m]))))) / 0.001',
    )
  })

  it('uptime: the average of up over the window', () => {
    const slo = sloDefinitionSchema.parse({
      kind: 'uptime',
      service: 'api',
      upSelector: 'up{job="api"}',
      target: 0.995,
    })
    expect(sliQuery(slo, 30 * 86_400_000)).toBe('avg(avg_over_time(up{job="api"}[30d]))')
  })

  it('quantiles from the histogram', () => {
    expect(latencyQuantileQuery('h', 'service="a"', 0.99, 300_000)).toBe(
      'histogram_quantile(0.99, sum by (le) (rate(h_bucket{service="a"}[5m])))',
    )
  })

  it('asks for the period SLI and the four burn windows', () => {
    expect(sloQueries(latency).map((q) => [q.key, q.windowMs])).toEqual([
      ['period', 30 * 86_400_000],
      ['5m', 300_000],
      ['30m', 1_800_000],
      ['1h', 3_600_000],
      ['6h', 21_600_000],
    ])
  })

  it('evaluates the incident window at its end, to the second', () => {
    const query = incidentSliQuery(latency, 1_000_000, 1_000_000 + 7_200_400)
    expect(query).toMatchObject({ evaluateAtMs: 8_200_400, windowMs: 7_200_000 })
    expect(query.query).toContain('[2h]')
  })
})

describe('summaries', () => {
  it('turns SLIs into burn rates, budget and the alert state', () => {
    const status = summarizeSlo(latency, {
      period: 0.995,
      '5m': 0.8,
      '30m': 0.85,
      '1h': 0.82,
      '6h': 0.95,
    })
    expect(status.burnRates['5m']).toBeCloseTo(20, 9)
    expect(status.burnRates['1h']).toBeCloseTo(18, 9)
    expect(status.budgetRemaining).toBeCloseTo(0.5, 9)
    expect(status.alert.state).toBe('page')
  })

  it('gives the incident its share of the monthly budget', () => {
    const impact = incidentImpact(latency, 2 * 3_600_000, 0.8)
    expect(impact.burnRate).toBeCloseTo(20, 9)
    expect(impact.budgetConsumed).toBeCloseTo((20 * 2) / 720, 9)
  })
})

describe('definitions', () => {
  it('finds the bucket label whatever its spelling, or the nearest bounds', () => {
    expect(findBucketLabel(3, ['0.5', '1.0', '2.5', '3.0', '+Inf'])).toEqual({
      label: '3.0',
      nearest: [],
    })
    expect(findBucketLabel(3, ['1', '3', '5'])).toEqual({ label: '3', nearest: [] })
    expect(findBucketLabel(3, ['2.5', '5', '+Inf'])).toEqual({ label: null, nearest: [2.5, 5] })
  })

  it('explains an availability query without $window', () => {
    const result = sloDefinitionSchema.safeParse({
      kind: 'availability',
      service: 'api',
      goodQuery: 'sum(rate(ok[5m]))',
      totalQuery: 'sum(rate(all[$window]))',
      target: 0.999,
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/use \$window for the range/)
  })

  it('refuses a target of 100%', () => {
    const bad: Partial<SloDefinition> = { ...latency, target: 1 }
    expect(sloDefinitionSchema.safeParse(bad).success).toBe(false)
  })
})

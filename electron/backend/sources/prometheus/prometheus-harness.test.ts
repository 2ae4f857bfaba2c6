// The test Prometheus's generated incident: what the live tests' ground truth rests on.
import { describe, expect, it } from 'vitest'
import {
  BUCKETS,
  buildIncidentHistory,
  intervalsInWindow,
  toOpenMetrics,
  truthAvailabilitySli,
  truthLatencySli,
  truthQuantile,
} from '../../../../e2e/support/prometheus-harness-data'

const NOW = Date.UTC(2026, 10, 21, 20, 7, 31)
const HOUR = 3_600_000
const history = buildIncidentHistory(NOW)
const leaderboard = history.services['leaderboard-api']

describe('the generated incident', () => {
  it('sits in the recent past, on whole minutes: 7 calm hours, 2 incident hours, 1 calm hour', () => {
    expect(history.endMs).toBe(Date.UTC(2026, 10, 21, 19, 7))
    expect(history.endMs - history.startMs).toBe(10 * HOUR)
    expect(history.incidentStartMs - history.startMs).toBe(7 * HOUR)
    expect(history.incidentEndMs - history.incidentStartMs).toBe(2 * HOUR)
    expect(history.sampleTimesMs).toHaveLength(2401)
  })

  it('has p99 near 0.24 s before and 7 s at the peak, 21.7% slow and 2% failing at the peak', () => {
    const at = (t: number) => intervalsInWindow(history, t, 5 * 60_000)
    const calm = history.incidentStartMs - HOUR
    const peak = history.incidentStartMs + 90 * 60_000
    expect(truthQuantile(leaderboard, at(calm), 0.99)).toBeCloseTo(0.2425, 12)
    expect(truthQuantile(leaderboard, at(peak), 0.99)).toBeCloseTo(7, 12)
    expect(truthLatencySli(leaderboard, at(peak), '3.0')).toBeCloseTo(1 - 130 / 600, 12)
    expect(truthAvailabilitySli(leaderboard, at(peak))).toBeCloseTo(0.98, 12)
    expect(truthAvailabilitySli(leaderboard, at(calm))).toBe(1)
  })

  it('writes OpenMetrics promtool accepts: timestamps, monotonic counters, cumulative buckets, # EOF', () => {
    const text = toOpenMetrics(history)
    expect(text.endsWith('# EOF\n')).toBe(true)
    const bySeries = new Map<string, number[]>()
    for (const line of text.split('\n')) {
      const match = /^(\S+\{[^}]*\}) (\S+) (\d+(?:\.\d+)?)$/.exec(line)
      if (!match) continue
      const values = bySeries.get(match[1]!) ?? []
      values.push(Number(match[2]))
      bySeries.set(match[1]!, values)
    }
    expect(bySeries.size).toBe(2 * (BUCKETS.length + 2 + 2))
    for (const values of bySeries.values()) {
      expect(values).toHaveLength(2401)
      expect(values.every((value, i) => i === 0 || value >= values[i - 1]!)).toBe(true)
    }
    const bucket = (le: string, i: number) =>
      bySeries.get(
        `http_request_duration_seconds_bucket{job="leaderboard",service="leaderboard-api",le="${le}"}`,
      )![i]!
    const count = bySeries.get(
      'http_request_duration_seconds_count{job="leaderboard",service="leaderboard-api"}',
    )!
    for (const i of [0, 1000, 2400]) {
      const cumulative = BUCKETS.map((le) => bucket(le, i))
      expect(cumulative.every((value, k) => k === 0 || value >= cumulative[k - 1]!)).toBe(true)
      expect(bucket('+Inf', i)).toBe(count[i])
    }
  })
})

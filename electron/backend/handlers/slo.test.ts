// SLOs through their channels against a real Prometheus backfilled with a known incident: the
// numbers the impact panel shows must equal those computed from the generated requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BridgeError } from '../../../shared/contract/errors'
import type { SloEvaluation, SloRecord } from '../../../shared/contract/slo'
import type { Incident } from '../../../shared/domain/incident'
import { burnRate } from '../../../shared/domain/slo/burn-rate'
import {
  HISTOGRAM,
  intervalsInWindow,
  SLO_BUCKET_LABEL,
  truthAvailabilitySli,
  truthLatencySli,
} from '../../../e2e/support/prometheus-harness-data'
import { startPrometheus, type PrometheusHarness } from '../../../e2e/support/prometheus-harness'
import { expectOk, testBackend } from '../testing/support'

const MINUTE = 60_000
const HALF_SCRAPE = 7_500
const MONTH = 30 * 24 * 60 * MINUTE
let harness: PrometheusHarness
beforeAll(async () => {
  harness = await startPrometheus()
}, 60_000)
afterAll(() => harness?.stop())

const LATENCY = {
  kind: 'latency',
  service: 'leaderboard-api',
  histogram: HISTOGRAM,
  selector: 'service="leaderboard-api"',
  thresholdSeconds: 3,
  target: 0.99,
} as const
const AVAILABILITY = {
  kind: 'availability',
  service: 'leaderboard-api',
  goodQuery: 'sum(rate(http_requests_total{service="leaderboard-api", code!~"5.."}[$window]))',
  totalQuery: 'sum(rate(http_requests_total{service="leaderboard-api"}[$window]))',
  target: 0.999,
} as const

function expectClose(actual: number | null | undefined, expected: number) {
  expect(actual).not.toBeNull()
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  )
}

/** An incident over the backfilled one (half a scrape off the grid), resolved at its end. */
async function setup() {
  const history = harness.history!
  const start = history.incidentStartMs + HALF_SCRAPE
  const end = history.incidentEndMs + HALF_SCRAPE
  const backend = await testBackend({ start })
  const call = async <T>(channel: string, input: unknown) =>
    expectOk<T>(await backend.dispatch(channel, input))
  const source = await call<{ id: string }>('datasource.save', {
    kind: 'prometheus',
    name: 'Harness',
    url: harness.url,
    auth: { type: 'none' },
  })
  const incident = await call<Incident>('incident.create', {
    title: 'Leaderboard slow',
    severity: 'SEV2',
    services: ['leaderboard-api'],
    startedAt: start,
  })
  backend.clock.now = end
  await call('incident.setStatus', { id: incident.id, status: 'resolved', at: end })
  return { backend, call, sourceId: source.id, incident, start, end }
}

describe('slo.evaluate', () => {
  it.each([
    ['latency', LATENCY],
    ['availability', AVAILABILITY],
  ] as const)('%s: SLI, burn rates, alert and budget consumed match the truth', async (_, def) => {
    const { call, sourceId, incident, start, end } = await setup()
    await call<SloRecord>('slo.save', { definition: def })
    const peak = harness.history!.incidentStartMs + 90 * MINUTE + HALF_SCRAPE
    const [evaluation] = await call<SloEvaluation[]>('slo.evaluate', {
      sourceId,
      incidentId: incident.id,
      atMs: peak,
    })
    expect(evaluation?.error).toBeNull()
    const traffic = harness.history!.services['leaderboard-api']
    const truthSli = (at: number, windowMs: number) => {
      const intervals = intervalsInWindow(harness.history!, at, windowMs)
      return def.kind === 'latency'
        ? truthLatencySli(traffic, intervals, SLO_BUCKET_LABEL)
        : truthAvailabilitySli(traffic, intervals)
    }
    expectClose(evaluation?.sliOverPeriod, truthSli(peak, MONTH))
    for (const [key, windowMs] of [
      ['5m', 5 * MINUTE],
      ['30m', 30 * MINUTE],
      ['1h', 60 * MINUTE],
      ['6h', 360 * MINUTE],
    ] as const) {
      expectClose(evaluation?.burnRates[key], burnRate(truthSli(peak, windowMs), def.target)!)
    }
    expect(evaluation?.alert.state).toBe('page')
    const windowMs = end - start
    const incidentSli = truthSli(end, windowMs)
    expect(evaluation?.incident).toMatchObject({ startMs: start, endMs: end })
    expectClose(evaluation?.incident?.sli, incidentSli)
    expectClose(
      evaluation?.incident?.budgetConsumed,
      (burnRate(incidentSli, def.target)! * windowMs) / MONTH,
    )
  })

  it('reads the bucket label as the histogram spells it ("3.0")', async () => {
    const { call, sourceId, incident } = await setup()
    await call('slo.save', { definition: LATENCY })
    const [evaluation] = await call<SloEvaluation[]>('slo.evaluate', {
      sourceId,
      incidentId: incident.id,
    })
    expect(evaluation?.incident?.sli).not.toBeNull()
    expect(evaluation?.slo.definition).not.toHaveProperty('bucketLabel')
  })

  it('explains a threshold with no bucket, with the nearest ones', async () => {
    const { call, sourceId, incident } = await setup()
    await call('slo.save', { definition: { ...LATENCY, thresholdSeconds: 4 } })
    const [evaluation] = await call<SloEvaluation[]>('slo.evaluate', {
      sourceId,
      incidentId: incident.id,
    })
    expect(evaluation?.error).toBe(
      `${HISTOGRAM} has no bucket at 4 s, so the share of requests under it cannot be read; use 3 s or 5 s.`,
    )
    expect(evaluation?.errorText).toEqual({
      key: 'msgSources:slo.noBucketUseEither',
      params: { histogram: HISTOGRAM, threshold: 4, below: 3, above: 5 },
    })
    expect(evaluation?.alert.state).toBe('no_data')
  })

  it('only evaluates the SLOs of the incident services', async () => {
    const { call, sourceId, incident } = await setup()
    await call('slo.save', { definition: { ...LATENCY, service: 'checkout-api' } })
    expect(await call('slo.evaluate', { sourceId, incidentId: incident.id })).toEqual([])
  })
})

describe('slo definitions', () => {
  it('saves, lists by service, edits and deletes', async () => {
    const { call } = await setup()
    const saved = await call<SloRecord>('slo.save', { definition: AVAILABILITY })
    expect(saved.definition.periodDays).toBe(30)
    await call('slo.save', { id: saved.id, definition: { ...AVAILABILITY, target: 0.995 } })
    const listed = await call<SloRecord[]>('slo.list', { service: 'leaderboard-api' })
    expect(listed.map((slo) => slo.definition.target)).toEqual([0.995])
    await call('slo.delete', { id: saved.id })
    expect(await call('slo.list', {})).toEqual([])
  })

  it('refuses an availability query without $window and saves nothing', async () => {
    const { backend, call } = await setup()
    const result = await backend.dispatch('slo.save', {
      definition: { ...AVAILABILITY, goodQuery: 'sum(rate(ok[5m]))' },
    })
    expect(result.ok).toBe(false)
    expect((result as { error: BridgeError }).error.detail?.fields).toHaveProperty(
      'definition.goodQuery',
    )
    expect(await call('slo.list', {})).toEqual([])
  })
})

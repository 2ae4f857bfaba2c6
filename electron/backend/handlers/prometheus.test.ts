// The Prometheus channels against a real Prometheus (backfilled incident, live exporter and a
// firing rule): what the renderer receives is what the generated data says, errors arrive in a
// form the query editor can show, and a pinned chart survives its source.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BridgeError } from '../../../shared/contract/errors'
import type { ChannelOutput } from '../../../shared/contract/index'
import type { EvidenceItem } from '../../../shared/contract/evidence'
import {
  chartEvidencePayloadSchema,
  type AlertView,
  type IncidentAlert,
  type RangeResult,
} from '../../../shared/contract/prometheus'
import type { Incident } from '../../../shared/domain/incident'
import type { TimelineEvent } from '../../../shared/domain/timeline'
import { latencyQuantileQuery } from '../../../shared/domain/slo/promql'
import {
  HISTOGRAM,
  intervalsInWindow,
  truthQuantile,
} from '../../../e2e/support/prometheus-harness-data'
import {
  LIVE_ALERT,
  startPrometheus,
  type PrometheusHarness,
} from '../../../e2e/support/prometheus-harness'
import { expectOk, testBackend } from '../testing/support'
import { decodeColumns } from './columns-wire'

const MINUTE = 60_000
const HALF_SCRAPE = 7_500
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const P99 = latencyQuantileQuery(HISTOGRAM, 'service="leaderboard-api"', 0.99, 5 * MINUTE)

let harness: PrometheusHarness
beforeAll(async () => {
  harness = await startPrometheus({ liveAlert: true })
}, 60_000)
afterAll(() => harness?.stop())

type Backend = Awaited<ReturnType<typeof testBackend>>
type AlertsAnswer = ChannelOutput<'prometheus.alerts'>

async function withSource(url = harness.url) {
  const backend = await testBackend({ start: Date.now() })
  const call = async <T>(channel: string, input: unknown) =>
    expectOk<T>(await backend.dispatch(channel, input))
  const source = await call<{ id: string }>('datasource.save', {
    kind: 'prometheus',
    name: 'Harness',
    url,
    auth: { type: 'none' },
    timeoutMs: 10_000,
  })
  return { backend, call, sourceId: source.id }
}

async function failure(backend: Backend, channel: string, input: unknown): Promise<BridgeError> {
  const result = await backend.dispatch(channel, input)
  if (result.ok) throw new Error(`${channel} succeeded where a failure was expected`)
  return result.error
}

function incidentRange() {
  const history = harness.history!
  return {
    startMs: history.incidentStartMs - 30 * MINUTE + HALF_SCRAPE,
    endMs: history.incidentEndMs + 30 * MINUTE + HALF_SCRAPE,
    stepMs: 60_000,
  }
}

describe('prometheus.queryRange', () => {
  it('answers columns on the query grid that match the generated p99 at every point', async () => {
    const { call, sourceId } = await withSource()
    const range = incidentRange()
    const result = await call<RangeResult>('prometheus.queryRange', {
      sourceId,
      query: P99,
      ...range,
    })
    expect(result.sourceName).toBe('Harness')
    const matrix = decodeColumns(result.columns)
    expect(matrix.timestampsMs[0]).toBe(range.startMs)
    expect(matrix.timestampsMs.length).toBe((range.endMs - range.startMs) / range.stepMs + 1)
    expect(matrix.series).toHaveLength(1)
    const values = matrix.series[0]!.values
    const leaderboard = harness.history!.services['leaderboard-api']
    matrix.timestampsMs.forEach((time, index) => {
      const windowIntervals = intervalsInWindow(harness.history!, time, 5 * MINUTE)
      const truth = truthQuantile(leaderboard, windowIntervals, 0.99)
      expect(values[index]).toBeCloseTo(truth, 9)
    })
    expect(Math.max(...values)).toBeCloseTo(7, 9)
  })

  it('keeps at most maxSeries series and says how many it left out', async () => {
    const { call, sourceId } = await withSource()
    const result = await call<RangeResult>('prometheus.queryRange', {
      sourceId,
      query: `${HISTOGRAM}_bucket`,
      ...incidentRange(),
      maxSeries: 5,
    })
    expect(result.columns.series).toHaveLength(5)
    // Ten buckets for each of the two services.
    expect(result.columns.droppedSeries).toBe(15)
  })

  it('points a parse error at its position in the query', async () => {
    const { backend, sourceId } = await withSource()
    const query = 'sum(rate(http_requests_total[5m])'
    const error = await failure(backend, 'prometheus.queryRange', {
      sourceId,
      query,
      ...incidentRange(),
    })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/^The query has an error at line 1, column \d+: /)
    expect(error.detail?.fields?.query).toBe(error.message)
    const [line, column, offset] = (error.detail?.fields?.['query.position'] ?? '').split(':')
    // The UI words it from the key and values: Prometheus's own reason stays a value.
    expect(error.text).toEqual({
      key: 'msgSources:prometheus.badDataAt',
      params: { line: 1, column: Number(column), reason: expect.any(String) },
    })
    expect(error.message).toContain(`: ${String(error.text?.params?.reason)}.`)
    expect(error.detail?.fieldTexts?.query).toEqual(error.text)
    expect(line).toBe('1')
    expect(Number(offset)).toBe(Number(column) - 1)
    expect(Number(offset)).toBeLessThanOrEqual(query.length)
  })

  it('refuses a step giving more than 11,000 points before asking the server', async () => {
    const { backend, sourceId } = await withSource()
    const history = harness.history!
    const error = await failure(backend, 'prometheus.queryRange', {
      sourceId,
      query: 'up',
      startMs: history.startMs,
      endMs: history.endMs,
      stepMs: 1_000,
    })
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(error.detail?.fields?.step).toMatch(/more than 11,000 points per series/)
    expect(error.detail?.fieldTexts?.step).toEqual({ key: 'msgSources:prometheus.tooManyPoints' })
  })

  it('explains an HTML page from a proxy with its status and first characters', async () => {
    const page = `<html><head><title>Sign in</title></head><body>${'x'.repeat(400)}</body></html>`
    const proxy: Server = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end(page)
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = proxy.address() as AddressInfo
      const { backend, sourceId } = await withSource(`http://127.0.0.1:${port}`)
      const error = await failure(backend, 'prometheus.queryRange', {
        sourceId,
        query: 'up',
        ...incidentRange(),
      })
      expect(error.code).toBe('source_error')
      expect(error.message).toContain('answered HTTP 502')
      expect(error.message).toContain('<html><head><title>Sign in</title>')
      expect(error.message).not.toContain('x'.repeat(200))
      expect(error.text).toEqual({
        key: 'msgSources:transport.notJson.proxy',
        params: {
          host: `127.0.0.1:${port}`,
          status: '502 Bad Gateway',
          snippet: page.slice(0, 200),
        },
      })
    } finally {
      await new Promise((resolve) => proxy.close(resolve))
    }
  })

  it('refuses an Alertmanager source for a query, naming it', async () => {
    const { backend, call } = await withSource()
    const manager = await call<{ id: string }>('datasource.save', {
      kind: 'alertmanager',
      name: 'AM',
      url: 'http://127.0.0.1:9',
      auth: { type: 'none' },
    })
    const error = await failure(backend, 'prometheus.queryRange', {
      sourceId: manager.id,
      query: 'up',
      ...incidentRange(),
    })
    expect(error.message).toBe('"AM" is an Alertmanager source; choose a Prometheus source.')
    expect(error.text).toEqual({
      key: 'msgSources:source.wrongKind.alertmanagerNotPrometheus',
      params: { name: 'AM' },
    })
    expect(error.detail?.fieldTexts?.sourceId).toEqual({
      key: 'msgSources:source.choose.prometheus',
    })
  })
})

async function firingAlert(call: Awaited<ReturnType<typeof withSource>>['call'], id: string) {
  const deadline = Date.now() + 25_000
  while (Date.now() < deadline) {
    const { alerts } = await call<{ alerts: AlertView[] }>('prometheus.alerts', { sourceId: id })
    const firing = alerts.find((a) => a.name === LIVE_ALERT.name && a.state === 'firing')
    if (firing) return firing
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${LIVE_ALERT.name} did not fire within 25 s`)
}

describe('alerts and declaring an incident from one', () => {
  it('lists the firing alert with its expression, annotations and active-since', async () => {
    const { call, sourceId } = await withSource()
    const alert = await firingAlert(call, sourceId)
    expect(alert).toMatchObject({
      origin: 'prometheus',
      expr: `${LIVE_ALERT.metric} > 10`,
      value: String(LIVE_ALERT.value),
      labels: { alertname: LIVE_ALERT.name, severity: 'critical', service: 'leaderboard-api' },
      annotations: { summary: LIVE_ALERT.summary, runbook_url: LIVE_ALERT.runbookUrl },
      silencedBy: [],
    })
    expect(alert.activeAt).toBeLessThanOrEqual(Date.now())
  }, 30_000)

  it('keeps the alert with the incident and puts it on the timeline at activeAt', async () => {
    const { call, sourceId } = await withSource()
    const alert = await firingAlert(call, sourceId)
    const incident = await call<Incident>('incident.create', {
      title: `${LIVE_ALERT.name}: ${LIVE_ALERT.summary}`,
      severity: 'SEV1',
      services: ['leaderboard-api'],
      startedAt: alert.activeAt,
      detectedAt: alert.activeAt,
      alert: {
        sourceId,
        sourceName: 'Harness',
        name: alert.name,
        labels: alert.labels,
        annotations: alert.annotations,
        activeAt: alert.activeAt,
        expr: alert.expr,
        value: alert.value,
      },
    })
    const kept = await call<IncidentAlert[]>('prometheus.incidentAlerts', {
      incidentId: incident.id,
    })
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ expr: `${LIVE_ALERT.metric} > 10`, activeAt: alert.activeAt })
    const timeline = await call<TimelineEvent[]>('timeline.list', { incidentId: incident.id })
    const event = timeline.find((e) => e.kind === 'alert')
    expect(event?.occurredAt).toBe(alert.activeAt)
    expect(event?.text).toContain(
      `Alert ${LIVE_ALERT.name} firing (Harness): ${LIVE_ALERT.summary}`,
    )
  }, 30_000)

  it('still lists Prometheus alerts when the Alertmanager cannot be reached, saying so', async () => {
    const { call, sourceId } = await withSource()
    await firingAlert(call, sourceId)
    const manager = await call<{ id: string }>('datasource.save', {
      kind: 'alertmanager',
      name: 'AM',
      url: 'http://127.0.0.1:9',
      auth: { type: 'none' },
    })
    const answer = await call<AlertsAnswer>('prometheus.alerts', {
      sourceId,
      alertmanagerId: manager.id,
    })
    expect(answer.alertmanagerError).toMatch(/^Could not reach 127\.0\.0\.1:9/)
    expect(answer.alertmanagerErrorText).toEqual({
      key: 'msgSources:transport.unreachable',
      params: { host: '127.0.0.1:9', reason: expect.any(String) },
    })
    expect(answer.alerts.map((alert) => alert.name)).toContain(LIVE_ALERT.name)
  }, 30_000)

  it('a bad alert in incident.create writes nothing at all', async () => {
    const { backend, call } = await withSource()
    const error = await failure(backend, 'incident.create', {
      title: 'From an alert',
      severity: 'SEV2',
      alert: { sourceId: null, sourceName: '', name: '', labels: {}, annotations: {} },
    })
    expect(error.code).toBe('invalid_input')
    expect(await call<unknown[]>('incident.list', {})).toEqual([])
  })
})

describe('prometheus.pin', () => {
  it('stores the full result and picture, and renders it after the source is gone', async () => {
    const { backend, call, sourceId } = await withSource()
    const incident = await call<Incident>('incident.create', { title: 'Slow', severity: 'SEV2' })
    const range = incidentRange()
    const result = await call<RangeResult>('prometheus.queryRange', {
      sourceId,
      query: P99,
      ...range,
    })
    const pinned = await call<EvidenceItem>('prometheus.pin', {
      incidentId: incident.id,
      sourceName: result.sourceName,
      query: P99,
      ...range,
      unit: 'seconds',
      caption: 'p99 latency of leaderboard-api',
      columns: result.columns,
      pngBase64: PNG_1PX,
    })
    expect(pinned).toMatchObject({ kind: 'chart', hasPng: true, sourceName: 'Harness' })
    await call('datasource.delete', { id: sourceId })

    const stored = await call<{ payload: unknown; pngBase64: string }>('evidence.get', {
      id: pinned.id,
    })
    const payload = chartEvidencePayloadSchema.parse(stored.payload)
    expect(payload).toMatchObject({ query: P99, ...range, unit: 'seconds' })
    expect(decodeColumns(payload.columns)).toEqual(decodeColumns(result.columns))
    expect(stored.pngBase64).toBe(PNG_1PX)
    const timeline = await call<TimelineEvent[]>('timeline.list', { incidentId: incident.id })
    expect(timeline.map((e) => e.text)).toContain(
      'Pinned chart: p99 latency of leaderboard-api (Harness)',
    )
    const damaged = { ...result.columns, points: result.columns.points + 1 }
    const error = await failure(backend, 'prometheus.pin', {
      incidentId: incident.id,
      sourceName: 'Harness',
      query: P99,
      ...range,
      columns: damaged,
    })
    expect(error.message).toMatch(/The chart data is damaged/)
  })
})

describe('a stopped server', () => {
  it('is reported as unreachable, with what to check', async () => {
    const stopped = await startPrometheus({ history: false })
    const { backend, sourceId } = await withSource(stopped.url)
    await stopped.stop()
    const error = await failure(backend, 'prometheus.queryRange', {
      sourceId,
      query: 'up',
      ...incidentRange(),
    })
    expect(error.code).toBe('source_error')
    expect(error.message).toMatch(
      /^Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Check the URL/,
    )
    expect(error.text).toEqual({
      key: 'msgSources:transport.unreachable',
      params: { host: new URL(stopped.url).host, reason: 'ECONNREFUSED' },
    })
  }, 60_000)
})

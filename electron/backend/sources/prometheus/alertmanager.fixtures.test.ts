// The Alertmanager v2 client over real Alertmanager 0.22, 0.25 and 0.31 answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SourceError } from '../http'
import { createAlertmanagerClient, type AlertmanagerClient } from './alertmanager'
import { PrometheusApiError } from './errors'
import { readFixture, startFixtureServer, type FixtureServer } from './testing/fixture-server'
import { readCaptureManifest } from './testing/manifest'

const CAPTURED = 'captured_local/alertmanager_0.25.0'
const manifest = readCaptureManifest()
let server: FixtureServer
let client: AlertmanagerClient

beforeAll(async () => {
  server = await startFixtureServer()
  client = createAlertmanagerClient({ baseUrl: server.url })
})
afterAll(() => server.close())

function serve(file: string) {
  const status = manifest.get(file)?.status ?? 200
  const body = file.endsWith('.empty') ? '' : readFixture(file)
  server.answer({ status, body, contentType: body ? 'application/json' : 'text/plain' })
}

async function failure(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  )
  if (error instanceof PrometheusApiError || error instanceof SourceError) return error
  throw error
}

describe('Alertmanager alerts', () => {
  it('tells silenced from inhibited from active', async () => {
    serve(`${CAPTURED}/api_v2_alerts.json`)
    const alerts = await client.alerts()
    const byName = Object.fromEntries(alerts.map((alert) => [alert.labels.alertname, alert]))
    expect(byName.Watchdog).toMatchObject({ state: 'suppressed', silenced: true, inhibited: false })
    expect(byName.ScrapeFailingWarning).toMatchObject({
      state: 'suppressed',
      silenced: false,
      inhibited: true,
      inhibitedBy: ['623bfd896a440ba4'],
    })
    expect(byName.TargetDown).toMatchObject({
      state: 'active',
      silenced: false,
      inhibited: false,
      startsAt: Date.UTC(2026, 10, 21, 19, 5, 6, 188),
      receivers: ['critical'],
    })
    expect(byName.TargetDown?.generatorUrl).toContain('/graph?g0.expr=up+%3D%3D+0')
  })

  it('passes the state filters and matchers through', async () => {
    serve(`${CAPTURED}/api_v2_alerts_active_unsilenced_uninhibited.json`)
    const alerts = await client.alerts({
      active: true,
      silenced: false,
      inhibited: false,
      filter: ['severity="critical"'],
    })
    const sent = server.requests.at(-1)!
    expect(sent.path).toBe('/api/v2/alerts')
    expect(sent.query.get('silenced')).toBe('false')
    expect(sent.query.getAll('filter')).toEqual(['severity="critical"'])
    expect(alerts.map((alert) => alert.labels.alertname)).toEqual(['TargetDown'])
  })

  it('reads a filtered answer', async () => {
    serve(`${CAPTURED}/api_v2_alerts_filter.json`)
    const alerts = await client.alerts({ filter: ['severity="critical"'] })
    expect(alerts.every((alert) => alert.labels.severity === 'critical')).toBe(true)
  })

  it.each([
    [`${CAPTURED}/api_v2_alerts_groups.json`, 3, 3],
    ['alertmanager/karma_am0.22.0_api_v2_alerts_groups.json', 10, 24],
    ['alertmanager/karma_am0.31.0_api_v2_alerts_groups.json', 10, 24],
  ])('%s: %i groups, %i alerts', async (file, groups, alerts) => {
    serve(file)
    const answer = await client.alertGroups()
    expect(answer).toHaveLength(groups)
    expect(answer.flatMap((group) => group.alerts)).toHaveLength(alerts)
    const silenced = answer.flatMap((g) => g.alerts).filter((alert) => alert.silenced)
    expect(silenced.every((alert) => alert.state === 'suppressed')).toBe(true)
  })

  it.each([
    [`${CAPTURED}/api_v2_silences.json`, ['active', 'pending']],
    ['alertmanager/karma_am0.22.0_api_v2_silences.json', ['active']],
    ['alertmanager/karma_am0.31.0_api_v2_silences.json', ['active']],
  ])('%s: silences with their state and matchers', async (file, states) => {
    serve(file)
    const silences = await client.silences()
    for (const state of states) expect(silences.map((s) => s.state)).toContain(state)
    expect(silences.every((silence) => silence.matchers.length > 0)).toBe(true)
  })

  it('reads a negative matcher as not-equal', async () => {
    serve(`${CAPTURED}/api_v2_silences.json`)
    const silences = await client.silences()
    const pending = silences.find((silence) => silence.state === 'pending')
    expect(pending?.matchers[0]).toEqual({
      name: 'severity',
      value: 'info',
      isRegex: false,
      isEqual: false,
    })
  })
})

describe('Alertmanager errors', () => {
  it('shows the reason Alertmanager gave for a bad filter', async () => {
    serve(`${CAPTURED}/api_v2_error_400_bad_filter.json`)
    const error = await failure(client.alerts({ filter: ['alertname'] }))
    expect(error).toMatchObject({ kind: 'http', status: 400 })
    expect(error.message).toMatch(/HTTP 400: bad matcher format: alertname/)
  })

  it.each([
    `${CAPTURED}/api_v2_error_422_bad_silence_id.json`,
    `${CAPTURED}/api_v2_error_422_post_silence_invalid.json`,
  ])('%s: a 422 shows its message', async (file) => {
    serve(file)
    const error = await failure(client.silences())
    expect(error).toMatchObject({ kind: 'http', status: 422 })
    const body = JSON.parse(readFixture(file)) as { message: string }
    expect(error.message).toContain(body.message.slice(0, 40))
  })

  it('reports an empty 404 as not JSON with a hint about the URL', async () => {
    serve(`${CAPTURED}/api_v2_error_404_silence_not_found.empty`)
    const error = await failure(client.alerts())
    expect(error).toMatchObject({ kind: 'not_json', status: 404 })
    expect(error.message).toMatch(/empty body.*Check the URL/)
  })

  it('refuses the removed v1 API shape instead of showing no alerts', async () => {
    serve(`${CAPTURED}/api_v1_alerts_legacy.json`)
    const error = await failure(client.alerts())
    expect(error).toMatchObject({ kind: 'unexpected_response' })
  })
})

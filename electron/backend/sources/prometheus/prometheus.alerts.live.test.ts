// Against a real Prometheus scraping a tiny exporter every second with a rule that fires: live
// alerts, the incident prefill from one, Prometheus's own health pack, every shipped pack's PromQL,
// and an authenticating proxy that answers HTML.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  LIVE_ALERT,
  startPrometheus,
  type PrometheusHarness,
} from '../../../../e2e/support/prometheus-harness'
import { incidentPrefillFromAlert } from '../../../../shared/domain/prometheus/alert-prefill'
import { substituteVariables } from '../../../../shared/domain/prometheus/health-checks'
import { SourceError } from '../http'
import { createPrometheusClient, type PrometheusAlert, type PrometheusClient } from './client'
import { evaluatePanel, loadHealthCheckPacks } from './health-check-packs'

const PACKS = loadHealthCheckPacks(join(process.cwd(), 'templates', 'health-checks'))
let harness: PrometheusHarness
let client: PrometheusClient
let startedAt: number

beforeAll(async () => {
  startedAt = Date.now()
  harness = await startPrometheus({ history: false, liveAlert: true })
  client = createPrometheusClient({ baseUrl: harness.url })
})
afterAll(() => harness?.stop())

/** Polls /api/v1/alerts until the rule fires; bounded, since a broken rule would never fire. */
async function firingAlert(): Promise<PrometheusAlert> {
  const deadline = Date.now() + 25_000
  while (Date.now() < deadline) {
    const alerts = await client.alerts()
    const firing = alerts.find(
      (a) => a.labels.alertname === LIVE_ALERT.name && a.state === 'firing',
    )
    if (firing) return firing
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${LIVE_ALERT.name} did not fire within 25 s`)
}

describe('live alerts', () => {
  it('the rule fires and the client returns its labels, annotations and activeAt', async () => {
    const alert = await firingAlert()
    expect(alert.labels).toMatchObject({
      alertname: LIVE_ALERT.name,
      service: 'leaderboard-api',
      job: 'leaderboard',
      severity: 'critical',
    })
    expect(alert.annotations).toEqual({
      summary: LIVE_ALERT.summary,
      description: `${LIVE_ALERT.value} jobs waiting (more than 10).`,
      runbook_url: LIVE_ALERT.runbookUrl,
    })
    expect(alert.value).toBe(LIVE_ALERT.value)
    expect(alert.activeAt).toBeGreaterThanOrEqual(startedAt)
    expect(alert.activeAt).toBeLessThanOrEqual(Date.now())
  })

  it('declaring an incident from it prefills title, severity, service and detected time', async () => {
    const alert = await firingAlert()
    expect(incidentPrefillFromAlert(alert)).toMatchObject({
      title: `${LIVE_ALERT.name}: ${LIVE_ALERT.summary}`,
      severity: 'SEV1',
      services: ['leaderboard-api'],
      detectedAt: alert.activeAt,
    })
  })

  it('the rules endpoint shows the rule healthy with its firing alert', async () => {
    await firingAlert()
    const [group] = await client.rules({ type: 'alert' })
    const rule = group?.rules[0]
    expect(rule).toMatchObject({
      name: LIVE_ALERT.name,
      type: 'alerting',
      health: 'ok',
      duration: 2,
    })
    expect(rule?.type === 'alerting' && rule.alerts?.[0]?.state).toBe('firing')
  })
})

describe('health-check packs on a real server', () => {
  it('every shipped panel is valid PromQL once its variables are filled', async () => {
    const variables = { instance: '127.0.0.1:9100', job: 'prometheus', service: 'leaderboard-api' }
    const problems: string[] = []
    for (const pack of PACKS) {
      for (const panel of pack.panels) {
        const query = substituteVariables(panel.query, variables)
        await client
          .query(query)
          .catch((error: Error) => problems.push(`${pack.id}/${panel.id}: ${error.message}`))
      }
    }
    expect(problems).toEqual([])
  })

  it("Prometheus's own pack is healthy, and a pack for a machine that is not there is no data", async () => {
    await firingAlert() // by now Prometheus has scraped itself
    const own = PACKS.find((pack) => pack.id === 'prometheus')!
    const results = await Promise.all(
      own.panels.map((p) => evaluatePanel(client, p, { job: 'prometheus' })),
    )
    const states = Object.fromEntries(results.map((r) => [r.panelId, r.state]))
    expect(states).toMatchObject({ up: 'ok', 'targets-down': 'ok', 'config-reload': 'ok' })
    // Counters seen in only one scrape so far give no increase yet: no data, never a false alarm.
    const alarms = Object.entries(states).filter(
      ([, state]) => state === 'warn' || state === 'critical',
    )
    expect(alarms).toEqual([])
    const host = PACKS.find((pack) => pack.id === 'host')!
    const missing = await Promise.all(
      host.panels.map((p) => evaluatePanel(client, p, { instance: 'gone:9100' })),
    )
    expect(missing.map((r) => r.state)).toEqual(host.panels.map(() => 'no_data'))
  })
})

describe('a proxy in front of Prometheus', () => {
  const TOKEN = 'proxy-token'
  const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Sign in</title></head><body>${'<p>Single sign-on required.</p>'.repeat(20)}</body></html>`
  let proxy: Server
  let proxyUrl: string

  beforeAll(async () => {
    proxy = createServer((req, res) => {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401, { 'content-type': 'text/html' })
        res.end(LOGIN_PAGE)
        return
      }
      void fetch(`${harness.url}${req.url ?? '/'}`).then(async (upstream) => {
        res.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? '',
        })
        res.end(Buffer.from(await upstream.arrayBuffer()))
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => proxy.close(resolve)))

  it('without the token its HTML login page is not_json with the status and first 200 characters', async () => {
    const error = await createPrometheusClient({ baseUrl: proxyUrl })
      .buildInfo()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SourceError)
    expect(error).toMatchObject({
      kind: 'not_json',
      status: 401,
      bodySnippet: LOGIN_PAGE.slice(0, 200),
    })
    expect((error as SourceError).message).toMatch(
      /HTTP 401 Unauthorized .*<title>Sign in<\/title>.*credentials/,
    )
  })

  it('with the bearer token the real server answers through it', async () => {
    const viaProxy = createPrometheusClient({
      baseUrl: proxyUrl,
      auth: { type: 'bearer', token: TOKEN },
    })
    expect((await viaProxy.buildInfo()).version).toMatch(/^2\./)
  })
})

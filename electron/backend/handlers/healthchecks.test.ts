// Health-check packs through their channels against a real Prometheus with the backfilled
// incident: every panel graded from the value at the chosen time, "no data" never green.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BridgeError } from '../../../shared/contract/errors'
import type { HealthPackView, PanelRun } from '../../../shared/contract/healthchecks'
import { parseSampleValue } from '../../../shared/domain/prometheus/sample'
import { startPrometheus, type PrometheusHarness } from '../../../e2e/support/prometheus-harness'
import { expectOk, testBackend } from '../testing/support'
import { decodeColumns } from './columns-wire'
import { panelWindow } from './healthchecks'

const MINUTE = 60_000
let harness: PrometheusHarness
beforeAll(async () => {
  harness = await startPrometheus()
}, 60_000)
afterAll(() => harness?.stop())

async function setup() {
  const backend = await testBackend({ start: Date.now() })
  const call = async <T>(channel: string, input: unknown) =>
    expectOk<T>(await backend.dispatch(channel, input))
  const source = await call<{ id: string }>('datasource.save', {
    kind: 'prometheus',
    name: 'Harness',
    url: harness.url,
    auth: { type: 'none' },
  })
  return { backend, call, sourceId: source.id }
}

interface RunResult {
  atMs: number
  startMs: number
  stepMs: number
  panels: PanelRun[]
}

function byId(panels: PanelRun[]) {
  return Object.fromEntries(panels.map((panel) => [panel.panelId, panel]))
}

describe('healthcheck.packs', () => {
  it('lists every shipped pack with its variables, including the ones runbooks name', async () => {
    const { call } = await setup()
    const { packs, error } = await call<{ packs: HealthPackView[]; error: string | null }>(
      'healthcheck.packs',
      {},
    )
    expect(error).toBeNull()
    expect(packs.map((pack) => pack.id)).toEqual(
      expect.arrayContaining(['host', 'kubernetes', 'application-red', 'prometheus']),
    )
    expect(packs.find((pack) => pack.id === 'application-red')?.variables).toEqual(['service'])
  })
})

describe('healthcheck.run', () => {
  it('flags latency and errors at the incident peak, with values and small charts', async () => {
    const { call, sourceId } = await setup()
    const peak = harness.history!.incidentStartMs + 90 * MINUTE
    const run = await call<RunResult>('healthcheck.run', {
      sourceId,
      packId: 'application-red',
      variables: { service: 'leaderboard-api' },
      atMs: peak,
    })
    const panels = byId(run.panels)
    expect(panels['latency-p99']?.state).toBe('critical')
    expect(parseSampleValue(panels['latency-p99']?.values[0]?.value ?? '')).toBeCloseTo(7, 6)
    expect(panels['error-ratio']?.state).toBe('warn')
    expect(panels['request-rate']?.state).toBe('ok')
    expect(panels['latency-p99']?.query).toContain('service="leaderboard-api"')
    const chart = decodeColumns(panels['latency-p99']!.columns!)
    expect(chart.timestampsMs[chart.timestampsMs.length - 1]).toBe(run.atMs)
    expect(chart.timestampsMs[0]).toBe(run.startMs)
  })

  it('says "no data" for a service with no metrics, never ok', async () => {
    const { call, sourceId } = await setup()
    const run = await call<RunResult>('healthcheck.run', {
      sourceId,
      packId: 'application-red',
      variables: { service: 'no-such-service' },
      atMs: harness.history!.incidentStartMs,
    })
    expect(run.panels.map((panel) => panel.state)).toEqual(run.panels.map(() => 'no_data'))
  })

  it("grades Prometheus's own health live", async () => {
    const { call, sourceId } = await setup()
    const deadline = Date.now() + 20_000
    let up: PanelRun | undefined
    while (Date.now() < deadline) {
      const run = await call<RunResult>('healthcheck.run', {
        sourceId,
        packId: 'prometheus',
        variables: { job: 'prometheus' },
        // The test backend's clock stands still; the server's does not.
        atMs: Date.now(),
      })
      up = byId(run.panels).up
      if (up?.state === 'ok') break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(up).toMatchObject({ state: 'ok', values: [{ value: '1' }] })
  }, 30_000)

  it('asks for the missing variable and runs nothing', async () => {
    const { backend, sourceId } = await setup()
    const result = await backend.dispatch('healthcheck.run', {
      sourceId,
      packId: 'host',
      variables: {},
    })
    expect(result.ok).toBe(false)
    const error = (result as { error: BridgeError }).error
    expect(error.message).toBe(
      'Choose a value for $instance before running "Host (node_exporter)".',
    )
    expect(error.detail?.fields?.['variables.instance']).toBe('Choose a value for $instance')
    expect(error.text).toEqual({
      key: 'msgSources:health.chooseVariables',
      params: { names: '$instance', pack: 'Host (node_exporter)' },
    })
    expect(error.detail?.fieldTexts?.['variables.instance']).toEqual({
      key: 'msgSources:health.chooseVariable',
      params: { name: 'instance' },
    })
  })

  it('reports a stopped source once, not panel by panel', async () => {
    const stopped = await startPrometheus({ history: false })
    const backend = await testBackend({ start: Date.now() })
    const source = expectOk<{ id: string }>(
      await backend.dispatch('datasource.save', {
        kind: 'prometheus',
        name: 'Gone',
        url: stopped.url,
        auth: { type: 'none' },
      }),
    )
    await stopped.stop()
    const result = await backend.dispatch('healthcheck.run', {
      sourceId: source.id,
      packId: 'prometheus',
      variables: { job: 'prometheus' },
    })
    expect(result.ok).toBe(false)
    const error = (result as { error: BridgeError }).error
    expect(error.message).toMatch(/^Could not reach/)
    expect(error.text?.key).toBe('msgSources:transport.unreachable')
  }, 60_000)
})

describe('panelWindow', () => {
  it('ends on the evaluation time and keeps about one point per pixel', () => {
    const window = panelWindow(1_700_000_000_000, 3_600_000, 240)
    expect(window.endMs).toBe(1_700_000_000_000)
    expect(window.stepMs).toBe(15_000)
    expect((window.endMs - window.startMs) / window.stepMs).toBe(240)
  })
})

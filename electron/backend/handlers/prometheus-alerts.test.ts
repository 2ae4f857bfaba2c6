// Merging Alertmanager's view into Prometheus's alerts, over a real Alertmanager 0.31 answer.
import { describe, expect, it } from 'vitest'
import type { AlertView } from '../../../shared/contract/prometheus'
import { createAlertmanagerClient } from '../sources/prometheus/alertmanager'
import { readFixture, startFixtureServer } from '../sources/prometheus/testing/fixture-server'
import { exprFromGeneratorUrl, mergeAlertmanager, sortAlerts } from './prometheus-alerts'

async function alertmanagerAlerts() {
  const server = await startFixtureServer()
  try {
    server.answer({
      status: 200,
      body: readFixture('alertmanager/karma_am0.31.0_api_v2_alerts_groups.json'),
    })
    const groups = await createAlertmanagerClient({ baseUrl: server.url }).alertGroups()
    return groups.flatMap((group) => group.alerts)
  } finally {
    await server.close()
  }
}

function prometheusAlert(labels: Record<string, string>, state: AlertView['state']): AlertView {
  return {
    key: JSON.stringify(labels),
    origin: 'prometheus',
    name: labels.alertname ?? '',
    state,
    labels,
    annotations: {},
    activeAt: 1_000,
    value: '1',
    expr: 'up == 0',
    silencedBy: [],
    inhibitedBy: [],
  }
}

describe('mergeAlertmanager', () => {
  it("marks a Prometheus alert silenced when Alertmanager's copy (with external labels) is", async () => {
    const fromManager = await alertmanagerAlerts()
    const hostDown = prometheusAlert(
      { alertname: 'Host_Down', instance: 'server7', ip: '127.0.0.7', job: 'node_ping' },
      'firing',
    )
    const merged = mergeAlertmanager([hostDown], fromManager)
    const mine = merged.find((alert) => alert.origin === 'prometheus')
    expect(mine).toMatchObject({
      state: 'suppressed',
      expr: 'up == 0',
      silencedBy: ['9bd58938-25fd-41c5-aba3-9bc373074484', 'dcb3b5d0-9f10-4baa-977a-70073a1899bd'],
    })
  })

  it('lists alerts only Alertmanager knows, once each, firing first', async () => {
    const fromManager = await alertmanagerAlerts()
    const merged = mergeAlertmanager([], fromManager)
    const fingerprints = new Set(fromManager.map((alert) => alert.fingerprint))
    expect(merged).toHaveLength(fingerprints.size)
    expect(merged.every((alert) => alert.origin === 'alertmanager')).toBe(true)
    const states = merged.map((alert) => alert.state)
    expect(states.indexOf('suppressed')).toBeGreaterThan(states.lastIndexOf('firing'))
  })
})

describe('helpers', () => {
  it("reads the rule's expression from a Prometheus generator URL", () => {
    expect(exprFromGeneratorUrl('http://prometheus:9090/graph?g0.expr=up+%3D%3D+0&g0.tab=1')).toBe(
      'up == 0',
    )
    expect(exprFromGeneratorUrl('http://localhost/prometheus')).toBeNull()
    expect(exprFromGeneratorUrl('not a url')).toBeNull()
  })

  it('sorts firing, pending, then muted; newest first within a state', () => {
    const a = { ...prometheusAlert({ alertname: 'A' }, 'pending'), activeAt: 5 }
    const b = { ...prometheusAlert({ alertname: 'B' }, 'firing'), activeAt: 1 }
    const c = { ...prometheusAlert({ alertname: 'C' }, 'firing'), activeAt: 9 }
    expect(sortAlerts([a, b, c]).map((alert) => alert.name)).toEqual(['C', 'B', 'A'])
  })
})

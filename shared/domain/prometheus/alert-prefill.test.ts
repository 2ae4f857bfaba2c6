import { describe, expect, it } from 'vitest'
import { incidentPrefillFromAlert, severityFromLabels } from './alert-prefill'

const activeAt = Date.UTC(2026, 10, 21, 19, 4, 56, 188)

describe('incidentPrefillFromAlert', () => {
  it('prefills from a firing alert with a summary and service label', () => {
    const prefill = incidentPrefillFromAlert({
      labels: {
        alertname: 'LatencySLOBurn',
        service: 'leaderboard-api',
        job: 'leaderboard',
        severity: 'critical',
      },
      annotations: {
        summary: 'leaderboard-api p99 above 3 s',
        description: 'Burning the 30-day budget 20x.',
        runbook_url: 'https://runbooks.example/latency',
      },
      activeAt,
    })
    expect(prefill).toMatchObject({
      title: 'LatencySLOBurn: leaderboard-api p99 above 3 s',
      severity: 'SEV1',
      services: ['leaderboard-api'],
      detectedAt: activeAt,
    })
    expect(prefill.summary).toContain('Burning the 30-day budget 20x.')
    expect(prefill.summary).toContain('Runbook: https://runbooks.example/latency')
    expect(prefill.summary).toContain('alertname="LatencySLOBurn"')
  })

  it('falls back to the job and a title naming where it fires', () => {
    const prefill = incidentPrefillFromAlert({
      labels: { alertname: 'TargetDown', job: 'down-target', instance: '127.0.0.1:19999' },
      annotations: {},
      activeAt: null,
    })
    expect(prefill).toMatchObject({
      title: 'TargetDown on down-target',
      services: ['down-target'],
      severity: 'SEV3',
      detectedAt: null,
    })
    expect(prefill.severityReason).toMatch(/no severity label/)
  })

  it('keeps a summary that already names the alert and clips long titles', () => {
    const long = `TargetDown: ${'x'.repeat(400)}`
    const prefill = incidentPrefillFromAlert({
      labels: { alertname: 'TargetDown' },
      annotations: { summary: long },
      activeAt,
    })
    expect(prefill.title.startsWith('TargetDown: xxx')).toBe(true)
    expect(prefill.title).toHaveLength(200)
  })
})

describe('severityFromLabels', () => {
  it.each([
    ['critical', 'SEV1'],
    ['P1', 'SEV1'],
    ['page', 'SEV2'],
    ['error', 'SEV2'],
    ['warning', 'SEV3'],
    ['ticket', 'SEV3'],
    ['info', 'SEV4'],
    ['none', 'SEV4'],
    ['SEV-2', 'SEV2'],
    ['sev_4', 'SEV4'],
  ])('%s -> %s', (label, severity) => {
    expect(severityFromLabels({ severity: label }).severity).toBe(severity)
  })

  it('says when it did not recognise the label', () => {
    expect(severityFromLabels({ severity: 'spicy' })).toEqual({
      severity: 'SEV3',
      reason: 'Unrecognised severity "spicy"; SEV3 is a starting point.',
      reasonText: {
        key: 'msgSources:alertSeverity.unknown',
        params: { raw: 'spicy', severity: 'SEV3' },
      },
    })
  })
})

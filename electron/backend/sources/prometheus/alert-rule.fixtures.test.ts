import { describe, expect, it } from 'vitest'
import { findAlertRule } from '../../../../shared/domain/prometheus/alert-rule'
import { rulesDataSchema } from './schemas'
import { readFixture } from './testing/fixture-server'

const groups = rulesDataSchema.parse(
  (JSON.parse(readFixture('captured_local/prometheus_2.42.0/rules.json')) as { data: unknown })
    .data,
).groups

describe('findAlertRule over the captured rules.json', () => {
  it('finds the expression behind a firing alert', () => {
    const labels = {
      alertname: 'TargetDown',
      env: 'capture',
      instance: '127.0.0.1:19999',
      job: 'down-target',
      severity: 'critical',
    }
    expect(findAlertRule(groups, labels)).toMatchObject({
      group: 'alerts',
      rule: { query: 'up == 0' },
    })
  })

  it('falls back to the only rule with that name when the alert is not listed', () => {
    expect(findAlertRule(groups, { alertname: 'NeverFires' })?.rule.query).toBe('up > 5')
  })

  it('refuses to guess between rules sharing a name', () => {
    const twice = [...groups, { name: 'copy', rules: groups[0]!.rules }]
    expect(findAlertRule(twice, { alertname: 'NeverFires' })).toBeNull()
    expect(findAlertRule(groups, { alertname: 'NoSuchAlert' })).toBeNull()
  })
})

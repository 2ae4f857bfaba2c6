import { describe, expect, it } from 'vitest'
import {
  healthPackSchema,
  panelState,
  substituteVariables,
  type HealthPanel,
} from './health-checks'

const cpu: HealthPanel = {
  id: 'cpu',
  title: 'CPU',
  query: 'x',
  unit: 'ratio',
  bad: 'above',
  warn: 0.8,
  critical: 0.95,
}
const replicas: HealthPanel = {
  id: 'r',
  title: 'Free',
  query: 'x',
  unit: 'ratio',
  bad: 'below',
  warn: 0.2,
  critical: 0.1,
}
const controllers: HealthPanel = {
  id: 'c',
  title: 'Controllers',
  query: 'x',
  unit: 'count',
  bad: 'not_equal',
  expected: 1,
}

describe('panelState', () => {
  it('grades the worst series against the thresholds', () => {
    expect(panelState([0.1, 0.5], cpu)).toBe('ok')
    expect(panelState([0.1, 0.8], cpu)).toBe('warn')
    expect(panelState([0.96, 0.8], cpu)).toBe('critical')
    expect(panelState([Infinity], cpu)).toBe('critical')
    expect(panelState([0.5], replicas)).toBe('ok')
    expect(panelState([0.15, 0.5], replicas)).toBe('warn')
    expect(panelState([0.05], replicas)).toBe('critical')
  })

  it('flags anything but the expected value', () => {
    expect(panelState([1], controllers)).toBe('ok')
    expect(panelState([0], controllers)).toBe('critical')
    expect(panelState([2], controllers)).toBe('critical')
  })

  it('is never green without data', () => {
    expect(panelState([], cpu)).toBe('no_data')
    expect(panelState([Number.NaN], cpu)).toBe('no_data')
    expect(
      panelState([], { id: 'u', title: 'Uptime', query: 'x', unit: 'seconds', bad: 'none' }),
    ).toBe('no_data')
    expect(panelState([Number.NaN, 0.9], cpu)).toBe('warn')
  })
})

describe('substituteVariables', () => {
  it('fills variables as escaped PromQL strings', () => {
    expect(
      substituteVariables('up{instance="$instance",job="$job"}', {
        instance: 'a:9100',
        job: 'we"ird\\',
      }),
    ).toBe('up{instance="a:9100",job="we\\"ird\\\\"}')
  })

  it('refuses to run with a variable left empty', () => {
    expect(() => substituteVariables('up{job="$job"}', {})).toThrow('Choose a value for $job')
  })
})

describe('healthPackSchema', () => {
  const pack = {
    id: 'p',
    name: 'P',
    description: '',
    variables: ['job'],
    panels: [{ ...cpu, query: 'up{job="$job"}' }],
  }

  it('accepts a valid pack', () => {
    expect(healthPackSchema.safeParse(pack).success).toBe(true)
  })

  it.each([
    [{ panels: [{ ...cpu, query: 'up{instance="$instance"}' }] }, /does not declare/],
    [{ panels: [cpu, cpu] }, /duplicate panel id/],
    [{ panels: [{ ...cpu, warn: 0.99 }] }, /warn must come before critical/],
    [
      { panels: [{ id: 'x', title: 'X', query: 'up', unit: 'ratio', bad: 'above' }] },
      /give warn, critical or both/,
    ],
  ])('rejects mistakes with a message', (change, message) => {
    const result = healthPackSchema.safeParse({ ...pack, ...change })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toMatch(message)
  })
})

import { describe, expect, it } from 'vitest'
import { guessUnit, incidentRange, parseStep, presetRange } from './time-range'

const HOUR = 3_600_000

describe('query time ranges', () => {
  it('pads the incident window by 30 minutes on each side, never into the future', () => {
    const now = 100 * HOUR
    expect(incidentRange({ startedAt: 90 * HOUR, resolvedAt: 92 * HOUR }, now)).toEqual({
      startMs: 89.5 * HOUR,
      endMs: 92.5 * HOUR,
    })
    expect(incidentRange({ startedAt: 99.9 * HOUR, resolvedAt: null }, now).endMs).toBe(now)
  })

  it('turns presets into ranges ending now', () => {
    expect(presetRange('6h', null, 10 * HOUR)).toEqual({ startMs: 4 * HOUR, endMs: 10 * HOUR })
    expect(presetRange('incident', null, 10 * HOUR)).toBeNull()
    expect(presetRange('custom', null, 10 * HOUR)).toBeNull()
  })

  it('reads steps the way PromQL writes durations', () => {
    expect(parseStep('')).toBeNull()
    expect(parseStep('15s')).toBe(15_000)
    expect(parseStep('2m')).toBe(120_000)
    expect(parseStep('30')).toBe(30_000)
    expect(parseStep('500ms')).toBe(500)
    expect(parseStep('fast')).toBe('invalid')
  })

  it('guesses a unit from metric names', () => {
    expect(guessUnit('histogram_quantile(0.99, sum by (le) (rate(h_seconds_bucket[5m])))')).toBe(
      'seconds',
    )
    expect(guessUnit('rate(node_network_receive_bytes_total[5m])')).toBe('bytes_per_second')
    expect(guessUnit('node_memory_MemAvailable_bytes')).toBe('bytes')
    expect(guessUnit('up')).toBe('none')
  })
})

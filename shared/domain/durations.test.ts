import { describe, expect, it } from 'vitest'
import { formatDuration, formatUtc, keyDuration, keyDurations, type Milestones } from './durations'

const T0 = Date.UTC(2026, 4, 10, 12, 3)
const MIN = 60_000
const milestones = (m: Partial<Milestones> = {}): Milestones => ({
  startedAt: T0,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  ...m,
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [42_000, '42s'],
    [7 * MIN + 5_000, '7m 05s'],
    [67 * MIN, '1h 07m'],
    [24 * 60 * MIN, '1d 00h'],
    [(2 * 24 + 3) * 60 * MIN + 59_000, '2d 03h'],
    [-90_000, '-1m 30s'],
    [Number.NaN, '?'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('key durations', () => {
  const full = milestones({
    detectedAt: T0 + 4 * MIN,
    acknowledgedAt: T0 + 9 * MIN,
    mitigatedAt: T0 + 38 * MIN,
    resolvedAt: T0 + 95 * MIN,
  })

  it('measures each phase between its endpoints', () => {
    expect(keyDurations(full).map((d) => [d.name, d.ms, d.live])).toEqual([
      ['detect', 4 * MIN, false],
      ['acknowledge', 5 * MIN, false],
      ['mitigate', 38 * MIN, false],
      ['resolve', 95 * MIN, false],
    ])
  })

  it('explains itself with both endpoint times', () => {
    expect(keyDuration('mitigate', full).explanation).toBe(
      'Time to mitigate: from started (12:03 UTC) to mitigated (12:41 UTC)',
    )
  })

  it('shows dates when the endpoints fall on different UTC days', () => {
    const long = milestones({ mitigatedAt: T0 + 13 * 60 * MIN })
    expect(keyDuration('mitigate', long).explanation).toBe(
      'Time to mitigate: from started (2026-05-10 12:03 UTC) to mitigated (2026-05-11 01:03 UTC)',
    )
  })

  it('is null with a reason when an endpoint is missing and no clock is given', () => {
    const d = keyDuration('resolve', milestones())
    expect(d.ms).toBeNull()
    expect(d.explanation).toBe('Time to resolve: unknown, the resolved time is not set')
    expect(keyDuration('acknowledge', milestones()).explanation).toBe(
      'Time to acknowledge: unknown, the detected time is not set',
    )
  })

  it('runs live until now for phases still open, but never for detection', () => {
    const now = T0 + 20 * MIN
    const open = milestones({ detectedAt: T0 + 4 * MIN })
    const byName = Object.fromEntries(keyDurations(open, { now }).map((d) => [d.name, d]))
    expect(byName.mitigate).toMatchObject({ ms: 20 * MIN, live: true })
    expect(byName.mitigate?.explanation).toBe(
      'Time to mitigate: from started (12:03 UTC) until now; not mitigated yet',
    )
    expect(byName.acknowledge).toMatchObject({ ms: 16 * MIN, live: true })
    expect(keyDuration('detect', milestones(), { now })).toMatchObject({ ms: null, live: false })
  })

  it('takes the time formatter from the caller (the chosen time zone)', () => {
    const d = keyDuration('detect', full, { formatTime: (t) => `T+${(t - T0) / MIN}` })
    expect(d.explanation).toBe('Time to detect: from started (T+0) to detected (T+4)')
  })

  it('formats unambiguous UTC for messages', () => {
    expect(formatUtc(T0)).toBe('2026-05-10 12:03 UTC')
  })
})

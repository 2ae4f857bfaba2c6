import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chooseStep,
  FRIENDLY_STEPS_MS,
  formatPromDuration,
  MAX_POINTS_PER_SERIES,
  pointCount,
} from './step'

const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('chooseStep', () => {
  it('gives about one point per pixel, rounded up to a friendly step', () => {
    // 1 h over 1200 px: 3 s per pixel -> 5 s.
    expect(chooseStep(0, HOUR, 1200)).toBe(5_000)
    // The incident window padded by 30 min (3 h) on 1500 px: 7.2 s -> 10 s.
    expect(chooseStep(0, 3 * HOUR, 1500)).toBe(10_000)
    // A week on 1000 px: 604.8 s -> 15 min.
    expect(chooseStep(0, 7 * DAY, 1000)).toBe(15 * 60_000)
  })

  it('never steps below a second or the scrape interval', () => {
    expect(chooseStep(0, 60_000, 2000)).toBe(1_000)
    expect(chooseStep(0, 60_000, 2000, { minStepMs: 15_000 })).toBe(15_000)
  })

  it('keeps a very wide chart under the 11,000-point limit', () => {
    // 30 days on a 50,000 px export would want 52 s; the limit needs >= 235.7 s -> 5 min.
    const step = chooseStep(0, 30 * DAY, 50_000)
    expect(step).toBe(5 * 60_000)
    expect(pointCount(0, 30 * DAY, step)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES)
  })

  it('goes to whole days beyond the table', () => {
    expect(chooseStep(0, 3650 * DAY, 100)).toBe(37 * DAY)
  })

  it('survives nonsense input with the smallest sensible step', () => {
    expect(chooseStep(10, 10, 800)).toBe(1_000)
    expect(chooseStep(10, 0, 800)).toBe(1_000)
    expect(chooseStep(0, HOUR, 0)).toBe(HOUR)
    expect(chooseStep(0, HOUR, Number.NaN)).toBe(HOUR)
  })

  it('for any range and width: friendly, at least 1 s, and at most 11,000 points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.integer({ min: 1, max: 400 * DAY }),
        fc.integer({ min: 1, max: 100_000 }),
        (start, range, width) => {
          const step = chooseStep(start, start + range, width)
          expect(step).toBeGreaterThanOrEqual(1_000)
          expect(FRIENDLY_STEPS_MS.includes(step) || step % DAY === 0).toBe(true)
          expect(pointCount(start, start + range, step)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES)
          // Never coarser than needed: the next friendly step down would break a rule.
          const finer = [...FRIENDLY_STEPS_MS].reverse().find((s) => s < step)
          if (finer !== undefined && step <= DAY) {
            const tooMany = pointCount(start, start + range, finer) > MAX_POINTS_PER_SERIES
            expect(tooMany || finer < range / width || finer < 1_000).toBe(true)
          }
        },
      ),
    )
  })
})

describe('formatPromDuration', () => {
  it('writes the largest whole unit PromQL accepts', () => {
    expect(formatPromDuration(30 * DAY)).toBe('30d')
    expect(formatPromDuration(6 * HOUR)).toBe('6h')
    expect(formatPromDuration(5 * 60_000)).toBe('5m')
    expect(formatPromDuration(90_000)).toBe('90s')
    expect(formatPromDuration(7_250_500)).toBe('7250500ms')
  })
})

import { describe, expect, it } from 'vitest'
import { ALL_TIME_FROM, customRange, periodRange } from './period'

const NOW = Date.UTC(2026, 4, 10, 15, 30)
const END_OF_TODAY = Date.UTC(2026, 4, 11)

describe('insight periods', () => {
  it('ends at the end of today and reaches back the chosen span', () => {
    expect(periodRange('30d', NOW)).toEqual({ from: Date.UTC(2026, 3, 11), to: END_OF_TODAY })
    expect(periodRange('12m', NOW)).toEqual({ from: Date.UTC(2025, 4, 11), to: END_OF_TODAY })
    expect(periodRange('all', NOW).from).toBe(ALL_TIME_FROM)
  })

  it('includes the last day of a custom period and refuses a backwards one', () => {
    expect(customRange('2026-01-01', '2026-01-31')).toEqual({
      from: Date.UTC(2026, 0, 1),
      to: Date.UTC(2026, 1, 1),
    })
    expect(customRange('2026-02-01', '2026-01-01')).toBeNull()
    expect(customRange('', '2026-01-01')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import {
  budgetConsumed,
  budgetConsumedByEvents,
  budgetRemaining,
  burnRate,
  multiwindowAlertState,
  sliFromCounts,
} from './burn-rate'

const HOUR = 3_600_000
const MONTH = 30 * 24 * HOUR

describe('SLI and burn rate', () => {
  it('reads good over total, with no traffic unknown rather than perfect', () => {
    expect(sliFromCounts(990, 1000)).toBe(0.99)
    expect(sliFromCounts(0, 0)).toBeNull()
    expect(sliFromCounts(Number.NaN, 10)).toBeNull()
  })

  it('burns at 1x when the bad share equals the budget', () => {
    expect(burnRate(0.99, 0.99)).toBeCloseTo(1, 12)
    expect(burnRate(0.98, 0.99)).toBeCloseTo(2, 12)
    expect(burnRate(0.9856, 0.999)).toBeCloseTo(14.4, 9)
    expect(burnRate(1, 0.999)).toBe(0)
    expect(burnRate(null, 0.99)).toBeNull()
  })
})

describe('multiwindowAlertState (SRE workbook)', () => {
  it('pages only when both the 1h and 5m windows burn at 14.4x', () => {
    expect(multiwindowAlertState({ '1h': 15, '5m': 20, '6h': 3, '30m': 10 }).state).toBe('page')
    // The spike is over: the 5m window no longer confirms.
    expect(multiwindowAlertState({ '1h': 15, '5m': 2, '6h': 3, '30m': 3 }).state).toBe('ok')
    expect(multiwindowAlertState({ '1h': 14.4, '5m': 14.4 }).state).toBe('page')
  })

  it('opens a ticket when 6h and 30m both burn at 6x', () => {
    const verdict = multiwindowAlertState({ '1h': 7, '5m': 7, '6h': 6.5, '30m': 8 })
    expect(verdict.state).toBe('ticket')
    expect(verdict.ticket).toEqual({ firing: true, long: 6.5, short: 8, threshold: 6 })
    expect(verdict.page.firing).toBe(false)
  })

  it('has no verdict without any data, and a missing window cannot confirm', () => {
    expect(multiwindowAlertState({}).state).toBe('no_data')
    expect(multiwindowAlertState({ '1h': null, '5m': null, '6h': null, '30m': null }).state).toBe(
      'no_data',
    )
    expect(multiwindowAlertState({ '1h': 30, '5m': null }).state).toBe('ok')
  })
})

describe('error budget', () => {
  it('an incident burning 20x for 2 hours uses 20 * 2h / 30d of the budget', () => {
    expect(budgetConsumed(20, 2 * HOUR, MONTH)).toBeCloseTo(40 / 720, 12)
    expect(budgetConsumed(null, HOUR, MONTH)).toBeNull()
  })

  it('counts events when traffic was not typical', () => {
    // 99.9% of 1,000,000 monthly requests allows 1,000 failures; 250 failed.
    expect(budgetConsumedByEvents(250, 1_000_000, 0.999)).toBeCloseTo(0.25, 12)
    expect(budgetConsumedByEvents(1, 0, 0.999)).toBeNull()
  })

  it('tells how much budget is left, negative when overspent', () => {
    expect(budgetRemaining(0.9995, 0.999)).toBeCloseTo(0.5, 9)
    expect(budgetRemaining(0.997, 0.999)).toBeCloseTo(-2, 9)
  })
})

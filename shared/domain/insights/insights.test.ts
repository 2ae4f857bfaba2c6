import { describe, expect, it } from 'vitest'
import { keyDurations } from '../durations'
import type { Severity } from '../incident'
import { isOverdue } from './action-items'
import {
  computeInsights,
  NO_SERVICE,
  type InsightActionItem,
  type InsightIncident,
  type InsightsQuery,
} from './insights'
import { months } from './months'
import { quantileSorted, summarize } from './stats'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const JAN = Date.UTC(2026, 0, 1)
const NOW = Date.UTC(2026, 6, 1)

/** A deterministic shuffle, so the library is "generated" but the test never flakes. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/**
 * A generated library with known answers: SEV1 incidents detected after 1..11 minutes, SEV2 after
 * 1..10, every phase a fixed multiple of that, spread over January to March.
 */
function library(): InsightIncident[] {
  const make = (severity: Severity, minutes: number, index: number): InsightIncident => {
    const startedAt = JAN + (index % 3) * 31 * DAY + index * 3_600_000
    const ttd = minutes * MIN
    return {
      id: `${severity}-${minutes}`,
      title: `${severity} incident ${minutes}`,
      severity,
      services: severity === 'SEV1' ? ['checkout'] : ['search', 'checkout'],
      startedAt,
      detectedAt: startedAt + ttd,
      acknowledgedAt: startedAt + ttd + 2 * ttd,
      mitigatedAt: startedAt + 10 * ttd,
      resolvedAt: startedAt + 20 * ttd,
      sloBudgetConsumedPercent: minutes,
    }
  }
  const sev1 = Array.from({ length: 11 }, (_, i) => make('SEV1', i + 1, i))
  const sev2 = Array.from({ length: 10 }, (_, i) => make('SEV2', i + 1, i + 11))
  return shuffled([...sev1, ...sev2], 7)
}

const ALL: InsightsQuery = { from: JAN, to: NOW, now: NOW, service: '', severity: null }

describe('quantiles', () => {
  it('interpolates between ranks: median of an even count is the middle mean, p90 of 1..10 is 9.1', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1)
    expect(quantileSorted([42], 0.9)).toBe(42)
    expect(summarize([])).toEqual({ count: 0, median: null, p90: null })
  })
})

describe('insights over a generated library', () => {
  it('gives the known medians and p90 by severity', () => {
    const report = computeInsights(library(), [], ALL)
    const sev1 = report.bySeverity.find((g) => g.key === 'SEV1')
    const sev2 = report.bySeverity.find((g) => g.key === 'SEV2')
    expect(sev1?.count).toBe(11)
    expect(sev1?.durations.detect).toEqual({ count: 11, median: 6 * MIN, p90: 10 * MIN })
    expect(sev1?.durations.acknowledge.median).toBe(12 * MIN)
    expect(sev1?.durations.mitigate.median).toBe(60 * MIN)
    expect(sev1?.durations.resolve.p90).toBe(200 * MIN)
    expect(sev2?.durations.detect.median).toBe(5.5 * MIN)
    expect(sev2?.durations.detect.p90).toBeCloseTo(9.1 * MIN)
    expect(sev2?.durations.resolve.median).toBe(110 * MIN)
  })

  it('counts an incident under each of its services, busiest first', () => {
    const report = computeInsights(library(), [], ALL)
    expect(report.byService.map((g) => [g.key, g.count])).toEqual([
      ['checkout', 21],
      ['search', 10],
    ])
    const search = report.byService[1]
    expect(search?.durations.detect.median).toBe(5.5 * MIN)
    const noService = computeInsights([{ ...library()[0]!, services: [] }], [], ALL)
    expect(noService.byService[0]?.key).toBe(NO_SERVICE)
  })

  it('filters by service, severity and period', () => {
    expect(computeInsights(library(), [], { ...ALL, service: 'SEARCH' }).incidentCount).toBe(10)
    expect(computeInsights(library(), [], { ...ALL, severity: 'SEV1' }).incidentCount).toBe(11)
    const february = { ...ALL, from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) }
    expect(computeInsights(library(), [], february).incidentCount).toBe(7)
  })

  it('measures the key durations exactly as the incident header does', () => {
    const odd = [
      ...library().slice(0, 3),
      { ...library()[3]!, acknowledgedAt: null, mitigatedAt: null },
      { ...library()[4]!, detectedAt: library()[4]!.startedAt - MIN },
    ]
    for (const incident of odd) {
      const report = computeInsights([incident], [], ALL)
      for (const duration of keyDurations(incident)) {
        const expected = duration.ms !== null && duration.ms >= 0 ? duration.ms : null
        expect(report.durations[duration.name].median).toBe(expected)
      }
    }
  })

  it('leaves open incidents out of time to resolve, but counts them', () => {
    const open = library().map((i) => (i.severity === 'SEV2' ? { ...i, resolvedAt: null } : i))
    const report = computeInsights(open, [], ALL)
    expect(report.incidentCount).toBe(21)
    expect(report.durations.resolve.count).toBe(11)
    expect(report.durations.detect.count).toBe(21)
  })

  it('trends month by month, including empty months up to now', () => {
    const report = computeInsights(library(), [], ALL)
    expect(report.monthly.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ])
    expect(report.monthly.map((m) => m.count)).toEqual([7, 7, 7, 0, 0, 0])
    expect(report.monthly[3]?.medianResolveMs).toBeNull()
    const january = report.monthly[0]
    expect((january?.bySeverity.SEV1 ?? 0) + (january?.bySeverity.SEV2 ?? 0)).toBe(7)
    const allTime = computeInsights(library(), [], { ...ALL, from: Date.UTC(2000, 0, 1) })
    expect(allTime.monthly[0]?.month).toBe('2026-01')
  })

  it('lists the incidents that consumed the most budget, largest first', () => {
    const top = computeInsights(library(), [], ALL).topBudget
    expect(top).toHaveLength(10)
    expect(top.slice(0, 3).map((t) => t.percent)).toEqual([11, 10, 10])
    expect(top[0]?.incidentId).toBe('SEV1-11')
  })
})

describe('action items', () => {
  const item = (overrides: Partial<InsightActionItem>): InsightActionItem => ({
    incidentId: 'SEV1-1',
    priority: 'P2',
    status: 'open',
    dueDate: null,
    createdAt: NOW - DAY,
    ...overrides,
  })

  it('is overdue once its due day is over, whatever the priority', () => {
    expect(isOverdue(item({ dueDate: '2026-06-30', priority: 'P3' }), NOW)).toBe(true)
    expect(isOverdue(item({ dueDate: '2026-07-01' }), NOW)).toBe(false)
    expect(isOverdue(item({ dueDate: '2026-06-01', status: 'done' }), NOW)).toBe(false)
  })

  it('without a date: P1 after 4 weeks, P2 after 8, P3 never', () => {
    const age = (weeks: number) => NOW - weeks * 7 * DAY - MIN
    expect(isOverdue(item({ priority: 'P1', createdAt: age(4) }), NOW)).toBe(true)
    expect(isOverdue(item({ priority: 'P1', createdAt: age(3) }), NOW)).toBe(false)
    expect(isOverdue(item({ priority: 'P2', createdAt: age(5) }), NOW)).toBe(false)
    expect(isOverdue(item({ priority: 'P2', createdAt: age(8) }), NOW)).toBe(true)
    expect(isOverdue(item({ priority: 'P3', createdAt: age(52) }), NOW)).toBe(false)
  })

  it('reports open, overdue and completion rate for the incidents in view only', () => {
    const items = [
      item({ status: 'done' }),
      item({ status: 'done' }),
      item({ status: 'in_progress', dueDate: '2026-01-31' }),
      item({ priority: 'P1', createdAt: NOW - 40 * DAY }),
      item({ incidentId: 'elsewhere', status: 'done' }),
    ]
    const report = computeInsights(library(), items, ALL)
    expect(report.actionItems).toEqual({
      total: 4,
      open: 2,
      overdue: 2,
      done: 2,
      completionRate: 0.5,
    })
    expect(computeInsights(library(), [], ALL).actionItems.completionRate).toBeNull()
  })
})

describe('months', () => {
  it('spans years and caps very long periods at ten years', () => {
    expect(months(Date.UTC(2025, 10, 5), Date.UTC(2026, 1, 2))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
    const long = months(Date.UTC(2000, 0, 1), Date.UTC(2026, 5, 1))
    expect(long).toHaveLength(120)
    expect(long.at(-1)).toBe('2026-06')
  })
})

import { describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../../ui/time'
import { planQuery } from './plan'
import { emptyDraft } from './store'

const HOUR = 3_600_000
const context = {
  sourceId: 'prom',
  incident: { startedAt: 10 * HOUR, resolvedAt: 12 * HOUR },
  zone: UTC_ZONE,
  now: 20 * HOUR,
  widthPx: 900,
}

describe('planQuery', () => {
  it('defaults to the padded incident window at about one point per pixel', () => {
    const plan = planQuery({ ...emptyDraft(), text: ' rate(x_seconds_sum[5m]) ' }, context)
    expect(plan).toEqual({
      ok: true,
      query: {
        sourceId: 'prom',
        query: 'rate(x_seconds_sum[5m])',
        startMs: 9.5 * HOUR,
        endMs: 12.5 * HOUR,
        stepMs: 15_000,
        unit: 'none',
      },
    })
  })

  it('reads a custom range in the displayed zone', () => {
    const plan = planQuery(
      {
        ...emptyDraft(),
        text: 'up',
        range: 'custom',
        customStart: { value: '2026-11-21T10:00', badInput: false },
        customEnd: { value: '2026-11-21T11:00', badInput: false },
        stepText: '1m',
      },
      context,
    )
    expect(plan.ok && plan.query).toMatchObject({
      startMs: Date.UTC(2026, 10, 21, 10),
      endMs: Date.UTC(2026, 10, 21, 11),
      stepMs: 60_000,
    })
  })

  it('says what is missing or wrong, field by field', () => {
    const plan = planQuery(
      { ...emptyDraft(), range: 'custom', stepText: 'soon' },
      { ...context, sourceId: null },
    )
    expect(plan).toEqual({
      ok: false,
      problems: {
        query: 'Enter a PromQL query',
        source: 'Add a Prometheus data source first',
        range: 'Enter both the start and the end',
        step: 'Write the step like 15s, 1m or 1h, or leave it empty',
      },
    })
    const fine = planQuery({ ...emptyDraft(), text: 'up', range: '7d', stepText: '1s' }, context)
    expect(fine.ok === false && fine.problems.step).toMatch(/more than 11,000 points/)
  })
})

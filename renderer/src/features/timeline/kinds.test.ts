import { describe, expect, it } from 'vitest'
import { TIMELINE_KINDS, type TimelineKind } from '../../../../shared/domain/timeline'
import { KIND_FILTERS, eventsOfKinds } from './kinds'

const events = (
  ['note', 'step', 'checklist', 'status', 'severity', 'role', 'hypothesis'] as const
).map((kind: TimelineKind) => ({ kind }))

describe('eventsOfKinds', () => {
  it('shows everything when no group is chosen', () => {
    expect(eventsOfKinds(events, [])).toHaveLength(events.length)
  })

  it('groups steps with their checklist ticks, and status with severity and roles', () => {
    expect(eventsOfKinds(events, ['steps']).map((e) => e.kind)).toEqual(['step', 'checklist'])
    expect(eventsOfKinds(events, ['status']).map((e) => e.kind)).toEqual([
      'status',
      'severity',
      'role',
    ])
  })

  it('adds groups together', () => {
    expect(eventsOfKinds(events, ['notes', 'hypotheses']).map((e) => e.kind)).toEqual([
      'note',
      'hypothesis',
    ])
  })

  it('puts every timeline kind in exactly one group, so none can vanish from every filter', () => {
    for (const kind of TIMELINE_KINDS) {
      expect(
        KIND_FILTERS.filter((f) => (f.kinds as readonly string[]).includes(kind)),
      ).toHaveLength(1)
    }
  })
})

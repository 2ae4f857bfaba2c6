import { describe, expect, it } from 'vitest'
import type { EventName } from '../../../shared/contract/index'
import { keysToInvalidate } from './backend-events'

describe('keysToInvalidate', () => {
  it('refreshes the lists and the one incident that changed', () => {
    expect(keysToInvalidate({ name: 'incident.changed', incidentId: 'i1' })).toEqual([
      ['incidents', 'list'],
      ['incidents', 'detail', 'i1'],
    ])
  })

  it("refreshes only that incident's timeline", () => {
    expect(keysToInvalidate({ name: 'timeline.changed', incidentId: 'i1' })).toEqual([
      ['timeline', 'list', 'i1'],
    ])
  })

  it('falls back to a wider refresh when the event names no incident', () => {
    expect(keysToInvalidate({ name: 'timeline.changed' })).toEqual([['timeline']])
    expect(keysToInvalidate({ name: 'incident.changed' })).toEqual([['incidents']])
  })

  it('refreshes everything for an event no feature has mapped yet, never leaving stale data', () => {
    const notYetMapped = 'feature.changed' as EventName
    expect(keysToInvalidate({ name: notYetMapped, incidentId: 'i1' })).toBe('everything')
  })
})

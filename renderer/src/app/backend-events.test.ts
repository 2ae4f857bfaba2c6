import { describe, expect, it } from 'vitest'
import { EVENTS } from '../../../shared/contract/index'
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

  it('maps every event the contract declares', () => {
    for (const name of EVENTS) expect(keysToInvalidate({ name })).not.toBe('everything')
  })
})

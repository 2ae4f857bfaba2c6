import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from './router'

describe('parseRoute', () => {
  it('opens the incident list when there is no hash', () => {
    expect(parseRoute('')).toEqual({ name: 'incidents' })
    expect(parseRoute('#/')).toEqual({ name: 'incidents' })
    expect(parseRoute('#/incidents/')).toEqual({ name: 'incidents' })
  })

  it('reads an incident id, decoding it', () => {
    expect(parseRoute('#/incidents/abc-123')).toEqual({ name: 'incident', id: 'abc-123' })
    expect(parseRoute('#/incidents/a%2Fb')).toEqual({ name: 'incident', id: 'a/b' })
    expect(parseRoute('#/incidents/%E0%A4%A')).toEqual({ name: 'incident', id: '%E0%A4%A' })
  })

  it('knows the other pages and reports anything else as not found', () => {
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' })
    expect(parseRoute('#/data-sources')).toEqual({ name: 'data-sources' })
    expect(parseRoute('#/incidents/x/extra')).toEqual({
      name: 'not-found',
      path: '/incidents/x/extra',
    })
    expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' })
  })

  it('reads an incident postmortem', () => {
    expect(parseRoute('#/incidents/a%2Fb/postmortem')).toEqual({
      name: 'postmortem',
      incidentId: 'a/b',
    })
    expect(parseRoute('#/incidents/x/postmortem/more').name).toBe('not-found')
  })

  it('round-trips the links it builds', () => {
    const route = { name: 'incident', id: 'a b/c' } as const
    expect(parseRoute(routeHref(route))).toEqual(route)
  })
})

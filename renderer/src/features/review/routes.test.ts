import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from '../../app/router'

describe('library, insights, archive and review routes', () => {
  it('parse and print back the same', () => {
    for (const route of [
      { name: 'library' },
      { name: 'insights' },
      { name: 'archive' },
      { name: 'review', incidentId: 'a b/c' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route)
    }
    expect(routeHref({ name: 'review', incidentId: 'x' })).toBe('#/incidents/x/review')
    expect(parseRoute('#/library/extra').name).toBe('not-found')
  })
})

import { describe, expect, it } from 'vitest'
import { parseRoute } from '../../app/router'
import { parseTracePath, tracesHref, type TraceRef } from './trace-route'

function open(href: string) {
  const route = parseRoute(href)
  if (route.name !== 'traces') throw new Error(`not a traces route: ${href}`)
  return { incidentId: route.incidentId, ref: parseTracePath(route.path) }
}

describe('trace addresses', () => {
  it('round-trips the search page and every kind of trace, with and without an incident', () => {
    const refs: (TraceRef | null)[] = [
      null,
      { kind: 'jaeger', sourceId: 'src 1', traceId: 'trace/with?odd#chars' },
      { kind: 'pinned', evidenceId: 'ev-1' },
      { kind: 'view', viewId: 'payload:2' },
    ]
    for (const incidentId of [null, 'inc/1']) {
      for (const ref of refs) expect(open(tracesHref(incidentId, ref))).toEqual({ incidentId, ref })
    }
  })

  it('reports an address that names no trace', () => {
    expect(open('#/traces/jaeger/only-source').ref).toBe('not-found')
    expect(open('#/incidents/a/traces/nope/x').ref).toBe('not-found')
  })
})

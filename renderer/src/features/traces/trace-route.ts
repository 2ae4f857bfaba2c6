import { routeHref } from '../../app/router'

/** Which trace a page shows: fetched from Jaeger, read from the incident's evidence, or open. */
export type TraceRef =
  | { kind: 'jaeger'; sourceId: string; traceId: string }
  | { kind: 'pinned'; evidenceId: string }
  | { kind: 'view'; viewId: string }

/** The traces feature's own path: [] is the search page, the rest name a trace. */
export function parseTracePath(path: readonly string[]): TraceRef | null | 'not-found' {
  const [kind, first, second, ...rest] = path
  if (kind === undefined) return null
  if (kind === 'jaeger' && first && second && rest.length === 0) {
    return { kind: 'jaeger', sourceId: first, traceId: second }
  }
  if (kind === 'pinned' && first && second === undefined)
    return { kind: 'pinned', evidenceId: first }
  if (kind === 'view' && first && second === undefined) return { kind: 'view', viewId: first }
  return 'not-found'
}

export function tracePath(ref: TraceRef | null): string[] {
  if (ref === null) return []
  switch (ref.kind) {
    case 'jaeger':
      return ['jaeger', ref.sourceId, ref.traceId]
    case 'pinned':
      return ['pinned', ref.evidenceId]
    case 'view':
      return ['view', ref.viewId]
  }
}

export function tracesHref(incidentId: string | null, ref: TraceRef | null = null): string {
  return routeHref({ name: 'traces', incidentId, path: tracePath(ref) })
}

import { useSyncExternalStore } from 'react'

// A hash router: it works from file:// in Electron, and the page URL's query string (the
// browser-mode token) is never touched by navigation.

export type Route =
  | { name: 'incidents' }
  | { name: 'incident'; id: string }
  | { name: 'alerts' }
  | { name: 'data-sources' }
  | { name: 'settings' }
  /** Trace search and views, on their own or for an incident; `path` is the traces feature's. */
  | { name: 'traces'; incidentId: string | null; path: readonly string[] }
  | { name: 'postmortem'; incidentId: string }
  | { name: 'library' }
  | { name: 'insights' }
  | { name: 'archive' }
  /** The team review of one incident: phases, timeline and pinned charts on one time axis. */
  | { name: 'review'; incidentId: string }
  | { name: 'not-found'; path: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/incidents'
  const segments = path.split('/').filter(Boolean)
  const [first, second, ...rest] = segments
  if (first === 'traces')
    return { name: 'traces', incidentId: null, path: segments.slice(1).map(safeDecode) }
  if (first === 'incidents' && second !== undefined && rest[0] === 'traces') {
    return { name: 'traces', incidentId: safeDecode(second), path: rest.slice(1).map(safeDecode) }
  }
  if (
    first === 'incidents' &&
    second !== undefined &&
    rest.length === 1 &&
    rest[0] === 'postmortem'
  )
    return { name: 'postmortem', incidentId: safeDecode(second) }
  if (first === 'incidents' && second !== undefined && rest.length === 1 && rest[0] === 'review')
    return { name: 'review', incidentId: safeDecode(second) }
  if (segments.length === 1 && (first === 'library' || first === 'insights' || first === 'archive'))
    return { name: first }
  if (first === 'incidents' && rest.length === 0) {
    if (second === undefined) return { name: 'incidents' }
    return { name: 'incident', id: safeDecode(second) }
  }
  if (segments.length === 1 && first === 'alerts') return { name: 'alerts' }
  if (segments.length === 1 && first === 'data-sources') return { name: 'data-sources' }
  if (segments.length === 1 && first === 'settings') return { name: 'settings' }
  return { name: 'not-found', path }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export function routeHref(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'incidents':
      return '#/incidents'
    case 'incident':
      return `#/incidents/${encodeURIComponent(route.id)}`
    case 'alerts':
      return '#/alerts'
    case 'data-sources':
      return '#/data-sources'
    case 'settings':
      return '#/settings'
    case 'library':
    case 'insights':
    case 'archive':
      return `#/${route.name}`
    case 'review':
      return `#/incidents/${encodeURIComponent(route.incidentId)}/review`
    case 'postmortem':
      return `#/incidents/${encodeURIComponent(route.incidentId)}/postmortem`
    case 'traces': {
      const base =
        route.incidentId === null
          ? '#/traces'
          : `#/incidents/${encodeURIComponent(route.incidentId)}/traces`
      return [base, ...route.path.map(encodeURIComponent)].join('/')
    }
  }
}

export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
  window.location.hash = routeHref(route)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

/** The hash, re-read on every change; parse it with parseRoute (cheap, and keeps identity stable). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash)
}

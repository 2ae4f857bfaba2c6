import { useEffect } from 'react'
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query'
import type { BackendEvent, EventName } from '../../../shared/contract/index'
import { getTransport } from '../bridge'
import { archiveKeys } from '../features/archive/queries'
import { dataSourceKeys } from '../features/data-sources/queries'
import { hypothesisKeys } from '../features/hypotheses/queries'
import { incidentKeys } from '../features/incidents/queries'
import { postmortemKeys } from '../features/postmortem/queries'
import { reviewKeys } from '../features/review/queries'
import { runbookKeys } from '../features/runbook/queries'
import { settingsKeys } from '../features/settings/queries'
import { sloKeys } from '../features/slo/queries'
import { timelineKeys } from '../features/timeline/queries'
import { traceKeys } from '../features/traces/queries'

/**
 * Which cached queries each backend event makes stale. Features add their events here; an event
 * with no entry refreshes everything, so a missing entry costs a refetch, never stale data.
 */
export const invalidationsByEvent: Partial<Record<EventName, (event: BackendEvent) => QueryKey[]>> =
  {
    'incident.changed': (event) =>
      event.incidentId
        ? [incidentKeys.lists(), incidentKeys.detail(event.incidentId)]
        : [incidentKeys.all],
    'timeline.changed': (event) =>
      event.incidentId ? [timelineKeys.list(event.incidentId)] : [timelineKeys.all],
    'settings.changed': () => [settingsKeys.current()],
    'datasource.changed': () => [dataSourceKeys.all],
    'slo.changed': () => [sloKeys.all],
    'runbook.changed': (event) =>
      event.incidentId ? [runbookKeys.run(event.incidentId)] : [runbookKeys.runs()],
    'hypothesis.changed': (event) =>
      event.incidentId ? [hypothesisKeys.list(event.incidentId)] : [hypothesisKeys.all],
    'postmortem.changed': (event) =>
      event.incidentId ? [postmortemKeys.incident(event.incidentId)] : [postmortemKeys.all],
    'review.changed': (event) =>
      event.incidentId ? [reviewKeys.comments(event.incidentId)] : [reviewKeys.all],
    'archive.changed': () => [archiveKeys.all],
    // Not everything: an open trace view must not be fetched again because something was pinned.
    'evidence.changed': (event) => [
      ['evidence'],
      event.incidentId ? traceKeys.pinned(event.incidentId) : [...traceKeys.all, 'pinned'],
    ],
  }

export function keysToInvalidate(event: BackendEvent): QueryKey[] | 'everything' {
  const keysFor = invalidationsByEvent[event.name]
  return keysFor ? keysFor(event) : 'everything'
}

/**
 * Marks the queries under `queryKey` (every query without one) stale and fetches those on screen
 * again. A query on its first fetch is different: the query library would reuse that fetch,
 * whose answer may predate the change (it only starts a new one when the query has data), so
 * the stale answer would stay. Such a fetch is dropped first, and the query asked again.
 */
export async function refreshAfterChange(
  queryClient: QueryClient,
  queryKey?: QueryKey,
): Promise<void> {
  await queryClient.cancelQueries({
    queryKey,
    predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'fetching',
  })
  await queryClient.invalidateQueries({ queryKey })
}

/** The one subscription to backend events, mounted once at the app root. */
export function useBackendEventInvalidation(): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    const transport = getTransport()
    const stopEvents = transport.onEvent((event) => {
      const keys = keysToInvalidate(event)
      if (keys === 'everything') void refreshAfterChange(queryClient)
      else for (const queryKey of keys) void refreshAfterChange(queryClient, queryKey)
    })
    // Events sent while the stream was down are lost: refresh whatever is on screen.
    const stopReconnect = transport.onReconnect(() => void refreshAfterChange(queryClient))
    return () => {
      stopEvents()
      stopReconnect()
    }
  }, [queryClient])
}

import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'
import type { IncidentWindow } from './search/search-draft'

/** The incident a traces page works for, when there is one: its window and title. */
export function useIncidentWindow(incidentId: string | null): {
  incident: IncidentWindow | null
  title: string | null
} {
  const query = useQuery({
    queryKey: incidentKeys.detail(incidentId ?? ''),
    queryFn: () => call('incident.get', { id: incidentId ?? '' }),
    enabled: incidentId !== null,
  })
  if (!query.data) return { incident: null, title: null }
  const { startedAt, resolvedAt, title } = query.data
  return { incident: { startedAt, resolvedAt }, title }
}

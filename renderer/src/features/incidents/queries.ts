import { useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'

type ListFilter = ChannelInput<'incident.list'>

export const incidentKeys = {
  all: ['incidents'] as const,
  lists: () => [...incidentKeys.all, 'list'] as const,
  list: (filter: ListFilter) => [...incidentKeys.lists(), filter] as const,
  details: () => [...incidentKeys.all, 'detail'] as const,
  detail: (id: string) => [...incidentKeys.details(), id] as const,
}

export function useIncidentList(filter: ListFilter = {}) {
  return useQuery({
    queryKey: incidentKeys.list(filter),
    queryFn: () => call('incident.list', filter),
  })
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: incidentKeys.detail(id),
    queryFn: () => call('incident.get', { id }),
  })
}

import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'

export const timelineKeys = {
  all: ['timeline'] as const,
  lists: () => [...timelineKeys.all, 'list'] as const,
  list: (incidentId: string) => [...timelineKeys.lists(), incidentId] as const,
}

export function useTimeline(incidentId: string) {
  return useQuery({
    queryKey: timelineKeys.list(incidentId),
    queryFn: () => call('timeline.list', { incidentId }),
  })
}

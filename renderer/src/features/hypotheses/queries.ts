import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'

export const hypothesisKeys = {
  all: ['hypotheses'] as const,
  lists: () => [...hypothesisKeys.all, 'list'] as const,
  list: (incidentId: string) => [...hypothesisKeys.lists(), incidentId] as const,
}

/** The incident's hypotheses, oldest first. */
export function useHypotheses(incidentId: string) {
  return useQuery({
    queryKey: hypothesisKeys.list(incidentId),
    queryFn: () => call('hypothesis.list', { incidentId }),
  })
}

import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'

export const sampleKeys = {
  // Under the incident lists' key, so 'incident.changed' (a sample loaded or deleted) refreshes
  // it together with the lists that show its badge.
  status: () => [...incidentKeys.lists(), 'sample-status'] as const,
}

export function useSampleStatus() {
  return useQuery({
    queryKey: sampleKeys.status(),
    queryFn: () => call('sample.status', {}),
  })
}

/** Whether the incident is the shipped sample; false while that is not known yet. */
export function useIsSample(incidentId: string): boolean {
  return useSampleStatus().data?.incidentIds.includes(incidentId) ?? false
}

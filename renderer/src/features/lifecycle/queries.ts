import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'

export const lifecycleKeys = {
  // Under the incident's detail key, so 'incident.changed' refreshes the roles with it.
  roles: (incidentId: string) => [...incidentKeys.detail(incidentId), 'roles'] as const,
}

export function useRoles(incidentId: string) {
  return useQuery({
    queryKey: lifecycleKeys.roles(incidentId),
    queryFn: () => call('incident.getRoles', { id: incidentId }),
  })
}

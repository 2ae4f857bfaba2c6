import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import type { Incident } from '../../../../shared/domain/incident'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'
import { timelineKeys } from '../timeline/queries'
import { lifecycleKeys } from './queries'

type WithoutId<C extends Parameters<typeof call>[0]> = Omit<ChannelInput<C>, 'id'>

/**
 * A lifecycle write: the answer replaces the cached incident and the timeline is refreshed.
 * A refusal refreshes the incident too: the usual cause is a screen older than the data.
 */
function useIncidentWrite<I>(incidentId: string, write: (input: I) => Promise<Incident>) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incidentId), exact: true }),
      queryClient.invalidateQueries({ queryKey: incidentKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) }),
    ])
  return useMutation({
    mutationFn: write,
    onSuccess: async (incident) => {
      queryClient.setQueryData(incidentKeys.detail(incidentId), incident)
      await refresh()
    },
    onError: refresh,
  })
}

export function useSetStatus(incidentId: string) {
  return useIncidentWrite(incidentId, (input: WithoutId<'incident.setStatus'>) =>
    call('incident.setStatus', { id: incidentId, ...input }),
  )
}

export function useReopenIncident(incidentId: string) {
  return useIncidentWrite(incidentId, (input: WithoutId<'incident.reopen'>) =>
    call('incident.reopen', { id: incidentId, ...input }),
  )
}

export function useAcknowledge(incidentId: string) {
  return useIncidentWrite(incidentId, () => call('incident.acknowledge', { id: incidentId }))
}

export function useSetSeverity(incidentId: string) {
  return useIncidentWrite(incidentId, (input: WithoutId<'incident.setSeverity'>) =>
    call('incident.setSeverity', { id: incidentId, ...input }),
  )
}

export function useSetTimes(incidentId: string) {
  return useIncidentWrite(incidentId, (input: WithoutId<'incident.setTimes'>) =>
    call('incident.setTimes', { id: incidentId, ...input }),
  )
}

export function useSetRoles(incidentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: WithoutId<'incident.setRoles'>) =>
      call('incident.setRoles', { id: incidentId, ...input }),
    onSuccess: async (roles) => {
      queryClient.setQueryData(lifecycleKeys.roles(incidentId), roles)
      await queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) })
    },
  })
}

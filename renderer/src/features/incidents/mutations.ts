import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { incidentKeys } from './queries'

export function useCreateIncident() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'incident.create'>) => call('incident.create', input),
    onSuccess: async (incident) => {
      queryClient.setQueryData(incidentKeys.detail(incident.id), incident)
      await queryClient.invalidateQueries({ queryKey: incidentKeys.lists() })
    },
  })
}

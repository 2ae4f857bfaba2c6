import { useMutation, useQueryClient } from '@tanstack/react-query'
import { navigate } from '../../app/router'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'

export function useLoadSample() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => call('sample.load', {}),
    onSuccess: async ({ incidentId }) => {
      await queryClient.invalidateQueries({ queryKey: incidentKeys.lists() })
      navigate({ name: 'incident', id: incidentId })
    },
  })
}

export function useDeleteSample() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('incident.delete', { id }),
    onSuccess: async ({ id }) => {
      navigate({ name: 'incidents' })
      queryClient.removeQueries({ queryKey: incidentKeys.detail(id) })
      await queryClient.invalidateQueries({ queryKey: incidentKeys.lists() })
    },
  })
}

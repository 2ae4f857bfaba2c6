import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { timelineKeys } from './queries'

/** Every timeline write refreshes that incident's timeline once it has landed. */
function useTimelineMutation<I, O>(incidentId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) }),
  })
}

export function useAddNote(incidentId: string) {
  return useTimelineMutation(
    incidentId,
    (input: Omit<ChannelInput<'timeline.add'>, 'incidentId'>) =>
      call('timeline.add', { ...input, incidentId }),
  )
}

export function useUpdateNote(incidentId: string) {
  return useTimelineMutation(incidentId, (input: ChannelInput<'timeline.update'>) =>
    call('timeline.update', input),
  )
}

export function useDeleteNote(incidentId: string) {
  return useTimelineMutation(incidentId, (id: string) => call('timeline.delete', { id }))
}

export function useRestoreNote(incidentId: string) {
  return useTimelineMutation(incidentId, (id: string) => call('timeline.restore', { id }))
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { timelineKeys } from '../timeline/queries'
import { hypothesisKeys } from './queries'

/** Every hypothesis write refreshes the list and the timeline (status changes land there). */
function useHypothesisWrite<I, O>(incidentId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hypothesisKeys.list(incidentId) }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) }),
      ]),
  })
}

export function useAddHypothesis(incidentId: string) {
  return useHypothesisWrite(
    incidentId,
    (input: Omit<ChannelInput<'hypothesis.add'>, 'incidentId'>) =>
      call('hypothesis.add', { incidentId, ...input }),
  )
}

export function useSetHypothesisStatus(incidentId: string) {
  return useHypothesisWrite(incidentId, (input: ChannelInput<'hypothesis.setStatus'>) =>
    call('hypothesis.setStatus', input),
  )
}

export function useUpdateHypothesis(incidentId: string) {
  return useHypothesisWrite(incidentId, (input: ChannelInput<'hypothesis.update'>) =>
    call('hypothesis.update', input),
  )
}

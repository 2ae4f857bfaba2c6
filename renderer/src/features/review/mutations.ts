import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { reviewKeys } from './queries'

function useCommentMutation<I, O>(incidentId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.comments(incidentId) }),
  })
}

export function useAddComment(incidentId: string) {
  return useCommentMutation(
    incidentId,
    (input: Omit<ChannelInput<'review.addComment'>, 'incidentId'>) =>
      call('review.addComment', { ...input, incidentId }),
  )
}

export function useDeleteComment(incidentId: string) {
  return useCommentMutation(incidentId, (id: string) => call('review.deleteComment', { id }))
}

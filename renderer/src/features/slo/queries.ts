import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'

export const sloKeys = {
  all: ['slos'] as const,
  list: () => [...sloKeys.all, 'list'] as const,
  evaluations: () => [...sloKeys.all, 'evaluate'] as const,
  evaluate: (sourceId: string, incidentId: string, atMs: number | null) =>
    [...sloKeys.evaluations(), sourceId, incidentId, atMs] as const,
}

export function useSlos() {
  return useQuery({ queryKey: sloKeys.list(), queryFn: () => call('slo.list', {}) })
}

/** The incident's SLOs computed against the source; atMs null means now (refetched on demand). */
export function useSloEvaluation(sourceId: string | null, incidentId: string, atMs: number | null) {
  return useQuery({
    queryKey: sloKeys.evaluate(sourceId ?? '', incidentId, atMs),
    queryFn: () =>
      call('slo.evaluate', {
        sourceId: sourceId ?? '',
        incidentId,
        ...(atMs === null ? {} : { atMs }),
      }),
    enabled: sourceId !== null,
    staleTime: 60_000,
    retry: false,
  })
}

export function useSaveSlo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'slo.save'>) => call('slo.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sloKeys.all }),
  })
}

export function useDeleteSlo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('slo.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sloKeys.all }),
  })
}

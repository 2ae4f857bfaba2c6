import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { chartEvidencePayloadSchema } from '../../../../shared/contract/prometheus'
import { call } from '../../bridge'
import { i18n } from '../../i18n'
import { decodeColumnsWire } from '../../ui/charts/columns'
import { timelineKeys } from '../timeline/queries'

export const evidenceKeys = {
  all: ['evidence'] as const,
  lists: () => [...evidenceKeys.all, 'list'] as const,
  list: (incidentId: string) => [...evidenceKeys.lists(), incidentId] as const,
  item: (id: string) => [...evidenceKeys.all, 'item', id] as const,
}

export function useEvidenceList(incidentId: string) {
  return useQuery({
    queryKey: evidenceKeys.list(incidentId),
    queryFn: () => call('evidence.list', { incidentId }),
  })
}

/** A pinned chart as stored: drawn from its own data, whatever the source says today. */
export function usePinnedChart(id: string) {
  return useQuery({
    queryKey: evidenceKeys.item(id),
    queryFn: async () => {
      const item = await call('evidence.get', { id })
      const payload = chartEvidencePayloadSchema.safeParse(item.payload)
      if (!payload.success) {
        throw new Error(i18n.t('evidence:chart.notAChart'))
      }
      return { item, payload: payload.data, chart: decodeColumnsWire(payload.data.columns) }
    },
    staleTime: Infinity,
  })
}

export function usePinChart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'prometheus.pin'>) => call('prometheus.pin', input),
    onSuccess: (item) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceKeys.list(item.incidentId) }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(item.incidentId) }),
      ]),
  })
}

export function useUpdateCaption() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; caption: string }) => call('evidence.updateCaption', input),
    onSuccess: (item) =>
      queryClient.invalidateQueries({ queryKey: evidenceKeys.list(item.incidentId) }),
  })
}

export function useDeleteEvidence(incidentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('evidence.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKeys.list(incidentId) }),
  })
}

import { useQueries, useQuery } from '@tanstack/react-query'
import { chartEvidencePayloadSchema } from '../../../../shared/contract/prometheus'
import { call } from '../../bridge'
import { decodeColumnsWire, type ChartData } from '../../ui/charts/columns'

export const reviewKeys = {
  all: ['review'] as const,
  comments: (incidentId: string) => [...reviewKeys.all, 'comments', incidentId] as const,
  evidence: (incidentId: string) => ['evidence', 'list', incidentId] as const,
  chart: (evidenceId: string) => ['evidence', 'chart', evidenceId] as const,
}

export function useReviewComments(incidentId: string) {
  return useQuery({
    queryKey: reviewKeys.comments(incidentId),
    queryFn: () => call('review.comments', { incidentId }),
  })
}

export function useEvidenceList(incidentId: string) {
  return useQuery({
    queryKey: reviewKeys.evidence(incidentId),
    queryFn: () => call('evidence.list', { incidentId }),
  })
}

export interface ReviewChartData {
  id: string
  caption: string
  query: string
  unit: ReturnType<typeof chartEvidencePayloadSchema.parse>['unit']
  startMs: number
  endMs: number
  data: ChartData
}

/** Each pinned chart's stored result, decoded once into columns. */
export function usePinnedCharts(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: reviewKeys.chart(id),
      // A pinned chart never changes: it is the frozen evidence.
      staleTime: Infinity,
      queryFn: async (): Promise<ReviewChartData> => {
        const item = await call('evidence.get', { id })
        const payload = chartEvidencePayloadSchema.parse(item.payload)
        return {
          id,
          caption: item.caption,
          query: payload.query,
          unit: payload.unit,
          startMs: payload.startMs,
          endMs: payload.endMs,
          data: decodeColumnsWire(payload.columns),
        }
      },
    })),
  })
}

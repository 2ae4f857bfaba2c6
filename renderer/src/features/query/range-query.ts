import { useQuery } from '@tanstack/react-query'
import type { RangeResult } from '../../../../shared/contract/prometheus'
import { call } from '../../bridge'
import { decodeColumnsWire, type ChartData } from '../../ui/charts/columns'
import type { SubmittedQuery } from './store'

export const prometheusKeys = {
  all: ['prometheus'] as const,
  range: (query: SubmittedQuery) => [...prometheusKeys.all, 'range', query] as const,
  alerts: (sourceId: string, alertmanagerId: string | null) =>
    [...prometheusKeys.all, 'alerts', sourceId, alertmanagerId] as const,
  incidentAlerts: (incidentId: string) =>
    [...prometheusKeys.all, 'incident-alerts', incidentId] as const,
}

export interface RangeAnswer {
  result: RangeResult
  chart: ChartData
}

let nextRequest = 0

/** Runs a range query; aborting `signal` cancels it in the backend, which closes the connection. */
export async function fetchRange(
  query: SubmittedQuery,
  signal?: AbortSignal,
): Promise<RangeAnswer> {
  const requestId = `range-${Date.now()}-${nextRequest++}`
  const cancel = () => void call('request.cancel', { requestId }).catch(() => undefined)
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    const { unit: _unit, ...input } = query
    const result = await call('prometheus.queryRange', { ...input, requestId })
    return { result, chart: decodeColumnsWire(result.columns) }
  } finally {
    signal?.removeEventListener('abort', cancel)
  }
}

/** The answer to a submitted query, kept while the user moves between tabs. */
export function useRangeQuery(query: SubmittedQuery | null) {
  return useQuery({
    queryKey: query ? prometheusKeys.range(query) : [...prometheusKeys.all, 'range', 'none'],
    queryFn: ({ signal }) => fetchRange(query as SubmittedQuery, signal),
    enabled: query !== null,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: false,
  })
}

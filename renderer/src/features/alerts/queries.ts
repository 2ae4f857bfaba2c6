import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'
import { prometheusKeys } from '../query/range-query'

/** Firing and pending alerts, refreshed every 15 s while shown. */
export function useAlerts(sourceId: string | null, alertmanagerId: string | null) {
  return useQuery({
    queryKey: prometheusKeys.alerts(sourceId ?? '', alertmanagerId),
    queryFn: () =>
      call('prometheus.alerts', {
        sourceId: sourceId ?? '',
        ...(alertmanagerId ? { alertmanagerId } : {}),
      }),
    enabled: sourceId !== null,
    refetchInterval: 15_000,
    retry: false,
  })
}

/** The alerts the incident was declared from. */
export function useIncidentAlerts(incidentId: string) {
  return useQuery({
    queryKey: prometheusKeys.incidentAlerts(incidentId),
    queryFn: () => call('prometheus.incidentAlerts', { incidentId }),
  })
}

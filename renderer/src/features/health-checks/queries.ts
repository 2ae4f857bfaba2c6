import { useQueries, useQuery } from '@tanstack/react-query'
import type { PackVariable } from '../../../../shared/domain/prometheus/health-checks'
import { call } from '../../bridge'
import { decodeColumnsWire } from '../../ui/charts/columns'

export interface PackRun {
  sourceId: string
  packId: string
  variables: Partial<Record<PackVariable, string>>
  atMs: number
}

export const healthCheckKeys = {
  all: ['healthchecks'] as const,
  packs: () => [...healthCheckKeys.all, 'packs'] as const,
  run: (run: PackRun) => [...healthCheckKeys.all, 'run', run] as const,
  labelValues: (sourceId: string, label: string) =>
    [...healthCheckKeys.all, 'label-values', sourceId, label] as const,
}

export function useHealthPacks() {
  return useQuery({
    queryKey: healthCheckKeys.packs(),
    queryFn: () => call('healthcheck.packs', {}),
    staleTime: Infinity,
  })
}

async function runPack(run: PackRun) {
  const answer = await call('healthcheck.run', { ...run, widthPx: 240 })
  return {
    ...answer,
    panels: answer.panels.map((panel) => ({
      ...panel,
      chart: panel.columns ? decodeColumnsWire(panel.columns) : null,
    })),
  }
}
export type PackAnswer = Awaited<ReturnType<typeof runPack>>

export function usePackRuns(runs: readonly PackRun[]) {
  return useQueries({
    queries: runs.map((run) => ({
      queryKey: healthCheckKeys.run(run),
      queryFn: () => runPack(run),
      staleTime: Infinity,
      retry: false,
    })),
  })
}

/** Values seen for a label, to suggest for $instance, $job and $service. */
export function useLabelValues(sourceId: string | null, label: string) {
  return useQuery({
    queryKey: healthCheckKeys.labelValues(sourceId ?? '', label),
    queryFn: () => {
      const endMs = Date.now()
      return call('prometheus.labelValues', {
        sourceId: sourceId ?? '',
        label,
        startMs: endMs - 6 * 3_600_000,
        endMs,
      })
    },
    enabled: sourceId !== null,
    staleTime: 5 * 60_000,
    retry: false,
  })
}

import { useQuery } from '@tanstack/react-query'
import { call } from '../../bridge'

export const runbookKeys = {
  all: ['runbook'] as const,
  /** The runbooks on disk (shipped and the user's own) and the files that failed to load. */
  catalog: () => [...runbookKeys.all, 'catalog'] as const,
  runs: () => [...runbookKeys.all, 'run'] as const,
  run: (incidentId: string) => [...runbookKeys.runs(), incidentId] as const,
}

/** The incident's runbook run (null when it follows none). */
export function useRun(incidentId: string) {
  return useQuery({
    queryKey: runbookKeys.run(incidentId),
    queryFn: () => call('runbook.get', { incidentId }),
  })
}

export function useRunbookCatalog() {
  return useQuery({
    queryKey: runbookKeys.catalog(),
    queryFn: () => call('runbook.list', {}),
    // Files are read from disk on each call; a user who just fixed one sees it on the next open.
    staleTime: 10_000,
  })
}

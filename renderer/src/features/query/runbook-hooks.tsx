// What the runbook's step view can render from the metrics features, kept small so the step view
// stays light: the heavy parts (uPlot, CodeMirror) load on demand.
import { lazy, Suspense } from 'react'
import { Button } from '@mantine/core'
import { Loading } from '../../ui/states'
import { useMetricsStore } from './store'

const LazyAlertExpressionChart = lazy(() => import('../alerts/AlertExpressionChart'))

/** For "Confirm the alert": the declared alert's expression graphed around its activeAt. */
export function AlertExpressionChart({ incidentId }: { incidentId: string }) {
  return (
    <Suspense fallback={<Loading label="Loading the chart…" />}>
      <LazyAlertExpressionChart incidentId={incidentId} />
    </Suspense>
  )
}

export type SuggestedQuery =
  { kind: 'promql'; query: string; title?: string } | { kind: 'pack'; pack: string; title?: string }

export const METRICS_SECTION_ID = 'incident-metrics'

/**
 * "Run" for a runbook's suggested query: opens it in the incident's Query tab and runs it, or
 * runs the named health-check pack in the Health check tab.
 */
export function SuggestedQueryRunner({
  incidentId,
  query,
}: {
  incidentId: string
  query: SuggestedQuery
}) {
  const requestQuery = useMetricsStore((state) => state.requestQuery)
  const requestPack = useMetricsStore((state) => state.requestPack)
  const title = query.title ?? (query.kind === 'pack' ? query.pack : query.query)
  const run = () => {
    if (query.kind === 'promql') requestQuery(incidentId, query.query)
    else requestPack(incidentId, query.pack)
    document
      .getElementById(METRICS_SECTION_ID)
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }
  return (
    <Button
      size="compact-xs"
      variant="light"
      onClick={run}
      aria-label={query.kind === 'pack' ? `Run health check: ${title}` : `Run query: ${title}`}
    >
      Run
    </Button>
  )
}

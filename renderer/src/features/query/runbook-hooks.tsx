// What the runbook's step view can render from the metrics features, kept small so the step view
// stays light: the heavy parts (uPlot, CodeMirror) load on demand.
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import { Loading } from '../../ui/states'
import { useChosenSource } from '../data-sources/source-store'

const LazyAlertExpressionChart = lazy(() => import('../alerts/AlertExpressionChart'))
const LazySuggestedQueryChart = lazy(() => import('./SuggestedQueryChart'))
const LazyHealthCheckGrid = lazy(() =>
  import('../health-checks/HealthCheckGrid').then((module) => ({
    default: module.HealthCheckGrid,
  })),
)

export const METRICS_SECTION_ID = 'incident-metrics'

/** Whether a Prometheus source is configured, so a step can offer charts instead of failing. */
export function useHasPrometheusSource(): boolean {
  return useChosenSource('prometheus').source !== null
}

function ChartLoading() {
  const { t } = useTranslation('query')
  return <Loading label={t('suggested.loadingChart')} />
}

/** For "Confirm the alert": the declared alert's expression graphed around its activeAt. */
export function AlertExpressionChart({ incidentId }: { incidentId: string }) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <LazyAlertExpressionChart incidentId={incidentId} />
    </Suspense>
  )
}

/** For a step naming health-check packs: those packs preselected, run as a grid of small charts. */
export function StepHealthChecks({
  incident,
  packIds,
  stepId,
}: {
  incident: Incident
  packIds: string[]
  stepId: string
}) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <LazyHealthCheckGrid
        incident={incident}
        packIds={packIds}
        draftKey={`${incident.id}/step/${stepId}`}
      />
    </Suspense>
  )
}

/**
 * A runbook's suggested PromQL query charted in the step over the incident window (as it was at
 * `ranAtMs`, when the user pressed Run), with Pin to incident.
 */
export function SuggestedQueryChart(props: { incidentId: string; query: string; ranAtMs: number }) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <LazySuggestedQueryChart {...props} />
    </Suspense>
  )
}

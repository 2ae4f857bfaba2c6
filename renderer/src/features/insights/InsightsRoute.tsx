import { lazy, Suspense } from 'react'
import { Loading } from '../../ui/states'

// Insights draws charts (uPlot): loaded when opened, not with the first screen.
const InsightsPage = lazy(() =>
  import('./InsightsPage').then((module) => ({ default: module.InsightsPage })),
)

export function InsightsRoute() {
  return (
    <Suspense fallback={<Loading label="Opening the insights…" />}>
      <InsightsPage />
    </Suspense>
  )
}

import { lazy, Suspense } from 'react'
import { Loading } from '../../ui/states'

// The review draws charts (uPlot): loaded when opened, not with the first screen.
const ReviewPage = lazy(() =>
  import('./ReviewPage').then((module) => ({ default: module.ReviewPage })),
)

export function ReviewRoute({ incidentId }: { incidentId: string }) {
  return (
    <Suspense fallback={<Loading label="Opening the review…" />}>
      <ReviewPage incidentId={incidentId} />
    </Suspense>
  )
}

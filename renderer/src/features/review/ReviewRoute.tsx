import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../ui/states'

// The review draws charts (uPlot): loaded when opened, not with the first screen.
const ReviewPage = lazy(() =>
  import('./ReviewPage').then((module) => ({ default: module.ReviewPage })),
)

export function ReviewRoute({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('review')
  return (
    <Suspense fallback={<Loading label={t('opening')} />}>
      <ReviewPage incidentId={incidentId} />
    </Suspense>
  )
}

import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../ui/states'

// Insights draws charts (uPlot): loaded when opened, not with the first screen.
const InsightsPage = lazy(() =>
  import('./InsightsPage').then((module) => ({ default: module.InsightsPage })),
)

export function InsightsRoute() {
  const { t } = useTranslation('insights')
  return (
    <Suspense fallback={<Loading label={t('opening')} />}>
      <InsightsPage />
    </Suspense>
  )
}

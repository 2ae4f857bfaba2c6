import { lazy, Suspense } from 'react'
import { Anchor, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../app/PageTitle'
import { Loading } from '../../ui/states'
import { TraceSearchPage } from './search/TraceSearchPage'
import { parseTracePath, tracesHref } from './trace-route'
import { loadTracePage } from './view/load'

// The waterfall and its panels are a separate chunk: the search page does not need them.
const TracePage = lazy(() => loadTracePage().then((module) => ({ default: module.TracePage })))

/** #/traces/... and #/incidents/:id/traces/...: the search page, or one trace. */
export function TracesRoute({
  incidentId,
  path,
}: {
  incidentId: string | null
  path: readonly string[]
}) {
  const { t } = useTranslation('traces')
  const ref = parseTracePath(path)
  if (ref === null) return <TraceSearchPage incidentId={incidentId} />
  if (ref === 'not-found') {
    return (
      <Stack gap="sm">
        <PageTitle>{t('route.notFound')}</PageTitle>
        <Text>
          {t('route.notFoundText')}{' '}
          <Anchor href={tracesHref(incidentId)}>{t('route.goToSearch')}</Anchor>
        </Text>
      </Stack>
    )
  }
  return (
    <Suspense fallback={<Loading label={t('route.openingView')} />}>
      <TracePage traceRef={ref} incidentId={incidentId} />
    </Suspense>
  )
}

import { lazy, Suspense, useState } from 'react'
import { Anchor, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../app/PageTitle'
import { Loading } from '../../ui/states'
import { TraceSearchPage } from './search/TraceSearchPage'
import { parseTracePath, tracesHref, type TraceRef } from './trace-route'
import { loadedTracePage, loadTracePage } from './view/load'

// The waterfall and its panels are a separate chunk: the search page does not need them.
const LazyTracePage = lazy(() => loadTracePage().then((module) => ({ default: module.TracePage })))

/** The trace page, without suspending when its chunk is already loaded (chosen once per view). */
function TraceView(props: { traceRef: TraceRef; incidentId: string | null }) {
  const [TracePage] = useState(() => loadedTracePage()?.TracePage ?? LazyTracePage)
  return <TracePage {...props} />
}

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
      <TraceView traceRef={ref} incidentId={incidentId} />
    </Suspense>
  )
}

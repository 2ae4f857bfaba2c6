import { lazy, Suspense } from 'react'
import { Anchor, Stack, Text } from '@mantine/core'
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
  const ref = parseTracePath(path)
  if (ref === null) return <TraceSearchPage incidentId={incidentId} />
  if (ref === 'not-found') {
    return (
      <Stack gap="sm">
        <PageTitle>Trace not found</PageTitle>
        <Text>
          This address does not name a trace.{' '}
          <Anchor href={tracesHref(incidentId)}>Go to trace search</Anchor>
        </Text>
      </Stack>
    )
  }
  return (
    <Suspense fallback={<Loading label="Opening the trace view…" />}>
      <TracePage traceRef={ref} incidentId={incidentId} />
    </Suspense>
  )
}

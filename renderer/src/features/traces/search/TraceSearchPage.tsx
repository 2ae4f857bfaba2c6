import { useEffect } from 'react'
import { Anchor, Badge, Box, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { PageTitle } from '../../../app/PageTitle'
import { routeHref } from '../../../app/router'
import { SourceSelect } from '../../data-sources/SourceSelect'
import { useChosenSource } from '../../data-sources/source-store'
import { traceKeys, useTraceSearch, useTraceServices } from '../queries'
import { contextKey, useTraceSearchStore } from '../store'
import { prewarmLocalReader } from '../local/local-traces'
import { loadTracePage } from '../view/load'
import { useIncidentWindow } from '../useIncidentWindow'
import { OpenTracePanel } from './OpenTracePanel'
import { PinnedTraces } from './PinnedTraces'
import { SearchForm } from './SearchForm'
import { SearchResults } from './SearchResults'

function NoJaegerSource() {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Connect Jaeger to search traces
        </Title>
        <Text size="sm" c="dimmed" maw={560}>
          Firebreak searches Jaeger&apos;s query API (v3, or v1 on older servers) from this machine.
          Add your Jaeger Query address in Data sources. Trace files can be imported without it.
        </Text>
        <Group>
          <Button component="a" href={routeHref({ name: 'data-sources' })} variant="light">
            Add a Jaeger source
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

/** Find traces in Jaeger, open one by ID, or import a file; for an incident or on their own. */
export function TraceSearchPage({ incidentId }: { incidentId: string | null }) {
  const { incident, title } = useIncidentWindow(incidentId)
  const { source, sources } = useChosenSource('jaeger')
  const services = useTraceServices(source?.id)
  const submitted = useTraceSearchStore((state) => state.submitted[contextKey(incidentId)] ?? null)
  const search = useTraceSearch(submitted)
  const queryClient = useQueryClient()
  // The trace view is its own chunk and files are read in a worker: get both ready while the
  // user is still searching or choosing a file.
  useEffect(() => {
    void loadTracePage()
    prewarmLocalReader()
  }, [])

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {incidentId && (
          <Anchor href={routeHref({ name: 'incident', id: incidentId })} size="sm">
            ← Back to the incident
          </Anchor>
        )}
        <PageTitle documentTitle={title ? `Traces: ${title}` : 'Traces'}>Traces</PageTitle>
        <Text size="sm" c="dimmed" maw={720}>
          {title
            ? `Find the slow or failing traces of “${title}”, see where the time went, and pin the trace that explains it to the incident.`
            : 'Find slow or failing traces, see where the time went, and pin a trace to an incident.'}
        </Text>
      </Stack>
      {incidentId && <PinnedTraces incidentId={incidentId} />}
      <Group align="flex-end" gap="sm">
        {sources.length > 0 && (
          <Box maw={320} style={{ flex: 1 }}>
            <SourceSelect kind="jaeger" />
          </Box>
        )}
        {services.data && (
          <Badge variant="light" color="teal" mb={6} title="Which Jaeger query API Firebreak uses">
            Query API {services.data.api}
          </Badge>
        )}
      </Group>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {sources.length === 0 ? (
            <NoJaegerSource />
          ) : (
            <Paper withBorder p="md" radius="md">
              <SearchForm
                incidentId={incidentId}
                incident={incident}
                sourceId={source?.id}
                searching={search.isFetching}
                onCancel={() =>
                  submitted &&
                  void queryClient.cancelQueries({
                    queryKey: traceKeys.search(submitted.input, submitted.attempt),
                  })
                }
              />
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <OpenTracePanel incidentId={incidentId} sourceId={source?.id} />
        </Grid.Col>
      </Grid>
      {submitted && (
        <SearchResults
          search={search}
          incidentId={incidentId}
          sourceId={submitted.input.sourceId}
        />
      )}
    </Stack>
  )
}

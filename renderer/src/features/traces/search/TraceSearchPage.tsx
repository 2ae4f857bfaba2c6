import { useEffect } from 'react'
import { Anchor, Badge, Box, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('traces')
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('search.noSourceTitle')}
        </Title>
        <Text size="sm" c="dimmed" maw={560}>
          {t('search.noSourceText')}
        </Text>
        <Group>
          <Button component="a" href={routeHref({ name: 'data-sources' })} variant="light">
            {t('search.addSource')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

/** Find traces in Jaeger, open one by ID, or import a file; for an incident or on their own. */
export function TraceSearchPage({ incidentId }: { incidentId: string | null }) {
  const { t } = useTranslation('traces')
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
            {t('search.backToIncident')}
          </Anchor>
        )}
        <PageTitle documentTitle={title ? t('search.documentTitle', { title }) : t('search.title')}>
          {t('search.title')}
        </PageTitle>
        <Text size="sm" c="dimmed" maw={720}>
          {title ? t('search.introIncident', { title }) : t('search.intro')}
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
          <Badge variant="light" color="teal" mb={6} title={t('search.queryApiHint')}>
            {t('search.queryApi', { api: services.data.api })}
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

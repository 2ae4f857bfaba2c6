import { useState } from 'react'
import {
  Alert,
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TraceSummary } from '../../../../../shared/contract/traces'
import { errorMessage } from '../../../bridge'
import { formatNumber } from '../../../i18n/format'
import { TimeText } from '../../../ui/TimeText'
import { useDisplayZone } from '../../settings/queries'
import type { useTraceSearch } from '../queries'
import { formatTraceDuration, wordTraceWarnings } from '../trace-messages'
import { tracesHref } from '../trace-route'
import { DurationScatter } from './DurationScatter'

interface SearchResultsProps {
  search: ReturnType<typeof useTraceSearch>
  incidentId: string | null
  sourceId: string
}

const MAX_SERVICE_BADGES = 4

function ServiceBadges({ trace }: { trace: TraceSummary }) {
  const { t } = useTranslation('traces')
  const shown = trace.services.slice(0, MAX_SERVICE_BADGES)
  const more = trace.services.length - shown.length
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((service) => (
        <Badge
          key={service.name}
          size="sm"
          radius="sm"
          variant="light"
          color={service.errorCount > 0 ? 'red' : 'gray'}
          tt="none"
        >
          {service.name} ({service.spanCount})
        </Badge>
      ))}
      {more > 0 && (
        <Text size="xs" c="dimmed">
          {t('results.more', { count: more })}
        </Text>
      )}
    </Group>
  )
}

type Order = (a: TraceSummary, b: TraceSummary) => number
/** The list's orders; each is labelled by traces:results.sort.<key>. */
const SORTS = {
  recent: (a, b) => b.startUs - a.startUs,
  longest: (a, b) => b.durationUs - a.durationUs,
  spans: (a, b) => b.spanCount - a.spanCount,
  errors: (a, b) => b.errorCount - a.errorCount,
} as const satisfies Record<string, Order>
type SortKey = keyof typeof SORTS

/** The traces found: a scatter to spot slow outliers, and the list to open one. */
export function SearchResults({ search, incidentId, sourceId }: SearchResultsProps) {
  const { t } = useTranslation('traces')
  const zone = useDisplayZone()
  const [sort, setSort] = useState<SortKey>('recent')
  if (search.fetchStatus === 'idle' && search.isPending) return null
  if (search.isPending) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('results.searching')}
      </Text>
    )
  }
  if (search.isError) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('results.failed')}>
        {errorMessage(search.error)}.
      </Alert>
    )
  }
  const { api } = search.data
  const notes = wordTraceWarnings(search.data.notes, search.data.noteTexts)
  const traces = [...search.data.traces].sort(SORTS[sort])
  const hrefOf = (traceId: string) => tracesHref(incidentId, { kind: 'jaeger', sourceId, traceId })
  const longest = Math.max(1, ...traces.map((trace) => trace.durationUs))
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="trace-results-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="trace-results-heading">
            {traces.length === 0 ? t('results.none') : t('results.found', { count: traces.length })}
          </Title>
          <Group gap="sm">
            <Text size="xs" c="dimmed">
              {t('results.api', { api })}
            </Text>
            <NativeSelect
              size="xs"
              aria-label={t('results.sortLabel')}
              value={sort}
              onChange={(event) => setSort(event.currentTarget.value as SortKey)}
              data={(Object.keys(SORTS) as SortKey[]).map((key) => ({
                value: key,
                label: t(`results.sort.${key}`),
              }))}
            />
          </Group>
        </Group>
        {notes.map((note, index) => (
          <Text key={index} size="sm" c="dimmed">
            {note}
          </Text>
        ))}
        {traces.length === 0 ? (
          <Text size="sm">{t('results.nothingMatched')}</Text>
        ) : (
          <>
            <DurationScatter
              traces={traces}
              zone={zone}
              onOpen={(traceId) => (window.location.hash = hrefOf(traceId))}
            />
            <Table.ScrollContainer minWidth={720}>
              <Table
                striped
                highlightOnHover
                verticalSpacing={6}
                aria-label={t('results.tableLabel')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('results.trace')}</Table.Th>
                    <Table.Th>{t('results.started')}</Table.Th>
                    <Table.Th ta="right">{t('results.duration')}</Table.Th>
                    <Table.Th ta="right">{t('results.spans')}</Table.Th>
                    <Table.Th ta="right">{t('results.errors')}</Table.Th>
                    <Table.Th>{t('results.services')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {traces.map((trace) => (
                    <Table.Tr key={trace.traceId}>
                      <Table.Td>
                        <Anchor href={hrefOf(trace.traceId)} fw={600} size="sm">
                          {trace.rootService}: {trace.rootOperation}
                        </Anchor>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {trace.traceId}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <TimeText ms={trace.startUs / 1000} zone={zone} withDate size="xs" />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" ff="monospace">
                          {formatTraceDuration(trace.durationUs)}
                        </Text>
                        <div
                          aria-hidden
                          style={{
                            marginLeft: 'auto',
                            height: 3,
                            width: `${Math.max(2, (trace.durationUs / longest) * 100)}%`,
                            background: 'var(--mantine-color-blue-5)',
                          }}
                        />
                      </Table.Td>
                      <Table.Td ta="right">{formatNumber(trace.spanCount)}</Table.Td>
                      <Table.Td ta="right">
                        {trace.errorCount > 0 ? (
                          <Badge color="red" variant="light" size="sm">
                            {trace.errorCount}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            0
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ServiceBadges trace={trace} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  )
}

import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../i18n/format'
import { TimeText } from '../../../ui/TimeText'
import { QueryError } from '../../../ui/states'
import { useDisplayZone } from '../../settings/queries'
import { usePinnedTraces } from '../queries'
import { formatTraceDuration, storedMessage, wordTraceMessage } from '../trace-messages'
import { tracesHref } from '../trace-route'

/** Traces pinned to the incident: they open from the incident's own storage, Jaeger or not. */
export function PinnedTraces({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('traces')
  const pinned = usePinnedTraces(incidentId)
  const zone = useDisplayZone()
  if (pinned.isPending) return null
  if (pinned.isError) {
    return (
      <QueryError
        what={t('pinned.what')}
        error={pinned.error}
        onRetry={() => void pinned.refetch()}
      />
    )
  }
  if (pinned.data.length === 0) return null
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="pinned-traces-heading"
    >
      <Title order={2} size="h5" id="pinned-traces-heading" mb="xs">
        {t('pinned.title')}
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {pinned.data.map((item) => {
          const { durationUs, spanCount, summary, summaryText } = item.summary as {
            durationUs?: number
            spanCount?: number
            summary?: string
            summaryText?: unknown
          }
          return (
            <li key={item.id}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Anchor
                  href={tracesHref(incidentId, { kind: 'pinned', evidenceId: item.id })}
                  size="sm"
                  fw={600}
                >
                  {item.caption}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('pinned.meta', {
                    count: spanCount ?? 0,
                    duration: formatTraceDuration(durationUs ?? 0),
                    spans: formatNumber(spanCount ?? 0),
                    source: item.sourceName,
                  })}{' '}
                  <TimeText ms={item.createdAt} zone={zone} size="xs" />
                </Text>
              </Group>
              {summary && (
                <Text size="xs" c="dimmed">
                  {wordTraceMessage(storedMessage(summaryText), summary)}
                </Text>
              )}
            </li>
          )
        })}
      </Stack>
    </Paper>
  )
}

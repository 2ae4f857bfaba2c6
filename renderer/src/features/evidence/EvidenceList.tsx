import { useState } from 'react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EvidenceItem } from '../../../../shared/contract/evidence'
import { formatPromDuration } from '../../../../shared/domain/prometheus/step'
import { errorMessage } from '../../bridge'
import { formatNumber } from '../../i18n/format'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { formatDateTime, type DisplayZone } from '../../ui/time'
import { useTimelineMarkers } from '../query/timeline-markers'
import { useDisplayZone } from '../settings/queries'
import { useDeleteEvidence, useEvidenceList, usePinnedChart, useUpdateCaption } from './queries'
import { RerunLive } from './RerunLive'

/** What was pinned to the incident, drawn from what was stored: no source needed. */
export function EvidenceList({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('evidence')
  const list = useEvidenceList(incidentId)
  if (list.isPending) return <Loading label={t('list.loading')} />
  if (list.isError)
    return (
      <QueryError what={t('list.what')} error={list.error} onRetry={() => void list.refetch()} />
    )
  if (list.data.length === 0) {
    return <EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>
  }
  return (
    <Stack
      gap="md"
      component="ul"
      aria-label={t('list.label')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {[...list.data].reverse().map((item) => (
        <li key={item.id}>
          <EvidenceCard item={item} />
        </li>
      ))}
    </Stack>
  )
}

function EvidenceCard({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence')
  const zone = useDisplayZone()
  const remove = useDeleteEvidence(item.incidentId)
  const [confirming, setConfirming] = useState(false)
  const summary = item.summary as { query?: string }
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={item.caption || summary.query || t('card.fallbackLabel')}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <CaptionEditor item={item} />
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge variant="light" radius="sm" tt="none">
              {item.kind === 'chart' ? t('card.chart') : t('card.trace')}
            </Badge>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
            >
              {t('card.delete')}
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('card.pinned', {
            time: formatDateTime(item.createdAt, zone),
            source: item.sourceName,
            size: formatNumber(item.payloadBytes / 1024),
          })}
        </Text>
        {confirming && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            role="alertdialog"
            aria-label={t('card.confirmLabel')}
          >
            <Group justify="space-between">
              <Text size="sm">
                {item.kind === 'chart' ? t('card.confirmChart') : t('card.confirmTrace')}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(item.id)}
                >
                  {t('card.deleteEvidence')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  {t('card.keep')}
                </Button>
              </Group>
            </Group>
          </Alert>
        )}
        {item.kind === 'chart' ? (
          <PinnedChart id={item.id} zone={zone} incidentId={item.incidentId} />
        ) : (
          <Text size="sm">{t('card.traceHint')}</Text>
        )}
      </Stack>
    </Paper>
  )
}

function CaptionEditor({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence')
  const [editing, setEditing] = useState<string | null>(null)
  const save = useUpdateCaption()
  if (editing === null) {
    return (
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.caption || (
            <Text span c="dimmed" size="sm">
              {t('caption.none')}
            </Text>
          )}
        </Text>
        <Anchor
          component="button"
          size="xs"
          style={{ whiteSpace: 'nowrap' }}
          onClick={() => setEditing(item.caption)}
        >
          {t('caption.edit')}
        </Anchor>
      </Group>
    )
  }
  return (
    <Group gap="xs" align="flex-end" style={{ flex: 1 }}>
      <TextInput
        label={t('caption.label')}
        value={editing}
        onChange={(e) => setEditing(e.currentTarget.value)}
        style={{ flex: 1 }}
        error={save.isError ? errorMessage(save.error) : undefined}
        maxLength={2000}
      />
      <Button
        size="xs"
        loading={save.isPending}
        onClick={() =>
          save.mutate({ id: item.id, caption: editing }, { onSuccess: () => setEditing(null) })
        }
      >
        {t('caption.save')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setEditing(null)}>
        {t('caption.cancel')}
      </Button>
    </Group>
  )
}

function PinnedChart({
  id,
  zone,
  incidentId,
}: {
  id: string
  zone: DisplayZone
  incidentId: string
}) {
  const { t } = useTranslation('evidence')
  const pinned = usePinnedChart(id)
  const markers = useTimelineMarkers(incidentId)
  if (pinned.isPending) return <Loading label={t('chart.loading')} />
  if (pinned.isError)
    return (
      <QueryError
        what={t('chart.what')}
        error={pinned.error}
        onRetry={() => void pinned.refetch()}
      />
    )
  const { payload, chart } = pinned.data
  return (
    <Stack gap="xs">
      <Code block style={{ whiteSpace: 'pre-wrap' }}>
        {payload.query}
      </Code>
      <Text size="xs" c="dimmed">
        {t('chart.range', {
          from: formatDateTime(payload.startMs, zone),
          to: formatDateTime(payload.endMs, zone),
          step: formatPromDuration(payload.stepMs),
          count: chart.series.length,
          shown: formatNumber(chart.series.length),
        })}
      </Text>
      <SimpleGrid cols={1} spacing="sm">
        <TimeSeriesChart
          data={chart}
          unit={payload.unit}
          zone={zone}
          markers={markers}
          label={t('chart.label', { query: payload.query })}
          height={240}
        />
        <RerunLive payload={payload} zone={zone} markers={markers} />
      </SimpleGrid>
    </Stack>
  )
}

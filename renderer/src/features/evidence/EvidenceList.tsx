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
import type { EvidenceItem } from '../../../../shared/contract/evidence'
import { formatPromDuration } from '../../../../shared/domain/prometheus/step'
import { errorMessage } from '../../bridge'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { formatDateTime, type DisplayZone } from '../../ui/time'
import { useTimelineMarkers } from '../query/timeline-markers'
import { useDisplayZone } from '../settings/queries'
import { useDeleteEvidence, useEvidenceList, usePinnedChart, useUpdateCaption } from './queries'
import { RerunLive } from './RerunLive'

/** What was pinned to the incident, drawn from what was stored: no source needed. */
export function EvidenceList({ incidentId }: { incidentId: string }) {
  const list = useEvidenceList(incidentId)
  if (list.isPending) return <Loading label="Loading evidence…" />
  if (list.isError)
    return <QueryError what="the evidence" error={list.error} onRetry={() => void list.refetch()} />
  if (list.data.length === 0) {
    return (
      <EmptyState title="Nothing pinned yet">
        Run a query and press “Pin to incident”: the chart and its full data stay with the incident,
        even after Prometheus has dropped them.
      </EmptyState>
    )
  }
  return (
    <Stack
      gap="md"
      component="ul"
      aria-label="Pinned evidence"
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
  const zone = useDisplayZone()
  const remove = useDeleteEvidence(item.incidentId)
  const [confirming, setConfirming] = useState(false)
  const summary = item.summary as { query?: string }
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={item.caption || summary.query || 'Pinned evidence'}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <CaptionEditor item={item} />
          <Group gap={4} wrap="nowrap">
            <Badge variant="light" radius="sm" tt="none">
              {item.kind === 'chart' ? 'Chart' : 'Trace'}
            </Badge>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
            >
              Delete
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          Pinned {formatDateTime(item.createdAt, zone)} from {item.sourceName} ·{' '}
          {(item.payloadBytes / 1024).toFixed(0)} KiB kept
        </Text>
        {confirming && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            role="alertdialog"
            aria-label="Delete this evidence?"
          >
            <Group justify="space-between">
              <Text size="sm">
                Delete this pinned {item.kind}? Its data cannot be fetched again if the source has
                dropped it.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(item.id)}
                >
                  Delete evidence
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  Keep it
                </Button>
              </Group>
            </Group>
          </Alert>
        )}
        {item.kind === 'chart' ? (
          <PinnedChart id={item.id} zone={zone} incidentId={item.incidentId} />
        ) : (
          <Text size="sm">Trace evidence: open it from the traces view.</Text>
        )}
      </Stack>
    </Paper>
  )
}

function CaptionEditor({ item }: { item: EvidenceItem }) {
  const [editing, setEditing] = useState<string | null>(null)
  const save = useUpdateCaption()
  if (editing === null) {
    return (
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.caption || (
            <Text span c="dimmed" size="sm">
              No caption
            </Text>
          )}
        </Text>
        <Anchor component="button" size="xs" onClick={() => setEditing(item.caption)}>
          Edit caption
        </Anchor>
      </Group>
    )
  }
  return (
    <Group gap="xs" align="flex-end" style={{ flex: 1 }}>
      <TextInput
        label="Caption"
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
        Save caption
      </Button>
      <Button size="xs" variant="default" onClick={() => setEditing(null)}>
        Cancel
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
  const pinned = usePinnedChart(id)
  const markers = useTimelineMarkers(incidentId)
  if (pinned.isPending) return <Loading label="Loading the pinned chart…" />
  if (pinned.isError)
    return (
      <QueryError
        what="the pinned chart"
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
        {formatDateTime(payload.startMs, zone)} → {formatDateTime(payload.endMs, zone)} · step{' '}
        {formatPromDuration(payload.stepMs)} · {chart.series.length} series
      </Text>
      <SimpleGrid cols={1} spacing="sm">
        <TimeSeriesChart
          data={chart}
          unit={payload.unit}
          zone={zone}
          markers={markers}
          label={`Pinned chart of ${payload.query}`}
          height={240}
        />
        <RerunLive payload={payload} zone={zone} markers={markers} />
      </SimpleGrid>
    </Stack>
  )
}

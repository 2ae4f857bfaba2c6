import { useState } from 'react'
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { formatDurationUs } from '../../../../../shared/domain/traces/format'
import { PageTitle } from '../../../app/PageTitle'
import { routeHref } from '../../../app/router'
import { TimeText } from '../../../ui/TimeText'
import { useDisplayZone } from '../../settings/queries'
import { operationOf, serviceOf, type TraceModel } from '../trace-model'
import { tracesHref } from '../trace-route'
import { PinDialog } from './PinDialog'

function Origin({ model }: { model: TraceModel }) {
  const zone = useDisplayZone()
  const { origin } = model
  if (origin.kind === 'jaeger') {
    return (
      <Group gap={6}>
        <Text size="sm">From Jaeger source {origin.sourceName}</Text>
        <Badge variant="light" color="teal" size="sm" title="The Jaeger query API in use">
          Query API {origin.api}
        </Badge>
      </Group>
    )
  }
  if (origin.kind === 'file') return <Text size="sm">Imported from {origin.fileName}</Text>
  return (
    <Group gap={6}>
      <Badge variant="light" color="grape" size="sm">
        Pinned evidence
      </Badge>
      <Text size="sm">
        “{origin.caption}”, from {origin.sourceName}, pinned{' '}
        <TimeText ms={origin.pinnedAt} zone={zone} withDate size="sm" />. Read from this
        incident&apos;s storage: no Jaeger needed.
      </Text>
    </Group>
  )
}

/** Normalization's findings (orphans, duplicate IDs, skew): one line, the list on demand. */
function TraceWarnings({ warnings }: { warnings: string[] }) {
  const [open, setOpen] = useState(false)
  if (warnings.length === 0) return null
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} about this trace`
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" c="orange.8" fw={600}>
          ⚠ {count}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          color="orange"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? 'Hide' : 'Show'}
        </Button>
      </Group>
      {open && (
        <Stack gap={2} component="ul" pl="md" my={0}>
          {warnings.map((warning) => (
            <Text key={warning} size="sm" component="li">
              {warning}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} ff="monospace">
        {value}
      </Text>
    </Stack>
  )
}

/** The trace's name, size, where it came from, and the pin button. */
export function TraceHeader({
  model,
  incidentId,
}: {
  model: TraceModel
  incidentId: string | null
}) {
  const zone = useDisplayZone()
  const [pinning, setPinning] = useState(false)
  const root = model.mainRoot >= 0 ? model.mainRoot : (model.displayOrder[0] ?? -1)
  const title = root >= 0 ? `${serviceOf(model, root)}: ${operationOf(model, root)}` : 'Empty trace'
  const pinnedHere = model.origin.kind === 'evidence' && model.origin.incidentId === incidentId
  return (
    <Stack gap="xs">
      <Anchor href={tracesHref(incidentId)} size="sm">
        ← Back to trace search
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <PageTitle documentTitle={`Trace ${title}`}>{title}</PageTitle>
          <Text size="xs" c="dimmed" ff="monospace">
            trace {model.traceId}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {incidentId && (
            <Button
              component="a"
              variant="default"
              href={routeHref({ name: 'incident', id: incidentId })}
            >
              Incident
            </Button>
          )}
          <Button
            onClick={() => setPinning(true)}
            disabled={pinnedHere}
            title={pinnedHere ? 'Already pinned to this incident' : undefined}
          >
            Pin to incident
          </Button>
        </Group>
      </Group>
      <Origin model={model} />
      <Group gap="xl">
        <Fact label="Duration" value={formatDurationUs(model.traceDurationUs)} />
        <Fact label="Spans" value={model.spanCount.toLocaleString('en-US')} />
        <Fact label="Services" value={String(model.services.length)} />
        <Fact label="Depth" value={String(model.maxDepth + 1)} />
        <Fact label="Errors" value={String(model.errorCount)} />
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Started
          </Text>
          <TimeText ms={model.traceStartUs / 1000} zone={zone} withDate fw={600} />
        </Stack>
      </Group>
      <Alert variant="light" color="blue" py="xs" aria-label="Where the time went">
        <Text size="sm">
          <Text span fw={700} size="sm">
            Where the time went:{' '}
          </Text>
          {model.summary}
        </Text>
      </Alert>
      <TraceWarnings warnings={model.warnings} />
      {pinning && (
        <PinDialog
          model={model}
          incidentId={incidentId}
          defaultCaption={title}
          opened
          onClose={() => setPinning(false)}
        />
      )}
    </Stack>
  )
}

import type { ReactNode } from 'react'
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { SpanDetailsView } from '../../../../../shared/contract/traces'
import { formatDurationUs } from '../../../../../shared/domain/traces/format'
import { errorMessage } from '../../../bridge'
import { useSpanDetails } from '../queries'
import type { TraceModel } from '../trace-model'

type Tag = SpanDetailsView['tags'][number]

const FLAG_LABELS: Record<string, string> = {
  Orphan: 'Parent missing from the trace',
  DuplicateId: 'Duplicate span ID',
  StartsBeforeParent: 'Starts before its parent',
  EndsAfterParent: 'Ends after its parent',
  Error: 'Error',
  FollowsFrom: 'Follows from its parent',
  HasWarnings: 'Warnings',
  ParentCycle: 'Parent loop cut here',
  ExternalReferences: 'Links to other traces',
}

function TagTable({ tags, label, empty }: { tags: Tag[]; label: string; empty?: string }) {
  if (tags.length === 0) {
    return empty ? (
      <Text size="xs" c="dimmed">
        {empty}
      </Text>
    ) : null
  }
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="xs" aria-label={label}>
      <Table.Tbody>
        {tags.map((tag, index) => (
          <Table.Tr key={`${tag.key}-${index}`}>
            <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {tag.key}
            </Table.Td>
            <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
              {String(tag.value)}
              {tag.type === 'binary' && (
                <Text span c="dimmed" size="xs">
                  {' '}
                  (binary, base64)
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  )
}

interface SpanDetailsPanelProps {
  model: TraceModel
  span: number | null
  onJump: (span: number) => void
}

/** Everything about the active span, read from the backend's copy on demand. */
export function SpanDetailsPanel({ model, span, onJump }: SpanDetailsPanelProps) {
  const details = useSpanDetails(model.viewId, span)
  if (span === null) {
    return (
      <Text size="sm" c="dimmed">
        Select a span (click, or use the arrow keys in the waterfall) to see its tags, logs and
        process.
      </Text>
    )
  }
  if (details.isPending)
    return (
      <Text size="sm" c="dimmed">
        Loading the span…
      </Text>
    )
  if (details.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        Could not load the span: {errorMessage(details.error)}.
      </Text>
    )
  }
  const d = details.data
  const offset = d.startUs - model.traceStartUs
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Span details">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5">
            {d.service}: {d.operation}
          </Title>
          <Text size="xs" c="dimmed" ff="monospace">
            span {d.spanId}
            {d.kind ? ` · ${d.kind}` : ''}
          </Text>
        </div>
        <Group gap="lg">
          <Fact label="Duration" value={formatDurationUs(d.durationUs)} />
          <Fact label="Starts at" value={`+${formatDurationUs(offset)}`} />
          <Fact label="Self time" value={formatDurationUs(model.selfUs[span] ?? 0)} />
          <Fact label="Critical path" value={formatDurationUs(model.criticalUs[span] ?? 0)} />
        </Group>
        {d.flags.length > 0 && (
          <Group gap={4}>
            {d.flags.map((flag) => (
              <Badge
                key={flag}
                size="sm"
                variant="light"
                color={flag === 'Error' ? 'red' : 'orange'}
                tt="none"
              >
                {FLAG_LABELS[flag] ?? flag}
              </Badge>
            ))}
          </Group>
        )}
        {d.errorReason && (
          <Text size="sm" c="red">
            Failed: {d.errorReason}
            {d.statusMessage ? ` (${d.statusMessage})` : ''}
          </Text>
        )}
        {d.warnings.length > 0 && (
          <Section title="Warnings">
            {d.warnings.map((warning) => (
              <Text key={warning} size="xs" c="orange">
                {warning}
              </Text>
            ))}
          </Section>
        )}
        <Section title={`Tags (${d.tags.length})`}>
          <TagTable tags={d.tags} label="Span tags" empty="No tags" />
        </Section>
        {d.logs.length > 0 && (
          <Section title={`Logs and events (${d.logs.length})`}>
            {d.logs.map((log, index) => (
              <Stack key={index} gap={0}>
                <Text size="xs" fw={600}>
                  +{formatDurationUs(log.timestampUs - model.traceStartUs)} {log.name}
                </Text>
                <TagTable tags={log.fields} label={`Fields of log ${index + 1}`} />
              </Stack>
            ))}
          </Section>
        )}
        {d.process && (
          <Section title={`Process / resource: ${d.process.serviceName}`}>
            <TagTable tags={d.process.tags} label="Process tags" empty="No process tags" />
          </Section>
        )}
        {d.scope && (d.scope.name || d.scope.attributes.length > 0) && (
          <Section title={`Instrumentation scope: ${d.scope.name} ${d.scope.version}`}>
            <TagTable tags={d.scope.attributes} label="Scope attributes" />
          </Section>
        )}
        {d.references.length > 0 && (
          <Section title="References">
            {d.references.map((ref, index) => (
              <Text key={index} size="xs" ff="monospace">
                {ref.type}{' '}
                {ref.spanIndex >= 0 ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => onJump(ref.spanIndex)}
                  >
                    span {ref.spanId}
                  </Anchor>
                ) : (
                  <>
                    span {ref.spanId}
                    {ref.traceId !== model.traceId
                      ? ` in trace ${ref.traceId}`
                      : ' (not in this trace)'}
                  </>
                )}
              </Text>
            ))}
          </Section>
        )}
      </Stack>
    </Paper>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff="monospace">
        {value}
      </Text>
    </Stack>
  )
}

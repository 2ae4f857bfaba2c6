import type { ReactNode } from 'react'
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SpanDetailsView } from '../../../../../shared/contract/traces'
import { errorMessage } from '../../../bridge'
import { useSpanDetails } from '../queries'
import { formatTraceDuration, wordTraceWarnings } from '../trace-messages'
import type { TraceModel } from '../trace-model'

type Tag = SpanDetailsView['tags'][number]

/** Flags with a label (traces:details.flags.<flag>); any other shows as its name. */
const LABELLED_FLAGS = [
  'Orphan',
  'DuplicateId',
  'StartsBeforeParent',
  'EndsAfterParent',
  'Error',
  'FollowsFrom',
  'HasWarnings',
  'ParentCycle',
  'ExternalReferences',
] as const
type LabelledFlag = (typeof LABELLED_FLAGS)[number]
const isLabelled = (flag: string): flag is LabelledFlag =>
  (LABELLED_FLAGS as readonly string[]).includes(flag)

function TagTable({ tags, label, empty }: { tags: Tag[]; label: string; empty?: string }) {
  const { t } = useTranslation('traces')
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
                  {t('details.binary')}
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
  const { t } = useTranslation('traces')
  const details = useSpanDetails(model.viewId, span)
  if (span === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('details.choose')}
      </Text>
    )
  }
  if (details.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t('details.loading')}
      </Text>
    )
  if (details.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        {t('details.failed', { reason: errorMessage(details.error) })}
      </Text>
    )
  }
  const d = details.data
  const offset = d.startUs - model.traceStartUs
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('details.label')}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5">
            {d.service}: {d.operation}
          </Title>
          <Text size="xs" c="dimmed" ff="monospace">
            {t('details.spanId', { spanId: d.spanId })}
            {d.kind ? ` · ${d.kind}` : ''}
          </Text>
        </div>
        <Group gap="lg">
          <Fact label={t('details.duration')} value={formatTraceDuration(d.durationUs)} />
          <Fact label={t('details.startsAt')} value={`+${formatTraceDuration(offset)}`} />
          <Fact
            label={t('details.selfTime')}
            value={formatTraceDuration(model.selfUs[span] ?? 0)}
          />
          <Fact
            label={t('details.criticalPath')}
            value={formatTraceDuration(model.criticalUs[span] ?? 0)}
          />
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
                {isLabelled(flag) ? t(`details.flags.${flag}`) : flag}
              </Badge>
            ))}
          </Group>
        )}
        {d.errorReason && (
          <Text size="sm" c="red">
            {t('details.failedBecause', { reason: d.errorReason })}
            {d.statusMessage ? ` (${d.statusMessage})` : ''}
          </Text>
        )}
        {d.warnings.length > 0 && (
          <Section title={t('details.warnings')}>
            {wordTraceWarnings(d.warnings, d.warningTexts).map((warning, index) => (
              <Text key={index} size="xs" c="orange">
                {warning}
              </Text>
            ))}
          </Section>
        )}
        <Section title={t('details.tags', { count: d.tags.length })}>
          <TagTable tags={d.tags} label={t('details.spanTags')} empty={t('details.noTags')} />
        </Section>
        {d.logs.length > 0 && (
          <Section title={t('details.logs', { count: d.logs.length })}>
            {d.logs.map((log, index) => (
              <Stack key={index} gap={0}>
                <Text size="xs" fw={600}>
                  +{formatTraceDuration(log.timestampUs - model.traceStartUs)} {log.name}
                </Text>
                <TagTable tags={log.fields} label={t('details.logFields', { number: index + 1 })} />
              </Stack>
            ))}
          </Section>
        )}
        {d.process && (
          <Section title={t('details.process', { service: d.process.serviceName })}>
            <TagTable
              tags={d.process.tags}
              label={t('details.processTags')}
              empty={t('details.noProcessTags')}
            />
          </Section>
        )}
        {d.scope && (d.scope.name || d.scope.attributes.length > 0) && (
          <Section title={t('details.scope', { name: d.scope.name, version: d.scope.version })}>
            <TagTable tags={d.scope.attributes} label={t('details.scopeAttributes')} />
          </Section>
        )}
        {d.references.length > 0 && (
          <Section title={t('details.references')}>
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
                    {t('details.spanId', { spanId: ref.spanId })}
                  </Anchor>
                ) : (
                  <>
                    {t('details.spanId', { spanId: ref.spanId })}
                    {ref.traceId !== model.traceId
                      ? t('details.inTrace', { traceId: ref.traceId })
                      : t('details.notInTrace')}
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

import { useState } from 'react'
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Hypothesis, HypothesisStatus } from '../../../../shared/domain/hypotheses'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { eventLabel } from './EventLinksSelect'
import { HypothesisLinksForm } from './HypothesisLinksForm'
import { HypothesisStatusForm } from './HypothesisStatusForm'
import { HYPOTHESIS_STATUS_COLOR, HYPOTHESIS_STATUS_GLYPH, statusChangesFrom } from './status'

interface HypothesisCardProps {
  hypothesis: Hypothesis
  /** The incident's timeline, to show what the links point at. */
  events: TimelineEvent[]
}

type Editing = { kind: 'status'; to: HypothesisStatus } | { kind: 'links' } | null

/** One hypothesis: status first (glyph and word), the claim, why, and what backs it. */
export function HypothesisCard({ hypothesis, events }: HypothesisCardProps) {
  const { t } = useTranslation('hypotheses')
  const zone = useDisplayZone()
  const [editing, setEditing] = useState<Editing>(null)
  const ruledOut = hypothesis.status === 'ruled_out'
  return (
    <Paper withBorder px="sm" py="xs" component="li" aria-label={hypothesis.text}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Group
            gap="xs"
            align="flex-start"
            wrap="nowrap"
            style={{ flex: '1 1 24rem', minWidth: 0 }}
          >
            <StatusBadge status={hypothesis.status} />
            <Text
              size="sm"
              fw={600}
              td={ruledOut ? 'line-through' : undefined}
              c={ruledOut ? 'dimmed' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {hypothesis.text}
            </Text>
          </Group>
          {editing === null && (
            <Group gap={4} wrap="nowrap">
              {statusChangesFrom(hypothesis.status).map((to) => (
                <Button
                  key={to}
                  size="compact-xs"
                  variant={to === 'open' ? 'subtle' : 'light'}
                  color={HYPOTHESIS_STATUS_COLOR[to]}
                  onClick={() => setEditing({ kind: 'status', to })}
                >
                  {t(`change.${to}.button`)}
                </Button>
              ))}
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => setEditing({ kind: 'links' })}
              >
                {t('card.linkEvents')}
              </Button>
            </Group>
          )}
        </Group>
        <Box pl={4}>
          <Text size="xs" c="dimmed">
            {hypothesis.reason && (
              <Text component="span" size="sm" c="var(--mantine-color-text)">
                {hypothesis.reason}{' '}
              </Text>
            )}
            {hypothesis.author ? `${hypothesis.author} · ` : ''}
            {t(`card.since.${hypothesis.status}`)}{' '}
            <TimeText ms={hypothesis.statusChangedAt} zone={zone} />
          </Text>
          <LinkedEvents ids={hypothesis.timelineEventIds} events={events} zone={zone} />
        </Box>
        {editing?.kind === 'status' && (
          <HypothesisStatusForm
            hypothesis={hypothesis}
            to={editing.to}
            onDone={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'links' && (
          <HypothesisLinksForm hypothesis={hypothesis} onDone={() => setEditing(null)} />
        )}
      </Stack>
    </Paper>
  )
}

function StatusBadge({ status }: { status: HypothesisStatus }) {
  const { t } = useTranslation('hypotheses')
  return (
    <Badge
      color={HYPOTHESIS_STATUS_COLOR[status]}
      variant={status === 'open' ? 'light' : 'filled'}
      radius="sm"
      leftSection={<span aria-hidden>{HYPOTHESIS_STATUS_GLYPH[status]}</span>}
      style={{ flexShrink: 0 }}
      mt={1}
    >
      {t(`status.${status}`)}
    </Badge>
  )
}

function scrollToEvent(eventId: string): void {
  document.getElementById(`event-${eventId}`)?.scrollIntoView({ block: 'center' })
}

function LinkedEvents(props: { ids: string[]; events: TimelineEvent[]; zone: DisplayZone }) {
  const { t } = useTranslation('hypotheses')
  const linked = props.ids
    .map((id) => props.events.find((event) => event.id === id))
    .filter((event): event is TimelineEvent => event !== undefined)
  if (linked.length === 0) return null
  return (
    <Stack gap={0} component="ul" m={0} pl="md" aria-label={t('card.linkedEvents')}>
      {linked.map((event) => (
        <Text component="li" size="xs" key={event.id}>
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => scrollToEvent(event.id)}
          >
            {eventLabel(event, props.zone)}
          </Anchor>
        </Text>
      ))}
    </Stack>
  )
}

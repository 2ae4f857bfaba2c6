import { useState } from 'react'
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { Hypothesis, HypothesisStatus } from '../../../../shared/domain/hypotheses'
import { HYPOTHESIS_STATUS_LABELS } from '../../../../shared/domain/hypotheses'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { eventLabel } from './EventLinksSelect'
import { HypothesisLinksForm } from './HypothesisLinksForm'
import { HypothesisStatusForm } from './HypothesisStatusForm'
import {
  HYPOTHESIS_STATUS_COLOR,
  HYPOTHESIS_STATUS_GLYPH,
  STATUS_CHANGE,
  statusChangesFrom,
} from './status'

interface HypothesisCardProps {
  hypothesis: Hypothesis
  /** The incident's timeline, to show what the links point at. */
  events: TimelineEvent[]
}

type Editing = { kind: 'status'; to: HypothesisStatus } | { kind: 'links' } | null

function scrollToEvent(eventId: string): void {
  document.getElementById(`event-${eventId}`)?.scrollIntoView({ block: 'center' })
}

export function HypothesisCard({ hypothesis, events }: HypothesisCardProps) {
  const zone = useDisplayZone()
  const [editing, setEditing] = useState<Editing>(null)
  const linked = hypothesis.timelineEventIds
    .map((id) => events.find((event) => event.id === id))
    .filter((event): event is TimelineEvent => event !== undefined)
  const settled = hypothesis.status !== 'open'
  return (
    <Paper withBorder p="sm" component="li" aria-label={hypothesis.text}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text
            size="sm"
            fw={600}
            td={hypothesis.status === 'ruled_out' ? 'line-through' : undefined}
            c={hypothesis.status === 'ruled_out' ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {hypothesis.text}
          </Text>
          <Badge
            color={HYPOTHESIS_STATUS_COLOR[hypothesis.status]}
            variant={settled ? 'filled' : 'light'}
            radius="sm"
            leftSection={<span aria-hidden>{HYPOTHESIS_STATUS_GLYPH[hypothesis.status]}</span>}
            style={{ flexShrink: 0 }}
          >
            {HYPOTHESIS_STATUS_LABELS[hypothesis.status]}
          </Badge>
        </Group>
        {hypothesis.reason && (
          <Text size="sm">
            <Text component="span" size="sm" c="dimmed">
              {settled ? `${HYPOTHESIS_STATUS_LABELS[hypothesis.status]}: ` : 'Note: '}
            </Text>
            {hypothesis.reason}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {hypothesis.author ? `${hypothesis.author} · ` : ''}
          {settled ? 'settled' : 'raised'} <TimeText ms={hypothesis.statusChangedAt} zone={zone} />
        </Text>
        {linked.length > 0 && (
          <Stack
            gap={2}
            component="ul"
            style={{ margin: 0, paddingLeft: '1rem' }}
            aria-label="Linked events"
          >
            {linked.map((event) => (
              <Text component="li" size="xs" key={event.id}>
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  onClick={() => scrollToEvent(event.id)}
                >
                  {eventLabel(event, zone)}
                </Anchor>
              </Text>
            ))}
          </Stack>
        )}
        {editing?.kind === 'status' ? (
          <HypothesisStatusForm
            hypothesis={hypothesis}
            to={editing.to}
            onDone={() => setEditing(null)}
          />
        ) : editing?.kind === 'links' ? (
          <HypothesisLinksForm hypothesis={hypothesis} onDone={() => setEditing(null)} />
        ) : (
          <Group gap="xs">
            {statusChangesFrom(hypothesis.status).map((to) => (
              <Button
                key={to}
                size="compact-xs"
                variant={to === 'open' ? 'subtle' : 'light'}
                color={HYPOTHESIS_STATUS_COLOR[to]}
                onClick={() => setEditing({ kind: 'status', to })}
              >
                {STATUS_CHANGE[to].button}
              </Button>
            ))}
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={() => setEditing({ kind: 'links' })}
            >
              Link events
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

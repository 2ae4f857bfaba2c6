import { useRef, useState } from 'react'
import { Badge, Box, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { errorMessage } from '../../bridge'
import { TimeText } from '../../ui/TimeText'
import { formatDay, type DisplayZone } from '../../ui/time'
import classes from './Timeline.module.css'
import { EDITABLE_KINDS, KIND_COLOR } from './kinds'
import { eventText } from './event-text'
import { useDeleteNote } from './mutations'
import { NoteEditor } from './NoteEditor'

interface TimelineItemProps {
  event: TimelineEvent
  zone: DisplayZone
  /** Shown above the item when the day changes, so clock times stay unambiguous. */
  showDay: boolean
  highlighted: boolean
  onDeleted: (event: TimelineEvent) => void
}

// What recorded an unsigned event, in words; other sources (prometheus, jaeger) are names.
const SOURCES = [
  'user',
  'system',
  'runbook',
  'lifecycle',
  'hypotheses',
  'postmortem',
  'evidence',
] as const

/** Who wrote it: the author, else what recorded it ("system", "runbook"...). */
function useByline(event: TimelineEvent): string {
  const { t } = useTranslation('timeline')
  if (event.author) return event.author
  const source = SOURCES.find((known) => known === event.source)
  return source ? t(`sources.${source}`) : event.source
}

export function TimelineItem({ event, zone, showDay, highlighted, onDeleted }: TimelineItemProps) {
  const { t } = useTranslation('timeline')
  const byline = useByline(event)
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const remove = useDeleteNote(event.incidentId)
  // A step note (source "runbook") lives in its step too: edit it there, not half of it here.
  const editable = EDITABLE_KINDS.has(event.kind) && event.source === 'user'

  function finishEditing() {
    setEditing(false)
    // Give focus back where it came from, after the button is rendered again.
    requestAnimationFrame(() => editButton.current?.focus())
  }

  return (
    <li
      className={classes.item}
      data-highlighted={highlighted || undefined}
      id={`event-${event.id}`}
    >
      {showDay && (
        <Text className={classes.day} size="xs" fw={600} c="dimmed">
          {formatDay(event.occurredAt, zone)} {zone.kind === 'utc' ? t('day.utc') : t('day.local')}
        </Text>
      )}
      <div className={classes.row}>
        <TimeText ms={event.occurredAt} zone={zone} size="sm" className={classes.time} />
        <Box className={classes.kind}>
          <Badge color={KIND_COLOR[event.kind]} variant="light" size="sm" radius="sm">
            {t(`kinds.${event.kind}`)}
          </Badge>
        </Box>
        <Box className={classes.body}>
          {editing ? (
            <NoteEditor event={event} zone={zone} onDone={finishEditing} />
          ) : (
            <>
              <Text size="sm" className={classes.text}>
                {eventText(event)}
              </Text>
              <Text size="xs" c="dimmed">
                {byline}
              </Text>
              {remove.isError && (
                <Text size="xs" c="red" role="alert">
                  {t('item.deleteFailed', { reason: errorMessage(remove.error) })}
                </Text>
              )}
            </>
          )}
        </Box>
        {editable && !editing && (
          <Group gap={4} className={classes.actions} wrap="nowrap">
            <Button
              ref={editButton}
              variant="subtle"
              size="compact-xs"
              onClick={() => setEditing(true)}
            >
              {t('item.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-xs"
              loading={remove.isPending}
              onClick={() => remove.mutate(event.id, { onSuccess: () => onDeleted(event) })}
            >
              {t('item.delete')}
            </Button>
          </Group>
        )}
      </div>
    </li>
  )
}

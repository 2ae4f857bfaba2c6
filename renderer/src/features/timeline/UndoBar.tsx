import { useEffect, useRef } from 'react'
import { Button, CloseButton, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { errorMessage } from '../../bridge'
import { eventText } from './event-text'
import { useRestoreNote } from './mutations'

interface UndoBarProps {
  deleted: TimelineEvent
  onClose: () => void
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}

/** Shown after a delete until undone or dismissed: a deleted note is one key press from back. */
export function UndoBar({ deleted, onClose }: UndoBarProps) {
  const { t } = useTranslation('timeline')
  const restore = useRestoreNote(deleted.incidentId)
  const undoButton = useRef<HTMLButtonElement>(null)

  // The Delete button that had focus is gone; Undo is the natural next stop.
  useEffect(() => {
    undoButton.current?.focus()
  }, [deleted.id])

  return (
    <Paper withBorder p="xs" role="status" shadow="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={1}>
          {restore.isError
            ? t('undo.failed', { reason: errorMessage(restore.error) })
            : t('undo.deleted', { excerpt: excerpt(eventText(deleted)) })}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Button
            ref={undoButton}
            size="compact-sm"
            variant="light"
            loading={restore.isPending}
            onClick={() => restore.mutate(deleted.id, { onSuccess: onClose })}
          >
            {t('undo.undo')}
          </Button>
          <CloseButton size="sm" aria-label={t('undo.dismiss')} onClick={onClose} />
        </Group>
      </Group>
    </Paper>
  )
}

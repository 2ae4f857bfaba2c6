import { useEffect, useState } from 'react'
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { errorMessage } from '../../bridge'
import { DateTimeField } from '../../ui/DateTimeField'
import type { EventTimeField } from '../../ui/event-time'
import { toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import { useCheckedSubmit } from '../../ui/useCheckedSubmit'
import { useUpdateNote } from './mutations'
import { isSubmitChord, validateNote } from './note-form'

const NOTE_FIELDS = ['text', 'occurredAt'] as const
const UNCHANGED: EventTimeField = { value: '', badInput: false }

interface NoteEditorProps {
  event: TimelineEvent
  zone: DisplayZone
  onDone: () => void
}

/** Edits a note's text and time in place; only what changed is sent. */
export function NoteEditor({ event, zone, onDone }: NoteEditorProps) {
  const { t } = useTranslation('timeline')
  const initialTime = toDateTimeInputValue(event.occurredAt, zone)
  const [text, setText] = useState(event.text)
  const [time, setTime] = useState<EventTimeField>({ value: initialTime, badInput: false })
  const update = useUpdateNote(event.incidentId)

  const {
    errors,
    failure,
    sending,
    submit: save,
    formRef,
  } = useCheckedSubmit({
    fields: NOTE_FIELDS,
    // An untouched time field is not sent: the input drops milliseconds the stored time has.
    check: () =>
      validateNote(text, time.value === initialTime ? UNCHANGED : time, zone, Date.now()),
    send: (input: { text: string; occurredAt: number | undefined }) =>
      update.mutateAsync({
        id: event.id,
        ...(input.text === event.text ? {} : { text: input.text }),
        ...(input.occurredAt === undefined ? {} : { occurredAt: input.occurredAt }),
      }),
    onSent: onDone,
  })

  // The whole form, buttons included, should be in view, not only the focused text box.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' })
  }, [formRef])

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-label={t('editor.label')}>
      <Stack gap="xs">
        <Textarea
          label={t('editor.text')}
          autosize
          minRows={2}
          maxRows={12}
          value={text}
          onChange={(change) => setText(change.currentTarget.value)}
          onKeyDown={(key) => {
            if (key.key === 'Escape') {
              key.preventDefault()
              onDone()
            } else if (isSubmitChord(key)) {
              key.preventDefault()
              void save()
            }
          }}
          error={errors.text}
          data-autofocus
          autoFocus
        />
        <Group align="flex-end" justify="space-between" gap="sm">
          <DateTimeField
            label={t('editor.time')}
            field={time}
            onChange={setTime}
            zone={zone}
            error={errors.occurredAt}
          />
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onDone}>
              {t('editor.cancel')}
            </Button>
            <Button type="submit" size="xs" loading={sending}>
              {t('editor.save')}
            </Button>
          </Group>
        </Group>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {t('editor.failed', { reason: errorMessage(failure) })}
          </Alert>
        )}
      </Stack>
    </form>
  )
}

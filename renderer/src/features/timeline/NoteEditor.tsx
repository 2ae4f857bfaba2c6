import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { DateTimeField } from '../../ui/DateTimeField'
import type { EventTimeField } from '../../ui/event-time'
import { toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import { useUpdateNote } from './mutations'
import { isSubmitChord, validateNote, type NoteFieldErrors } from './note-form'

const NOTE_FIELDS = ['text', 'occurredAt'] as const

interface NoteEditorProps {
  event: TimelineEvent
  zone: DisplayZone
  onDone: () => void
}

/** Edits a note's text and time in place; only what changed is sent. */
export function NoteEditor({ event, zone, onDone }: NoteEditorProps) {
  const initialTime = toDateTimeInputValue(event.occurredAt, zone)
  const [text, setText] = useState(event.text)
  const [time, setTime] = useState<EventTimeField>({ value: initialTime, badInput: false })
  const [errors, setErrors] = useState<NoteFieldErrors>({})
  const update = useUpdateNote(event.incidentId)
  const formRef = useRef<HTMLFormElement>(null)

  // The whole form, buttons included, should be in view, not only the focused text box.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  async function save(formEvent?: FormEvent) {
    formEvent?.preventDefault()
    if (update.isPending) return
    // An untouched time field is not sent: the input drops milliseconds the stored time has.
    const timeField = time.value === initialTime ? { value: '', badInput: false } : time
    const checked = validateNote(text, timeField, zone, Date.now())
    if (!checked.ok) return setErrors(checked.errors)
    setErrors({})
    try {
      await update.mutateAsync({
        id: event.id,
        ...(checked.text === event.text ? {} : { text: checked.text }),
        ...(checked.occurredAt === undefined ? {} : { occurredAt: checked.occurredAt }),
      })
      onDone()
    } catch (error) {
      setErrors(fieldErrorsFor(error, NOTE_FIELDS))
    }
  }

  const unplacedError =
    update.error && Object.keys(fieldErrorsFor(update.error, NOTE_FIELDS)).length === 0

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-label="Edit note">
      <Stack gap="xs">
        <Textarea
          label="Note text"
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
            label="Note time"
            field={time}
            onChange={setTime}
            zone={zone}
            error={errors.occurredAt}
          />
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Group>
        {unplacedError && (
          <Alert color="red" variant="light" role="alert">
            Could not save the note: {errorMessage(update.error)}. Your changes are still here.
          </Alert>
        )}
      </Stack>
    </form>
  )
}

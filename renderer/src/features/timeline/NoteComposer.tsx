import type { RefObject } from 'react'
import { Alert, Anchor, Box, Button, Group, Kbd, Paper, Stack, Text, Textarea } from '@mantine/core'
import { errorMessage } from '../../bridge'
import { routeHref } from '../../app/router'
import { DateTimeField } from '../../ui/DateTimeField'
import { useCheckedSubmit } from '../../ui/useCheckedSubmit'
import { useDisplayZone, useSettings } from '../settings/queries'
import { useAddNote } from './mutations'
import { isSubmitChord, submitChordLabel, validateNote } from './note-form'
import { useDraftStore, useNoteDraft } from './store'

const NOTE_FIELDS = ['text', 'occurredAt'] as const

interface NoteComposerProps {
  incidentId: string
  noteRef: RefObject<HTMLTextAreaElement | null>
  onAdded: (eventId: string) => void
}

/** Adds a note to the timeline. The draft lives in a store, so it survives leaving the page. */
export function NoteComposer({ incidentId, noteRef, onAdded }: NoteComposerProps) {
  const zone = useDisplayZone()
  const draft = useNoteDraft(incidentId)
  const updateDraft = useDraftStore((state) => state.updateDraft)
  const clearDraftIfUnchanged = useDraftStore((state) => state.clearDraftIfUnchanged)
  const add = useAddNote(incidentId)
  const { errors, failure, sending, submit, formRef } = useCheckedSubmit({
    fields: NOTE_FIELDS,
    check: () => validateNote(draft.text, draft.eventTime, zone, Date.now()),
    send: async (input: { text: string; occurredAt: number | undefined }) => {
      const submitted = draft
      const added = await add.mutateAsync(input)
      clearDraftIfUnchanged(incidentId, submitted)
      return added
    },
    onSent: (added) => onAdded(added.id),
  })

  return (
    <Paper
      component="form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      withBorder
      p="sm"
      shadow="xs"
      aria-label="Add a note"
    >
      <Stack gap="xs">
        <Textarea
          ref={noteRef}
          label="Timeline note"
          placeholder="What happened, what you saw, what you decided…"
          autosize
          minRows={1}
          maxRows={10}
          value={draft.text}
          onChange={(event) => updateDraft(incidentId, { text: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (!isSubmitChord(event)) return
            event.preventDefault()
            void submit()
          }}
          error={errors.text}
        />
        {/* One compact row, so the timeline above keeps most of the window. */}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Box w={300} maw="100%">
            <DateTimeField
              label="Event time"
              hint="Optional backdate; empty is now."
              field={draft.eventTime}
              onChange={(eventTime) => updateDraft(incidentId, { eventTime })}
              zone={zone}
              error={errors.occurredAt}
            />
          </Box>
          <Button type="submit" loading={sending}>
            Add to timeline
          </Button>
          <ComposerHints />
        </Group>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            Could not add the note: {errorMessage(failure)}. Your text is still here; try again.
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

function ComposerHints() {
  const author = useSettings().data?.authorName
  return (
    <Text size="xs" c="dimmed" ta="right" ml="auto" pb={6}>
      <Kbd size="xs">{submitChordLabel()}</Kbd> adds · <Kbd size="xs">N</Kbd> jumps here ·{' '}
      {author ? (
        <>Signed as {author}</>
      ) : (
        <>
          Notes are unsigned:{' '}
          <Anchor href={routeHref({ name: 'settings' })} size="xs">
            add your name
          </Anchor>
        </>
      )}
    </Text>
  )
}

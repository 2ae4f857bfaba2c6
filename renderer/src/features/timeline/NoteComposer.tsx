import type { RefObject } from 'react'
import { Alert, Anchor, Box, Button, Group, Kbd, Paper, Stack, Text, Textarea } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('timeline')
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
      aria-label={t('composer.label')}
    >
      <Stack gap="xs">
        <Textarea
          ref={noteRef}
          label={t('composer.note')}
          placeholder={t('composer.placeholder')}
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
              label={t('composer.time')}
              hint={t('composer.timeHint')}
              field={draft.eventTime}
              onChange={(eventTime) => updateDraft(incidentId, { eventTime })}
              zone={zone}
              error={errors.occurredAt}
            />
          </Box>
          <Button type="submit" loading={sending}>
            {t('composer.add')}
          </Button>
          <ComposerHints />
        </Group>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {t('composer.failed', { reason: errorMessage(failure) })}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

function ComposerHints() {
  const { t } = useTranslation('timeline')
  const author = useSettings().data?.authorName
  return (
    <Text size="xs" c="dimmed" ta="right" ml="auto" pb={6}>
      <Trans
        t={t}
        i18nKey="composer.keys"
        values={{ chord: submitChordLabel() }}
        components={{ chord: <Kbd size="xs" />, key: <Kbd size="xs" /> }}
      />{' '}
      {author ? (
        t('composer.signedAs', { author })
      ) : (
        <Trans
          t={t}
          i18nKey="composer.unsigned"
          components={{ settings: <Anchor href={routeHref({ name: 'settings' })} size="xs" /> }}
        />
      )}
    </Text>
  )
}

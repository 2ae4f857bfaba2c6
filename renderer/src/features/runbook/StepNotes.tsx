import { useState, type FormEvent } from 'react'
import { Box, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { timelineTextSchema } from '../../../../shared/contract/schemas'
import { TIMELINE_TEXT_MAX_LENGTH } from '../../../../shared/domain/timeline'
import { errorMessage, fieldErrors } from '../../bridge'
import { formatNumber } from '../../i18n/format'
import { TimeText } from '../../ui/TimeText'
import { isSubmitChord } from '../timeline/note-form'
import { useDisplayZone } from '../settings/queries'
import { useAddStepNote } from './mutations'
import type { StepView } from './step-state'

/** Notes on this step; each also lands on the timeline, marked with the step. */
export function StepNotes({ step, incidentId }: { step: StepView; incidentId: string }) {
  const { t } = useTranslation('runbook')
  const zone = useDisplayZone()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const add = useAddStepNote(incidentId)

  function submit(event?: FormEvent) {
    event?.preventDefault()
    if (add.isPending) return
    const parsed = timelineTextSchema.safeParse(text)
    // The schema's own words are English; say the same in the UI language.
    if (!parsed.success)
      return setError(
        parsed.error.issues[0]?.code === 'too_big'
          ? t('notes.tooLong', { max: formatNumber(TIMELINE_TEXT_MAX_LENGTH) })
          : t('notes.empty'),
      )
    setError(null)
    add.mutate(
      { stepId: step.id, text: parsed.data },
      {
        onSuccess: () => setText(''),
        onError: (failure) => setError(fieldErrors(failure).text ?? null),
      },
    )
  }

  const unplaced = add.isError && !fieldErrors(add.error).text ? errorMessage(add.error) : null
  return (
    <Box>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {t('notes.heading')}
      </Text>
      {step.notes.length > 0 && (
        <Stack gap={4} mb="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {step.notes.map((note) => (
            <Box component="li" key={note.id}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {note.text}
              </Text>
              <Text size="xs" c="dimmed">
                <TimeText ms={note.at} zone={zone} />
                {note.author ? ` · ${note.author}` : ''}
              </Text>
            </Box>
          ))}
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap={6}>
          <Textarea
            aria-label={t('notes.label')}
            placeholder={t('notes.placeholder')}
            autosize
            minRows={1}
            maxRows={6}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (!isSubmitChord(event)) return
              event.preventDefault()
              submit()
            }}
            error={error}
            size="xs"
          />
          <Group justify="flex-end">
            <Button type="submit" size="compact-xs" variant="light" loading={add.isPending}>
              {t('notes.add')}
            </Button>
          </Group>
          {unplaced && (
            <Text size="xs" c="red" role="alert">
              {t('notes.failed', { reason: unplaced })}
            </Text>
          )}
        </Stack>
      </form>
    </Box>
  )
}

import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { EventLinksSelect } from './EventLinksSelect'
import { useAddHypothesis } from './mutations'

const FIELDS = ['text', 'timelineEventIds'] as const

/** A new hypothesis starts open; its creation goes on the timeline. */
export function AddHypothesisForm({
  incidentId,
  onDone,
}: {
  incidentId: string
  onDone: () => void
}) {
  const { t } = useTranslation('hypotheses')
  const add = useAddHypothesis(incidentId)
  const [text, setText] = useState('')
  const [links, setLinks] = useState<string[]>([])
  const [missing, setMissing] = useState(false)
  const errors = fieldErrorsFor(add.error, FIELDS)
  const unplaced = add.isError && Object.keys(errors).length === 0

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) return setMissing(true)
    setMissing(false)
    add.mutate({ text: text.trim(), timelineEventIds: links }, { onSuccess: onDone })
  }

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('add.formLabel')}
    >
      <Stack gap="xs">
        <Textarea
          label={t('add.label')}
          placeholder={t('add.placeholder')}
          autosize
          minRows={2}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={missing ? t('add.missing') : errors.text}
          autoFocus
          withAsterisk
        />
        <EventLinksSelect
          incidentId={incidentId}
          value={links}
          onChange={setLinks}
          error={errors.timelineEventIds}
        />
        {unplaced && (
          <Text size="xs" c="red" role="alert">
            {t('add.failed', { reason: errorMessage(add.error) })}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('add.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
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
      aria-label="New hypothesis"
    >
      <Stack gap="xs">
        <Textarea
          label="Hypothesis"
          placeholder="e.g. The 14:00 deploy of cart-api exhausts the database pool"
          autosize
          minRows={2}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={missing ? 'Describe the hypothesis first.' : errors.text}
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
            Could not add the hypothesis: {errorMessage(add.error)}. Your text is still here.
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            Save hypothesis
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

import { useState, type FormEvent } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import type { Hypothesis } from '../../../../shared/domain/hypotheses'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { EventLinksSelect } from './EventLinksSelect'
import { useUpdateHypothesis } from './mutations'

/** Changes which timeline events back a hypothesis (not a status change: nothing is recorded). */
export function HypothesisLinksForm({
  hypothesis,
  onDone,
}: {
  hypothesis: Hypothesis
  onDone: () => void
}) {
  const update = useUpdateHypothesis(hypothesis.incidentId)
  const [links, setLinks] = useState(hypothesis.timelineEventIds)
  const fieldError = fieldErrorsFor(update.error, ['timelineEventIds']).timelineEventIds

  function submit(event: FormEvent) {
    event.preventDefault()
    update.mutate({ id: hypothesis.id, timelineEventIds: links }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Link timeline events">
      <Stack gap="xs">
        <EventLinksSelect
          incidentId={hypothesis.incidentId}
          value={links}
          onChange={setLinks}
          error={fieldError}
        />
        {update.isError && !fieldError && (
          <Text size="xs" c="red" role="alert">
            Could not save the links: {errorMessage(update.error)}. Nothing was changed.
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={update.isPending}>
            Save links
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

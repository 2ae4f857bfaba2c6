import { useState, type FormEvent } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('hypotheses')
  const update = useUpdateHypothesis(hypothesis.incidentId)
  const [links, setLinks] = useState(hypothesis.timelineEventIds)
  const fieldError = fieldErrorsFor(update.error, ['timelineEventIds']).timelineEventIds

  function submit(event: FormEvent) {
    event.preventDefault()
    update.mutate({ id: hypothesis.id, timelineEventIds: links }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('links.formLabel')}>
      <Stack gap="xs">
        <EventLinksSelect
          incidentId={hypothesis.incidentId}
          value={links}
          onChange={setLinks}
          error={fieldError}
        />
        {update.isError && !fieldError && (
          <Text size="xs" c="red" role="alert">
            {t('links.failed', { reason: errorMessage(update.error) })}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={update.isPending}>
            {t('links.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

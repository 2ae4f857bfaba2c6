import { useState, type FormEvent } from 'react'
import { Button, Group, Popover, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { DateTimeField } from '../../ui/DateTimeField'
import { readEventTimeField, type EventTimeField } from '../../ui/event-time'
import { toDateTimeInputValue } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { useSetTimes } from './mutations'

/**
 * When the problem was noticed (an alert fired, a user wrote in). Time to detect and time to
 * acknowledge both start from it, so the header offers to record it while it is missing.
 */
export function DetectionTime({ incident }: { incident: Incident }) {
  const { t } = useTranslation('lifecycle')
  const [opened, setOpened] = useState(false)
  const label = incident.detectedAt === null ? t('detection.record') : t('detection.correct')
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow position="bottom-start">
      <Popover.Target>
        <Button
          size="compact-xs"
          variant={incident.detectedAt === null ? 'light' : 'subtle'}
          color={incident.detectedAt === null ? 'orange' : 'gray'}
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={label}>
        {opened && <DetectionForm incident={incident} onDone={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  )
}

/** Now, but never before the start: the field shows whole seconds, the start has milliseconds. */
function defaultDetection(incident: Incident): number {
  return Math.max(Date.now(), Math.ceil(incident.startedAt / 1000) * 1000)
}

function DetectionForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const { t } = useTranslation('lifecycle')
  const zone = useDisplayZone()
  const save = useSetTimes(incident.id)
  const [field, setField] = useState<EventTimeField>(() => ({
    value: toDateTimeInputValue(incident.detectedAt ?? defaultDetection(incident), zone),
    badInput: false,
  }))
  const [problem, setProblem] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const reading = readEventTimeField(field, zone, Date.now())
    if (!reading.ok) return setProblem(reading.error)
    if (reading.time === undefined) return setProblem(t('detection.missing'))
    setProblem(null)
    save.mutate({ detectedAt: reading.time }, { onSuccess: onDone })
  }

  const placed = fieldErrorsFor(save.error, ['detectedAt', 'at'])
  const serverProblem = placed.detectedAt ?? placed.at
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" w={320}>
        <DateTimeField
          label={t('detection.label')}
          hint={t('detection.hint')}
          field={field}
          onChange={setField}
          zone={zone}
          error={problem ?? serverProblem}
        />
        {save.isError && !serverProblem && (
          <Text size="xs" c="red" role="alert">
            {t('detection.failed', { reason: errorMessage(save.error) })}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('detection.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

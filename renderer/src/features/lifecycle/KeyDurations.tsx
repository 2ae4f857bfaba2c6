import { Box, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { keyDurations, type KeyDuration } from '../../../../shared/domain/durations'
import type { Incident } from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { formatCompactDuration } from '../../ui/duration'
import { formatTime } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useDisplayZone } from '../settings/queries'
import { DetectionTime } from './DetectionTime'
import { useDurationWords } from './duration-words'
import classes from './Lifecycle.module.css'
import { useAcknowledge } from './mutations'

/**
 * Time to detect, acknowledge, mitigate and resolve, ticking while a phase runs. Each explains
 * itself on hover and on keyboard focus (the explanation is also its accessible description).
 */
export function KeyDurations({ incident }: { incident: Incident }) {
  const { t } = useTranslation('lifecycle')
  const zone = useDisplayZone()
  const now = useNow(1000)
  const durations = keyDurations(incident, { now })
  const words = useDurationWords((at) => formatTime(at, zone))
  return (
    <Group gap="xs" align="stretch" wrap="wrap">
      <Group gap="xs" role="group" aria-label={t('durations.group')} wrap="wrap">
        {durations.map((duration) => (
          <DurationTile
            key={duration.name}
            duration={duration}
            label={words.label(duration)}
            explanation={words.explanation(duration)}
          />
        ))}
      </Group>
      <Stack gap={4} justify="center">
        <DetectionTime incident={incident} />
        {incident.acknowledgedAt === null && <AcknowledgeButton incidentId={incident.id} />}
      </Stack>
    </Group>
  )
}

interface DurationTileProps {
  duration: KeyDuration
  label: string
  explanation: string
}

function DurationTile({ duration, label, explanation }: DurationTileProps) {
  const { t } = useTranslation('lifecycle')
  const explanationId = `duration-${duration.name}-explanation`
  const value = duration.ms === null ? t('durations.notSet') : formatCompactDuration(duration.ms)
  return (
    <Tooltip
      label={explanation}
      events={{ hover: true, focus: true, touch: true }}
      multiline
      w={300}
      withArrow
    >
      <Box
        tabIndex={0}
        className={classes.tile}
        data-live={duration.live || undefined}
        aria-describedby={explanationId}
      >
        <Text size="xs" c="dimmed" lh={1.2}>
          {label}
        </Text>
        <Text
          ff="monospace"
          fw={700}
          size="sm"
          lh={1.4}
          c={duration.ms === null ? 'dimmed' : undefined}
          role={duration.live ? 'timer' : undefined}
        >
          {value}
          {duration.live && (
            <Text component="span" size="xs" c="dimmed" fw={500}>
              {' '}
              {t('durations.soFar')}
            </Text>
          )}
        </Text>
        <VisuallyHidden id={explanationId}>{explanation}</VisuallyHidden>
      </Box>
    </Tooltip>
  )
}

/** "We are on it": stops the time-to-acknowledge clock (any status change or step does too). */
function AcknowledgeButton({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('lifecycle')
  const acknowledge = useAcknowledge(incidentId)
  return (
    <Box>
      <Button
        variant="light"
        color="orange"
        size="compact-xs"
        loading={acknowledge.isPending}
        onClick={() => acknowledge.mutate(undefined)}
        title={t('acknowledge.title')}
      >
        {t('acknowledge.action')}
      </Button>
      {acknowledge.isError && (
        <Text size="xs" c="red" role="alert">
          {t('acknowledge.failed', { reason: errorMessage(acknowledge.error) })}
        </Text>
      )}
    </Box>
  )
}

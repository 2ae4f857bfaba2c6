import { Box, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { formatDuration, keyDurations, type KeyDuration } from '../../../../shared/domain/durations'
import type { Incident } from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { formatTime } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useDisplayZone } from '../settings/queries'
import { DetectionTime } from './DetectionTime'
import classes from './Lifecycle.module.css'
import { useAcknowledge } from './mutations'

/**
 * Time to detect, acknowledge, mitigate and resolve, ticking while a phase runs. Each explains
 * itself on hover and on keyboard focus (the explanation is also its accessible description).
 */
export function KeyDurations({ incident }: { incident: Incident }) {
  const zone = useDisplayZone()
  const now = useNow(1000)
  const durations = keyDurations(incident, { now, formatTime: (at) => formatTime(at, zone) })
  return (
    <Group gap="xs" align="stretch" wrap="wrap">
      <Group gap="xs" role="group" aria-label="Key durations" wrap="wrap">
        {durations.map((duration) => (
          <DurationTile key={duration.name} duration={duration} />
        ))}
      </Group>
      <Stack gap={4} justify="center">
        <DetectionTime incident={incident} />
        {incident.acknowledgedAt === null && <AcknowledgeButton incidentId={incident.id} />}
      </Stack>
    </Group>
  )
}

function DurationTile({ duration }: { duration: KeyDuration }) {
  const explanationId = `duration-${duration.name}-explanation`
  const value = duration.ms === null ? 'not set' : formatDuration(duration.ms)
  return (
    <Tooltip
      label={duration.explanation}
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
          {duration.label}
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
              so far
            </Text>
          )}
        </Text>
        <VisuallyHidden id={explanationId}>{duration.explanation}</VisuallyHidden>
      </Box>
    </Tooltip>
  )
}

/** "We are on it": stops the time-to-acknowledge clock (any status change or step does too). */
function AcknowledgeButton({ incidentId }: { incidentId: string }) {
  const acknowledge = useAcknowledge(incidentId)
  return (
    <Box>
      <Button
        variant="light"
        color="orange"
        size="compact-xs"
        loading={acknowledge.isPending}
        onClick={() => acknowledge.mutate(undefined)}
        title="Record that a responder is on it; starting a step or changing the status does it too"
      >
        Acknowledge
      </Button>
      {acknowledge.isError && (
        <Text size="xs" c="red" role="alert">
          Could not acknowledge: {errorMessage(acknowledge.error)}.
        </Text>
      )}
    </Box>
  )
}

import { Button, Group, Paper, Text } from '@mantine/core'
import { formatTime } from '../../ui/time'
import { useIncident } from '../incidents/queries'
import { useDisplayZone } from '../settings/queries'
import { focusStepButton, type StepController } from './use-step-controller'

/** What to do now, at a glance: the step in progress, else the first one still to do. */
export function NextStepCallout({ controller }: { controller: StepController }) {
  const zone = useDisplayZone()
  const { run } = controller
  const next = run.next
  const status = useIncident(run.incidentId).data?.status
  const resolved = status === 'resolved' || status === 'postmortem' || status === 'closed'
  if (!next) {
    return (
      <Paper
        withBorder
        p="sm"
        role="status"
        style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}
      >
        <Text fw={700}>All steps finished</Text>
        <Text size="sm" c="dimmed">
          {resolved
            ? 'The incident is resolved; the timeline holds the whole story.'
            : 'When the service is healthy again, set the status to Resolved in the header.'}
        </Text>
      </Paper>
    )
  }
  const step = run.steps[next.index]
  const since =
    next.reason === 'active' && step?.startedAt
      ? `in progress since ${formatTime(step.startedAt, zone)}`
      : 'not started yet'
  const open = controller.selected === next.stepId
  return (
    <Paper
      withBorder
      p="sm"
      aria-label="What to do next"
      component="section"
      style={{ borderLeft: '4px solid var(--mantine-primary-color-filled)' }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
        <div>
          {/* Announced when it changes, so completing a step says what comes next. */}
          <Text fw={700} size="md" lh={1.3} aria-live="polite">
            Next: {next.title}
          </Text>
          <Text size="xs" c="dimmed">
            Step {next.index + 1} of {run.steps.length} · {since}
          </Text>
        </div>
        {!open && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              controller.select(next.stepId)
              focusStepButton(next.stepId)
            }}
          >
            Open
          </Button>
        )}
      </Group>
    </Paper>
  )
}

import { Button, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatTime } from '../../ui/time'
import { useIncident } from '../incidents/queries'
import { useDisplayZone } from '../settings/queries'
import { localizedStep } from './step-text'
import { focusStepButton, type StepController } from './use-step-controller'

/** What to do now, at a glance: the step in progress, else the first one still to do. */
export function NextStepCallout({ controller }: { controller: StepController }) {
  const { t } = useTranslation('runbook')
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
        <Text fw={700}>{t('next.allFinished')}</Text>
        <Text size="sm" c="dimmed">
          {resolved ? t('next.resolved') : t('next.whenHealthy')}
        </Text>
      </Paper>
    )
  }
  const step = run.steps[next.index]
  const title = step ? localizedStep(step).title : next.title
  const since =
    next.reason === 'active' && step?.startedAt
      ? t('next.inProgressSince', { time: formatTime(step.startedAt, zone) })
      : t('next.notStarted')
  const open = controller.selected === next.stepId
  return (
    <Paper
      withBorder
      p="sm"
      aria-label={t('next.label')}
      component="section"
      style={{ borderLeft: '4px solid var(--mantine-primary-color-filled)' }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
        <div>
          {/* Announced when it changes, so completing a step says what comes next. */}
          <Text fw={700} size="md" lh={1.3} aria-live="polite">
            {t('next.title', { title })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('next.position', { number: next.index + 1, total: run.steps.length, since })}
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
            {t('next.open')}
          </Button>
        )}
      </Group>
    </Paper>
  )
}

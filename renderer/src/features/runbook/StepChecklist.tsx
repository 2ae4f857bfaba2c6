import { Box, Checkbox, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage, fieldErrors } from '../../bridge'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import classes from './Runbook.module.css'
import { isFinished, type StepView } from './step-state'
import type { StepController } from './use-step-controller'

/** One checkbox per item, named by its text; ticking records the time, shown beside it. */
export function StepChecklist({
  step,
  controller,
}: {
  step: StepView
  controller: StepController
}) {
  const { t } = useTranslation('runbook')
  const zone = useDisplayZone()
  const { tick } = controller
  const checklist = controller.checklistOf(step)
  if (checklist.length === 0) return null
  const ticked = checklist.filter((item) => item.tickedAt !== null).length
  const locked = isFinished(step.state)
  const failed = tick.isError && tick.variables?.stepId === step.id
  // A refused time is shown by the time field itself.
  const message = failed && !fieldErrors(tick.error).at ? errorMessage(tick.error) : null
  const headingId = `checklist-${step.id}`
  return (
    <Box>
      <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {t('checklist.heading', { ticked, total: checklist.length })}
      </Text>
      <Stack gap={6} role="group" aria-labelledby={headingId}>
        {checklist.map((item) => (
          <Group key={item.id} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
            <Checkbox
              label={item.text}
              checked={item.tickedAt !== null}
              disabled={locked}
              onChange={(event) =>
                controller.tickItem(step.id, item.id, event.currentTarget.checked)
              }
              size="sm"
            />
            {item.tickedAt !== null && (
              <TimeText ms={item.tickedAt} zone={zone} size="xs" className={classes.tickedAt} />
            )}
          </Group>
        ))}
      </Stack>
      {locked && (
        <Text size="xs" c="dimmed" mt={4}>
          {step.state === 'skipped' ? t('checklist.lockedSkipped') : t('checklist.lockedDone')}
        </Text>
      )}
      {message && (
        <Text size="xs" c="red" role="alert" mt={4}>
          {t('checklist.failed', { reason: message })}
        </Text>
      )}
    </Box>
  )
}

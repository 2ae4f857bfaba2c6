import { useState } from 'react'
import { Alert, Anchor, Button, Group, Kbd, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { errorMessage, fieldErrors } from '../../bridge'
import { DateTimeField } from '../../ui/DateTimeField'
import { useDisplayZone } from '../settings/queries'
import { SkipStepForm } from './SkipStepForm'
import { isFinished, type StepView } from './step-state'
import type { StepController } from './use-step-controller'

/** Start, Complete, Skip or Reopen, whichever fit the step's state; failures shown right here. */
export function StepActions({ step, controller }: { step: StepView; controller: StepController }) {
  const { t } = useTranslation('runbook')
  const [skipping, setSkipping] = useState(false)
  // Whatever moved the step on (this form, a shortcut, another window) closes the skip form.
  const [seenState, setSeenState] = useState(step.state)
  if (seenState !== step.state) {
    setSeenState(step.state)
    setSkipping(false)
  }
  const { stepAction } = controller
  const mine = stepAction.variables?.stepId === step.id
  const pending = stepAction.isPending && mine
  const error = stepAction.isError && mine ? stepAction.error : null
  const fields = fieldErrors(error)
  const unplaced = error && !fields.at && !fields.reason ? errorMessage(error) : null
  const act = (action: 'start' | 'complete' | 'reopen') =>
    controller.perform({ action, stepId: step.id })

  return (
    <Stack gap="xs">
      {skipping && !isFinished(step.state) ? (
        <SkipStepForm
          step={step}
          controller={controller}
          serverError={fields.reason}
          onDone={() => setSkipping(false)}
        />
      ) : (
        <Group gap="xs">
          {step.state === 'todo' && (
            <Button size="xs" variant="light" loading={pending} onClick={() => act('start')}>
              {t('actions.start')}
            </Button>
          )}
          {!isFinished(step.state) && (
            <>
              <Button size="xs" loading={pending} onClick={() => act('complete')}>
                {t('actions.complete')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setSkipping(true)}>
                {t('actions.skip')}
              </Button>
            </>
          )}
          {isFinished(step.state) && (
            <Button size="xs" variant="default" loading={pending} onClick={() => act('reopen')}>
              {t('actions.reopen')}
            </Button>
          )}
        </Group>
      )}
      {unplaced && (
        <Alert color="red" variant="light" p="xs" role="alert">
          <Text size="sm">{t('actions.failed', { reason: unplaced })}</Text>
        </Alert>
      )}
      <ActionTime controller={controller} serverError={fields.at} />
      {!isFinished(step.state) && (
        <Text size="xs" c="dimmed">
          <Trans t={t} i18nKey="actions.keys" components={{ kbd: <Kbd size="xs" /> }} />
        </Text>
      )}
    </Stack>
  )
}

/**
 * "I did this ten minutes ago": an optional time for the next action (start, tick, complete,
 * skip or reopen). Folded away by default so the usual path stays one click.
 */
function ActionTime({
  controller,
  serverError,
}: {
  controller: StepController
  serverError: string | undefined
}) {
  const { t } = useTranslation('runbook')
  const zone = useDisplayZone()
  const field = controller.actionTime
  const tickTimeError = controller.tick.isError ? fieldErrors(controller.tick.error).at : undefined
  const error = controller.timeError ?? serverError ?? tickTimeError
  const [open, setOpen] = useState(false)
  // Emptied (used by an action, or cleared by hand): fold back to the one-line link.
  const [seenValue, setSeenValue] = useState(field.value)
  if (seenValue !== field.value) {
    setSeenValue(field.value)
    if (field.value === '') setOpen(false)
  }
  if (!open && field.value === '' && !error) {
    return (
      <Anchor
        component="button"
        type="button"
        size="xs"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('actions.setTime')}
      </Anchor>
    )
  }
  return (
    <DateTimeField
      label={t('actions.actionTime')}
      hint={t('actions.actionTimeHint')}
      field={field}
      onChange={controller.setActionTime}
      zone={zone}
      error={error}
    />
  )
}

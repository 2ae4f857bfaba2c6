import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button, Group, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StepView } from './step-state'
import type { StepController } from './use-step-controller'

interface SkipStepFormProps {
  step: StepView
  controller: StepController
  /** The backend's word on the reason, if it refused it. */
  serverError: string | undefined
  onDone: () => void
}

/** Skipping needs a reason: it goes on the timeline so the postmortem knows why. */
export function SkipStepForm({ step, controller, serverError, onDone }: SkipStepFormProps) {
  const { t } = useTranslation('runbook')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => field.current?.focus(), [])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) return setError(t('skip.missingReason'))
    setError(null)
    controller.perform({ action: 'skip', stepId: step.id, reason })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('skip.formLabel', { title: step.title })}>
      <Stack gap="xs">
        <Textarea
          ref={field}
          label={t('skip.reason')}
          placeholder={t('skip.placeholder')}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone()
          }}
          error={error ?? serverError}
          withAsterisk
        />
        <Group gap="xs">
          <Button type="submit" size="xs" color="orange" loading={controller.stepAction.isPending}>
            {t('skip.submit')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('skip.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

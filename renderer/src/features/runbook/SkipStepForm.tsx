import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button, Group, Stack, Textarea } from '@mantine/core'
import type { StepView } from './step-state'
import type { StepController } from './use-step-controller'

const MISSING_REASON = 'Say why the step is skipped.'

interface SkipStepFormProps {
  step: StepView
  controller: StepController
  /** The backend's word on the reason, if it refused it. */
  serverError: string | undefined
  onDone: () => void
}

/** Skipping needs a reason: it goes on the timeline so the postmortem knows why. */
export function SkipStepForm({ step, controller, serverError, onDone }: SkipStepFormProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => field.current?.focus(), [])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) return setError(MISSING_REASON)
    setError(null)
    controller.perform({ action: 'skip', stepId: step.id, reason })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Skip “${step.title}”`}>
      <Stack gap="xs">
        <Textarea
          ref={field}
          label="Reason for skipping"
          placeholder="e.g. No deploys in the last 24 hours"
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
            Skip with this reason
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

import { useState, type FormEvent } from 'react'
import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import type { Hypothesis, HypothesisStatus } from '../../../../shared/domain/hypotheses'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { useSetHypothesisStatus } from './mutations'
import { STATUS_CHANGE } from './status'

interface HypothesisStatusFormProps {
  hypothesis: Hypothesis
  to: HypothesisStatus
  onDone: () => void
}

/** Confirming or ruling out asks why: the postmortem lists what was ruled out and on what grounds. */
export function HypothesisStatusForm({ hypothesis, to, onDone }: HypothesisStatusFormProps) {
  const change = STATUS_CHANGE[to]
  const setStatus = useSetHypothesisStatus(hypothesis.incidentId)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const fieldError = fieldErrorsFor(setStatus.error, ['reason']).reason
  const unplaced = setStatus.isError && !fieldError

  function submit(event: FormEvent) {
    event.preventDefault()
    if (change.reasonRequired && !reason.trim()) return setMissing(true)
    setMissing(false)
    setStatus.mutate(
      { id: hypothesis.id, status: to, reason: reason.trim() },
      { onSuccess: onDone },
    )
  }

  const missingMessage = to === 'confirmed' ? 'Say what confirms it.' : 'Say what rules it out.'
  return (
    <form onSubmit={submit} noValidate aria-label={change.submit}>
      <Stack gap="xs">
        <Textarea
          label={change.reasonLabel}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone()
          }}
          error={missing ? missingMessage : fieldError}
          withAsterisk={change.reasonRequired}
          autoFocus
          size="xs"
        />
        {unplaced && (
          <Text size="xs" c="red" role="alert">
            Could not change the hypothesis: {errorMessage(setStatus.error)}. Nothing was changed.
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={setStatus.isPending}>
            {change.submit}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

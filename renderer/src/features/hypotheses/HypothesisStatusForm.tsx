import { useState, type FormEvent } from 'react'
import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Hypothesis, HypothesisStatus } from '../../../../shared/domain/hypotheses'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { useSetHypothesisStatus } from './mutations'
import { REASON_REQUIRED } from './status'

interface HypothesisStatusFormProps {
  hypothesis: Hypothesis
  to: HypothesisStatus
  onDone: () => void
}

/** Confirming or ruling out asks why: the postmortem lists what was ruled out and on what grounds. */
export function HypothesisStatusForm({ hypothesis, to, onDone }: HypothesisStatusFormProps) {
  const { t } = useTranslation('hypotheses')
  const reasonRequired = REASON_REQUIRED[to]
  const submitLabel = t(`change.${to}.submit`)
  const setStatus = useSetHypothesisStatus(hypothesis.incidentId)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const fieldError = fieldErrorsFor(setStatus.error, ['reason']).reason
  const unplaced = setStatus.isError && !fieldError

  function submit(event: FormEvent) {
    event.preventDefault()
    if (reasonRequired && !reason.trim()) return setMissing(true)
    setMissing(false)
    setStatus.mutate(
      { id: hypothesis.id, status: to, reason: reason.trim() },
      { onSuccess: onDone },
    )
  }

  const missingMessage =
    to === 'confirmed' ? t('statusForm.missingConfirm') : t('statusForm.missingRuleOut')
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="xs">
        <Textarea
          label={t(`change.${to}.reasonLabel`)}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone()
          }}
          error={missing ? missingMessage : fieldError}
          withAsterisk={reasonRequired}
          autoFocus
          size="xs"
        />
        {unplaced && (
          <Text size="xs" c="red" role="alert">
            {t('statusForm.failed', { reason: errorMessage(setStatus.error) })}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={setStatus.isPending}>
            {submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

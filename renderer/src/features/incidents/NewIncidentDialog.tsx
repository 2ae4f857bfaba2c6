import { useState, type ReactNode } from 'react'
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelInput } from '../../../../shared/contract/index'
import { SEVERITIES } from '../../../../shared/domain/incident'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { navigate } from '../../app/router'
import { DateTimeField } from '../../ui/DateTimeField'
import { toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import { useCheckedSubmit } from '../../ui/useCheckedSubmit'
import { RunbookField } from '../runbook/RunbookField'
import { useDisplayZone } from '../settings/queries'
import { useIncidentLabels } from './labels'
import { useCreateIncident } from './mutations'
import { validateNewIncident, type NewIncidentDraft } from './new-incident-form'

const FORM_FIELDS = ['title', 'severity', 'services', 'startedAt'] as const

function emptyDraft(zone: DisplayZone): NewIncidentDraft {
  return {
    title: '',
    severity: '',
    services: '',
    startedAt: { value: toDateTimeInputValue(Date.now(), zone), badInput: false },
  }
}

/** Starting values from elsewhere (an alert): fields the user can change, and extra input. */
export interface NewIncidentPrefill {
  draft: Partial<NewIncidentDraft>
  /** Sent as given: the detected time, a summary, the alert to record on the timeline. */
  extra: Pick<ChannelInput<'incident.create'>, 'detectedAt' | 'summary' | 'alert'>
  /** Where the values came from, shown above the buttons. */
  note?: ReactNode
}

interface NewIncidentDialogProps {
  opened: boolean
  onClose: () => void
  prefill?: NewIncidentPrefill
}

export function NewIncidentDialog({ opened, onClose, prefill }: NewIncidentDialogProps) {
  const { t } = useTranslation('incidents')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('form.dialogTitle')}
      size="lg"
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* Mounted only while open, so every opening starts from a fresh draft stamped "now". */}
      {opened && <NewIncidentForm onDone={onClose} prefill={prefill} />}
    </Modal>
  )
}

function NewIncidentForm({
  onDone,
  prefill,
}: {
  onDone: () => void
  prefill?: NewIncidentPrefill
}) {
  const { t } = useTranslation('incidents')
  const labels = useIncidentLabels()
  const severityOptions = [
    { value: '', label: t('form.chooseSeverity'), disabled: true },
    ...SEVERITIES.map((level) => ({
      value: level,
      label: t('form.severityOption', { level, meaning: labels.severityMeaning(level) }),
    })),
  ]
  const zone = useDisplayZone()
  const [draft, setDraft] = useState(() => ({ ...emptyDraft(zone), ...prefill?.draft }))
  // null: the default runbook, whichever it is once the list has loaded.
  const [runbookId, setRunbookId] = useState<string | null>(null)
  const create = useCreateIncident()
  const update = (change: Partial<NewIncidentDraft>) =>
    setDraft((current) => ({ ...current, ...change }))
  const { errors, failure, sending, submit, formRef } = useCheckedSubmit({
    fields: FORM_FIELDS,
    check: () => validateNewIncident(draft, zone, Date.now()),
    send: (input) =>
      create.mutateAsync({ ...input, ...prefill?.extra, ...(runbookId ? { runbookId } : {}) }),
    onSent: (incident) => {
      onDone()
      navigate({ name: 'incident', id: incident.id })
    },
  })

  // A runbook that vanished from disk since the list loaded is refused next to its select.
  const runbookError = fieldErrorsFor(failure, ['runbookId']).runbookId

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('form.title')}
          placeholder={t('form.titlePlaceholder')}
          value={draft.title}
          onChange={(event) => update({ title: event.currentTarget.value })}
          error={errors.title}
          withAsterisk
          data-autofocus
        />
        <NativeSelect
          label={t('form.severity')}
          data={severityOptions}
          value={draft.severity}
          onChange={(event) => update({ severity: event.currentTarget.value })}
          error={errors.severity}
          withAsterisk
        />
        <TextInput
          label={t('form.services')}
          description={t('form.servicesHelp')}
          value={draft.services}
          onChange={(event) => update({ services: event.currentTarget.value })}
          error={errors.services}
        />
        <DateTimeField
          label={t('form.startedAt')}
          hint={t('form.startedAtHint')}
          field={draft.startedAt}
          onChange={(startedAt) => update({ startedAt })}
          zone={zone}
          error={errors.startedAt}
        />
        <RunbookField value={runbookId} onChange={setRunbookId} error={runbookError} />
        {prefill?.note}
        {failure !== null && !runbookError && (
          <Alert color="red" variant="light" role="alert">
            {t('form.failed', { reason: errorMessage(failure) })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={sending}>
            {t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

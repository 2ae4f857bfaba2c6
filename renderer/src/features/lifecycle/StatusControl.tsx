import { useState, type FormEvent } from 'react'
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentStatus,
} from '../../../../shared/domain/incident'
import { allowedNextStatuses } from '../../../../shared/domain/lifecycle'
import { errorMessage } from '../../bridge'
import { STATUS_COLOR } from '../../app/theme'
import { useIncidentLabels } from '../incidents/labels'
import { useReopenIncident, useSetStatus } from './mutations'
import { Swatch } from './Swatch'

function isStatus(value: string): value is IncidentStatus {
  return INCIDENT_STATUSES.some((status) => status === value)
}

/**
 * The "Status" select offers only the moves allowed from here. A resolved incident offers none:
 * "Reopen incident" takes it back to investigating, with the reason on the timeline.
 */
export function StatusControl({ incident }: { incident: Incident }) {
  const { t } = useTranslation('lifecycle')
  const labels = useIncidentLabels()
  const setStatus = useSetStatus(incident.id)
  const [reopening, setReopening] = useState(false)
  const allowed = allowedNextStatuses(incident.status)
  const options = [incident.status, ...allowed].map((status) => ({
    value: status,
    label: labels.status(status),
  }))
  const error = setStatus.isError
    ? t('status.failed', { reason: errorMessage(setStatus.error) })
    : undefined

  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NativeSelect
          label={t('status.label')}
          data={options}
          value={incident.status}
          onChange={(event) => {
            const status = event.currentTarget.value
            if (isStatus(status)) setStatus.mutate({ status })
          }}
          disabled={setStatus.isPending || allowed.length === 0}
          leftSection={<Swatch color={STATUS_COLOR[incident.status]} />}
          error={error}
          w={190}
          size="sm"
        />
        {allowed.length === 0 && !reopening && (
          <Button variant="light" onClick={() => setReopening(true)}>
            {t('status.reopen')}
          </Button>
        )}
      </Group>
      {reopening && <ReopenForm incident={incident} onDone={() => setReopening(false)} />}
    </Stack>
  )
}

function ReopenForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const { t } = useTranslation('lifecycle')
  const reopen = useReopenIncident(incident.id)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) return setMissing(true)
    setMissing(false)
    reopen.mutate({ reason: reason.trim() }, { onSuccess: onDone })
  }

  const error = missing
    ? t('reopen.missing')
    : reopen.isError
      ? t('reopen.failed', { reason: errorMessage(reopen.error) })
      : undefined
  return (
    <form onSubmit={submit} noValidate aria-label={t('reopen.label')}>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          label={t('reopen.reason')}
          placeholder={t('reopen.placeholder')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          w={340}
          maw="100%"
          autoFocus
          withAsterisk
        />
        <Group gap="xs" mt={25}>
          <Button type="submit" loading={reopen.isPending}>
            {t('reopen.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  )
}

import { useState, type FormEvent } from 'react'
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core'
import type { Incident, IncidentStatus } from '../../../../shared/domain/incident'
import { allowedNextStatuses, STATUS_LABELS } from '../../../../shared/domain/lifecycle'
import { errorMessage } from '../../bridge'
import { STATUS_COLOR } from '../../app/theme'
import { useReopenIncident, useSetStatus } from './mutations'
import { Swatch } from './Swatch'

function isStatus(value: string): value is IncidentStatus {
  return Object.hasOwn(STATUS_LABELS, value)
}

/**
 * The "Status" select offers only the moves allowed from here. A resolved incident offers none:
 * "Reopen incident" takes it back to investigating, with the reason on the timeline.
 */
export function StatusControl({ incident }: { incident: Incident }) {
  const setStatus = useSetStatus(incident.id)
  const [reopening, setReopening] = useState(false)
  const allowed = allowedNextStatuses(incident.status)
  const options = [incident.status, ...allowed].map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
  }))
  const error = setStatus.isError
    ? `${errorMessage(setStatus.error)}. The status was not changed.`
    : undefined

  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NativeSelect
          label="Status"
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
            Reopen incident
          </Button>
        )}
      </Group>
      {reopening && <ReopenForm incident={incident} onDone={() => setReopening(false)} />}
    </Stack>
  )
}

function ReopenForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
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
    ? 'Say why the incident is reopened; it goes on the timeline.'
    : reopen.isError
      ? `${errorMessage(reopen.error)}. The incident was not reopened.`
      : undefined
  return (
    <form onSubmit={submit} noValidate aria-label="Reopen the incident">
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          label="Reason for reopening"
          placeholder="e.g. Errors came back after the rollback"
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
            Reopen with this reason
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Group>
    </form>
  )
}

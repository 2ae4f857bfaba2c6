import { useState, type FormEvent } from 'react'
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import type { EvidenceItem } from '../../../../../shared/contract/evidence'
import { routeHref } from '../../../app/router'
import { errorMessage } from '../../../bridge'
import { useIncidentList } from '../../incidents/queries'
import { usePinTrace } from '../mutations'
import type { TraceModel } from '../trace-model'

interface PinDialogProps {
  model: TraceModel
  /** The incident the page belongs to; otherwise the user picks one. */
  incidentId: string | null
  defaultCaption: string
  opened: boolean
  onClose: () => void
}

/** Pins the whole trace and its analysis to an incident, as frozen evidence. */
export function PinDialog({ model, incidentId, defaultCaption, opened, onClose }: PinDialogProps) {
  const incidents = useIncidentList({})
  const pin = usePinTrace()
  const [chosen, setChosen] = useState(incidentId ?? '')
  const [caption, setCaption] = useState(defaultCaption)
  const [pinned, setPinned] = useState<EvidenceItem | null>(null)
  const [missing, setMissing] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return setMissing(true)
    pin.mutate(
      { model, incidentId: chosen, caption: caption.trim() },
      { onSuccess: (item) => setPinned(item) },
    )
  }

  const close = () => {
    setPinned(null)
    pin.reset()
    onClose()
  }
  const options = (incidents.data ?? []).map((incident) => ({
    value: incident.id,
    label: `${incident.title} (${incident.severity}, ${incident.status})`,
  }))

  return (
    <Modal opened={opened} onClose={close} title="Pin to incident" size="lg">
      {pinned ? (
        <Stack gap="sm">
          <Text role="status">
            Pinned. The full trace and its summary are kept with the incident and open without
            Jaeger.
          </Text>
          <Group>
            <Anchor href={routeHref({ name: 'incident', id: pinned.incidentId })} onClick={close}>
              Go to the incident
            </Anchor>
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {incidentId === null && (
              <NativeSelect
                label="Incident"
                data={[
                  {
                    value: '',
                    label: incidents.isPending ? 'Loading incidents…' : 'Choose an incident',
                  },
                  ...options,
                ]}
                value={chosen}
                onChange={(event) => {
                  setChosen(event.currentTarget.value)
                  setMissing(false)
                }}
                error={missing ? 'Choose the incident to pin this trace to' : undefined}
              />
            )}
            <TextInput
              label="Caption"
              description="What this trace shows, in the incident's words."
              value={caption}
              onChange={(event) => setCaption(event.currentTarget.value)}
              maxLength={2000}
            />
            <Text size="xs" c="dimmed">
              Stores the complete trace ({model.spanCount.toLocaleString('en-US')} spans)
              compressed, with this summary: {model.summary}
            </Text>
            {pin.isError && (
              <Alert color="red" variant="light" role="alert">
                Could not pin the trace: {errorMessage(pin.error)}.
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={pin.isPending}>
                Pin trace
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}

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
import { useTranslation } from 'react-i18next'
import type { EvidenceItem } from '../../../../../shared/contract/evidence'
import { routeHref } from '../../../app/router'
import { errorMessage } from '../../../bridge'
import { formatNumber } from '../../../i18n/format'
import { useIncidentList } from '../../incidents/queries'
import { usePinTrace } from '../mutations'
import { wordTraceMessage } from '../trace-messages'
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
  const { t } = useTranslation('traces')
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
    <Modal opened={opened} onClose={close} title={t('pin.title')} size="lg">
      {pinned ? (
        <Stack gap="sm">
          <Text role="status">{t('pin.done')}</Text>
          <Group>
            <Anchor href={routeHref({ name: 'incident', id: pinned.incidentId })} onClick={close}>
              {t('pin.goToIncident')}
            </Anchor>
            <Button variant="default" onClick={close}>
              {t('pin.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {incidentId === null && (
              <NativeSelect
                label={t('pin.incident')}
                data={[
                  {
                    value: '',
                    label: incidents.isPending
                      ? t('pin.loadingIncidents')
                      : t('pin.chooseIncident'),
                  },
                  ...options,
                ]}
                value={chosen}
                onChange={(event) => {
                  setChosen(event.currentTarget.value)
                  setMissing(false)
                }}
                error={missing ? t('pin.incidentMissing') : undefined}
              />
            )}
            <TextInput
              label={t('pin.caption')}
              description={t('pin.captionHelp')}
              value={caption}
              onChange={(event) => setCaption(event.currentTarget.value)}
              maxLength={2000}
            />
            <Text size="xs" c="dimmed">
              {t('pin.stores', {
                count: model.spanCount,
                spans: formatNumber(model.spanCount),
                summary: wordTraceMessage(model.summaryText, model.summary),
              })}
            </Text>
            {pin.isError && (
              <Alert color="red" variant="light" role="alert">
                {t('pin.failed', { reason: errorMessage(pin.error) })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('pin.cancel')}
              </Button>
              <Button type="submit" loading={pin.isPending}>
                {t('pin.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}

import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../bridge'
import { useDeleteSample } from './mutations'
import { useIsSample } from './queries'

/** On the sample incident's page: what it is, and the way to get rid of it. */
export function SampleBanner({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('welcome')
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteSample()
  if (!useIsSample(incidentId)) return null
  const close = () => {
    setConfirming(false)
    remove.reset()
  }
  return (
    <Alert color="cyan" variant="light" title={t('banner.title')} p="sm">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm" maw={720}>
          {t('banner.explanation')}
        </Text>
        <Button variant="default" color="red" size="xs" onClick={() => setConfirming(true)}>
          {t('banner.delete')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={close} title={t('banner.confirmTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('banner.confirmText')}</Text>
          {remove.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(remove.error)}.
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('banner.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(incidentId)}
            >
              {t('banner.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  )
}

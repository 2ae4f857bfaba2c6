import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { errorMessage } from '../../bridge'
import { formatTime } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { useRestoreBackup } from './queries'

interface RestoreDialogProps {
  backup: BackupInfoView | null
  onClose: () => void
  onRestored: (keptAside: string) => void
}

/** Asks before replacing the database; says plainly that nothing is deleted. */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  const { t } = useTranslation('backups')
  const zone = useDisplayZone()
  const restore = useRestoreBackup()
  const confirm = () => {
    if (!backup) return
    restore.mutate(backup.file, {
      onSuccess: (result) => {
        onRestored(result.keptAside)
        onClose()
      },
    })
  }
  return (
    <Modal opened={backup !== null} onClose={onClose} title={t('restore.title')} centered>
      {backup && (
        <Stack gap="sm">
          <Text size="sm">
            {backup.incidentCount === null
              ? t('restore.questionUnknownCount', { time: formatTime(backup.createdAt, zone) })
              : t('restore.question', {
                  time: formatTime(backup.createdAt, zone),
                  count: backup.incidentCount,
                })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('restore.keptAside')}
          </Text>
          {restore.isError && (
            <Alert color="red" variant="light" role="alert">
              {t('restore.failed', { reason: errorMessage(restore.error) })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('restore.cancel')}
            </Button>
            <Button color="orange" loading={restore.isPending} onClick={confirm}>
              {t('restore.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
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
    <Modal opened={backup !== null} onClose={onClose} title="Restore backup" centered>
      {backup && (
        <Stack gap="sm">
          <Text size="sm">
            Replace the current data with the backup taken {formatTime(backup.createdAt, zone)} (
            {backup.incidentCount ?? 'unknown number of'} incidents)? Anything written after that
            time is not in the backup.
          </Text>
          <Text size="sm" c="dimmed">
            The current database file is kept aside in the data folder, not deleted, so this can be
            undone by hand.
          </Text>
          {restore.isError && (
            <Alert color="red" variant="light" role="alert">
              Could not restore: {errorMessage(restore.error)}. The current data is unchanged.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="orange" loading={restore.isPending} onClick={confirm}>
              Restore this backup
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

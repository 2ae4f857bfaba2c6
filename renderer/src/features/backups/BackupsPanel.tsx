import { useState } from 'react'
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { errorMessage } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { BackupTable } from './BackupTable'
import { useBackups, useCreateBackup, useDatabaseCheck } from './queries'
import { RestoreDialog } from './RestoreDialog'

/** Settings › Backups: list, take one now, check the database, restore. */
export function BackupsPanel() {
  const backups = useBackups()
  const create = useCreateBackup()
  const check = useDatabaseCheck()
  const [restoring, setRestoring] = useState<BackupInfoView | null>(null)
  const [restored, setRestored] = useState<string | null>(null)
  return (
    <Paper withBorder p="md" component="section" aria-label="Backups">
      <Title order={2} size="h4" mb="xs">
        Backups
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            Back up now
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={check.isPending}
            onClick={() => check.mutate()}
          >
            Check database
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            Could not take a backup: {errorMessage(create.error)}.
          </Alert>
        )}
        {check.data && (
          <Alert color={check.data.ok ? 'green' : 'red'} variant="light" role="status">
            {check.data.ok
              ? 'Full integrity check passed: the database is healthy.'
              : `The integrity check found problems: ${check.data.messages.slice(0, 3).join('; ')}. Restore the newest good backup below.`}
          </Alert>
        )}
        {restored && (
          <Alert color="green" variant="light" role="status">
            Backup restored. The previous database was kept aside as {restored}.
          </Alert>
        )}
        {backups.isPending ? (
          <Loading label="Loading backups…" />
        ) : backups.isError ? (
          <QueryError
            what="the backups"
            error={backups.error}
            onRetry={() => void backups.refetch()}
          />
        ) : (
          <BackupTable backups={backups.data} onRestore={setRestoring} />
        )}
        <Text size="xs" c="dimmed">
          Kept: the last 10, and one a day for 14 days, in the data folder's backups/ folder.
        </Text>
      </Stack>
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={setRestored}
      />
    </Paper>
  )
}

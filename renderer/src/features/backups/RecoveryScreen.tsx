import { useState } from 'react'
import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { Loading, QueryError } from '../../ui/states'
import { BackupTable } from './BackupTable'
import { useBackups } from './queries'
import { RestoreDialog } from './RestoreDialog'

/**
 * Shown instead of the app when the database failed its check at start: says what happened,
 * offers the newest good backup, and promises the damaged file is kept.
 */
export function RecoveryScreen({ problem }: { problem: string | null }) {
  const backups = useBackups()
  const [restoring, setRestoring] = useState<BackupInfoView | null>(null)
  const newestGood = backups.data?.find((backup) => backup.good)
  return (
    <Container size="md" py="xl">
      <Stack gap="md">
        <Title order={1}>Firebreak’s database needs recovery</Title>
        <Alert color="red" variant="light" role="alert" title="What happened">
          {sentence(problem ?? 'The database could not be opened')} This usually follows a disk or
          power problem while the file was being written.
        </Alert>
        <Text>
          Restore a backup to continue. The damaged file is kept aside in the data folder, never
          deleted, so nothing is lost for good.
        </Text>
        {backups.isPending ? (
          <Loading label="Looking for backups…" />
        ) : backups.isError ? (
          <QueryError
            what="the backups"
            error={backups.error}
            onRetry={() => void backups.refetch()}
          />
        ) : (
          <>
            {newestGood ? (
              <Button size="md" onClick={() => setRestoring(newestGood)} w="fit-content">
                Restore the newest good backup
              </Button>
            ) : (
              <Alert color="orange" variant="light">
                No usable backup was found. Copy the data folder somewhere safe and ask for help:
                the damaged file may still be partly recoverable with SQLite’s .recover command.
              </Alert>
            )}
            <BackupTable
              backups={backups.data}
              onRestore={setRestoring}
              recommended={newestGood?.file}
            />
          </>
        )}
      </Stack>
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => undefined}
      />
    </Container>
  )
}

/** Ends a message from the backend with a full stop, whatever it ended with. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`
}

import { useState } from 'react'
import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { wordMessage } from '../../i18n/messages'
import { Loading, QueryError } from '../../ui/states'
import { BackupTable } from './BackupTable'
import { useBackups, useRecoveryStatus } from './queries'
import { RestoreDialog } from './RestoreDialog'

/**
 * Shown instead of the app when the database failed its check at start: says what happened,
 * offers the newest good backup, and promises the damaged file is kept.
 */
export function RecoveryScreen({ problem }: { problem: string | null }) {
  const { t } = useTranslation('backups')
  const backups = useBackups()
  // The answer the app was gated on (cached): its message words the problem in the UI language.
  const problemText = useRecoveryStatus().data?.problemText
  const what = problem === null ? t('recovery.notOpened') : wordMessage(problemText, problem)
  const [restoring, setRestoring] = useState<BackupInfoView | null>(null)
  const newestGood = backups.data?.find((backup) => backup.good)
  return (
    <Container size="md" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('recovery.title')}</Title>
        <Alert color="red" variant="light" role="alert" title={t('recovery.whatHappened')}>
          {sentence(what)} {t('recovery.usualCause')}
        </Alert>
        <Text>{t('recovery.explanation')}</Text>
        {backups.isPending ? (
          <Loading label={t('recovery.looking')} />
        ) : backups.isError ? (
          <QueryError
            what={t('what')}
            error={backups.error}
            onRetry={() => void backups.refetch()}
          />
        ) : (
          <>
            {newestGood ? (
              <Button size="md" onClick={() => setRestoring(newestGood)} w="fit-content">
                {t('recovery.restoreNewest')}
              </Button>
            ) : (
              <Alert color="orange" variant="light">
                {t('recovery.noBackup')}
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

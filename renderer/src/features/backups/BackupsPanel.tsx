import { useState } from 'react'
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { errorMessage } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { BackupTable } from './BackupTable'
import { useBackups, useCreateBackup, useDatabaseCheck } from './queries'
import { RestoreDialog } from './RestoreDialog'

/** Settings › Backups: list, take one now, check the database, restore. */
export function BackupsPanel() {
  const { t } = useTranslation('backups')
  const backups = useBackups()
  const create = useCreateBackup()
  const check = useDatabaseCheck()
  const [restoring, setRestoring] = useState<BackupInfoView | null>(null)
  const [restored, setRestored] = useState<string | null>(null)
  return (
    <Paper withBorder p="md" component="section" aria-label={t('panel.title')}>
      <Title order={2} size="h4" mb="xs">
        {t('panel.title')}
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            {t('panel.backUpNow')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={check.isPending}
            onClick={() => check.mutate()}
          >
            {t('panel.check')}
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {t('panel.backupFailed', { reason: errorMessage(create.error) })}
          </Alert>
        )}
        {check.data && (
          <Alert color={check.data.ok ? 'green' : 'red'} variant="light" role="status">
            {check.data.ok
              ? t('panel.checkPassed')
              : t('panel.checkFailed', { problems: check.data.messages.slice(0, 3).join('; ') })}
          </Alert>
        )}
        {restored && (
          <Alert color="green" variant="light" role="status">
            {t('panel.restored', { file: restored })}
          </Alert>
        )}
        {backups.isPending ? (
          <Loading label={t('panel.loading')} />
        ) : backups.isError ? (
          <QueryError
            what={t('what')}
            error={backups.error}
            onRetry={() => void backups.refetch()}
          />
        ) : (
          <BackupTable backups={backups.data} onRestore={setRestoring} />
        )}
        <Text size="xs" c="dimmed">
          {t('panel.retention')}
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

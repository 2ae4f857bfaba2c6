import { useState } from 'react'
import { Alert, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { ArchiveStatus, SyncReport } from '../../../../shared/contract/archive'
import { errorMessage, fieldErrors } from '../../bridge'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber } from '../../i18n/format'
import { wordMessage } from '../../i18n/messages'
import { Loading, QueryError } from '../../ui/states'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { GitPanel } from './GitPanel'
import { useArchiveStatus, useClearArchiveFolder, useSetArchiveFolder, useSync } from './queries'

function FolderForm({ status }: { status: ArchiveStatus }) {
  const { t } = useTranslation('archive')
  const [folder, setFolder] = useState(status.folder ?? '')
  const save = useSetArchiveFolder()
  const clear = useClearArchiveFolder()
  const fieldError = save.isError
    ? (fieldErrors(save.error).folder ?? errorMessage(save.error))
    : null
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(folder)
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('folder.label')}
          description={t('folder.description')}
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          error={fieldError}
          style={{ flex: 1 }}
          maw={640}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Button type="submit" loading={save.isPending}>
          {t('folder.use')}
        </Button>
        {status.folder && (
          <Button variant="subtle" color="gray" onClick={() => clear.mutate(undefined)}>
            {t('folder.forget')}
          </Button>
        )}
      </Group>
    </form>
  )
}

function SyncResult({ report }: { report: SyncReport }) {
  const { t } = useTranslation('archive')
  return (
    <Alert
      color={report.failed.length ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title={t('sync.done')}
    >
      <Text size="sm">
        {t('sync.counts', {
          added: formatNumber(report.added),
          updated: formatNumber(report.updated),
          unchanged: formatNumber(report.unchanged),
          removed: formatNumber(report.removed),
        })}
      </Text>
      {report.skipped.length > 0 && (
        <List size="sm" mt={4}>
          {report.skipped.map((skip) => (
            <List.Item key={skip.path}>
              {t('sync.skipped', {
                path: skip.path,
                reason: wordMessage(skip.reasonText, skip.reason),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {report.failed.length > 0 && (
        <List size="sm" mt={4}>
          {report.failed.map((failure) => (
            <List.Item key={failure.path}>
              {t('sync.failed', {
                path: failure.path,
                message: wordMessage(failure.text, failure.message),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}

function StatusFacts({ status }: { status: ArchiveStatus }) {
  const { t } = useTranslation('archive')
  const zone = useDisplayZone()
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {status.isGitRepository ? t('facts.gitRepository') : t('facts.notGitRepository')}
        {status.gitAvailable ? '' : t('facts.noGit')}
      </List.Item>
      <List.Item>
        {t('facts.counts', {
          synced: t('facts.synced', {
            count: status.syncedIncidents,
            formatted: formatNumber(status.syncedIncidents),
          }),
          published: t('facts.published', {
            count: status.publishedIncidents,
            formatted: formatNumber(status.publishedIncidents),
          }),
        })}
      </List.Item>
      <List.Item>
        {status.lastSyncAt === null ? (
          t('facts.lastSyncNever')
        ) : (
          <Trans
            t={t}
            i18nKey="facts.lastSync"
            components={{ time: <TimeText ms={status.lastSyncAt} zone={zone} withDate /> }}
          />
        )}
      </List.Item>
    </List>
  )
}

export function ArchivePage() {
  const { t } = useTranslation('archive')
  const status = useArchiveStatus()
  const sync = useSync()
  if (status.isPending) return <Loading label={t('loading')} />
  if (status.isError)
    return (
      <QueryError what={t('what')} error={status.error} onRetry={() => void status.refetch()} />
    )
  const ready = status.data.folder !== null && status.data.problem === null
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle>{t('title')}</PageTitle>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <FolderForm status={status.data} />
      {status.data.problem && (
        <Alert color="red" variant="light" role="alert" title={t('problemTitle')}>
          {wordMessage(status.data.problemText, status.data.problem)}
        </Alert>
      )}
      {ready && (
        <>
          <StatusFacts status={status.data} />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('sync.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('sync.intro')}
              </Text>
              <Group>
                <Button onClick={() => sync.mutate(undefined)} loading={sync.isPending}>
                  {t('sync.button')}
                </Button>
              </Group>
              {sync.isError && (
                <Text size="sm" c="red" role="alert">
                  {errorMessage(sync.error)}
                </Text>
              )}
              {sync.data && <SyncResult report={sync.data} />}
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('git.title')}
              </Title>
              <GitPanel disabled={!status.data.gitAvailable || !status.data.isGitRepository} />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  )
}

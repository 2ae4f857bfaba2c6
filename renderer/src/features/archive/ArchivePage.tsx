import { useState } from 'react'
import { Alert, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import type { ArchiveStatus, SyncReport } from '../../../../shared/contract/archive'
import { errorMessage, fieldErrors } from '../../bridge'
import { PageTitle } from '../../app/PageTitle'
import { Loading, QueryError } from '../../ui/states'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { GitPanel } from './GitPanel'
import { useArchiveStatus, useClearArchiveFolder, useSetArchiveFolder, useSync } from './queries'

function FolderForm({ status }: { status: ArchiveStatus }) {
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
          label="Archive folder"
          description="The full path of a git working copy the team shares, e.g. a clone of your incidents repository."
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          error={fieldError}
          style={{ flex: 1 }}
          maw={640}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Button type="submit" loading={save.isPending}>
          Use this folder
        </Button>
        {status.folder && (
          <Button variant="subtle" color="gray" onClick={() => clear.mutate(undefined)}>
            Forget folder
          </Button>
        )}
      </Group>
    </form>
  )
}

function SyncResult({ report }: { report: SyncReport }) {
  return (
    <Alert
      color={report.failed.length ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title="Archive synced"
    >
      <Text size="sm">
        {report.added} added, {report.updated} updated, {report.unchanged} unchanged,{' '}
        {report.removed} removed.
      </Text>
      {report.skipped.length > 0 && (
        <List size="sm" mt={4}>
          {report.skipped.map((skip) => (
            <List.Item key={skip.path}>
              Skipped {skip.path}: {skip.reason}
            </List.Item>
          ))}
        </List>
      )}
      {report.failed.length > 0 && (
        <List size="sm" mt={4}>
          {report.failed.map((failure) => (
            <List.Item key={failure.path}>
              Could not read {failure.path}: {failure.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}

function StatusFacts({ status }: { status: ArchiveStatus }) {
  const zone = useDisplayZone()
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {status.isGitRepository ? 'A git working copy' : 'Not a git working copy'}
        {status.gitAvailable ? '' : ' (git is not installed here: publish and sync still work)'}
      </List.Item>
      <List.Item>
        {status.syncedIncidents} incidents synced from it, {status.publishedIncidents} published
        from this machine
      </List.Item>
      <List.Item>
        Last sync:{' '}
        {status.lastSyncAt === null ? (
          'never'
        ) : (
          <TimeText ms={status.lastSyncAt} zone={zone} withDate />
        )}
      </List.Item>
    </List>
  )
}

export function ArchivePage() {
  const status = useArchiveStatus()
  const sync = useSync()
  if (status.isPending) return <Loading label="Loading the archive settings…" />
  if (status.isError)
    return (
      <QueryError what="the archive" error={status.error} onRetry={() => void status.refetch()} />
    )
  const ready = status.data.folder !== null && status.data.problem === null
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle>Shared archive</PageTitle>
      <Text c="dimmed" size="sm">
        Publish postmortems and incident bundles into a folder the team shares with git, and read
        everyone’s incidents back into the library. Firebreak runs no server: git does the sharing.
      </Text>
      <FolderForm status={status.data} />
      {status.data.problem && (
        <Alert color="red" variant="light" role="alert" title="The archive folder cannot be used">
          {status.data.problem}
        </Alert>
      )}
      {ready && (
        <>
          <StatusFacts status={status.data} />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Sync
              </Title>
              <Text size="sm" c="dimmed">
                Reads every incident bundle in the folder into the library, read-only. Pull first to
                get what others pushed.
              </Text>
              <Group>
                <Button onClick={() => sync.mutate(undefined)} loading={sync.isPending}>
                  Sync archive
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
                Git
              </Title>
              <GitPanel disabled={!status.data.gitAvailable || !status.data.isGitRepository} />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  )
}

import { useState, type FormEvent, type ReactNode } from 'react'
import {
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { PageTitle } from '../../app/PageTitle'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { describeZone, displayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { ThemeControl, TimeZoneControl } from './AppearanceControls'
import { useUpdateSettings } from './mutations'
import { useAppInfo, useSettings } from './queries'
import { BackupsPanel } from '../backups/BackupsPanel'

export function SettingsPage() {
  const settings = useSettings()
  const now = useNow(60_000)
  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>Settings</PageTitle>
      {settings.isPending ? (
        <Loading label="Loading settings…" />
      ) : settings.isError ? (
        <QueryError
          what="the settings"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <>
          <Section title="Appearance">
            <Setting
              label="Theme"
              help="System follows your operating system's light or dark mode."
            >
              <ThemeControl size="sm" />
            </Setting>
            <Setting
              label="Time zone"
              help={`Every time in Firebreak is shown in this zone and labelled with it. Local here is ${describeZone(now, displayZone('local'))}.`}
            >
              <TimeZoneControl size="sm" showZoneName={false} />
            </Setting>
          </Section>
          <Section title="You">
            <AuthorNameForm savedName={settings.data.authorName} />
          </Section>
        </>
      )}
      <BackupsPanel />
      <Section title="About this installation">
        <AppInfo />
      </Section>
    </Stack>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  )
}

function Setting({ label, help, children }: { label: string; help: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="center" wrap="nowrap" gap="lg">
      <div>
        <Text fw={500} size="sm" aria-hidden>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      </div>
      {children}
    </Group>
  )
}

function AuthorNameForm({ savedName }: { savedName: string }) {
  const [name, setName] = useState(savedName)
  const update = useUpdateSettings()
  // The saved name can change elsewhere (another window); the field follows it.
  const [lastSaved, setLastSaved] = useState(savedName)
  if (savedName !== lastSaved) {
    setLastSaved(savedName)
    setName(savedName)
  }

  function save(event: FormEvent) {
    event.preventDefault()
    update.mutate({ authorName: name.trim() })
  }

  const fieldError = fieldErrorsFor(update.error, ['authorName']).authorName
  const dirty = name.trim() !== savedName
  return (
    <form onSubmit={save} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Your name"
          description="Signs the notes you add to timelines."
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={
            fieldError ??
            (update.isError ? `Could not save: ${errorMessage(update.error)}` : undefined)
          }
          w={320}
        />
        <Button type="submit" mt={44} disabled={!dirty} loading={update.isPending}>
          Save name
        </Button>
        {update.isSuccess && !dirty && (
          <Text size="sm" c="teal" mt={50} role="status">
            Saved
          </Text>
        )}
      </Group>
    </form>
  )
}

function AppInfo() {
  const info = useAppInfo()
  if (info.isPending) return <Loading label="Loading app details…" />
  if (info.isError)
    return (
      <QueryError what="the app details" error={info.error} onRetry={() => void info.refetch()} />
    )
  const rows: [label: string, value: string, isPath: boolean][] = [
    ['Version', info.data.version, false],
    ['Data folder', info.data.dataDir, true],
    ['Database', info.data.databasePath, true],
    ['Running as', info.data.mode === 'electron' ? 'Desktop app' : 'Browser mode', false],
  ]
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false}>
      <Table.Tbody>
        {rows.map(([label, value, isPath]) => (
          <Table.Tr key={label}>
            <Table.Th w={140}>{label}</Table.Th>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {isPath ? (
                  <Code style={{ overflowWrap: 'anywhere' }}>{value}</Code>
                ) : (
                  <Text size="sm">{value}</Text>
                )}
                {label === 'Data folder' && (
                  <CopyButton value={value}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="subtle" onClick={copy}>
                        {copied ? 'Copied' : 'Copy path'}
                      </Button>
                    )}
                  </CopyButton>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

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
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../app/PageTitle'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { describeZone, displayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { LanguageControl, ThemeControl, TimeZoneControl } from './AppearanceControls'
import { useUpdateSettings } from './mutations'
import { useAppInfo, useSettings } from './queries'
import { BackupsPanel } from '../backups/BackupsPanel'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  const settings = useSettings()
  const now = useNow(60_000)
  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>{t('title')}</PageTitle>
      {settings.isPending ? (
        <Loading label={t('loading')} />
      ) : settings.isError ? (
        <QueryError
          what={t('what')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <>
          <Section title={t('appearance')}>
            <Setting label={t('theme.label')} help={t('theme.help')}>
              <ThemeControl size="sm" />
            </Setting>
            <Setting
              label={t('timeZone.label')}
              help={t('timeZone.help', { zone: describeZone(now, displayZone('local')) })}
            >
              <TimeZoneControl size="sm" showZoneName={false} />
            </Setting>
            <Setting label={t('language.label')} help={t('language.help')}>
              <LanguageControl size="sm" />
            </Setting>
          </Section>
          <Section title={t('you')}>
            <AuthorNameForm savedName={settings.data.authorName} />
          </Section>
        </>
      )}
      <BackupsPanel />
      <Section title={t('about.title')}>
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
  const { t } = useTranslation('settings')
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
          label={t('author.label')}
          description={t('author.description')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={
            fieldError ??
            (update.isError
              ? t('author.saveFailed', { reason: errorMessage(update.error) })
              : undefined)
          }
          w={320}
        />
        <Button type="submit" mt={44} disabled={!dirty} loading={update.isPending}>
          {t('author.save')}
        </Button>
        {update.isSuccess && !dirty && (
          <Text size="sm" c="teal" mt={50} role="status">
            {t('author.saved')}
          </Text>
        )}
      </Group>
    </form>
  )
}

function AppInfo() {
  const { t } = useTranslation('settings')
  const info = useAppInfo()
  if (info.isPending) return <Loading label={t('about.loading')} />
  if (info.isError)
    return (
      <QueryError what={t('about.what')} error={info.error} onRetry={() => void info.refetch()} />
    )
  const rows: [label: string, value: string, isPath: boolean][] = [
    [t('about.version'), info.data.version, false],
    [t('about.dataFolder'), info.data.dataDir, true],
    [t('about.database'), info.data.databasePath, true],
    [
      t('about.runningAs'),
      info.data.mode === 'electron' ? t('about.desktopApp') : t('about.browserMode'),
      false,
    ],
  ]
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false}>
      <Table.Tbody>
        {rows.map(([label, value, isPath]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {isPath ? (
                  <Code style={{ overflowWrap: 'anywhere' }}>{value}</Code>
                ) : (
                  <Text size="sm">{value}</Text>
                )}
                {value === info.data.dataDir && isPath && (
                  <CopyButton value={value}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="subtle" onClick={copy}>
                        {copied ? t('about.copied') : t('about.copyPath')}
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

import { useState } from 'react'
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DataSourceView } from '../../../../shared/contract/datasources'
import { PageTitle } from '../../app/PageTitle'
import { errorMessage } from '../../bridge'
import { formatNumber } from '../../i18n/format'
import { wordMessage } from '../../i18n/messages'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { DataSourceForm } from './DataSourceForm'
import { useDataSources, useDeleteDataSource, useSecretsInfo, useTestDataSource } from './queries'

/** Where Firebreak reads metrics, alerts and traces from. Secrets never come back to the screen. */
export function DataSourcesPage() {
  const { t } = useTranslation('dataSources')
  const sources = useDataSources()
  const [editing, setEditing] = useState<DataSourceView | 'new' | null>(null)
  return (
    <Stack gap="md" maw={860}>
      <Group justify="space-between" align="center">
        <PageTitle>{t('title')}</PageTitle>
        <Button onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" maw={680}>
        {t('intro')}
      </Text>
      <SecretsWarning />
      {editing !== null && (
        <DataSourceForm
          key={editing === 'new' ? 'new' : editing.id}
          source={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {sources.isPending ? (
        <Loading label={t('loading')} />
      ) : sources.isError ? (
        <QueryError what={t('what')} error={sources.error} onRetry={() => void sources.refetch()} />
      ) : sources.data.length === 0 && editing === null ? (
        <EmptyState
          title={t('empty.title')}
          action={
            <Button variant="light" onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          }
        >
          {t('empty.body')}
        </EmptyState>
      ) : (
        sources.data.map((source) => (
          <SourceCard key={source.id} source={source} onEdit={() => setEditing(source)} />
        ))
      )}
    </Stack>
  )
}

function SecretsWarning() {
  const { t } = useTranslation('dataSources')
  const info = useSecretsInfo()
  if (!info.data?.warning) return null
  return (
    <Alert color="yellow" variant="light" title={t('secretsWarning')}>
      {wordMessage(info.data.warningText, info.data.warning)}
    </Alert>
  )
}

function describeAuth(source: DataSourceView, t: TFunction<'dataSources'>): string {
  const { auth } = source
  if (auth.type === 'basic')
    return t(auth.hasPassword ? 'auth.basicSet' : 'auth.basicNotSet', { username: auth.username })
  if (auth.type === 'bearer') return t(auth.hasToken ? 'auth.bearerSet' : 'auth.bearerNotSet')
  return t('auth.none')
}

/** "Basic as “ana”, password set · timeout 30 s · headers: X-Scope-OrgID set" */
function describeSource(source: DataSourceView, t: TFunction<'dataSources'>): string {
  const headers = source.headers.map((h) =>
    t(h.hasValue ? 'card.headerSet' : 'card.headerNotSet', { name: h.name }),
  )
  const parts = [
    describeAuth(source, t),
    t('card.timeout', { seconds: formatNumber(source.timeoutMs / 1000, 3) }),
  ]
  if (headers.length > 0) parts.push(t('card.headers', { list: headers.join(', ') }))
  return parts.join(' · ')
}

function SourceCard({ source, onEdit }: { source: DataSourceView; onEdit: () => void }) {
  const { t } = useTranslation('dataSources')
  const test = useTestDataSource()
  const remove = useDeleteDataSource()
  const [confirming, setConfirming] = useState(false)
  return (
    <Paper withBorder p="md" component="article" aria-label={source.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700}>{source.name}</Text>
              <Badge variant="light" radius="sm" tt="none">
                {t(`kind.${source.kind}`)}
              </Badge>
            </Group>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {source.url}
            </Text>
            <Text size="xs" c="dimmed">
              {describeSource(source, t)}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              loading={test.isPending}
              onClick={() => test.mutate(source.id)}
            >
              {t('card.test')}
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('card.edit')}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t('card.remove')}
            </Button>
          </Group>
        </Group>
        <TestResult test={test} />
        {confirming && (
          <Alert
            color="red"
            variant="light"
            role="alertdialog"
            aria-label={t('card.removeDialog', { name: source.name })}
          >
            <Group justify="space-between">
              <Text size="sm">{t('card.removeText', { name: source.name })}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(source.id)}
                >
                  {t('card.removeConfirm', { name: source.name })}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  {t('card.keep')}
                </Button>
              </Group>
            </Group>
            {remove.isError && (
              <Text size="sm" c="red">
                {errorMessage(remove.error)}.
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

function TestResult({ test }: { test: ReturnType<typeof useTestDataSource> }) {
  const { t } = useTranslation('dataSources')
  if (test.isIdle || test.isPending) return null
  const ok = test.isSuccess && test.data.ok
  const message = test.isError
    ? errorMessage(test.error)
    : wordMessage(test.data?.text, test.data?.message ?? '')
  return (
    <Alert color={ok ? 'green' : 'red'} variant="light" role="status" p="xs">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t(ok ? 'card.connected' : 'card.connectionFailed', { message })}
      </Text>
    </Alert>
  )
}

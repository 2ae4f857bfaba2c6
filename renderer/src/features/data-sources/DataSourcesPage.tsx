import { useState } from 'react'
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { DataSourceView } from '../../../../shared/contract/datasources'
import { PageTitle } from '../../app/PageTitle'
import { errorMessage } from '../../bridge'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { DataSourceForm } from './DataSourceForm'
import { useDataSources, useDeleteDataSource, useSecretsInfo, useTestDataSource } from './queries'

const KIND_LABELS: Record<DataSourceView['kind'], string> = {
  prometheus: 'Prometheus',
  alertmanager: 'Alertmanager',
  jaeger: 'Jaeger',
}

/** Where Firebreak reads metrics, alerts and traces from. Secrets never come back to the screen. */
export function DataSourcesPage() {
  const sources = useDataSources()
  const [editing, setEditing] = useState<DataSourceView | 'new' | null>(null)
  return (
    <Stack gap="md" maw={860}>
      <Group justify="space-between" align="center">
        <PageTitle>Data sources</PageTitle>
        <Button onClick={() => setEditing('new')} disabled={editing === 'new'}>
          Add data source
        </Button>
      </Group>
      <Text size="sm" c="dimmed" maw={680}>
        Prometheus for metrics and alerts, Alertmanager for silences, Jaeger for traces. Firebreak
        asks them from this machine; what you pin to an incident is kept here in full.
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
        <Loading label="Loading data sources…" />
      ) : sources.isError ? (
        <QueryError
          what="the data sources"
          error={sources.error}
          onRetry={() => void sources.refetch()}
        />
      ) : sources.data.length === 0 && editing === null ? (
        <EmptyState
          title="No data sources yet"
          action={
            <Button variant="light" onClick={() => setEditing('new')}>
              Add data source
            </Button>
          }
        >
          Add your Prometheus to see alerts, run queries and health checks, and pin charts to
          incidents.
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
  const info = useSecretsInfo()
  if (!info.data?.warning) return null
  return (
    <Alert color="yellow" variant="light" title="Secrets are not encrypted in browser mode">
      {info.data.warning}
    </Alert>
  )
}

function describeAuth(source: DataSourceView): string {
  const { auth } = source
  if (auth.type === 'basic')
    return `Basic as “${auth.username}”, password ${auth.hasPassword ? 'set' : 'not set'}`
  if (auth.type === 'bearer') return `Bearer token ${auth.hasToken ? 'set' : 'not set'}`
  return 'No authentication'
}

function SourceCard({ source, onEdit }: { source: DataSourceView; onEdit: () => void }) {
  const test = useTestDataSource()
  const remove = useDeleteDataSource()
  const [confirming, setConfirming] = useState(false)
  const headers = source.headers.map((h) => `${h.name} ${h.hasValue ? 'set' : 'not set'}`)
  return (
    <Paper withBorder p="md" component="article" aria-label={source.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700}>{source.name}</Text>
              <Badge variant="light" radius="sm" tt="none">
                {KIND_LABELS[source.kind]}
              </Badge>
            </Group>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {source.url}
            </Text>
            <Text size="xs" c="dimmed">
              {describeAuth(source)} · timeout {source.timeoutMs / 1000} s
              {headers.length > 0 && ` · headers: ${headers.join(', ')}`}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              loading={test.isPending}
              onClick={() => test.mutate(source.id)}
            >
              Test connection
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              Edit
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Remove
            </Button>
          </Group>
        </Group>
        <TestResult test={test} />
        {confirming && (
          <Alert
            color="red"
            variant="light"
            role="alertdialog"
            aria-label={`Remove ${source.name}?`}
          >
            <Group justify="space-between">
              <Text size="sm">
                Remove “{source.name}” and its stored secrets? Charts already pinned stay.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(source.id)}
                >
                  Remove {source.name}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  Keep it
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
  if (test.isIdle || test.isPending) return null
  const ok = test.isSuccess && test.data.ok
  const message = test.isError ? errorMessage(test.error) : (test.data?.message ?? '')
  return (
    <Alert color={ok ? 'green' : 'red'} variant="light" role="status" p="xs">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {ok ? '✓ ' : 'Connection failed: '}
        {message}
      </Text>
    </Alert>
  )
}

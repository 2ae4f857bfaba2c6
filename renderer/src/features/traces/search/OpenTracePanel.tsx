import { useRef, useState, type DragEvent, type FormEvent } from 'react'
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../bridge'
import { useImportTrace } from '../mutations'
import { tracesHref, type TraceRef } from '../trace-route'

interface OpenTracePanelProps {
  incidentId: string | null
  sourceId: string | undefined
}

function go(incidentId: string | null, ref: TraceRef) {
  window.location.hash = tracesHref(incidentId, ref)
}

/** Open a trace by its ID from Jaeger, or from a file (picker or drag and drop). */
export function OpenTracePanel({ incidentId, sourceId }: OpenTracePanelProps) {
  const { t } = useTranslation('traces')
  const [traceId, setTraceId] = useState('')
  const [idError, setIdError] = useState<string | null>(null)

  function openById(event: FormEvent) {
    event.preventDefault()
    const id = traceId.trim()
    if (!sourceId) return setIdError(t('open.noSource'))
    if (id === '') return setIdError(t('open.emptyId'))
    if (/[\s/?#%]/.test(id)) return setIdError(t('open.badId'))
    setIdError(null)
    go(incidentId, { kind: 'jaeger', sourceId, traceId: id })
  }

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <form onSubmit={openById} noValidate aria-label={t('open.byIdLabel')}>
          <Stack gap="xs">
            <Title order={2} size="h5">
              {t('open.byIdTitle')}
            </Title>
            <TextInput
              label={t('open.traceId')}
              placeholder={t('open.traceIdPlaceholder')}
              value={traceId}
              onChange={(event) => setTraceId(event.currentTarget.value)}
              error={idError}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Group>
              <Button type="submit" variant="light">
                {t('open.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ImportDropZone incidentId={incidentId} />
    </Stack>
  )
}

function ImportDropZone({ incidentId }: { incidentId: string | null }) {
  const { t } = useTranslation('traces')
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const importTrace = useImportTrace()

  function open(file: File | undefined) {
    if (!file) return
    importTrace.mutate(file, { onSuccess: (ref) => go(incidentId, ref) })
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    open(event.dataTransfer.files[0])
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
      }}
      data-testid="trace-drop-zone"
    >
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('open.fromFile')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('open.fileHelp')}
        </Text>
        <input
          ref={input}
          type="file"
          accept=".json,.ndjson,.jsonl,.txt,application/json"
          hidden
          aria-label={t('open.fileLabel')}
          onChange={(event) => {
            open(event.currentTarget.files?.[0])
            event.currentTarget.value = ''
          }}
        />
        <Group>
          <Button
            variant="light"
            loading={importTrace.isPending}
            onClick={() => input.current?.click()}
          >
            {t('open.import')}
          </Button>
        </Group>
        {importTrace.isPending && (
          <Text size="sm" role="status">
            {t('open.reading')}
          </Text>
        )}
        {importTrace.isError && (
          <Alert color="red" variant="light" role="alert" title={t('open.importFailed')}>
            {errorMessage(importTrace.error)}.
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

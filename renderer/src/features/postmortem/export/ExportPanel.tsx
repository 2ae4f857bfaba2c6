import { useState } from 'react'
import { Alert, Anchor, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../../bridge'
import { downloadBase64 } from '../../bundles/files'
import { RedactionPanel } from './RedactionPanel'
import { useCheckedRedaction } from './redaction-store'
import { useCopyMarkdown, useExportMarkdown, type MarkdownExport } from './use-export'

function redactionSummary(options: ReturnType<typeof useCheckedRedaction>['options']): string {
  const parts = [
    options.secrets && 'secrets',
    options.emails && 'e-mails',
    options.ipAddresses && 'IP addresses',
    options.customPatterns.length > 0 &&
      `${options.customPatterns.length} pattern${options.customPatterns.length === 1 ? '' : 's'}`,
  ].filter(Boolean)
  return parts.length === 0 ? 'Nothing is redacted' : `Redacting ${parts.join(', ')}`
}

/** Export and copy, with the redaction they apply one click away. */
export function ExportPanel({ incidentId }: { incidentId: string }) {
  const checked = useCheckedRedaction()
  const exportMarkdown = useExportMarkdown(incidentId, checked.options)
  const copy = useCopyMarkdown(incidentId, checked.options)
  const [redactionOpen, setRedactionOpen] = useState(false)
  const blocked = checked.problems.length > 0
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            onClick={() => {
              copy.reset()
              exportMarkdown.mutate()
            }}
            loading={exportMarkdown.isPending}
            disabled={blocked}
          >
            Export Markdown
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              exportMarkdown.reset()
              copy.mutate()
            }}
            loading={copy.isPending}
            disabled={blocked}
          >
            Copy as Markdown
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setRedactionOpen((open) => !open)}
            aria-expanded={redactionOpen}
            aria-controls="postmortem-redaction"
          >
            {redactionOpen ? 'Hide redaction' : 'Redaction…'}
          </Button>
          <Text size="xs" c={blocked ? 'red' : 'dimmed'}>
            {blocked ? 'A redaction pattern needs fixing' : redactionSummary(checked.options)}
          </Text>
        </Group>
        <ExportOutcome exportMarkdown={exportMarkdown} copy={copy} />
        <Collapse expanded={redactionOpen} id="postmortem-redaction">
          <RedactionPanel incidentId={incidentId} />
        </Collapse>
      </Stack>
    </Paper>
  )
}

interface ExportOutcomeProps {
  exportMarkdown: ReturnType<typeof useExportMarkdown>
  copy: ReturnType<typeof useCopyMarkdown>
}

/** What the last export or copy did, or why it did nothing. */
function ExportOutcome({ exportMarkdown, copy }: ExportOutcomeProps) {
  if (exportMarkdown.isError || copy.isError) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        <Text size="sm">
          {errorMessage(exportMarkdown.error ?? copy.error)}. Nothing was exported.
        </Text>
      </Alert>
    )
  }
  if (exportMarkdown.isSuccess) return <ExportResult result={exportMarkdown.data} />
  if (!copy.isSuccess) return null
  return (
    <Text size="sm" role="status">
      Copied the Markdown ({copy.data.characters.toLocaleString('en')} characters) to the clipboard.
    </Text>
  )
}

function ExportResult({ result }: { result: MarkdownExport }) {
  if (result.kind === 'cancelled') {
    return (
      <Text size="sm" role="status">
        Export cancelled: no folder was chosen, nothing was written.
      </Text>
    )
  }
  if (result.kind === 'folder') {
    return (
      <Text size="sm" role="status">
        Wrote {result.markdownPath}
        {result.evidenceDir ? ` and the evidence folder ${result.evidenceDir}` : ''} ({result.files}{' '}
        file{result.files === 1 ? '' : 's'}).
      </Text>
    )
  }
  const { zipName, zipBase64 } = result
  return (
    <Text size="sm" role="status">
      Downloaded {result.fileName}
      {zipName && zipBase64 ? (
        <>
          {' '}
          and {zipName} ({result.evidenceFiles} evidence file
          {result.evidenceFiles === 1 ? '' : 's'}; unzip it beside the Markdown file).{' '}
          <Anchor
            component="button"
            size="sm"
            onClick={() => downloadBase64(zipName, zipBase64, 'application/zip')}
          >
            Download the evidence zip again
          </Anchor>
        </>
      ) : (
        '. The postmortem keeps no evidence, so there is no evidence folder.'
      )}
    </Text>
  )
}

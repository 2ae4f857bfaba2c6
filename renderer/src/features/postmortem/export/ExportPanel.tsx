import { useState } from 'react'
import { Alert, Anchor, Button, Checkbox, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { errorMessage } from '../../../bridge'
import { formatNumber } from '../../../i18n/format'
import { downloadBase64 } from '../../bundles/files'
import { useExportOptions } from './export-options-store'
import { RedactionPanel } from './RedactionPanel'
import { useCheckedRedaction } from './redaction-store'
import { useCopyMarkdown, useExportMarkdown, type MarkdownExport } from './use-export'

function redactionSummary(
  options: ReturnType<typeof useCheckedRedaction>['options'],
  t: TFunction<'postmortem'>,
): string {
  const patterns = options.customPatterns.length
  const parts = [
    options.secrets && t('export.redactSecrets'),
    options.emails && t('export.redactEmails'),
    options.ipAddresses && t('export.redactIps'),
    patterns > 0 && t('export.redactPatterns', { count: patterns, shown: formatNumber(patterns) }),
  ].filter(Boolean)
  return parts.length === 0
    ? t('export.nothingRedacted')
    : t('export.redacting', { list: parts.join(', ') })
}

/** Export and copy, with the redaction they apply one click away. */
export function ExportPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  const checked = useCheckedRedaction()
  const { includeReviewComments, setIncludeReviewComments } = useExportOptions()
  const options = { redaction: checked.options, includeReviewComments }
  const exportMarkdown = useExportMarkdown(incidentId, options)
  const copy = useCopyMarkdown(incidentId, options)
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
            {t('export.markdown')}
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
            {t('export.copy')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setRedactionOpen((open) => !open)}
            aria-expanded={redactionOpen}
            aria-controls="postmortem-redaction"
          >
            {redactionOpen ? t('export.hideRedaction') : t('export.showRedaction')}
          </Button>
          <Text size="xs" c={blocked ? 'red' : 'dimmed'}>
            {blocked ? t('export.patternNeedsFixing') : redactionSummary(checked.options, t)}
          </Text>
        </Group>
        <Checkbox
          size="xs"
          label={t('export.includeComments')}
          description={t('export.includeCommentsHint')}
          checked={includeReviewComments}
          onChange={(event) => setIncludeReviewComments(event.currentTarget.checked)}
        />
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
  const { t } = useTranslation('postmortem')
  if (exportMarkdown.isError || copy.isError) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        <Text size="sm">
          {t('export.failed', { reason: errorMessage(exportMarkdown.error ?? copy.error) })}
        </Text>
      </Alert>
    )
  }
  if (exportMarkdown.isSuccess) return <ExportResult result={exportMarkdown.data} />
  if (!copy.isSuccess) return null
  const { characters } = copy.data
  return (
    <Text size="sm" role="status">
      {t('export.copied', { count: characters, shown: formatNumber(characters) })}
    </Text>
  )
}

function ExportResult({ result }: { result: MarkdownExport }) {
  const { t } = useTranslation('postmortem')
  if (result.kind === 'cancelled') {
    return (
      <Text size="sm" role="status">
        {t('export.cancelled')}
      </Text>
    )
  }
  if (result.kind === 'folder') {
    const counted = {
      path: result.markdownPath,
      count: result.files,
      shown: formatNumber(result.files),
    }
    return (
      <Text size="sm" role="status">
        {result.evidenceDir
          ? t('export.wroteWithEvidence', { ...counted, dir: result.evidenceDir })
          : t('export.wrote', counted)}
      </Text>
    )
  }
  const { zipName, zipBase64, evidenceFiles, fileName } = result
  if (!zipName || !zipBase64) {
    return (
      <Text size="sm" role="status">
        {t('export.downloadedNoEvidence', { file: fileName })}
      </Text>
    )
  }
  return (
    <Text size="sm" role="status">
      {t('export.downloadedWithZip', {
        file: fileName,
        zip: zipName,
        count: evidenceFiles,
        shown: formatNumber(evidenceFiles),
      })}{' '}
      <Anchor
        component="button"
        size="sm"
        onClick={() => downloadBase64(zipName, zipBase64, 'application/zip')}
      >
        {t('export.downloadZipAgain')}
      </Anchor>
    </Text>
  )
}

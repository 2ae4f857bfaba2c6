import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../bridge'
import { formatNumber } from '../../i18n/format'
import { useBundleImport } from './BundleImport'
import { useExportBundle } from './mutations'

const kilobytes = (bytes: number) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`

/**
 * The whole incident as one file (timeline, runbook, hypotheses, evidence, postmortem), to move
 * it to another machine or keep it; and the way back in.
 */
export function BundleControls({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('bundles')
  const exportBundle = useExportBundle(incidentId)
  const importBundle = useBundleImport()
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('export.group')}>
        <Button
          size="xs"
          variant="default"
          loading={exportBundle.isPending}
          onClick={() => exportBundle.mutate()}
        >
          {t('export.action')}
        </Button>
        {importBundle.button}
        {exportBundle.isSuccess && (
          <Text size="xs" c="dimmed" role="status">
            {t('export.downloaded', {
              file: exportBundle.data.fileName,
              size: kilobytes(exportBundle.data.bytes),
            })}
          </Text>
        )}
        {exportBundle.isError && (
          <Text size="xs" c="red" role="alert">
            {t('export.failed', { reason: errorMessage(exportBundle.error) })}
          </Text>
        )}
      </Group>
      {importBundle.result}
    </Stack>
  )
}

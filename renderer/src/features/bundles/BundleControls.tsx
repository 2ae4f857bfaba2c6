import { Button, Group, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../bridge'
import { useBundleImport } from './BundleImport'
import { useExportBundle } from './mutations'

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`

/**
 * The whole incident as one file (timeline, runbook, hypotheses, evidence, postmortem), to move
 * it to another machine or keep it; and the way back in.
 */
export function BundleControls({ incidentId }: { incidentId: string }) {
  const exportBundle = useExportBundle(incidentId)
  const importBundle = useBundleImport()
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap" role="group" aria-label="Incident bundle">
        <Button
          size="xs"
          variant="default"
          loading={exportBundle.isPending}
          onClick={() => exportBundle.mutate()}
        >
          Export incident bundle
        </Button>
        {importBundle.button}
        {exportBundle.isSuccess && (
          <Text size="xs" c="dimmed" role="status">
            Downloaded {exportBundle.data.fileName} ({kilobytes(exportBundle.data.bytes)})
          </Text>
        )}
        {exportBundle.isError && (
          <Text size="xs" c="red" role="alert">
            Could not export the bundle: {errorMessage(exportBundle.error)}
          </Text>
        )}
      </Group>
      {importBundle.result}
    </Stack>
  )
}

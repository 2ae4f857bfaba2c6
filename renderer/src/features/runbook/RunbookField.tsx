import { NativeSelect, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../bridge'
import { useRunbookCatalog } from './queries'
import { RunbookLoadErrors } from './RunbookLoadErrors'

interface RunbookFieldProps {
  /** The chosen runbook; null keeps the default. */
  value: string | null
  onChange: (runbookId: string) => void
  error?: string
}

/** The "Runbook" select of the New incident dialog, the default preselected. */
export function RunbookField({ value, onChange, error }: RunbookFieldProps) {
  const catalog = useRunbookCatalog()
  if (catalog.isError) {
    return (
      <Text size="sm" c="dimmed">
        Could not list the runbooks ({errorMessage(catalog.error)}); the incident follows the
        default runbook.
      </Text>
    )
  }
  const runbooks = catalog.data?.runbooks ?? []
  const chosen = value ?? catalog.data?.defaultId ?? ''
  const description = runbooks.find((r) => r.id === chosen)?.description
  return (
    <Stack gap={6}>
      <NativeSelect
        label="Runbook"
        description={
          description || 'The guided steps to follow; you can switch until a step is completed.'
        }
        data={
          runbooks.length
            ? runbooks.map((r) => ({
                value: r.id,
                label: `${r.name}${r.isDefault ? ' (default)' : ''} · ${r.steps.length} steps`,
              }))
            : [
                {
                  value: '',
                  label: catalog.isPending ? 'Loading runbooks…' : 'No runbook available',
                },
              ]
        }
        value={chosen}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={runbooks.length === 0}
        error={error}
      />
      <RunbookLoadErrors errors={catalog.data?.errors ?? []} />
    </Stack>
  )
}

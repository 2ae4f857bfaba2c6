import { NativeSelect, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../bridge'
import { useRunbookCatalog } from './queries'
import { RunbookLoadErrors } from './RunbookLoadErrors'
import { localizedRunbookDescription, localizedRunbookName } from './step-text'

interface RunbookFieldProps {
  /** The chosen runbook; null keeps the default. */
  value: string | null
  onChange: (runbookId: string) => void
  error?: string
}

/** The "Runbook" select of the New incident dialog, the default preselected. */
export function RunbookField({ value, onChange, error }: RunbookFieldProps) {
  const { t } = useTranslation('runbook')
  const catalog = useRunbookCatalog()
  if (catalog.isError) {
    return (
      <Text size="sm" c="dimmed">
        {t('field.listFailed', { reason: errorMessage(catalog.error) })}
      </Text>
    )
  }
  const runbooks = catalog.data?.runbooks ?? []
  const chosen = value ?? catalog.data?.defaultId ?? ''
  const picked = runbooks.find((r) => r.id === chosen)
  const description = picked && localizedRunbookDescription(picked.id, picked.description)
  return (
    <Stack gap={6}>
      <NativeSelect
        label={t('field.label')}
        description={description || t('field.description')}
        data={
          runbooks.length
            ? runbooks.map((r) => ({
                value: r.id,
                label: t(r.isDefault ? 'field.optionDefault' : 'field.option', {
                  name: localizedRunbookName(r.id, r.name),
                  count: r.steps.length,
                }),
              }))
            : [
                {
                  value: '',
                  label: catalog.isPending ? t('field.loading') : t('field.none'),
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

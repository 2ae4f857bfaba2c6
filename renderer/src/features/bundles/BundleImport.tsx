import { useRef, type ReactNode } from 'react'
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/router'
import { BUNDLE_NOTHING_IMPORTED } from '../../../../shared/contract/postmortem'
import { BridgeCallError, errorMessage } from '../../bridge'
import { useImportBundle } from './mutations'

/**
 * "Import incident bundle": a file picker, then what happened or why nothing was written. The
 * button and the result are placed separately, so a page can put the result below its header.
 */
export function useBundleImport(size: 'xs' | 'sm' = 'xs'): {
  button: ReactNode
  result: ReactNode
} {
  const { t } = useTranslation('bundles')
  const input = useRef<HTMLInputElement>(null)
  const importBundle = useImportBundle()
  const button = (
    <>
      <Button
        size={size}
        variant="default"
        loading={importBundle.isPending}
        onClick={() => {
          importBundle.reset()
          input.current?.click()
        }}
      >
        {t('import.action')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        aria-label={t('import.file')}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // Cleared so picking the same file again (after fixing it) fires a change.
          event.currentTarget.value = ''
          if (file) importBundle.mutate(file)
        }}
      />
    </>
  )
  return { button, result: <BundleImportResult mutation={importBundle} /> }
}

function BundleImportResult({ mutation }: { mutation: ReturnType<typeof useImportBundle> }) {
  const { t } = useTranslation('bundles')
  if (mutation.isError) {
    const message = errorMessage(mutation.error)
    const name = mutation.variables?.name ?? t('import.theBundle')
    // The backend's refusals say so already (in the UI language); say it once.
    const error = mutation.error
    const saidAlready = error instanceof BridgeCallError && error.info === BUNDLE_NOTHING_IMPORTED
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        <Text size="sm">
          {saidAlready
            ? t('import.failed', { name, reason: message })
            : t('import.failedNothingWritten', { name, reason: message })}
        </Text>
      </Alert>
    )
  }
  if (!mutation.isSuccess) return null
  const result = mutation.data
  return (
    <Alert color="green" variant="light" role="status" p="xs">
      <Stack gap={2}>
        <Text size="sm">
          {t(`import.outcome.${result.outcome}`, {
            file: result.fileName,
            title: result.title ?? t('import.theIncident'),
          })}
        </Text>
        <Anchor href={routeHref({ name: 'incident', id: result.incidentId })} size="sm">
          {t('import.open')}
        </Anchor>
      </Stack>
    </Alert>
  )
}

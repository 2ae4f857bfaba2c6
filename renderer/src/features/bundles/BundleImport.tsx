import { useRef, type ReactNode } from 'react'
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core'
import { routeHref } from '../../app/router'
import { errorMessage } from '../../bridge'
import { useImportBundle, type ImportedBundle } from './mutations'

const OUTCOME_TEXT: Record<ImportedBundle['outcome'], string> = {
  created: 'created: it was not here before',
  updated: 'updated: the bundle had newer or additional records',
  unchanged: 'unchanged: everything in the bundle was already here',
}

/**
 * "Import incident bundle": a file picker, then what happened or why nothing was written. The
 * button and the result are placed separately, so a page can put the result below its header.
 */
export function useBundleImport(size: 'xs' | 'sm' = 'xs'): {
  button: ReactNode
  result: ReactNode
} {
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
        Import incident bundle
      </Button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        aria-label="Incident bundle file"
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
  if (mutation.isError) {
    const message = errorMessage(mutation.error)
    // The backend usually says so already; say it once.
    const assurance = /nothing was (imported|written)/i.test(message) ? '' : ' Nothing was written.'
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        <Text size="sm">
          Could not import {mutation.variables?.name ?? 'the bundle'}: {message}.{assurance}
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
          Imported {result.fileName}: “{result.title ?? 'the incident'}”{' '}
          {OUTCOME_TEXT[result.outcome]}.
        </Text>
        <Anchor href={routeHref({ name: 'incident', id: result.incidentId })} size="sm">
          Open the incident
        </Anchor>
      </Stack>
    </Alert>
  )
}

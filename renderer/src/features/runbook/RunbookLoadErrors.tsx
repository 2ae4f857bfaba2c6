import { Alert, List, Text } from '@mantine/core'
import type { RunbookLoadErrorView } from '../../../../shared/contract/runbook'

function where(error: RunbookLoadErrorView): string {
  const parts = [error.filePath || error.file]
  if (error.line !== null)
    parts.push(`line ${error.line}${error.column !== null ? `, column ${error.column}` : ''}`)
  if (error.path) parts.push(`at ${error.path}`)
  return parts.join(', ')
}

/** Runbook files that could not be loaded, each with where and why; the others still work. */
export function RunbookLoadErrors({ errors }: { errors: RunbookLoadErrorView[] }) {
  if (errors.length === 0) return null
  const count = errors.length === 1 ? 'A runbook file' : `${errors.length} runbook files`
  return (
    <Alert color="orange" variant="light" p="xs" title={`${count} could not be loaded`}>
      <List size="xs" spacing={4}>
        {errors.map((error) => (
          <List.Item key={`${error.filePath}:${error.path ?? ''}`}>
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {where(error)}
            </Text>
            <Text size="xs">{error.message}</Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={4}>
        Fix the file and open this again; the other runbooks work meanwhile.
      </Text>
    </Alert>
  )
}

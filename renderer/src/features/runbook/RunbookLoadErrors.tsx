import { Alert, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RunbookLoadErrorView } from '../../../../shared/contract/runbook'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'

function where(error: RunbookLoadErrorView): string {
  const parts = [error.filePath || error.file]
  if (error.line !== null)
    parts.push(
      error.column !== null
        ? i18n.t('runbook:loadErrors.lineColumn', { line: error.line, column: error.column })
        : i18n.t('runbook:loadErrors.line', { line: error.line }),
    )
  if (error.path) parts.push(i18n.t('runbook:loadErrors.at', { path: error.path }))
  return parts.join(', ')
}

/** Runbook files that could not be loaded, each with where and why; the others still work. */
export function RunbookLoadErrors({ errors }: { errors: RunbookLoadErrorView[] }) {
  const { t } = useTranslation('runbook')
  if (errors.length === 0) return null
  return (
    <Alert
      color="orange"
      variant="light"
      p="xs"
      title={t('loadErrors.title', { count: errors.length })}
    >
      <List size="xs" spacing={4}>
        {errors.map((error) => (
          <List.Item key={`${error.filePath}:${error.path ?? ''}`}>
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {where(error)}
            </Text>
            <Text size="xs">{wordMessage(error.text, error.message)}</Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={4}>
        {t('loadErrors.fix')}
      </Text>
    </Alert>
  )
}

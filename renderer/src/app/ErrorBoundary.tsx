import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../bridge'
import { i18n } from '../i18n'

interface ErrorBoundaryProps {
  children: ReactNode
}

interface ErrorBoundaryState {
  error: unknown
}

/** Catches a crashed screen and says so plainly; the data is in SQLite, so a reload is safe. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error ?? new Error(i18n.t('shell:crash.unknown')) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[firebreak] screen crashed', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return <CrashNotice error={this.state.error} />
  }
}

function CrashNotice({ error }: { error: unknown }) {
  const { t } = useTranslation('shell')
  return (
    <Alert color="red" variant="light" role="alert" title={t('crash.title')} m="md">
      <Stack gap="sm">
        <Text size="sm">{t('crash.explanation')}</Text>
        <Code block>{errorMessage(error)}</Code>
        <Group>
          <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
        </Group>
      </Stack>
    </Alert>
  )
}

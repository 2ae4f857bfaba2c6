import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import { errorMessage } from '../bridge'

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
    return { error: error ?? new Error('Unknown error') }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[firebreak] screen crashed', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <Alert color="red" variant="light" role="alert" title="This screen stopped working" m="md">
        <Stack gap="sm">
          <Text size="sm">
            Something went wrong while showing this screen. Your incidents and notes are saved;
            reloading brings the screen back.
          </Text>
          <Code block>{errorMessage(this.state.error)}</Code>
          <Group>
            <Button onClick={() => window.location.reload()}>Reload</Button>
          </Group>
        </Stack>
      </Alert>
    )
  }
}

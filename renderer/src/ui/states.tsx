import type { ReactNode } from 'react'
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../bridge'

interface QueryErrorProps {
  /** What failed to load, e.g. "the timeline": shown as "Could not load the timeline: ...". */
  what: string
  error: unknown
  onRetry: () => void
  children?: ReactNode
}

/** A failed load shown in place, with what failed and a way to try again. */
export function QueryError({ what, error, onRetry, children }: QueryErrorProps) {
  const { t } = useTranslation('ui')
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('states.couldNotLoad', { what, reason: errorMessage(error) })}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('states.retry')}
          </Button>
          {children}
        </Group>
      </Stack>
    </Alert>
  )
}

export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Group>
    </Center>
  )
}

interface EmptyStateProps {
  title: string
  children: ReactNode
  action?: ReactNode
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text c="dimmed" maw={460}>
        {children}
      </Text>
      {action}
    </Stack>
  )
}

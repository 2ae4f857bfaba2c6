import type { ReactNode } from 'react'
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/router'
import { errorMessage } from '../../bridge'
import { useLoadSample } from './mutations'

interface PathCardProps {
  title: string
  children: ReactNode
  action: ReactNode
}

function PathCard({ title, children, action }: PathCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-label={title}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {children}
          </Text>
        </Stack>
        {action}
      </Stack>
    </Paper>
  )
}

/**
 * What an empty incident list shows on first run: the three ways in. Declaring is for a fire
 * now, data sources for the next one, and the sample shows the whole app without a network.
 */
export function WelcomePanel({ onDeclare }: { onDeclare: () => void }) {
  const { t } = useTranslation('welcome')
  const sample = useLoadSample()
  return (
    <Stack gap="lg" py="md" component="section" aria-labelledby="welcome-heading">
      <Stack gap={6} maw={720}>
        <Title order={2} size="h3" id="welcome-heading">
          {t('title')}
        </Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <PathCard
          title={t('declare.title')}
          action={<Button onClick={onDeclare}>{t('declare.action')}</Button>}
        >
          {t('declare.text')}
        </PathCard>
        <PathCard
          title={t('connect.title')}
          action={
            <Button component="a" href={routeHref({ name: 'data-sources' })} variant="default">
              {t('connect.action')}
            </Button>
          }
        >
          {t('connect.text')}
        </PathCard>
        <PathCard
          title={t('sample.title')}
          action={
            <Button variant="light" onClick={() => sample.mutate()} loading={sample.isPending}>
              {t('sample.action')}
            </Button>
          }
        >
          {t('sample.text')}
        </PathCard>
      </SimpleGrid>
      {sample.isError && (
        <Alert color="red" variant="light" role="alert" title={t('sample.failedTitle')}>
          {t('sample.failed', { reason: errorMessage(sample.error) })}
        </Alert>
      )}
    </Stack>
  )
}

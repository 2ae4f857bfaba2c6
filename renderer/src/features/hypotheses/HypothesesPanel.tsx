import { useState } from 'react'
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../ui/states'
import { useTimeline } from '../timeline/queries'
import { AddHypothesisForm } from './AddHypothesisForm'
import { HypothesisCard } from './HypothesisCard'
import { useHypotheses } from './queries'

/** What responders think is going on, and what they have ruled out, with why. */
export function HypothesesPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('hypotheses')
  const hypotheses = useHypotheses(incidentId)
  const timeline = useTimeline(incidentId)
  const [adding, setAdding] = useState(false)
  const list = hypotheses.data ?? []
  const counts = (['open', 'confirmed', 'ruled_out'] as const)
    .map((status) => [status, list.filter((h) => h.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => t(`panel.counts.${status}`, { count }))

  return (
    <section aria-labelledby="hypotheses-heading">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs" align="baseline">
            <Title order={2} size="h4" id="hypotheses-heading">
              {t('panel.title')}
            </Title>
            {counts.length > 0 && (
              <Text size="xs" c="dimmed">
                {counts.join(' · ')}
              </Text>
            )}
          </Group>
          {!adding && (
            <Button size="xs" variant="light" onClick={() => setAdding(true)}>
              {t('panel.add')}
            </Button>
          )}
        </Group>
        {adding && <AddHypothesisForm incidentId={incidentId} onDone={() => setAdding(false)} />}
        {hypotheses.isError ? (
          <QueryError
            what={t('panel.what')}
            error={hypotheses.error}
            onRetry={() => void hypotheses.refetch()}
          />
        ) : list.length === 0 && !adding && hypotheses.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t('panel.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((hypothesis) => (
              <HypothesisCard
                key={hypothesis.id}
                hypothesis={hypothesis}
                events={timeline.data ?? []}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  )
}

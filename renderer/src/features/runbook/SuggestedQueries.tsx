import { useState } from 'react'
import { Box, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SuggestedQueryChart } from '../query/runbook-hooks'
import classes from './Runbook.module.css'
import type { StepView } from './step-state'

interface SuggestedQueriesProps {
  step: StepView
  incidentId: string
  /** A Prometheus source is configured: each query gets a Run that charts it here. */
  canRun: boolean
}

/** The step's PromQL suggestions: run one to chart it over the incident, or copy it. */
export function SuggestedQueries({ step, incidentId, canRun }: SuggestedQueriesProps) {
  const { t } = useTranslation('runbook')
  const queries = step.suggestedQueries.flatMap((query, index) =>
    query.kind === 'promql'
      ? [{ query: query.query, title: query.title ?? t('suggested.untitled'), index }]
      : [],
  )
  if (queries.length === 0) return null
  return (
    <Box>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {t('suggested.heading')}
      </Text>
      <Stack gap="sm">
        {queries.map((query) => (
          <SuggestedQuery key={query.index} incidentId={incidentId} canRun={canRun} {...query} />
        ))}
      </Stack>
    </Box>
  )
}

interface SuggestedQueryProps {
  incidentId: string
  query: string
  title: string
  canRun: boolean
}

function SuggestedQuery({ incidentId, query, title, canRun }: SuggestedQueryProps) {
  const { t } = useTranslation('runbook')
  // When Run was pressed; null while the chart is hidden.
  const [ranAtMs, setRanAtMs] = useState<number | null>(null)
  const running = ranAtMs !== null && canRun
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={600}>
          {title}
        </Text>
        <Group gap={4} wrap="nowrap">
          {canRun && (
            <Button
              size="compact-xs"
              variant={running ? 'subtle' : 'light'}
              onClick={() => setRanAtMs(running ? null : Date.now())}
              aria-label={t(running ? 'suggested.hideLabel' : 'suggested.runLabel', { title })}
              aria-expanded={running}
            >
              {running ? t('suggested.hide') : t('suggested.run')}
            </Button>
          )}
          <CopyButton value={query}>
            {({ copied, copy }) => (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={copy}
                aria-label={t('suggested.copyLabel', { title })}
              >
                {copied ? t('suggested.copied') : t('suggested.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Group>
      <Code block className={classes.query}>
        {query}
      </Code>
      {running && <SuggestedQueryChart incidentId={incidentId} query={query} ranAtMs={ranAtMs} />}
    </Stack>
  )
}

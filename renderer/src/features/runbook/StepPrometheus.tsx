// The Prometheus side of a step: the alert's graph when confirming it, the health-check packs the
// step names as a grid of small charts, and its suggested queries with Run. Without a Prometheus
// source the step says so and links to Data sources instead.
import type { ReactNode } from 'react'
import { Anchor, Box, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { routeHref } from '../../app/router'
import { useIncident } from '../incidents/queries'
import {
  AlertExpressionChart,
  StepHealthChecks,
  useHasPrometheusSource,
} from '../query/runbook-hooks'
import type { StepView } from './step-state'
import { SuggestedQueries } from './SuggestedQueries'

/** Steps that confirm the alert, in the shipped runbooks: they graph the alert's expression. */
const ALERT_STEP_IDS = new Set(['confirm-alert', 'confirm'])

export const confirmsAlert = (step: StepView) => ALERT_STEP_IDS.has(step.id)

export function packsOf(step: StepView): string[] {
  return step.suggestedQueries.flatMap((query) => (query.kind === 'pack' ? [query.pack] : []))
}

export function SectionLabel({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4} id={id}>
      {children}
    </Text>
  )
}

/** Why there is no chart here, and where to add the source that would draw it. */
export function NoPrometheusSource() {
  const { t } = useTranslation('runbook')
  return (
    <Text size="sm" c="dimmed" role="note">
      <Trans
        t={t}
        i18nKey="prometheus.noSource"
        components={{ add: <Anchor href={routeHref({ name: 'data-sources' })} size="sm" /> }}
      />
    </Text>
  )
}

/** For "Confirm the alert": the alert's expression around when it became active. */
export function StepAlertGraph({ step, incidentId }: { step: StepView; incidentId: string }) {
  const { t } = useTranslation('runbook')
  const hasSource = useHasPrometheusSource()
  if (!confirmsAlert(step)) return null
  return (
    <Box>
      <SectionLabel>{t('prometheus.alertGraph')}</SectionLabel>
      {hasSource ? <AlertExpressionChart incidentId={incidentId} /> : <NoPrometheusSource />}
    </Box>
  )
}

/** Health checks and suggested queries, after the step's actions. */
export function StepMetrics({ step, incidentId }: { step: StepView; incidentId: string }) {
  const { t } = useTranslation('runbook')
  const hasSource = useHasPrometheusSource()
  const incident = useIncident(incidentId).data
  const packIds = packsOf(step)
  // The alert graph above already said there is no source.
  const sayNoSource = !hasSource && !confirmsAlert(step) && step.suggestedQueries.length > 0
  return (
    <>
      {sayNoSource && <NoPrometheusSource />}
      {packIds.length > 0 && hasSource && incident && (
        <Box>
          <SectionLabel>{t('prometheus.healthChecks')}</SectionLabel>
          <StepHealthChecks incident={incident} packIds={packIds} stepId={step.id} />
        </Box>
      )}
      <SuggestedQueries step={step} incidentId={incidentId} canRun={hasSource} />
    </>
  )
}

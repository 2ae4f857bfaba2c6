import { lazy, Suspense } from 'react'
import { Group, Paper, Tabs, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import { Loading } from '../../ui/states'
import { SourceSelect } from '../data-sources/SourceSelect'
import { useEvidenceList } from '../evidence/queries'
import { SloImpactPanel } from '../slo/SloImpactPanel'
import { METRICS_SECTION_ID } from './runbook-hooks'
import { METRICS_TABS, useMetricsStore, type MetricsTab } from './store'

// uPlot and CodeMirror load only when a tab that draws or edits is opened.
const QueryPanel = lazy(() => import('./QueryPanel'))
const HealthCheckGrid = lazy(() =>
  import('../health-checks/HealthCheckGrid').then((module) => ({
    default: module.HealthCheckGrid,
  })),
)
const EvidenceList = lazy(() =>
  import('../evidence/EvidenceList').then((module) => ({ default: module.EvidenceList })),
)

/** The incident's metrics: SLO impact, PromQL queries, health checks and pinned evidence. */
export function IncidentMetrics({ incident }: { incident: Incident }) {
  const { t } = useTranslation('query')
  const tab = useMetricsStore((state) => state.tabs[incident.id]) ?? 'query'
  const setTab = useMetricsStore((state) => state.setTab)
  const evidence = useEvidenceList(incident.id)
  const count = evidence.data?.length ?? 0
  return (
    <section
      id={METRICS_SECTION_ID}
      aria-labelledby="metrics-heading"
      style={{ scrollMarginTop: 70 }}
    >
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id="metrics-heading">
          {t('metrics.heading')}
        </Title>
        <SourceSelect kind="prometheus" size="xs" />
      </Group>
      <Paper withBorder p="sm">
        <Tabs
          value={tab}
          onChange={(value) =>
            value &&
            METRICS_TABS.includes(value as MetricsTab) &&
            setTab(incident.id, value as MetricsTab)
          }
          keepMounted={false}
        >
          <Tabs.List mb="sm">
            <Tabs.Tab value="query">{t('metrics.tabs.query')}</Tabs.Tab>
            <Tabs.Tab value="health">{t('metrics.tabs.health')}</Tabs.Tab>
            <Tabs.Tab value="impact">{t('metrics.tabs.impact')}</Tabs.Tab>
            <Tabs.Tab value="evidence">
              {count > 0 ? t('metrics.tabs.evidenceCount', { count }) : t('metrics.tabs.evidence')}
            </Tabs.Tab>
          </Tabs.List>
          <Suspense fallback={<Loading label={t('metrics.loading')} />}>
            <Tabs.Panel value="query">
              <QueryPanel incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="health">
              <HealthCheckGrid incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="impact">
              <SloImpactPanel incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="evidence">
              <EvidenceList incidentId={incident.id} />
            </Tabs.Panel>
          </Suspense>
        </Tabs>
      </Paper>
    </section>
  )
}

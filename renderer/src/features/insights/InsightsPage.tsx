import { useMemo, useState, type ReactNode } from 'react'
import {
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InsightsReportView } from '../../../../shared/contract/insights'
import { SEVERITIES, type Severity } from '../../../../shared/domain/incident'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber, formatPercent } from '../../i18n/format'
import { ChoiceGroup } from '../../ui/ChoiceGroup'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { useLibraryFacets } from '../library/queries'
import { useNow } from '../../ui/useNow'
import { useDisplayZone } from '../settings/queries'
import { BudgetTable, DurationsTable, GroupTable } from './InsightsTables'
import { MonthlyChart } from './MonthlyChart'
import { customRange, PERIODS, periodRange, type Period } from './period'
import { useInsights } from './queries'
import { formatCompactDuration } from '../../ui/duration'
import { formatMonth } from './month-text'

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} ff="monospace">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  )
}

const percent = (rate: number | null) => (rate === null ? '–' : formatPercent(rate, 0))
const duration = (ms: number | null) => (ms === null ? '–' : formatCompactDuration(ms))

/** A titled part of the report, named by its heading for assistive technology. */
function ReportSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  )
}

function Report({ report }: { report: InsightsReportView }) {
  const { t } = useTranslation('insights')
  const zone = useDisplayZone()
  const months = report.monthly.map((m) => formatMonth(m.month))
  const { actionItems } = report
  const counts = report.monthly.map((m) => m.count)
  const resolve = report.monthly.map((m) => m.medianResolveMs)
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('figures.incidents')} value={formatNumber(report.incidentCount)} />
        <Figure
          label={t('figures.medianResolve')}
          value={duration(report.durations.resolve.median)}
          hint={t('figures.p90', { value: duration(report.durations.resolve.p90) })}
        />
        <Figure
          label={t('figures.actionItemsOpen')}
          value={formatNumber(actionItems.open)}
          hint={t('figures.overdue', { formatted: formatNumber(actionItems.overdue) })}
        />
        <Figure
          label={t('figures.actionItemsDone')}
          value={percent(actionItems.completionRate)}
          hint={t('figures.doneOfTotal', {
            done: formatNumber(actionItems.done),
            total: formatNumber(actionItems.total),
          })}
        />
      </SimpleGrid>
      <ReportSection id="trend" title={t('trend.title')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Text size="sm" fw={600}>
              {t('trend.incidents')}
            </Text>
            <MonthlyChart
              kind="bars"
              label={t('trend.incidentsLabel', {
                values: months.map((m, i) => `${m} ${formatNumber(counts[i] ?? 0)}`).join(', '),
              })}
              months={months}
              values={counts}
              format={(v) => formatNumber(v)}
            />
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('trend.resolve')}
            </Text>
            <MonthlyChart
              kind="line"
              label={t('trend.resolveLabel', {
                values: months.map((m, i) => `${m} ${duration(resolve[i] ?? null)}`).join(', '),
              })}
              months={months}
              values={resolve}
              format={(v) => formatCompactDuration(v)}
            />
          </div>
        </SimpleGrid>
      </ReportSection>
      <ReportSection id="durations" title={t('durations.title')}>
        <DurationsTable durations={report.durations} />
      </ReportSection>
      <ReportSection id="severity" title={t('bySeverity.title')}>
        <GroupTable
          label={t('bySeverity.title')}
          column={t('bySeverity.column')}
          groups={report.bySeverity}
        />
      </ReportSection>
      <ReportSection id="service" title={t('byService.title')}>
        <GroupTable
          label={t('byService.title')}
          column={t('byService.column')}
          groups={report.byService}
        />
      </ReportSection>
      <ReportSection id="budget" title={t('budget.title')}>
        <BudgetTable rows={report.topBudget} zone={zone} />
      </ReportSection>
    </Stack>
  )
}

interface Choices {
  period: Period
  custom: { from: string; to: string }
  service: string
  severity: Severity | ''
}

function Controls({ choices, onChange }: { choices: Choices; onChange: (c: Choices) => void }) {
  const { t } = useTranslation('insights')
  const services = useLibraryFacets().data?.services ?? []
  const { period, custom } = choices
  const set = (changes: Partial<Choices>) => onChange({ ...choices, ...changes })
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <ChoiceGroup
        label={t('controls.period')}
        choices={PERIODS.map((value) => ({ value, label: t(`period.${value}`) }))}
        value={period}
        onChange={(value) => set({ period: value })}
      />
      {period === 'custom' && (
        <>
          <TextInput
            label={t('controls.from')}
            type="date"
            size="xs"
            value={custom.from}
            onChange={(e) => set({ custom: { ...custom, from: e.currentTarget.value } })}
          />
          <TextInput
            label={t('controls.to')}
            type="date"
            size="xs"
            value={custom.to}
            onChange={(e) => set({ custom: { ...custom, to: e.currentTarget.value } })}
          />
        </>
      )}
      <NativeSelect
        label={t('controls.service')}
        size="xs"
        value={choices.service}
        onChange={(e) => set({ service: e.currentTarget.value })}
        data={[{ value: '', label: t('controls.allServices') }, ...services]}
      />
      <NativeSelect
        label={t('controls.severity')}
        size="xs"
        value={choices.severity}
        onChange={(e) => set({ severity: e.currentTarget.value as Severity | '' })}
        data={[{ value: '', label: t('controls.allSeverities') }, ...SEVERITIES]}
      />
    </Group>
  )
}

export function InsightsPage() {
  const { t } = useTranslation('insights')
  const [choices, setChoices] = useState<Choices>({
    period: '90d',
    custom: { from: '', to: '' },
    service: '',
    severity: '',
  })
  // Periods end with today; an hourly tick keeps "today" right across midnight.
  const now = useNow(3_600_000)
  const { period, custom, service, severity } = choices
  const range = useMemo(
    () => (period === 'custom' ? customRange(custom.from, custom.to) : periodRange(period, now)),
    [period, custom, now],
  )
  const insights = useInsights(range ? { ...range, service, severity: severity || null } : null)
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Controls choices={choices} onChange={setChoices} />
      {!range ? (
        <Text size="sm" c="dimmed">
          {t('chooseDays')}
        </Text>
      ) : insights.isPending ? (
        <Loading label={t('loading')} />
      ) : insights.isError ? (
        <QueryError
          what={t('what')}
          error={insights.error}
          onRetry={() => void insights.refetch()}
        />
      ) : insights.data.incidentCount === 0 ? (
        <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
      ) : (
        <Report report={insights.data} />
      )}
    </Stack>
  )
}

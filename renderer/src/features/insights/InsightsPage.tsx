import { useMemo, useState } from 'react'
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
import type { InsightsReportView } from '../../../../shared/contract/insights'
import { formatDuration } from '../../../../shared/domain/durations'
import { SEVERITIES, type Severity } from '../../../../shared/domain/incident'
import { PageTitle } from '../../app/PageTitle'
import { ChoiceGroup } from '../../ui/ChoiceGroup'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { useLibraryFacets } from '../library/queries'
import { useNow } from '../../ui/useNow'
import { useDisplayZone } from '../settings/queries'
import { BudgetTable, DurationsTable, GroupTable } from './InsightsTables'
import { MonthlyChart } from './MonthlyChart'
import { customRange, PERIOD_LABELS, PERIODS, periodRange, type Period } from './period'
import { useInsights } from './queries'

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

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`)
const duration = (ms: number | null) => (ms === null ? '–' : formatDuration(ms))

function Report({ report }: { report: InsightsReportView }) {
  const zone = useDisplayZone()
  const months = report.monthly.map((m) => m.month)
  const { actionItems } = report
  const counts = report.monthly.map((m) => m.count)
  const resolve = report.monthly.map((m) => m.medianResolveMs)
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="Incidents" value={report.incidentCount.toLocaleString('en')} />
        <Figure
          label="Median time to resolve"
          value={duration(report.durations.resolve.median)}
          hint={`p90 ${duration(report.durations.resolve.p90)}`}
        />
        <Figure
          label="Action items open"
          value={actionItems.open.toLocaleString('en')}
          hint={`${actionItems.overdue} overdue`}
        />
        <Figure
          label="Action items done"
          value={percent(actionItems.completionRate)}
          hint={`${actionItems.done} of ${actionItems.total}`}
        />
      </SimpleGrid>
      <section aria-labelledby="trend-heading">
        <Title order={2} size="h4" id="trend-heading" mb="xs">
          Month by month
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Text size="sm" fw={600}>
              Incidents per month
            </Text>
            <MonthlyChart
              kind="bars"
              label={`Incidents per month: ${months.map((m, i) => `${m} ${counts[i]}`).join(', ')}`}
              months={months}
              values={counts}
              format={(v) => String(Math.round(v))}
            />
          </div>
          <div>
            <Text size="sm" fw={600}>
              Median time to resolve per month
            </Text>
            <MonthlyChart
              kind="line"
              label={`Median time to resolve per month: ${months.map((m, i) => `${m} ${duration(resolve[i] ?? null)}`).join(', ')}`}
              months={months}
              values={resolve}
              format={(v) => formatDuration(v)}
            />
          </div>
        </SimpleGrid>
      </section>
      <section aria-labelledby="durations-heading">
        <Title order={2} size="h4" id="durations-heading" mb="xs">
          Key durations
        </Title>
        <DurationsTable durations={report.durations} />
      </section>
      <section aria-labelledby="severity-heading">
        <Title order={2} size="h4" id="severity-heading" mb="xs">
          By severity
        </Title>
        <GroupTable label="By severity" column="Severity" groups={report.bySeverity} />
      </section>
      <section aria-labelledby="service-heading">
        <Title order={2} size="h4" id="service-heading" mb="xs">
          By service
        </Title>
        <GroupTable label="By service" column="Service" groups={report.byService} />
      </section>
      <section aria-labelledby="budget-heading">
        <Title order={2} size="h4" id="budget-heading" mb="xs">
          Most error budget consumed
        </Title>
        <BudgetTable rows={report.topBudget} zone={zone} />
      </section>
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
  const services = useLibraryFacets().data?.services ?? []
  const { period, custom } = choices
  const set = (changes: Partial<Choices>) => onChange({ ...choices, ...changes })
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <ChoiceGroup
        label="Period"
        choices={PERIODS.map((value) => ({ value, label: PERIOD_LABELS[value] }))}
        value={period}
        onChange={(value) => set({ period: value })}
      />
      {period === 'custom' && (
        <>
          <TextInput
            label="From"
            type="date"
            size="xs"
            value={custom.from}
            onChange={(e) => set({ custom: { ...custom, from: e.currentTarget.value } })}
          />
          <TextInput
            label="To"
            type="date"
            size="xs"
            value={custom.to}
            onChange={(e) => set({ custom: { ...custom, to: e.currentTarget.value } })}
          />
        </>
      )}
      <NativeSelect
        label="Service"
        size="xs"
        value={choices.service}
        onChange={(e) => set({ service: e.currentTarget.value })}
        data={[{ value: '', label: 'All services' }, ...services]}
      />
      <NativeSelect
        label="Severity"
        size="xs"
        value={choices.severity}
        onChange={(e) => set({ severity: e.currentTarget.value as Severity | '' })}
        data={[{ value: '', label: 'All severities' }, ...SEVERITIES]}
      />
    </Group>
  )
}

export function InsightsPage() {
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
      <PageTitle>Insights</PageTitle>
      <Controls choices={choices} onChange={setChoices} />
      {!range ? (
        <Text size="sm" c="dimmed">
          Choose the first and last day of the period.
        </Text>
      ) : insights.isPending ? (
        <Loading label="Working out the insights…" />
      ) : insights.isError ? (
        <QueryError
          what="the insights"
          error={insights.error}
          onRetry={() => void insights.refetch()}
        />
      ) : insights.data.incidentCount === 0 ? (
        <EmptyState title="No incident in this period">
          Choose a longer period or another service.
        </EmptyState>
      ) : (
        <Report report={insights.data} />
      )}
    </Stack>
  )
}

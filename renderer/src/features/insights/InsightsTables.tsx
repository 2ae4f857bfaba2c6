import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InsightsReportView } from '../../../../shared/contract/insights'
import { KEY_DURATION_NAMES } from '../../../../shared/domain/durations'
import { routeHref } from '../../app/router'
import { formatNumber, formatPercent } from '../../i18n/format'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'
import { SeverityBadge } from '../incidents/badges'
import { formatCompactDuration } from '../../ui/duration'

type Durations = InsightsReportView['durations']
type Group = InsightsReportView['byService'][number]

const ms = (value: number | null) => (value === null ? '–' : formatCompactDuration(value))

/** Median and p90 of each key duration, with how many incidents had it recorded. */
export function DurationsTable({ durations }: { durations: Durations }) {
  const { t } = useTranslation('insights')
  return (
    <Table aria-label={t('durations.title')} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('durations.column')}</Table.Th>
          <Table.Th ta="right">{t('durations.median')}</Table.Th>
          <Table.Th ta="right">{t('durations.p90')}</Table.Th>
          <Table.Th ta="right">{t('durations.incidents')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {KEY_DURATION_NAMES.map((name) => (
          <Table.Tr key={name}>
            <Table.Td>{t(`durations.name.${name}`)}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {ms(durations[name].median)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {ms(durations[name].p90)}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(durations[name].count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Counts and median / p90 durations per service or per severity. */
export function GroupTable({
  label,
  column,
  groups,
}: {
  label: string
  column: string
  groups: readonly Group[]
}) {
  const { t } = useTranslation('insights')
  if (groups.length === 0) return null
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{column}</Table.Th>
            <Table.Th ta="right">{t('durations.incidents')}</Table.Th>
            {KEY_DURATION_NAMES.map((name) => (
              <Table.Th key={name} ta="right">
                {t('durations.medianP90', { name: t(`durations.short.${name}`) })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{group.key}</Table.Td>
              <Table.Td ta="right">{formatNumber(group.count)}</Table.Td>
              {KEY_DURATION_NAMES.map((name) => (
                <Table.Td key={name} ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {ms(group.durations[name].median)} / {ms(group.durations[name].p90)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

export function BudgetTable({
  rows,
  zone,
}: {
  rows: InsightsReportView['topBudget']
  zone: DisplayZone
}) {
  const { t } = useTranslation('insights')
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('budget.none')}
      </Text>
    )
  }
  return (
    <Table aria-label={t('budget.tableLabel')} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('budget.incident')}</Table.Th>
          <Table.Th>{t('budget.started')}</Table.Th>
          <Table.Th ta="right">{t('budget.consumed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.incidentId}>
            <Table.Td>
              <SeverityBadge severity={row.severity} />{' '}
              <Anchor href={routeHref({ name: 'incident', id: row.incidentId })} size="sm">
                {row.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <TimeText ms={row.startedAt} zone={zone} withDate size="sm" />
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatPercent(row.percent / 100, 1)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

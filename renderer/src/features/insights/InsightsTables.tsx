import { Anchor, Table, Text } from '@mantine/core'
import type { InsightsReportView } from '../../../../shared/contract/insights'
import { formatDuration, KEY_DURATION_NAMES } from '../../../../shared/domain/durations'
import { routeHref } from '../../app/router'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'
import { SeverityBadge } from '../incidents/badges'

type Durations = InsightsReportView['durations']
type Group = InsightsReportView['byService'][number]

export const DURATION_LABELS = {
  detect: 'Time to detect',
  acknowledge: 'Time to acknowledge',
  mitigate: 'Time to mitigate',
  resolve: 'Time to resolve',
} as const

const ms = (value: number | null) => (value === null ? '–' : formatDuration(value))

/** Median and p90 of each key duration, with how many incidents had it recorded. */
export function DurationsTable({ durations }: { durations: Durations }) {
  return (
    <Table aria-label="Key durations" withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Duration</Table.Th>
          <Table.Th ta="right">Median</Table.Th>
          <Table.Th ta="right">p90</Table.Th>
          <Table.Th ta="right">Incidents</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {KEY_DURATION_NAMES.map((name) => (
          <Table.Tr key={name}>
            <Table.Td>{DURATION_LABELS[name]}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {ms(durations[name].median)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {ms(durations[name].p90)}
            </Table.Td>
            <Table.Td ta="right">{durations[name].count}</Table.Td>
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
  if (groups.length === 0) return null
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{column}</Table.Th>
            <Table.Th ta="right">Incidents</Table.Th>
            {KEY_DURATION_NAMES.map((name) => (
              <Table.Th key={name} ta="right">
                {DURATION_LABELS[name].replace('Time to ', 'To ')} (median / p90)
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{group.key}</Table.Td>
              <Table.Td ta="right">{group.count}</Table.Td>
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
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No postmortem in this period records the error budget its incident consumed (Impact
        section).
      </Text>
    )
  }
  return (
    <Table aria-label="Incidents that consumed the most error budget" withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Incident</Table.Th>
          <Table.Th>Started</Table.Th>
          <Table.Th ta="right">Budget consumed</Table.Th>
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
              {row.percent.toLocaleString('en', { maximumFractionDigits: 1 })}%
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

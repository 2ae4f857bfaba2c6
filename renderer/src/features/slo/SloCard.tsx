import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import type { SloEvaluation } from '../../../../shared/contract/slo'
import { BURN_ALERTS, BURN_WINDOWS, type BurnWindow } from '../../../../shared/domain/slo/burn-rate'
import { formatValue } from '../../../../shared/domain/prometheus/units'
import { formatElapsed } from '../../ui/duration'
import { formatDateTime, type DisplayZone } from '../../ui/time'

const ALERT_LOOK = {
  page: {
    label: 'Page',
    color: 'red',
    text: `Burning ≥ ${BURN_ALERTS.page.burnRate}× over 1 h and 5 m: page now.`,
  },
  ticket: {
    label: 'Ticket',
    color: 'orange',
    text: `Burning ≥ ${BURN_ALERTS.ticket.burnRate}× over 6 h and 30 m: open a ticket.`,
  },
  ok: { label: 'OK', color: 'green', text: 'Neither multiwindow burn-rate alert would fire.' },
  no_data: {
    label: 'No data',
    color: 'gray',
    text: 'No traffic or no data in any window: nothing to judge.',
  },
} as const

function percent(value: number | null): string {
  return value === null ? 'no data' : formatValue(value, 'ratio')
}

function rate(value: number | null): string {
  return value === null ? 'no data' : `${value.toFixed(value >= 10 ? 1 : 2)}×`
}

function incidentNote(incident: SloEvaluation['incident']): string {
  if (!incident) return ''
  const span = formatElapsed(incident.endMs - incident.startMs)
  if (incident.sli === null) return `No events during the incident (${span}) to judge`
  return `SLI ${percent(incident.sli)} over ${span}, burning ${rate(incident.burnRate)}`
}

function describe(evaluation: SloEvaluation): string {
  const slo = evaluation.slo.definition
  const target = formatValue(slo.target, 'ratio')
  switch (slo.kind) {
    case 'latency':
      return `${target} of requests under ${formatValue(slo.thresholdSeconds, 'seconds')} over ${slo.periodDays} days`
    case 'availability':
      return `${target} of requests succeed over ${slo.periodDays} days`
    case 'uptime':
      return `${target} uptime over ${slo.periodDays} days`
  }
}

interface SloCardProps {
  evaluation: SloEvaluation
  zone: DisplayZone
  onEdit: () => void
  onDelete: () => void
}

/** One SLO's numbers: SLI, budget, burn rates per window, the alert state, the incident's share. */
export function SloCard({ evaluation, zone, onEdit, onDelete }: SloCardProps) {
  const slo = evaluation.slo.definition
  const look = ALERT_LOOK[evaluation.alert.state]
  const title = slo.name || `${slo.service} ${slo.kind}`
  return (
    <Paper withBorder p="sm" component="article" aria-label={`SLO ${title}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={700}>{title}</Text>
            <Text size="xs" c="dimmed">
              {describe(evaluation)}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge color={look.color} variant="filled" radius="sm" title={look.text}>
              {look.label}
            </Badge>
            <Button size="compact-xs" variant="subtle" onClick={onEdit}>
              Edit
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete}>
              Delete
            </Button>
          </Group>
        </Group>
        {evaluation.error ? (
          <Text size="sm" c="red" role="alert">
            {evaluation.error}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <Figure
                label="Budget consumed by this incident"
                value={percent(evaluation.incident?.budgetConsumed ?? null)}
                note={incidentNote(evaluation.incident)}
              />
              <Figure
                label={`SLI over ${slo.periodDays} days`}
                value={percent(evaluation.sliOverPeriod)}
                note={`target ${formatValue(slo.target, 'ratio')}`}
              />
              <Figure
                label="Budget left"
                value={percent(evaluation.budgetRemaining)}
                note="of the 30-day error budget"
              />
            </SimpleGrid>
            <BurnTable evaluation={evaluation} />
            <Text size="xs" c="dimmed">
              {look.text} Evaluated at {formatDateTime(evaluation.atMs, zone)}.
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  )
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} ff="monospace">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Stack>
  )
}

function BurnTable({ evaluation }: { evaluation: SloEvaluation }) {
  const windows = Object.keys(BURN_WINDOWS) as BurnWindow[]
  const hot = (window: BurnWindow, value: number | null) => {
    const page = BURN_ALERTS.page
    const ticket = BURN_ALERTS.ticket
    const limit =
      window === page.longWindow || window === page.shortWindow ? page.burnRate : ticket.burnRate
    return value !== null && value >= limit
  }
  return (
    <Table withTableBorder fz="sm" verticalSpacing={2} aria-label="Burn rate by window">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Window</Table.Th>
          {windows.map((window) => (
            <Table.Th key={window} ta="right">
              {window}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>Burn rate</Table.Td>
          {windows.map((window) => {
            const value = evaluation.burnRates[window]
            return (
              <Table.Td
                key={window}
                ta="right"
                ff="monospace"
                c={hot(window, value) ? 'red' : undefined}
                fw={hot(window, value) ? 700 : undefined}
              >
                {rate(value)}
              </Table.Td>
            )
          })}
        </Table.Tr>
        <Table.Tr>
          <Table.Td>SLI</Table.Td>
          {windows.map((window) => (
            <Table.Td key={window} ta="right" ff="monospace">
              {percent(evaluation.sliByWindow[window])}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}

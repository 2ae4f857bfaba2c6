import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import type { PanelOutcome } from '../../../../shared/contract/healthchecks'
import type { HealthPanel } from '../../../../shared/domain/prometheus/health-checks'
import { parseSampleValue } from '../../../../shared/domain/prometheus/sample'
import { formatValue } from '../../../../shared/domain/prometheus/units'
import { seriesName } from '../../../../shared/domain/prometheus/columnar'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import type { DisplayZone } from '../../ui/time'
import type { PackAnswer } from './queries'

const OUTCOMES: Record<PanelOutcome, { label: string; color: string; symbol: string }> = {
  ok: { label: 'OK', color: 'green', symbol: '✓' },
  warn: { label: 'Warning', color: 'yellow', symbol: '!' },
  critical: { label: 'Critical', color: 'red', symbol: '✕' },
  no_data: { label: 'No data', color: 'gray', symbol: '?' },
  error: { label: 'Error', color: 'grape', symbol: '✕' },
}

function thresholdText(panel: HealthPanel): string {
  switch (panel.bad) {
    case 'none':
      return 'Informational: no threshold.'
    case 'not_equal':
      return `Healthy when exactly ${formatValue(panel.expected, panel.unit)}.`
    case 'above':
    case 'below': {
      const parts = [
        panel.warn !== undefined ? `warn ${panel.bad} ${formatValue(panel.warn, panel.unit)}` : '',
        panel.critical !== undefined
          ? `critical ${panel.bad} ${formatValue(panel.critical, panel.unit)}`
          : '',
      ]
      return `${parts.filter(Boolean).join(', ')}.`
    }
  }
}

/** The value shown large: the one that decided the state (worst first), with how many series. */
function headline(run: PackAnswer['panels'][number], panel: HealthPanel): string {
  if (run.state === 'no_data') return 'no data'
  if (run.state === 'error') return 'failed'
  const values = run.values.map((entry) => parseSampleValue(entry.value))
  const worst = panel.bad === 'below' ? Math.min(...values) : Math.max(...values)
  const more = values.length > 1 ? ` (${values.length} series)` : ''
  return `${formatValue(worst, panel.unit)}${more}`
}

interface HealthTileProps {
  panel: HealthPanel
  run: PackAnswer['panels'][number]
  zone: DisplayZone
}

/** One panel of a pack: its state, its current value and a small chart of the last hour. */
export function HealthTile({ panel, run, zone }: HealthTileProps) {
  const outcome = OUTCOMES[run.state]
  const thresholds =
    panel.bad === 'above' || panel.bad === 'below'
      ? { warn: panel.warn, critical: panel.critical }
      : undefined
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      component="article"
      aria-label={`${panel.title}: ${outcome.label}, ${headline(run, panel)}`}
      style={{ borderLeft: `4px solid var(--mantine-color-${outcome.color}-6)` }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Tooltip label={panel.description ?? run.query} multiline w={320} withinPortal>
            <Text size="sm" fw={600} lineClamp={1} style={{ flex: 1, minWidth: 0 }}>
              {panel.title}
            </Text>
          </Tooltip>
          <Badge
            color={outcome.color}
            variant="light"
            radius="sm"
            size="sm"
            style={{ flexShrink: 0 }}
            leftSection={outcome.symbol}
          >
            {outcome.label}
          </Badge>
        </Group>
        <Text
          size="lg"
          fw={700}
          ff="monospace"
          c={run.state === 'no_data' || run.state === 'error' ? 'dimmed' : undefined}
        >
          {headline(run, panel)}
        </Text>
        {run.error ? (
          <Text size="xs" c="red" lineClamp={3} title={run.error}>
            {run.error}
          </Text>
        ) : run.state === 'no_data' ? (
          <Text size="xs" c="dimmed">
            No series answered: the metric may be missing or the variables wrong. Not a sign of
            health.
          </Text>
        ) : (
          run.chart && (
            <TimeSeriesChart
              data={run.chart}
              unit={panel.unit}
              zone={zone}
              label={`${panel.title} over the last hour`}
              height={56}
              compact
              thresholds={thresholds}
            />
          )
        )}
        <Text
          size="xs"
          c="dimmed"
          lineClamp={1}
          title={run.values.map((v) => seriesName(v.labels)).join('\n')}
        >
          {thresholdText(panel)}
        </Text>
      </Stack>
    </Paper>
  )
}

import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PanelOutcome, PanelRun } from '../../../../shared/contract/healthchecks'
import type { HealthPanel } from '../../../../shared/domain/prometheus/health-checks'
import { parseSampleValue } from '../../../../shared/domain/prometheus/sample'
import { formatUnitValue } from '../query/unit-format'
import { seriesName } from '../../../../shared/domain/prometheus/columnar'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import type { DisplayZone } from '../../ui/time'
import { i18n } from '../../i18n'
import { wordMessage } from '../../i18n/messages'
import type { PackAnswer } from './queries'

const OUTCOMES: Record<PanelOutcome, { color: string; symbol: string }> = {
  ok: { color: 'green', symbol: '✓' },
  warn: { color: 'yellow', symbol: '!' },
  critical: { color: 'red', symbol: '✕' },
  no_data: { color: 'gray', symbol: '?' },
  error: { color: 'grape', symbol: '✕' },
}

function thresholdText(panel: HealthPanel): string {
  switch (panel.bad) {
    case 'none':
      return i18n.t('healthChecks:tile.informational')
    case 'not_equal':
      return i18n.t('healthChecks:tile.healthyWhen', {
        value: formatUnitValue(panel.expected, panel.unit),
      })
    case 'above':
    case 'below': {
      const limit = (level: 'warn' | 'critical', value: number | undefined) =>
        value === undefined
          ? ''
          : i18n.t(`healthChecks:tile.${level}_${panel.bad}`, {
              value: formatUnitValue(value, panel.unit),
            })
      const parts = [limit('warn', panel.warn), limit('critical', panel.critical)]
      return i18n.t('healthChecks:tile.thresholds', { list: parts.filter(Boolean).join(', ') })
    }
  }
}

/** The value shown large: the one that decided the state (worst first), with how many series. */
function headline(run: PackAnswer['panels'][number], panel: HealthPanel): string {
  if (run.state === 'no_data') return i18n.t('healthChecks:tile.noData')
  if (run.state === 'error') return i18n.t('healthChecks:tile.failed')
  const values = run.values.map((entry) => parseSampleValue(entry.value))
  const worst = panel.bad === 'below' ? Math.min(...values) : Math.max(...values)
  const value = formatUnitValue(worst, panel.unit)
  return values.length > 1
    ? i18n.t('healthChecks:tile.valueOfSeries', { value, count: values.length })
    : value
}

interface HealthTileProps {
  panel: HealthPanel
  run: PackAnswer['panels'][number]
  zone: DisplayZone
}

/** Why the panel failed, in the UI language; clamped, with the whole text on hover. */
function PanelFailure({ error, text }: { error: string; text: PanelRun['errorText'] }) {
  const worded = wordMessage(text, error)
  return (
    <Text size="xs" c="red" lineClamp={3} title={worded}>
      {worded}
    </Text>
  )
}

/** One panel of a pack: its state, its current value and a small chart of the last hour. */
export function HealthTile({ panel, run, zone }: HealthTileProps) {
  const { t } = useTranslation('healthChecks')
  const outcome = OUTCOMES[run.state]
  const stateLabel = t(`outcome.${run.state}`)
  const hasValue = run.state !== 'no_data' && run.state !== 'error'
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
      aria-label={t('tile.label', {
        title: panel.title,
        state: stateLabel,
        value: headline(run, panel),
      })}
      style={{ borderLeft: `4px solid var(--mantine-color-${outcome.color}-6)` }}
    >
      <Stack gap={4}>
        <Tooltip label={panel.description ?? run.query} multiline w={320} withinPortal>
          <Text size="sm" fw={600} lineClamp={2} lh={1.3}>
            {panel.title}
          </Text>
        </Tooltip>
        <Group justify="space-between" wrap="nowrap" gap={4} align="center">
          {/* "no data" is already what the badge says; a value is worth reading large. */}
          {hasValue && (
            <Text size="lg" fw={700} ff="monospace" lh={1.2} style={{ minWidth: 0 }}>
              {headline(run, panel)}
            </Text>
          )}
          <Badge
            color={outcome.color}
            variant="light"
            radius="sm"
            size="sm"
            style={{ flexShrink: 0 }}
            leftSection={outcome.symbol}
          >
            {stateLabel}
          </Badge>
        </Group>
        {run.error ? (
          <PanelFailure error={run.error} text={run.errorText} />
        ) : run.state === 'no_data' ? (
          <Text size="xs" c="dimmed" title={t('tile.noDataHelp')}>
            {t('tile.noDataShort')}
          </Text>
        ) : (
          run.chart && (
            <TimeSeriesChart
              data={run.chart}
              unit={panel.unit}
              zone={zone}
              label={t('tile.chartLabel', { title: panel.title })}
              height={56}
              compact
              thresholds={thresholds}
            />
          )
        )}
        <Text
          size="xs"
          c="dimmed"
          lineClamp={2}
          title={run.values.map((v) => seriesName(v.labels)).join('\n')}
        >
          {thresholdText(panel)}
        </Text>
      </Stack>
    </Paper>
  )
}

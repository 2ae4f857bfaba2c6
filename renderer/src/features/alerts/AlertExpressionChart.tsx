import { useMemo, useRef } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { IncidentAlert } from '../../../../shared/contract/prometheus'
import { chooseStep } from '../../../../shared/domain/prometheus/step'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import { useWidth } from '../../ui/charts/useWidth'
import { Loading } from '../../ui/states'
import { formatDateTime } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useDataSources } from '../data-sources/queries'
import { describeQueryError } from '../query/query-error'
import { useRangeQuery } from '../query/range-query'
import { useMetricsStore } from '../query/store'
import { guessUnit } from '../query/time-range'
import { useDisplayZone } from '../settings/queries'
import { useIncidentAlerts } from './queries'

const AROUND_MS = 30 * 60_000

/**
 * For "Confirm the alert": the expression of the alert the incident was declared from, graphed
 * from 30 minutes before it became active to 30 minutes after (or now), with that moment marked.
 */
export default function AlertExpressionChart({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('alerts')
  const alerts = useIncidentAlerts(incidentId)
  const sources = useDataSources()
  if (alerts.isPending || sources.isPending) return <Loading label={t('graph.loading')} />
  const alert = (alerts.data ?? []).find(
    (candidate) => candidate.expr && candidate.activeAt !== null,
  )
  if (!alert) {
    return (
      <Text size="sm" c="dimmed">
        {t('graph.noExpression')}
      </Text>
    )
  }
  const known = (sources.data ?? []).some((source) => source.id === alert.sourceId)
  if (!known) {
    return (
      <Text size="sm" c="dimmed">
        <Trans
          t={t}
          i18nKey="graph.sourceGone"
          values={{ name: alert.name, source: alert.sourceName, expr: alert.expr }}
          components={{ code: <code /> }}
        />
      </Text>
    )
  }
  return <AlertGraph incidentId={incidentId} alert={alert} />
}

function AlertGraph({ incidentId, alert }: { incidentId: string; alert: IncidentAlert }) {
  const { t } = useTranslation('alerts')
  const zone = useDisplayZone()
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const requestQuery = useMetricsStore((state) => state.requestQuery)
  // Until 30 minutes after activation the window grows with the clock.
  const now = useNow(60_000)
  const expr = alert.expr ?? ''
  const activeAt = alert.activeAt ?? 0
  const query = useMemo(() => {
    if (width === 0) return null
    const startMs = activeAt - AROUND_MS
    const endMs = Math.min(now, activeAt + AROUND_MS)
    const stepMs = chooseStep(startMs, endMs, Math.max(100, width - 60), { minStepMs: 1000 })
    return {
      sourceId: alert.sourceId ?? '',
      query: expr,
      startMs,
      endMs,
      stepMs,
      unit: guessUnit(expr),
    }
  }, [alert.sourceId, expr, activeAt, width, now])
  const answer = useRangeQuery(query)
  const markers = useMemo(
    () => [
      { timeMs: activeAt, label: t('graph.becameActive', { name: alert.name }), color: '#e03131' },
    ],
    [activeAt, alert.name, t],
  )
  const failure = answer.isError ? describeQueryError(answer.error, expr) : null
  return (
    <Stack gap={4} ref={box}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={600}>
          {t('graph.around', { name: alert.name, time: formatDateTime(activeAt, zone) })}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => requestQuery(incidentId, expr)}>
          {t('graph.openInQuery')}
        </Button>
      </Group>
      <code style={{ fontSize: 11, overflowWrap: 'anywhere' }}>{expr}</code>
      {answer.isFetching && !answer.data && <Loading label={t('graph.graphing')} />}
      {failure && (
        <Alert color="red" variant="light" p="xs" title={failure.title}>
          <Text size="xs">{failure.message}</Text>
        </Alert>
      )}
      {answer.data && query && (
        <TimeSeriesChart
          data={answer.data.chart}
          unit={query.unit}
          zone={zone}
          markers={markers}
          label={t('graph.chartLabel', { expr })}
          height={160}
        />
      )}
    </Stack>
  )
}

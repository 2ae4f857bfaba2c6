import { useMemo, useRef } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import { chooseStep, formatPromDuration } from '../../../../shared/domain/prometheus/step'
import { useWidth } from '../../ui/charts/useWidth'
import { Loading } from '../../ui/states'
import { useChosenSource } from '../data-sources/source-store'
import { useIncident } from '../incidents/queries'
import { useDisplayZone } from '../settings/queries'
import { describeQueryError } from './query-error'
import { QueryResultView } from './QueryResultView'
import { useRangeQuery } from './range-query'
import { METRICS_SECTION_ID } from './runbook-hooks'
import { useMetricsStore, type SubmittedQuery } from './store'
import { guessUnit, incidentRange } from './time-range'
import { useTimelineMarkers } from './timeline-markers'

/** Room the value axis takes from the chart's width. */
const AXIS_PX = 60

interface SuggestedQueryChartProps {
  incidentId: string
  query: string
  /** When "Run" was pressed: the incident window is taken as it was then, so it does not creep. */
  ranAtMs: number
}

/** A runbook's suggested query charted in the step, over the incident window padded by 30 min. */
export default function SuggestedQueryChart({
  incidentId,
  query,
  ranAtMs,
}: SuggestedQueryChartProps) {
  const { t } = useTranslation('query')
  const incident = useIncident(incidentId)
  const { source } = useChosenSource('prometheus')
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const submitted = useMemo(
    () =>
      incident.data && source
        ? planSuggested(incident.data, source.id, query, ranAtMs, width)
        : null,
    [incident.data, source, query, ranAtMs, width],
  )
  return (
    <Stack gap={6} ref={box}>
      {submitted && <ChartOfQuery incidentId={incidentId} query={submitted} />}
      {!submitted && width > 0 && incident.isPending && <Loading label={t('suggested.loading')} />}
    </Stack>
  )
}

function planSuggested(
  incident: Incident,
  sourceId: string,
  query: string,
  ranAtMs: number,
  width: number,
): SubmittedQuery | null {
  if (width === 0) return null
  const { startMs, endMs } = incidentRange(incident, ranAtMs)
  const stepMs = chooseStep(startMs, endMs, Math.max(100, width - AXIS_PX))
  // Prometheus evaluates at start, start + step, …: anchored on the end, the last point is the
  // moment Run was pressed, so what just started (an alert firing seconds ago) is on the chart.
  const steps = Math.floor((endMs - startMs) / stepMs)
  return { sourceId, query, startMs: endMs - steps * stepMs, endMs, stepMs, unit: guessUnit(query) }
}

function ChartOfQuery({ incidentId, query }: { incidentId: string; query: SubmittedQuery }) {
  const { t } = useTranslation('query')
  const zone = useDisplayZone()
  const answer = useRangeQuery(query)
  const markers = useTimelineMarkers(incidentId)
  const requestQuery = useMetricsStore((state) => state.requestQuery)
  const failure = answer.isError ? describeQueryError(answer.error, query.query) : null
  const openInQuery = () => {
    requestQuery(incidentId, query.query)
    document
      .getElementById(METRICS_SECTION_ID)
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }
  return (
    <>
      <Group justify="space-between" gap={4}>
        <Text size="xs" c="dimmed" style={{ flex: '1 1 10rem' }}>
          {t('suggested.window', { step: formatPromDuration(query.stepMs) })}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={openInQuery}>
          {t('suggested.openInQuery')}
        </Button>
      </Group>
      {answer.isFetching && !answer.data && <Loading label={t('panel.asking')} />}
      {failure && (
        <Alert color="red" variant="light" p="xs" title={failure.title} role="alert">
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {failure.message}
          </Text>
        </Alert>
      )}
      {answer.data && (
        <QueryResultView
          answer={answer.data}
          unit={query.unit}
          zone={zone}
          markers={markers}
          incidentId={incidentId}
          height={170}
        />
      )}
    </>
  )
}

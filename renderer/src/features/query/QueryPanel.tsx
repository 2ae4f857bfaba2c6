import { useEffect, useEffectEvent, useRef } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import {
  chooseStep,
  formatPromDuration,
  pointCount,
} from '../../../../shared/domain/prometheus/step'
import { formatNumber } from '../../i18n/format'
import { Loading } from '../../ui/states'
import { useNow } from '../../ui/useNow'
import { formatDateTime, type DisplayZone } from '../../ui/time'
import { useWidth } from '../../ui/charts/useWidth'
import { useChosenSource } from '../data-sources/source-store'
import { useDisplayZone } from '../settings/queries'
import { planQuery } from './plan'
import { PromQLEditor } from './PromQLEditor'
import { QueryControls } from './QueryControls'
import { describeQueryError, problemsWithFailure } from './query-error'
import { QueryResultView } from './QueryResultView'
import { prometheusKeys, useRangeQuery } from './range-query'
import { useQueryDraft, type SubmittedQuery } from './store'
import { presetRange } from './time-range'
import { useTimelineMarkers } from './timeline-markers'

/** Room the value axis takes from the chart's width. */
const AXIS_PX = 80

/** Ask Prometheus anything about the incident: PromQL, a chart over the incident window, pin it. */
export default function QueryPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation('query')
  const zone = useDisplayZone()
  const [draft, update] = useQueryDraft(incident.id)
  const { source } = useChosenSource('prometheus')
  const answer = useRangeQuery(draft.submitted)
  const queryClient = useQueryClient()
  const box = useRef<HTMLDivElement>(null)
  const widthPx = Math.max(200, (useWidth(box) || 900) - AXIS_PX)
  const markers = useTimelineMarkers(incident.id)
  const now = useNow(60_000)

  const run = () => {
    const plan = planQuery(draft, {
      sourceId: source?.id ?? null,
      incident,
      zone,
      now: Date.now(),
      widthPx,
    })
    if (!plan.ok) return update({ problems: plan.problems, runRequest: 0 })
    if (sameQuery(plan.query, draft.submitted)) {
      void queryClient.refetchQueries({ queryKey: prometheusKeys.range(plan.query) })
    }
    update({ submitted: plan.query, problems: {}, runRequest: 0 })
  }
  const runRequested = useEffectEvent(run)
  // A runbook step asked for this query: run it once the panel (and the sources) are here.
  useEffect(() => {
    if (draft.runRequest > 0 && source) runRequested()
  }, [draft.runRequest, source])

  const range = presetRange(draft.range, incident, now)
  const autoStep = range
    ? formatPromDuration(chooseStep(range.startMs, range.endMs, widthPx))
    : 'auto'
  const failure =
    answer.isError && draft.submitted
      ? describeQueryError(answer.error, draft.submitted.query)
      : null
  const mark = failure?.mark && draft.text.trim() === draft.submitted?.query ? failure.mark : null

  return (
    <Stack gap="sm" ref={box}>
      <QueryControls
        draft={draft}
        update={update}
        problems={problemsWithFailure(draft.problems, failure)}
        zone={zone}
        autoStep={autoStep}
        withIncident
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`promql-label-${incident.id}`}>
          {t('panel.promqlLabel')}
        </Text>
        <PromQLEditor
          value={draft.text}
          onChange={(text) => update({ text })}
          onRun={run}
          sourceId={source?.id ?? null}
          errorMark={mark}
        />
        {draft.problems.query && (
          <Text size="xs" c="red" role="alert">
            {draft.problems.query}
          </Text>
        )}
        {draft.problems.source && (
          <Text size="xs" c="red" role="alert">
            {draft.problems.source}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('panel.help')}
        </Text>
      </Stack>
      <Group gap="xs">
        <Button onClick={run} loading={answer.isFetching}>
          {t('panel.run')}
        </Button>
        {answer.isFetching && (
          <Button
            variant="default"
            onClick={() => void queryClient.cancelQueries({ queryKey: prometheusKeys.all })}
          >
            {t('panel.cancel')}
          </Button>
        )}
        {draft.submitted && <QueryFacts query={draft.submitted} zone={zone} />}
      </Group>
      {failure && (
        <Alert color="red" variant="light" title={failure.title} role="alert">
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {failure.message}
          </Text>
        </Alert>
      )}
      {answer.isPending && answer.isFetching && <Loading label={t('panel.asking')} />}
      {answer.data && draft.submitted && (
        <QueryResultView
          answer={answer.data}
          unit={draft.submitted.unit}
          zone={zone}
          markers={markers}
          incidentId={incident.id}
        />
      )}
    </Stack>
  )
}

function QueryFacts({ query, zone }: { query: SubmittedQuery; zone: DisplayZone }) {
  const { t } = useTranslation('query')
  return (
    <Text size="xs" c="dimmed">
      {t('panel.facts', {
        step: formatPromDuration(query.stepMs),
        points: formatNumber(pointCount(query.startMs, query.endMs, query.stepMs)),
        start: formatDateTime(query.startMs, zone),
        end: formatDateTime(query.endMs, zone),
      })}
    </Text>
  )
}

function sameQuery(a: SubmittedQuery, b: SubmittedQuery | null): boolean {
  return (
    b !== null &&
    a.sourceId === b.sourceId &&
    a.query === b.query &&
    a.startMs === b.startMs &&
    a.endMs === b.endMs &&
    a.stepMs === b.stepMs &&
    a.unit === b.unit
  )
}

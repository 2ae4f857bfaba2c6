import { useEffect, useMemo } from 'react'
import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNow } from '../../ui/useNow'
import { reviewWindow, type TimeWindow } from '../../../../shared/domain/review/cursor'
import { authorsOf, filterEvents } from '../../../../shared/domain/review/filters'
import { phaseSegments } from '../../../../shared/domain/review/phases'
import { routeHref } from '../../app/router'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber } from '../../i18n/format'
import type { ChartMarker } from '../../ui/charts/markers'
import { Loading, QueryError } from '../../ui/states'
import { useIncident } from '../incidents/queries'
import { useDisplayZone } from '../settings/queries'
import { useTimeline } from '../timeline/queries'
import { eventText } from '../timeline/event-text'
import { PhaseBand } from './PhaseBand'
import { useEvidenceList, usePinnedCharts, useReviewComments } from './queries'
import { ReviewChart } from './ReviewChart'
import classes from './Review.module.css'
import { ReviewFilters } from './ReviewFilters'
import { ReviewTimeline } from './ReviewTimeline'
import { useReviewCursor, useReviewFilters } from './store'

const MARKER_COLOR = 'rgba(134, 142, 150, 0.45)'

function spansOf(key: string): TimeWindow[] {
  return key
    .split(',')
    .filter(Boolean)
    .map((span) => {
      const [from = 0, to = 0] = span.split(':').map(Number)
      return { from, to }
    })
}

/** Everything the review shows, loaded and lined up on one time axis. */
function useReview(incidentId: string) {
  const incident = useIncident(incidentId)
  const timeline = useTimeline(incidentId)
  const evidence = useEvidenceList(incidentId)
  const comments = useReviewComments(incidentId)
  const chartIds = useMemo(
    () => (evidence.data ?? []).filter((item) => item.kind === 'chart').map((item) => item.id),
    [evidence.data],
  )
  const charts = usePinnedCharts(chartIds)
  const now = useNow(60_000)
  const filters = useReviewFilters()
  const events = useMemo(() => timeline.data ?? [], [timeline.data])
  const shown = useMemo(() => filterEvents(events, filters), [events, filters])
  // The charts' spans as a string: the query results are new objects on every render.
  const spansKey = charts.map((c) => (c.data ? `${c.data.startMs}:${c.data.endMs}` : '')).join(',')
  const axis = useMemo(() => {
    if (!incident.data) return null
    const times = { startedAt: incident.data.startedAt, endedAt: incident.data.resolvedAt }
    return reviewWindow(times, spansOf(spansKey), events, now)
  }, [incident.data, events, now, spansKey])
  return { incident, timeline, evidence, comments, chartIds, charts, now, events, shown, axis }
}

type Review = ReturnType<typeof useReview>

function PinnedCharts({ review, axis }: { review: Review; axis: TimeWindow }) {
  const { t, i18n } = useTranslation('review')
  const zone = useDisplayZone()
  const { evidence, chartIds, charts, shown } = review
  const language = i18n.language
  const markers = useMemo<ChartMarker[]>(
    () =>
      shown.map((event) => ({
        timeMs: event.occurredAt,
        label: eventText(event),
        color: MARKER_COLOR,
      })),
    // The labels are worded in the UI language: a switch words them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, language],
  )
  if (evidence.isError) {
    return (
      <QueryError
        what={t('what.pinnedCharts')}
        error={evidence.error}
        onRetry={() => void evidence.refetch()}
      />
    )
  }
  if (chartIds.length === 0 && !evidence.isPending) {
    return (
      <Text size="sm" c="dimmed">
        {t('noCharts')}
      </Text>
    )
  }
  return charts.map((chart, index) =>
    chart.data ? (
      <ReviewChart
        key={chart.data.id}
        chart={chart.data}
        window={axis}
        zone={zone}
        markers={markers}
      />
    ) : chart.isError ? (
      <QueryError
        key={chartIds[index]}
        what={t('what.pinnedChart')}
        error={chart.error}
        onRetry={() => void chart.refetch()}
      />
    ) : (
      <Loading key={chartIds[index]} label={t('loadingChart')} />
    ),
  )
}

function TimelineColumn({ review, axis }: { review: Review; axis: TimeWindow }) {
  const { t } = useTranslation('review')
  const zone = useDisplayZone()
  const { events, shown, comments } = review
  return (
    <section aria-labelledby="review-timeline">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h4" id="review-timeline">
          {t('timelineTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('shownOf', { shown: formatNumber(shown.length), total: formatNumber(events.length) })}
        </Text>
      </Group>
      <Stack gap="sm">
        <ReviewFilters kinds={new Set(events.map((e) => e.kind))} authors={authorsOf(events)} />
        <div className={classes.timelineBox}>
          <ReviewTimeline events={shown} comments={comments.data ?? []} window={axis} zone={zone} />
        </div>
      </Stack>
    </section>
  )
}

/**
 * The team review of one incident: its phases, its timeline and its pinned charts on one time
 * axis, with one cursor across all of them, and comments on events.
 */
export function ReviewPage({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('review')
  const review = useReview(incidentId)
  const { incident, timeline, axis, now, shown } = review
  const zone = useDisplayZone()
  // A new review starts with the cursor parked and every event shown.
  useEffect(() => {
    useReviewCursor.getState().set(null)
    useReviewFilters.setState({ kinds: [], authors: [] })
  }, [incidentId])

  if (incident.isPending || timeline.isPending) return <Loading label={t('loading')} />
  for (const [what, query] of [
    [t('what.incident'), incident],
    [t('what.timeline'), timeline],
  ] as const) {
    if (query.isError)
      return <QueryError what={what} error={query.error} onRetry={() => void query.refetch()} />
  }
  if (!axis || !incident.data) return null
  return (
    <Stack gap="md">
      <Anchor href={routeHref({ name: 'incident', id: incidentId })} size="sm">
        {t('back')}
      </Anchor>
      <PageTitle>{t('title', { title: incident.data.title })}</PageTitle>
      <div className={classes.layout}>
        <section aria-labelledby="review-charts">
          <Title order={2} size="h4" id="review-charts" mb="xs">
            {t('chartsTitle')}
          </Title>
          <PhaseBand
            window={axis}
            segments={phaseSegments(incident.data, now)}
            events={shown}
            zone={zone}
          />
          <Box mt="md" />
          <PinnedCharts review={review} axis={axis} />
        </section>
        <TimelineColumn review={review} axis={axis} />
      </div>
    </Stack>
  )
}

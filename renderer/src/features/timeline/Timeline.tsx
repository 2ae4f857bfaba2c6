import { useEffect, useMemo } from 'react'
import { Anchor, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { compareTimelineEvents, type TimelineEvent } from '../../../../shared/domain/timeline'
import { Loading, QueryError } from '../../ui/states'
import { formatDay } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { useTimelineFilter } from './filter-store'
import { eventsOfKinds } from './kinds'
import classes from './Timeline.module.css'
import { TimelineFilter } from './TimelineFilter'
import { TimelineItem } from './TimelineItem'
import { useTimeline } from './queries'

interface TimelineProps {
  incidentId: string
  /** The event just added: scrolled into view and highlighted once it appears. */
  highlightId: string | null
  onDeleted: (event: TimelineEvent) => void
}

export function Timeline({ incidentId, highlightId, onDeleted }: TimelineProps) {
  const { t } = useTranslation('timeline')
  const timeline = useTimeline(incidentId)
  const zone = useDisplayZone()
  const events = useMemo(
    () => (timeline.data ? [...timeline.data].sort(compareTimelineEvents) : []),
    [timeline.data],
  )
  const chosenKinds = useTimelineFilter((state) => state.chosen)
  const showAll = useTimelineFilter((state) => state.showAll)
  const shown = useMemo(() => eventsOfKinds(events, chosenKinds), [events, chosenKinds])
  const highlightPresent = highlightId !== null && shown.some((event) => event.id === highlightId)
  const highlightFiltered =
    highlightId !== null && !highlightPresent && events.some((event) => event.id === highlightId)

  // A note just added must never vanish behind the filter: show everything again.
  useEffect(() => {
    if (highlightFiltered) showAll()
  }, [highlightFiltered, showAll])

  useEffect(() => {
    if (!highlightPresent) return
    document.getElementById(`event-${highlightId}`)?.scrollIntoView({ block: 'nearest' })
  }, [highlightId, highlightPresent])

  if (timeline.isPending) return <Loading label={t('loading')} />
  if (timeline.isError) {
    return (
      <QueryError what={t('what')} error={timeline.error} onRetry={() => void timeline.refetch()} />
    )
  }
  if (events.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="md">
        {t('empty')}
      </Text>
    )
  }
  return (
    <Stack gap="xs">
      <TimelineFilter events={events} />
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t('noneOfKinds')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={showAll}>
            {t('showAll')}
          </Anchor>
        </Text>
      ) : (
        <ol className={classes.list} aria-label={t('events')}>
          {shown.map((event, index) => {
            const previous = shown[index - 1]
            const day = formatDay(event.occurredAt, zone)
            return (
              <TimelineItem
                key={event.id}
                event={event}
                zone={zone}
                showDay={!previous || formatDay(previous.occurredAt, zone) !== day}
                highlighted={event.id === highlightId}
                onDeleted={onDeleted}
              />
            )
          })}
        </ol>
      )}
    </Stack>
  )
}

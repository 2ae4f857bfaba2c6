import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReviewComment } from '../../../../shared/contract/review'
import { nearestEvents, type TimeWindow } from '../../../../shared/domain/review/cursor'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { errorMessage } from '../../bridge'
import { TimeText } from '../../ui/TimeText'
import { formatDateTime, type DisplayZone } from '../../ui/time'
import { eventText } from '../timeline/event-text'
import { KIND_COLOR } from '../timeline/kinds'
import { useAddComment, useDeleteComment } from './mutations'
import classes from './Review.module.css'
import { useReviewCursor } from './store'

// The review's timeline: the (filtered) events in time order, the ones nearest the shared cursor
// marked as current, and each event's review comments with a way to add one.

/** Events this close to the cursor (a share of the window) count as "at" it. */
const REACH_SHARE = 0.03

function useNearIds(events: readonly TimelineEvent[], window: TimeWindow): ReadonlySet<string> {
  const reach = (window.to - window.from) * REACH_SHARE
  const key = useReviewCursor((state) =>
    state.at === null
      ? ''
      : nearestEvents(events, state.at, reach)
          .map((event) => event.id)
          .join(' '),
  )
  return useMemo(() => new Set(key ? key.split(' ') : []), [key])
}

function CommentForm({ event, onDone }: { event: TimelineEvent; onDone: () => void }) {
  const { t } = useTranslation('review')
  const [text, setText] = useState('')
  const add = useAddComment(event.incidentId)
  return (
    <form
      onSubmit={(submit) => {
        submit.preventDefault()
        add.mutate({ eventId: event.id, text }, { onSuccess: onDone })
      }}
    >
      <Stack gap={6}>
        <Textarea
          label={t('comments.field')}
          autosize
          minRows={2}
          autoFocus
          value={text}
          onChange={(change) => setText(change.currentTarget.value)}
          error={add.isError ? errorMessage(add.error) : undefined}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('comments.add')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onDone}>
            {t('comments.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function Comments({ comments, zone }: { comments: readonly ReviewComment[]; zone: DisplayZone }) {
  const { t } = useTranslation('review')
  const remove = useDeleteComment(comments[0]?.incidentId ?? '')
  return (
    <ul className={classes.comments} aria-label={t('comments.list')}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <Text size="sm">{comment.text}</Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('comments.byline', {
                author: comment.author || t('comments.someone'),
                time: formatDateTime(comment.createdAt, zone),
              })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t('comments.deleteLabel', { text: comment.text.slice(0, 40) })}
              onClick={() => remove.mutate(comment.id)}
            >
              {t('comments.delete')}
            </Button>
          </Group>
        </li>
      ))}
    </ul>
  )
}

/** Brings the item into view inside the timeline's own scroll box, never scrolling the page. */
function scrollWithinList(element: HTMLElement): void {
  const box = element.closest<HTMLElement>(`.${classes.timelineBox}`)
  if (!box) return
  const top = element.offsetTop - box.offsetTop
  if (top < box.scrollTop) box.scrollTop = top
  else if (top + element.offsetHeight > box.scrollTop + box.clientHeight)
    box.scrollTop = top + element.offsetHeight - box.clientHeight
}

interface EventProps {
  event: TimelineEvent
  near: boolean
  comments: readonly ReviewComment[]
  zone: DisplayZone
}

const ReviewEvent = memo(function ReviewEvent({ event, near, comments, zone }: EventProps) {
  const { t } = useTranslation('review')
  const [commenting, setCommenting] = useState(false)
  const setCursor = useReviewCursor((state) => state.set)
  const text = eventText(event)
  const item = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (near && item.current) scrollWithinList(item.current)
  }, [near])
  return (
    <li
      ref={item}
      className={classes.event}
      data-near={near || undefined}
      aria-current={near ? 'time' : undefined}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setCursor(event.occurredAt)}
          aria-label={t('timeline.moveCursor', { time: formatDateTime(event.occurredAt, zone) })}
        >
          <TimeText ms={event.occurredAt} zone={zone} size="xs" />
        </Button>
        <Badge color={KIND_COLOR[event.kind]} variant="light" size="sm" radius="sm">
          {t(`kind.${event.kind}`)}
        </Badge>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Text>
          <Text size="xs" c="dimmed">
            {event.author || event.source}
          </Text>
          {comments.length > 0 && <Comments comments={comments} zone={zone} />}
          {commenting ? (
            <CommentForm event={event} onDone={() => setCommenting(false)} />
          ) : (
            <Button
              variant="subtle"
              size="compact-xs"
              w="fit-content"
              onClick={() => setCommenting(true)}
              aria-label={t('timeline.commentOn', { text: text.slice(0, 60) })}
            >
              {t('timeline.comment')}
            </Button>
          )}
        </Stack>
      </Group>
    </li>
  )
})

interface ReviewTimelineProps {
  events: readonly TimelineEvent[]
  comments: readonly ReviewComment[]
  window: TimeWindow
  zone: DisplayZone
}

export function ReviewTimeline({ events, comments, window, zone }: ReviewTimelineProps) {
  const { t } = useTranslation('review')
  const near = useNearIds(events, window)
  const byEvent = useMemo(() => {
    const map = new Map<string, ReviewComment[]>()
    for (const comment of comments)
      map.set(comment.eventId, [...(map.get(comment.eventId) ?? []), comment])
    return map
  }, [comments])
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.none')}
      </Text>
    )
  }
  return (
    <ol className={classes.timeline} aria-label={t('timeline.label')}>
      {events.map((event) => (
        <ReviewEvent
          key={event.id}
          event={event}
          near={near.has(event.id)}
          comments={byEvent.get(event.id) ?? NO_COMMENTS}
          zone={zone}
        />
      ))}
    </ol>
  )
}

const NO_COMMENTS: readonly ReviewComment[] = []

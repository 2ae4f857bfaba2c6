import { useMemo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Checkbox, Group, Radio, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { utcSeconds } from '../../../../../shared/domain/postmortem/context'
import { isIncidentEvent } from '../../../../../shared/domain/postmortem/prefill'
import { isSectionEmpty } from '../../../../../shared/domain/postmortem/sections'
import { compareTimelineEvents, type TimelineEvent } from '../../../../../shared/domain/timeline'
import { formatNumber } from '../../../i18n/format'
import { Loading, QueryError } from '../../../ui/states'
import { eventText } from '../../timeline/event-text'
import { useTimeline } from '../../timeline/queries'
import classes from '../Postmortem.module.css'
import { isPrefilled } from '../use-prefill'
import { useSection } from '../use-autosave'
import type { EditorContext } from './context'
import { PrefilledNote } from './fields'
import { SectionFrame } from './SectionFrame'

const ROW_HEIGHT = 34

/**
 * The postmortem's timeline comes from the incident's; the author marks the key events. Long
 * timelines (thousands of events) render only the rows in view.
 */
export function TimelineEditor({ ctx }: { ctx: EditorContext }) {
  const { t } = useTranslation('postmortem')
  const id = ctx.incident.id
  const [timeline, setTimeline] = useSection(id, ctx.view, 'timeline')
  const events = useTimeline(id)
  const key = useMemo(() => new Set(timeline.keyEventIds), [timeline.keyEventIds])
  const rows = useMemo(
    () => (events.data ?? []).filter(isIncidentEvent).sort(compareTimelineEvents),
    [events.data],
  )
  const toggle = (event: TimelineEvent, checked: boolean) => {
    const ids = rows
      .filter((row) => (row.id === event.id ? checked : key.has(row.id)))
      .map((row) => row.id)
    setTimeline({ ...timeline, keyEventIds: ids })
  }
  return (
    <SectionFrame
      part="timeline"
      incidentId={id}
      empty={isSectionEmpty('timeline', timeline)}
      editable={ctx.editable}
      refill="timeline"
    >
      <ShowChoice
        show={timeline.show}
        onChange={(show) => setTimeline({ ...timeline, show })}
        editable={ctx.editable}
        keyCount={rows.filter((row) => key.has(row.id)).length}
        total={rows.length}
      />
      <PrefilledNote
        prefilled={isPrefilled(timeline.keyEventIds, ctx.prefill?.timeline.keyEventIds)}
        source={t('sources.timelineEvents')}
      />
      {events.isPending ? (
        <Loading label={t('timeline.loading')} />
      ) : events.isError ? (
        <QueryError
          what={t('timeline.what')}
          error={events.error}
          onRetry={() => void events.refetch()}
        />
      ) : (
        <KeyEventList rows={rows} keyIds={key} onToggle={toggle} editable={ctx.editable} />
      )}
    </SectionFrame>
  )
}

interface ShowChoiceProps {
  show: 'key' | 'all'
  onChange: (show: 'key' | 'all') => void
  editable: boolean
  keyCount: number
  total: number
}

/** Whether the document lists the key events or all of them; times are UTC either way. */
function ShowChoice({ show, onChange, editable, keyCount, total }: ShowChoiceProps) {
  const { t } = useTranslation('postmortem')
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <Radio.Group
        label={t('timeline.inDocument')}
        value={show}
        onChange={(value) => {
          if (value === 'key' || value === 'all') onChange(value)
        }}
      >
        <Group gap="md" mt={4}>
          <Radio value="key" label={t('timeline.keyOnly')} disabled={!editable} />
          <Radio value="all" label={t('timeline.every')} disabled={!editable} />
        </Group>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t('timeline.keyCount', {
          count: keyCount,
          shown: formatNumber(keyCount),
          total: formatNumber(total),
        })}
      </Text>
    </Group>
  )
}

interface KeyEventListProps {
  rows: TimelineEvent[]
  keyIds: ReadonlySet<string>
  onToggle: (event: TimelineEvent, checked: boolean) => void
  editable: boolean
}

function KeyEventList({ rows, keyIds, onToggle, editable }: KeyEventListProps) {
  const { t } = useTranslation('postmortem')
  const scrollRef = useRef<HTMLDivElement>(null)
  // No React Compiler runs on this app; TanStack Virtual re-renders through its own state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.empty')}
      </Text>
    )
  }
  return (
    <div
      ref={scrollRef}
      className={classes.keyEvents}
      role="group"
      aria-label={t('timeline.listLabel')}
      style={{ height: Math.min(rows.length * ROW_HEIGHT + 8, 340) }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const event = rows[item.index]
          if (!event) return null
          return (
            <KeyEventRow
              key={event.id}
              event={event}
              top={item.start}
              checked={keyIds.has(event.id)}
              editable={editable}
              onToggle={(checked) => onToggle(event, checked)}
            />
          )
        })}
      </div>
    </div>
  )
}

interface KeyEventRowProps {
  event: TimelineEvent
  top: number
  checked: boolean
  editable: boolean
  onToggle: (checked: boolean) => void
}

/** A label row: a click anywhere on the event toggles it. */
function KeyEventRow({ event, top, checked, editable, onToggle }: KeyEventRowProps) {
  const { t } = useTranslation('postmortem')
  const text = eventText(event)
  return (
    <label
      className={classes.keyEventRow}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <Checkbox
        size="xs"
        checked={checked}
        disabled={!editable}
        onChange={(change) => onToggle(change.currentTarget.checked)}
        aria-label={t('timeline.keyEvent', { text })}
      />
      <Text size="xs" ff="monospace" c="dimmed" className={classes.nowrap}>
        {utcSeconds(event.occurredAt)}
      </Text>
      <Text size="xs" c="dimmed" w={78} className={classes.nowrap}>
        {t(`timeline.kind.${event.kind}`)}
      </Text>
      <Text size="sm" truncate="end" title={text} className={classes.grow}>
        {text}
      </Text>
    </label>
  )
}

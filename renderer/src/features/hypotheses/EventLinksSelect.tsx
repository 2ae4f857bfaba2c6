import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { compareTimelineEvents, type TimelineEvent } from '../../../../shared/domain/timeline'
import { formatTime, type DisplayZone } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { eventText } from '../timeline/event-text'
import { useTimeline } from '../timeline/queries'

/** "14:03:12 UTC · Started step “Confirm the alert”", short enough for an option. */
export function eventLabel(event: TimelineEvent, zone: DisplayZone): string {
  const text = eventText(event).replace(/\s+/g, ' ').trim()
  const short = text.length > 90 ? `${text.slice(0, 87)}…` : text
  return `${formatTime(event.occurredAt, zone)} · ${short}`
}

interface EventLinksSelectProps {
  incidentId: string
  value: string[]
  onChange: (ids: string[]) => void
  error?: string
}

/** Picks timeline events of this incident that support or contradict a hypothesis. */
export function EventLinksSelect({ incidentId, value, onChange, error }: EventLinksSelectProps) {
  const { t } = useTranslation('hypotheses')
  const zone = useDisplayZone()
  const timeline = useTimeline(incidentId)
  const events = [...(timeline.data ?? [])].sort(compareTimelineEvents)
  return (
    <MultiSelect
      label={t('links.label')}
      description={t('links.description')}
      placeholder={value.length === 0 ? t('links.placeholder') : undefined}
      data={events.map((event) => ({ value: event.id, label: eventLabel(event, zone) }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t('links.nothingFound')}
      maxDropdownHeight={260}
      error={error}
      size="xs"
      comboboxProps={{ withinPortal: true }}
    />
  )
}

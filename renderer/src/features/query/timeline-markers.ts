import { useMemo } from 'react'
import type { TimelineKind } from '../../../../shared/domain/timeline'
import type { ChartMarker } from '../../ui/charts/markers'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../bridge'
import { eventText } from '../timeline/event-text'
import { timelineKeys } from '../timeline/queries'

const MARKER_COLORS: Record<TimelineKind, string> = {
  note: '#868e96',
  status: '#1c7ed6',
  severity: '#e8590c',
  role: '#868e96',
  step: '#0ca678',
  checklist: '#0ca678',
  hypothesis: '#ae3ec9',
  evidence: '#7048e8',
  alert: '#e03131',
  postmortem: '#868e96',
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

/** The incident's timeline events as chart markers (none without an incident). */
export function useTimelineMarkers(incidentId: string | null): ChartMarker[] {
  // The timeline's own cache entry, so markers follow it as events are added.
  const timeline = useQuery({
    queryKey: timelineKeys.list(incidentId ?? ''),
    queryFn: () => call('timeline.list', { incidentId: incidentId ?? '' }),
    enabled: incidentId !== null,
  })
  const events = incidentId ? timeline.data : undefined
  const { language } = useTranslation().i18n
  return useMemo(
    () =>
      (events ?? [])
        .filter((event) => event.deletedAt === null)
        .map((event) => ({
          timeMs: event.occurredAt,
          label: firstLine(eventText(event)),
          color: MARKER_COLORS[event.kind] ?? '#868e96',
        })),
    // The labels are worded in the UI language: a switch words them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [events, language],
  )
}

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  positionOf,
  stepCursor,
  timeAt,
  type TimeWindow,
} from '../../../../shared/domain/review/cursor'
import { PHASE_NAMES, type PhaseSegment } from '../../../../shared/domain/review/phases'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { formatDateTime, formatTime, type DisplayZone } from '../../ui/time'
import { formatCompactDuration } from '../../ui/duration'
import classes from './Review.module.css'
import { PLOT_INSET } from './ReviewChart'
import { useReviewCursor } from './store'

// The phase band: the incident's phases across the review window, its events as ticks, and the
// shared cursor. It is also the keyboard's way to scrub: a slider over the window's time.

export const PHASE_COLORS = {
  detect: 'var(--mantine-color-orange-6)',
  acknowledge: 'var(--mantine-color-yellow-6)',
  mitigate: 'var(--mantine-color-blue-6)',
  resolve: 'var(--mantine-color-teal-6)',
} as const

const KEY_STEPS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -10,
  PageUp: 10,
}

interface PhaseBandProps {
  window: TimeWindow
  segments: readonly PhaseSegment[]
  events: readonly TimelineEvent[]
  zone: DisplayZone
}

const share = (at: number, window: TimeWindow) => positionOf(at, window, 100)

export function PhaseBand({ window, segments, events, zone }: PhaseBandProps) {
  const { t } = useTranslation('review')
  const track = useRef<HTMLDivElement>(null)
  const at = useReviewCursor((state) => state.at)
  const setCursor = useReviewCursor((state) => state.set)
  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = track.current?.getBoundingClientRect()
    if (box) setCursor(timeAt(event.clientX - box.left, window, box.width))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = at ?? window.from
    let next: number | null = null
    if (event.key in KEY_STEPS) next = stepCursor(current, window, KEY_STEPS[event.key] ?? 0)
    else if (event.key === 'Home') next = window.from
    else if (event.key === 'End') next = window.to
    if (next === null) return
    event.preventDefault()
    setCursor(next)
  }
  return (
    <div style={{ marginLeft: PLOT_INSET.left, marginRight: PLOT_INSET.right }}>
      <div
        ref={track}
        className={classes.band}
        role="slider"
        tabIndex={0}
        aria-label={t('band.label')}
        aria-valuemin={window.from}
        aria-valuemax={window.to}
        aria-valuenow={at ?? window.from}
        aria-valuetext={at === null ? t('band.notPlaced') : formatDateTime(at, zone)}
        onPointerMove={moveTo}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId)
          moveTo(event)
        }}
        onKeyDown={onKeyDown}
      >
        {segments.map((segment) => (
          <div
            key={segment.name}
            className={classes.phase}
            data-running={segment.running || undefined}
            style={{
              left: `${share(segment.from, window)}%`,
              width: `${Math.max(0.4, share(segment.to, window) - share(segment.from, window))}%`,
              background: PHASE_COLORS[segment.name],
            }}
            title={t(segment.running ? 'band.phaseTitleRunning' : 'band.phaseTitle', {
              phase: t(`phase.${segment.name}`),
              duration: formatCompactDuration(segment.to - segment.from),
            })}
          >
            <span className={classes.phaseLabel}>
              {t(`phase.${segment.name}`)} {formatCompactDuration(segment.to - segment.from)}
            </span>
          </div>
        ))}
        {events.map((event) => (
          <div
            key={event.id}
            className={classes.tick}
            style={{ left: `${share(event.occurredAt, window)}%` }}
          />
        ))}
        {at !== null && (
          <div className={classes.bandCursor} style={{ left: `${share(at, window)}%` }} />
        )}
      </div>
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed" ff="monospace">
          {formatDateTime(window.from, zone)}
        </Text>
        <Text size="xs" fw={600} ff="monospace" data-testid="cursor-time">
          {at === null ? t('band.hint') : t('band.cursor', { time: formatTime(at, zone) })}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {formatDateTime(window.to, zone)}
        </Text>
      </Group>
      <Group gap="md" mt={4} aria-label={t('band.phases')}>
        {PHASE_NAMES.map((name) => (
          <Group key={name} gap={4}>
            <span className={classes.swatch} style={{ background: PHASE_COLORS[name] }} />
            <Text size="xs">{t(`phase.${name}`)}</Text>
          </Group>
        ))}
      </Group>
    </div>
  )
}

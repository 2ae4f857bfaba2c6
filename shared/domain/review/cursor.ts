import type { EpochMs } from '../incident'

// The shared time cursor of the review: one time, shown on every chart and the phase band, and
// the timeline events nearest to it highlighted.

export interface TimeWindow {
  from: EpochMs
  to: EpochMs
}

export interface Timed {
  id: string
  occurredAt: EpochMs
}

/**
 * The events nearest the cursor: every event at the smallest distance (several events can share a
 * time), within `reachMs`. Events must be in time order.
 */
export function nearestEvents<T extends Timed>(
  events: readonly T[],
  at: EpochMs,
  reachMs: number,
): T[] {
  if (events.length === 0) return []
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((events[middle]?.occurredAt ?? Infinity) < at) low = middle + 1
    else high = middle
  }
  const distance = (index: number) => Math.abs((events[index]?.occurredAt ?? Infinity) - at)
  const best = Math.min(distance(low - 1), distance(low))
  if (!Number.isFinite(best) || best > reachMs) return []
  return events.filter((event) => Math.abs(event.occurredAt - at) === best)
}

/**
 * The one time axis every part of the review shares: from the earliest of the incident start, its
 * charts and its events (a change made the day before belongs in the story) to the later of its
 * resolution (or now while it runs) and its charts, with a little margin. Events long after the
 * resolution (writing the postmortem days later) do not stretch it.
 */
export function reviewWindow(
  times: { startedAt: EpochMs; endedAt: EpochMs | null },
  spans: readonly TimeWindow[],
  events: readonly Timed[],
  now: EpochMs,
): TimeWindow {
  let from = times.startedAt
  let to = times.endedAt ?? now
  for (const span of spans) {
    from = Math.min(from, span.from)
    to = Math.max(to, span.to)
  }
  for (const event of events) from = Math.min(from, event.occurredAt)
  const margin = Math.max(60_000, (to - from) * 0.02)
  return { from: from - margin, to: to + margin }
}

/** Where a time falls across a width, clamped to it. */
export function positionOf(at: EpochMs, window: TimeWindow, width: number): number {
  const span = Math.max(1, window.to - window.from)
  return Math.min(width, Math.max(0, ((at - window.from) / span) * width))
}

/** The time at a position across a width. */
export function timeAt(position: number, window: TimeWindow, width: number): EpochMs {
  const share = Math.min(1, Math.max(0, position / Math.max(1, width)))
  return Math.round(window.from + share * (window.to - window.from))
}

/** Keyboard scrubbing: a step is 1% of the window, a big step 10%. */
export function stepCursor(at: EpochMs, window: TimeWindow, steps: number): EpochMs {
  const step = (window.to - window.from) / 100
  return Math.min(window.to, Math.max(window.from, Math.round(at + steps * step)))
}

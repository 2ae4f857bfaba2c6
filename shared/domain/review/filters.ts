import type { TimelineEvent, TimelineKind } from '../timeline'

// Review filters: which kinds of events and whose.

export interface ReviewFilter {
  /** Empty: every kind. */
  kinds: readonly TimelineKind[]
  /** Empty: every author. '' stands for events with no author (recorded by the app). */
  authors: readonly string[]
}

export function filterEvents(
  events: readonly TimelineEvent[],
  filter: ReviewFilter,
): TimelineEvent[] {
  const kinds = new Set(filter.kinds)
  const authors = new Set(filter.authors)
  return events.filter(
    (event) =>
      (kinds.size === 0 || kinds.has(event.kind)) &&
      (authors.size === 0 || authors.has(event.author)),
  )
}

/** Every author on the timeline, named ones first in alphabetical order. */
export function authorsOf(events: readonly TimelineEvent[]): string[] {
  const names = [...new Set(events.map((event) => event.author))]
  return names.sort((a, b) =>
    (a === '') !== (b === '') ? (a === '' ? 1 : -1) : a.localeCompare(b),
  )
}

import type { WireMessage } from '../i18n/messages'
import type { EpochMs } from './incident'

/** What produced a timeline event; the timeline filter groups by these. */
export const TIMELINE_KINDS = [
  'note',
  'status',
  'severity',
  'role',
  'step',
  'checklist',
  'hypothesis',
  'evidence',
  'alert',
  'postmortem',
] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export const TIMELINE_TEXT_MAX_LENGTH = 20_000

export interface TimelineEvent {
  id: string
  incidentId: string
  occurredAt: EpochMs
  kind: TimelineKind
  /** In English for what the app writes itself; search, exports and bundles read this. */
  text: string
  /**
   * What the app wrote, as a catalogue message to show in the reader's language; null for the
   * user's own words (a note, or an entry they edited) and for entries older than messages.
   */
  message: WireMessage | null
  author: string
  /** 'user' for typed notes, otherwise the feature that recorded it (runbook, prometheus...). */
  source: string
  createdAt: EpochMs
  updatedAt: EpochMs
  deletedAt: EpochMs | null
}

/**
 * Timeline order: when it happened, then when it was written. Entries written in the same
 * millisecond keep the order they arrive in (Array.prototype.sort is stable): the backend lists
 * them in the order they were written, and ids are random, so they cannot break the tie.
 */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.occurredAt - b.occurredAt || a.createdAt - b.createdAt
}

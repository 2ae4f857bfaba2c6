import { englishText } from '../i18n/english'
import { msg, type Message } from '../i18n/messages'
import { formatUtc } from './durations'
import { problemWithEventTime, type EpochMs } from './incident'
import type { TimelineKind } from './timeline'

// The shape every pure rule in shared/domain answers with, so a handler can write the new state
// and its timeline events in one transaction, or refuse with a message and write nothing.

/** A timeline event a rule asks the caller to append; the caller adds id, author and source. */
export interface TimelineDraft {
  kind: TimelineKind
  /** In English: what search, exports, bundles and older readers see. */
  text: string
  /** The same as a catalogue message, so each reader sees it in their own language. */
  message?: Message
  occurredAt: EpochMs
}

/** A draft the app words itself: `text` is the message's English. */
export function timelineDraft(kind: TimelineKind, message: Message, at: EpochMs): TimelineDraft {
  return { kind, text: englishText(message), message, occurredAt: at }
}

/**
 * Why a change was refused. `invalid`: the input itself is wrong (an empty reason, a time
 * before the incident started; `field` names it). `conflict`: fine input, but not allowed in the
 * current state (resolved -> investigating without reopening). `not_found`: no such step or item.
 */
export interface Refusal {
  ok: false
  reason: 'invalid' | 'conflict' | 'not_found'
  /** In English, for logs and tests. */
  message: string
  /** The same as a catalogue message, so the UI can word it in the user's language. */
  text?: Message
  field?: string
}

export interface Accepted<T> {
  ok: true
  value: T
  events: TimelineDraft[]
}

export type Change<T> = Accepted<T> | Refusal

export function accept<T>(value: T, events: TimelineDraft[] = []): Accepted<T> {
  return { ok: true, value, events }
}

export function refuse(
  reason: Refusal['reason'],
  message: string | Message,
  field?: string,
): Refusal {
  const refusal: Refusal =
    typeof message === 'string'
      ? { ok: false, reason, message }
      : { ok: false, reason, message: englishText(message), text: message }
  if (field !== undefined) refusal.field = field
  return refusal
}

export interface EventTimeContext {
  /** The real time of the request. */
  now: EpochMs
  /** When the user says it happened, if they backdate it; defaults to `now`. */
  at?: EpochMs
  /** Nothing about an incident can be dated before it started. */
  incidentStartedAt: EpochMs
}

/** The time an action is recorded at, or why the user's chosen time is refused (field "at"). */
export function eventTime(ctx: EventTimeContext): EpochMs | Refusal {
  const at = ctx.at ?? ctx.now
  const problem = problemWithEventTime(at, ctx.now)
  if (problem) return refuse('invalid', problem, 'at')
  if (at < ctx.incidentStartedAt) {
    const startedAt = formatUtc(ctx.incidentStartedAt)
    return refuse('invalid', msg('msgWork:eventTime.beforeStart', { startedAt }), 'at')
  }
  return at
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).ok === false
}

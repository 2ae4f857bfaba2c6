import { AppError } from '../../../shared/contract/errors'
import type { Accepted, Change, Refusal, TimelineDraft } from '../../../shared/domain/change'
import type { TimelineEvent } from '../../../shared/domain/timeline'
import { readSettings } from '../repositories/settings'
import { insertTimelineEvent } from '../repositories/timeline'
import type { HandlerDeps } from './types'

// Glue between the pure rules in shared/domain and the store: a refusal becomes the AppError the
// UI shows, and accepted timeline drafts become rows.

const CODES = { invalid: 'invalid_input', conflict: 'conflict', not_found: 'not_found' } as const

export function refusalError(refusal: Refusal): AppError {
  const message = refusal.text ?? refusal.message
  const detail = refusal.field ? { fields: { [refusal.field]: message } } : undefined
  return new AppError(CODES[refusal.reason], message, detail)
}

/** The accepted change, or throws its refusal (inside a transaction, that rolls it back). */
export function unwrap<T>(change: Change<T>): Accepted<T> {
  if (!change.ok) throw refusalError(change)
  return change
}

/**
 * Writes drafts as timeline events by the configured author. Events of one action often share
 * a time; `createdAt` grows by a millisecond per event so the timeline keeps them in the order
 * the rule gave (acknowledged before started, started before ticked).
 */
export function appendTimeline(
  deps: HandlerDeps,
  incidentId: string,
  drafts: readonly TimelineDraft[],
  source: string,
  writtenAt: number,
): TimelineEvent[] {
  if (drafts.length === 0) return []
  const author = readSettings(deps.db).authorName
  return drafts.map((draft, i) => {
    const createdAt = writtenAt + i
    const event: TimelineEvent = {
      id: deps.newId(),
      incidentId,
      occurredAt: draft.occurredAt,
      kind: draft.kind,
      text: draft.text,
      message: draft.message ?? null,
      author,
      source,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    }
    insertTimelineEvent(deps.db, event)
    return event
  })
}

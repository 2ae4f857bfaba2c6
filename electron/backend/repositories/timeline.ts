import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'
import { messageSchema } from '../../../shared/i18n/message-schema'
import type { WireMessage } from '../../../shared/i18n/messages'
import type { TimelineEvent, TimelineKind } from '../../../shared/domain/timeline'

interface TimelineRow {
  id: string
  incident_id: string
  occurred_at: number
  kind: string
  text: string
  message: string | null
  author: string
  source: string
  created_at: number
  updated_at: number
  deleted_at: number | null
}

/** An event to write; the app's own entries carry their message, the user's words none. */
export type NewTimelineEvent = Omit<TimelineEvent, 'message'> & { message?: WireMessage | null }

/**
 * The stored message, or null when there is none or it cannot be read (a hand-edited file, a
 * bundle from elsewhere): the English text is always there to fall back on.
 */
function messageFromColumn(json: string | null): WireMessage | null {
  if (json === null) return null
  try {
    const parsed = messageSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function eventFromRow(row: TimelineRow): TimelineEvent {
  return {
    id: row.id,
    incidentId: row.incident_id,
    occurredAt: row.occurred_at,
    kind: row.kind as TimelineKind,
    text: row.text,
    message: messageFromColumn(row.message),
    author: row.author,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

const COLUMNS =
  'id, incident_id, occurred_at, kind, text, message, author, source, created_at, updated_at, deleted_at'

export function insertTimelineEvent(db: Database.Database, event: NewTimelineEvent): void {
  prepared(
    db,
    `INSERT INTO timeline_events (${COLUMNS}) VALUES (@id, @incident_id, @occurred_at, @kind,
      @text, @message, @author, @source, @created_at, @updated_at, @deleted_at)`,
  ).run({
    id: event.id,
    incident_id: event.incidentId,
    occurred_at: event.occurredAt,
    kind: event.kind,
    text: event.text,
    message: event.message ? JSON.stringify(event.message) : null,
    author: event.author,
    source: event.source,
    created_at: event.createdAt,
    updated_at: event.updatedAt,
    deleted_at: event.deletedAt,
  })
}

export function findTimelineEvent(db: Database.Database, id: string): TimelineEvent | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM timeline_events WHERE id = ?`).get(id) as
    TimelineRow | undefined
  return row && eventFromRow(row)
}

/**
 * The live (not deleted) events of one incident, in timeline order. Ties are broken by rowid,
 * the order they were written (ids are random UUIDs); the index ends in rowid, so it serves the
 * whole order.
 */
export function listTimelineEvents(db: Database.Database, incidentId: string): TimelineEvent[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM timeline_events WHERE incident_id = ? AND deleted_at IS NULL
       ORDER BY occurred_at, created_at, rowid`,
  ).all(incidentId) as TimelineRow[]
  return rows.map(eventFromRow)
}

/** A changed text is the user's own words: the app's message for the old one goes with it. */
export function updateTimelineEvent(
  db: Database.Database,
  id: string,
  changes: { text?: string; occurredAt?: number; deletedAt?: number | null; updatedAt: number },
): void {
  prepared(
    db,
    `UPDATE timeline_events SET
       text = coalesce(@text, text),
       message = CASE WHEN @text IS NULL OR @text = text THEN message ELSE NULL END,
       occurred_at = coalesce(@occurred_at, occurred_at),
       deleted_at = CASE WHEN @set_deleted THEN @deleted_at ELSE deleted_at END,
       updated_at = @updated_at
     WHERE id = @id`,
  ).run({
    id,
    text: changes.text ?? null,
    occurred_at: changes.occurredAt ?? null,
    set_deleted: changes.deletedAt === undefined ? 0 : 1,
    deleted_at: changes.deletedAt ?? null,
    updated_at: changes.updatedAt,
  })
}

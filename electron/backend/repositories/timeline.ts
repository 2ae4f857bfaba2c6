import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'
import type { TimelineEvent, TimelineKind } from '../../../shared/domain/timeline'

interface TimelineRow {
  id: string
  incident_id: string
  occurred_at: number
  kind: string
  text: string
  author: string
  source: string
  created_at: number
  updated_at: number
  deleted_at: number | null
}

function eventFromRow(row: TimelineRow): TimelineEvent {
  return {
    id: row.id,
    incidentId: row.incident_id,
    occurredAt: row.occurred_at,
    kind: row.kind as TimelineKind,
    text: row.text,
    author: row.author,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

const COLUMNS =
  'id, incident_id, occurred_at, kind, text, author, source, created_at, updated_at, deleted_at'

export function insertTimelineEvent(db: Database.Database, event: TimelineEvent): void {
  prepared(
    db,
    `INSERT INTO timeline_events (${COLUMNS}) VALUES (@id, @incident_id, @occurred_at, @kind,
      @text, @author, @source, @created_at, @updated_at, @deleted_at)`,
  ).run({
    id: event.id,
    incident_id: event.incidentId,
    occurred_at: event.occurredAt,
    kind: event.kind,
    text: event.text,
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

/** The live (not deleted) events of one incident, in timeline order. */
export function listTimelineEvents(db: Database.Database, incidentId: string): TimelineEvent[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM timeline_events WHERE incident_id = ? AND deleted_at IS NULL
       ORDER BY occurred_at, created_at, id`,
  ).all(incidentId) as TimelineRow[]
  return rows.map(eventFromRow)
}

export function updateTimelineEvent(
  db: Database.Database,
  id: string,
  changes: { text?: string; occurredAt?: number; deletedAt?: number | null; updatedAt: number },
): void {
  prepared(
    db,
    `UPDATE timeline_events SET
       text = coalesce(@text, text),
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

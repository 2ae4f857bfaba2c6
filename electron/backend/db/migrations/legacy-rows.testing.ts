import type Database from 'better-sqlite3'
import type { TimelineEvent } from '../../../../shared/domain/timeline'

// Migration tests fill a database at an older schema, where today's repositories would name
// columns that do not exist yet. These write rows with the columns every schema has had.

/** A timeline event as schema 1 stored it (no message column). */
export function insertLegacyTimelineEvent(
  db: Database.Database,
  event: Omit<TimelineEvent, 'message'>,
): void {
  db.prepare(
    `INSERT INTO timeline_events (id, incident_id, occurred_at, kind, text, author, source,
       created_at, updated_at, deleted_at)
     VALUES (@id, @incidentId, @occurredAt, @kind, @text, @author, @source, @createdAt,
       @updatedAt, @deletedAt)`,
  ).run(event)
}

import type Database from 'better-sqlite3'
import type { Migration } from '../migrate'
import { LIBRARY_INDEX_SQL, libraryBackfillSql, libraryTriggersSql } from './0007-library-index-sql'

// The incident library's full-text index, review comments, and the shared archive.
//
// The index is kept by SQL triggers on the source tables (see library-index-sql.ts), so no write
// path (handlers, bundle import, archive sync, a future feature) can forget it.
//
// Incidents synced from the archive are read-only: BEFORE triggers refuse any write to their rows
// unless archive_sync_lock holds a row, which only the sync inserts and removes inside its own
// transaction (so no other connection ever sees it).

export const READ_ONLY_MESSAGE =
  'This incident comes from the shared archive and is read-only here; change it where it was published, then publish and sync again.'

/** Tables holding an incident's rows, with the column naming the incident. */
const INCIDENT_TABLES: readonly (readonly [table: string, scope: string])[] = [
  ['incidents', 'id'],
  ['timeline_events', 'incident_id'],
  ['runbook_runs', 'incident_id'],
  ['hypotheses', 'incident_id'],
  ['incident_roles', 'incident_id'],
  ['evidence', 'incident_id'],
  ['postmortems', 'incident_id'],
  ['postmortem_sections', 'incident_id'],
  ['action_items', 'incident_id'],
  ['incident_alerts', 'incident_id'],
]

const REVIEW_AND_ARCHIVE_SCHEMA = `
  -- Comments written while reviewing an incident, on one of its timeline events.
  CREATE TABLE review_comments (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX review_comments_incident ON review_comments (incident_id, created_at);

  -- The archive folder this machine publishes to and syncs from (one row at most).
  CREATE TABLE archive_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    folder TEXT NOT NULL,
    chosen_at INTEGER NOT NULL,
    last_sync_at INTEGER
  ) STRICT;

  -- Incidents read from the archive: where their bundle is and what it was when last read.
  CREATE TABLE archive_entries (
    incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    bundle_path TEXT NOT NULL UNIQUE,
    bundle_sha256 TEXT NOT NULL,
    bundle_mtime_ms INTEGER NOT NULL,
    bundle_size INTEGER NOT NULL,
    synced_at INTEGER NOT NULL
  ) STRICT;

  -- Local incidents published to the archive, so a republish keeps its folder.
  CREATE TABLE archive_publications (
    incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    dir TEXT NOT NULL,
    published_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE archive_sync_lock (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
`

function readOnlyTriggers(table: string, scope: string): string {
  const guard = (row: string) =>
    `EXISTS (SELECT 1 FROM archive_entries WHERE incident_id = ${row}.${scope})
     AND NOT EXISTS (SELECT 1 FROM archive_sync_lock)`
  const raise = `BEGIN SELECT RAISE(ABORT, '${READ_ONLY_MESSAGE}'); END;`
  return `
    CREATE TRIGGER archive_read_only_${table}_insert BEFORE INSERT ON ${table}
      WHEN ${guard('NEW')} ${raise}
    CREATE TRIGGER archive_read_only_${table}_update BEFORE UPDATE ON ${table}
      WHEN ${guard('OLD')} ${raise}
    CREATE TRIGGER archive_read_only_${table}_delete BEFORE DELETE ON ${table}
      WHEN ${guard('OLD')} ${raise}`
}

function tableExists(db: Database.Database, table: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  )
}

export const libraryReviewArchive: Migration = {
  version: 7,
  name: 'library full-text index, review comments, shared archive',
  up(db) {
    db.exec(LIBRARY_INDEX_SQL)
    // What the database already holds; the triggers only see later writes.
    db.exec(libraryBackfillSql())
    db.exec(libraryTriggersSql())
    db.exec(REVIEW_AND_ARCHIVE_SCHEMA)
    for (const [table, scope] of INCIDENT_TABLES) {
      if (tableExists(db, table)) db.exec(readOnlyTriggers(table, scope))
    }
  },
}

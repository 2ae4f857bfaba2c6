import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'

// The archive's rows: the chosen folder, the incidents synced from it (with what their bundle was
// when read) and the local incidents published to it.

export interface ArchiveSettingsRow {
  folder: string
  chosen_at: number
  last_sync_at: number | null
}

export interface ArchiveEntry {
  incidentId: string
  bundlePath: string
  sha256: string
  mtimeMs: number
  size: number
  syncedAt: number
}

interface EntryRow {
  incident_id: string
  bundle_path: string
  bundle_sha256: string
  bundle_mtime_ms: number
  bundle_size: number
  synced_at: number
}

const entryFromRow = (row: EntryRow): ArchiveEntry => ({
  incidentId: row.incident_id,
  bundlePath: row.bundle_path,
  sha256: row.bundle_sha256,
  mtimeMs: row.bundle_mtime_ms,
  size: row.bundle_size,
  syncedAt: row.synced_at,
})

export function readArchiveSettings(db: Database.Database): ArchiveSettingsRow | undefined {
  return prepared(db, 'SELECT folder, chosen_at, last_sync_at FROM archive_settings').get() as
    ArchiveSettingsRow | undefined
}

export function writeArchiveFolder(db: Database.Database, folder: string, at: number): void {
  prepared(
    db,
    `INSERT INTO archive_settings (id, folder, chosen_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET folder = excluded.folder, chosen_at = excluded.chosen_at,
       last_sync_at = NULL`,
  ).run(folder, at)
}

export function clearArchiveFolder(db: Database.Database): void {
  prepared(db, 'DELETE FROM archive_settings').run()
}

export function markSynced(db: Database.Database, at: number): void {
  prepared(db, 'UPDATE archive_settings SET last_sync_at = ?').run(at)
}

export function archiveEntries(db: Database.Database): ArchiveEntry[] {
  const rows = prepared(
    db,
    'SELECT * FROM archive_entries ORDER BY bundle_path',
  ).all() as EntryRow[]
  return rows.map(entryFromRow)
}

export function archiveEntryFor(
  db: Database.Database,
  incidentId: string,
): ArchiveEntry | undefined {
  const row = prepared(db, 'SELECT * FROM archive_entries WHERE incident_id = ?').get(
    incidentId,
  ) as EntryRow | undefined
  return row && entryFromRow(row)
}

export function saveArchiveEntry(db: Database.Database, entry: ArchiveEntry): void {
  prepared(
    db,
    `INSERT INTO archive_entries (incident_id, bundle_path, bundle_sha256, bundle_mtime_ms,
       bundle_size, synced_at) VALUES (@incidentId, @bundlePath, @sha256, @mtimeMs, @size, @syncedAt)
     ON CONFLICT (incident_id) DO UPDATE SET bundle_path = excluded.bundle_path,
       bundle_sha256 = excluded.bundle_sha256, bundle_mtime_ms = excluded.bundle_mtime_ms,
       bundle_size = excluded.bundle_size, synced_at = excluded.synced_at`,
  ).run(entry)
}

export function publishedDir(db: Database.Database, incidentId: string): string | undefined {
  return prepared(db, 'SELECT dir FROM archive_publications WHERE incident_id = ?')
    .pluck()
    .get(incidentId) as string | undefined
}

export function savePublication(
  db: Database.Database,
  incidentId: string,
  dir: string,
  at: number,
): void {
  prepared(
    db,
    `INSERT INTO archive_publications (incident_id, dir, published_at) VALUES (?, ?, ?)
     ON CONFLICT (incident_id) DO UPDATE SET dir = excluded.dir, published_at = excluded.published_at`,
  ).run(incidentId, dir, at)
}

export function archiveCounts(db: Database.Database): { synced: number; published: number } {
  const count = (table: string) =>
    prepared(db, `SELECT count(*) FROM ${table}`).pluck().get() as number
  return { synced: count('archive_entries'), published: count('archive_publications') }
}

/**
 * Runs `write` with the archive's read-only guard lifted: the lock row exists only inside this
 * transaction, so no other connection or later write ever sees it.
 */
export function asArchiveSync<T>(db: Database.Database, write: () => T): T {
  return db.transaction(() => {
    prepared(db, 'INSERT INTO archive_sync_lock (id) VALUES (1)').run()
    try {
      return write()
    } finally {
      prepared(db, 'DELETE FROM archive_sync_lock').run()
    }
  })()
}

import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'

/** File-name-safe UTC stamp, sortable: 2026-11-21T19-40-00-000Z. */
export function backupStamp(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-')
}

/**
 * An online backup through SQLite's backup API: consistent even while the database is in use,
 * unlike a plain copy of a live WAL file.
 */
export async function backupDatabase(
  db: Database.Database,
  backupDir: string,
  label: string,
  time: number,
): Promise<string> {
  mkdirSync(backupDir, { recursive: true })
  const file = join(backupDir, `firebreak-${backupStamp(time)}-${label}.sqlite`)
  await db.backup(file)
  return file
}

import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { backupsToDelete } from './retention'

const BACKUP_NAME = /^firebreak-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-([\w-]+)\.sqlite$/

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** File-name-safe UTC stamp, sortable: 2026-11-21T19-40-00-000Z. */
export function backupStamp(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-')
}

function timeFromStamp(stamp: string): number {
  const [date = '', time = ''] = stamp.split('T')
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  return Date.parse(`${date}T${h}:${m}:${s}.${ms}Z`)
}

/**
 * An online backup through SQLite's backup API: consistent even while the database is in use,
 * unlike a plain copy of a live WAL file.
 */
export async function backupDatabase(
  db: Database.Database,
  dir: string,
  label: string,
  time: number,
): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `firebreak-${backupStamp(time)}-${label}.sqlite`)
  await db.backup(file)
  return file
}

export interface BackupInfo {
  file: string
  createdAt: number
  reason: string
  sizeBytes: number
  /** null when the backup cannot be read. */
  incidentCount: number | null
  good: boolean
}

/** Opens a backup read-only to check it and count its incidents; never modifies it. */
function inspect(path: string): { good: boolean; incidentCount: number | null } {
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    const good = db.pragma('quick_check', { simple: true }) === 'ok'
    const incidentCount = db.prepare('SELECT count(*) FROM incidents').pluck().get() as number
    return { good, incidentCount }
  } catch {
    return { good: false, incidentCount: null }
  } finally {
    db?.close()
  }
}

/** Every backup, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const backups: BackupInfo[] = []
  for (const name of names) {
    const match = BACKUP_NAME.exec(name)
    if (!match) continue
    const path = join(dir, name)
    backups.push({
      file: name,
      createdAt: timeFromStamp(match[1] ?? ''),
      reason: match[2] ?? '',
      sizeBytes: statSync(path).size,
      ...inspect(path),
    })
  }
  return backups.sort((a, b) => b.createdAt - a.createdAt)
}

/** Deletes the backups the retention rule does not keep. */
export function pruneBackups(dataDir: string, now: number): string[] {
  const dir = backupDir(dataDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const stamps = names.flatMap((file) => {
    const match = BACKUP_NAME.exec(file)
    return match ? [{ file, createdAt: timeFromStamp(match[1] ?? '') }] : []
  })
  const doomed = backupsToDelete(stamps, now)
  for (const file of doomed) rmSync(join(dir, file), { force: true })
  return doomed
}

/** Resolves a backup file name from the UI to a path inside the backup folder, or null. */
export function backupPath(dataDir: string, file: string): string | null {
  return BACKUP_NAME.test(file) ? join(backupDir(dataDir), file) : null
}

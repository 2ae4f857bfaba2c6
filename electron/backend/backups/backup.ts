import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupTarget } from '../db/integrity-check'
import { backupsToDelete } from './retention'

const BACKUP_NAME = /^firebreak-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-([\w-]+)\.sqlite$/
const PARTIAL_SUFFIX = '.partial'
/** A partial file this old belongs to a backup that was cut short (the app quit or crashed). */
const ABANDONED_PARTIAL_MS = 60 * 60_000

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

/** Where a backup is written: a partial file first, renamed once whole. */
export function backupTarget(dir: string, label: string, time: number): BackupTarget {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `firebreak-${backupStamp(time)}-${label}.sqlite`)
  return { partial: `${file}${PARTIAL_SUFFIX}`, file }
}

/**
 * An online backup through SQLite's backup API: consistent even while the database is in use,
 * unlike a plain copy of a live WAL file. Written aside and renamed, so a crash never leaves a
 * half-written file among the backups.
 */
export async function backupDatabase(
  db: Database.Database,
  dir: string,
  label: string,
  time: number,
): Promise<string> {
  const target = backupTarget(dir, label, time)
  try {
    await db.backup(target.partial)
    renameSync(target.partial, target.file)
  } catch (error) {
    rmSync(target.partial, { force: true })
    throw error
  }
  return target.file
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

type Inspection = { good: boolean; incidentCount: number | null }

/**
 * What each backup file was found to be, by path, size and modification time. A backup is
 * renamed into place whole and never written again, so it is checked once, not every time
 * Settings lists the backups (quick_check reads the whole file).
 */
const inspected = new Map<string, { size: number; mtimeMs: number; result: Inspection }>()

function inspectOnce(path: string, size: number, mtimeMs: number): Inspection {
  const known = inspected.get(path)
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.result
  const result = inspect(path)
  inspected.set(path, { size, mtimeMs, result })
  return result
}

/** Opens a backup read-only to check it and count its incidents; never modifies it. */
function inspect(path: string): Inspection {
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
    const { size, mtimeMs } = statSync(path)
    backups.push({
      file: name,
      createdAt: timeFromStamp(match[1] ?? ''),
      reason: match[2] ?? '',
      sizeBytes: size,
      ...inspectOnce(path, size, mtimeMs),
    })
  }
  return backups.sort((a, b) => b.createdAt - a.createdAt)
}

/** Deletes the backups the retention rule does not keep, and backups abandoned half-written. */
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
  const abandoned = names.filter((file) => {
    const match = BACKUP_NAME.exec(file.slice(0, -PARTIAL_SUFFIX.length))
    return (
      file.endsWith(PARTIAL_SUFFIX) &&
      match !== null &&
      now - timeFromStamp(match[1] ?? '') > ABANDONED_PARTIAL_MS
    )
  })
  const doomed = [...backupsToDelete(stamps, now), ...abandoned]
  for (const file of doomed) rmSync(join(dir, file), { force: true })
  return doomed
}

/** Resolves a backup file name from the UI to a path inside the backup folder, or null. */
export function backupPath(dataDir: string, file: string): string | null {
  return BACKUP_NAME.test(file) ? join(backupDir(dataDir), file) : null
}

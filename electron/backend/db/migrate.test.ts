import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../app'
import { tempDir } from '../testing/support'
import { DATABASE_FILE, DataDirError, openDatabase } from './open'
import { DatabaseTooNewError, latestVersion, schemaVersion, type Migration } from './migrate'
import { MIGRATIONS } from './migrations'

const LATEST = latestVersion(MIGRATIONS)

function fileBytes(dir: string): Buffer {
  return readFileSync(join(dir, DATABASE_FILE))
}

/** A database file at `version` with one incident row, written without WAL so the bytes settle. */
async function seededFile(dir: string): Promise<void> {
  const db = await openDatabase(dir)
  db.prepare(
    `INSERT INTO incidents (id, title, severity, status, started_at, created_at, updated_at)
     VALUES ('i1', 'Checkout errors', 'SEV2', 'investigating', 1, 1, 1)`,
  ).run()
  db.pragma('journal_mode = DELETE')
  db.close()
}

describe('migrations', () => {
  it('creates every table on a fresh file and records the version', async () => {
    const db = await openDatabase(tempDir())
    expect(schemaVersion(db)).toBe(LATEST)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['incidents', 'timeline_events', 'settings']))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('refuses a database written by a newer version and leaves the file untouched', async () => {
    const dir = tempDir()
    await seededFile(dir)
    const raw = new Database(join(dir, DATABASE_FILE))
    raw.pragma(`user_version = ${LATEST + 5}`)
    raw.close()
    const before = fileBytes(dir)

    await expect(openDatabase(dir)).rejects.toThrow(DatabaseTooNewError)
    await expect(openDatabase(dir)).rejects.toThrow(/newer version of Firebreak/)
    expect(fileBytes(dir).equals(before)).toBe(true)
    expect(existsSync(join(dir, `${DATABASE_FILE}-wal`))).toBe(false)
  })

  it('leaves the file as it was when a migration fails halfway', async () => {
    const dir = tempDir()
    await seededFile(dir)
    const broken: Migration = {
      version: LATEST + 1,
      name: 'fails after a first change',
      up(db) {
        db.exec('ALTER TABLE incidents ADD COLUMN doomed TEXT')
        db.exec('DROP TABLE settings')
        throw new Error('disk on fire')
      },
    }
    await expect(openDatabase(dir, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      'disk on fire',
    )
    const db = await openDatabase(dir)
    expect(schemaVersion(db)).toBe(LATEST)
    const columns = db.prepare('PRAGMA table_info(incidents)').all() as { name: string }[]
    expect(columns.map((c) => c.name)).not.toContain('doomed')
    expect(db.prepare('SELECT title FROM incidents').pluck().all()).toEqual(['Checkout errors'])
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'settings'").get()).toBeTruthy()
    db.close()
  })

  it('takes an online backup before migrating an existing database', async () => {
    const dir = tempDir()
    await seededFile(dir)
    const next: Migration = {
      version: LATEST + 1,
      name: 'adds tags',
      up: (db) => db.exec('CREATE TABLE tags (name TEXT PRIMARY KEY) STRICT'),
    }
    const backend = await createBackend({
      dataDir: dir,
      mode: 'browser',
      version: 'test',
      migrations: [...MIGRATIONS, next],
      periodicBackups: false,
    })
    backend.close()
    const backups = readdirSync(join(dir, 'backups')).filter((f) => f.includes('before-migrate'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toContain(`before-migrate-v${LATEST}`)
    const copy = new Database(join(dir, 'backups', backups[0] ?? ''), { readonly: true })
    expect(schemaVersion(copy)).toBe(LATEST)
    expect(copy.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(1)
    copy.close()
  })

  it('names the data folder when it cannot be written', async () => {
    const dir = join(tempDir(), 'blocked')
    // A file where the folder should be makes the folder impossible to create.
    const fs = await import('node:fs')
    fs.writeFileSync(dir, 'not a folder')
    const attempt = openDatabase(join(dir, 'data'))
    await expect(attempt).rejects.toThrow(DataDirError)
    await expect(openDatabase(join(dir, 'data'))).rejects.toThrow(join(dir, 'data'))
  })
})

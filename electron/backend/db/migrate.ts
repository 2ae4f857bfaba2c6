import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

/** The database was written by a newer Firebreak; we refuse to touch it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
    /** The app version that last wrote the file, when it recorded one. */
    readonly writtenBy: string | null,
  ) {
    const needed = writtenBy ? `Firebreak ${writtenBy} or newer` : 'a newer version of Firebreak'
    super(
      `This data was written by a newer version of Firebreak (schema ${found}; this version reads up to ${supported}). ` +
        `Install ${needed} to open it. Nothing was changed.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

/** The app version recorded in the file's meta table, read without writing anything. */
export function recordedAppVersion(db: Database.Database): string | null {
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'app_version'").get() as
      { value: string } | undefined
    return row?.value ?? null
  } catch {
    return null
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0)
}

/** Throws DatabaseTooNewError when the file is ahead of this app. */
export function assertNotNewer(db: Database.Database, migrations: readonly Migration[]): void {
  const found = schemaVersion(db)
  const supported = latestVersion(migrations)
  if (found > supported) throw new DatabaseTooNewError(found, supported, recordedAppVersion(db))
}

/**
 * Runs the pending migrations in one transaction: either all apply and user_version moves to
 * the latest, or none does and the file is as it was.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  assertNotNewer(db, migrations)
  const current = schemaVersion(db)
  const pending = [...migrations]
    .filter((m) => m.version > current)
    .sort((a, b) => a.version - b.version)
  if (pending.length === 0) return []
  db.transaction(() => {
    for (const migration of pending) migration.up(db)
    db.pragma(`user_version = ${latestVersion(pending)}`)
  })()
  return pending.map((m) => m.version)
}

import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ensureWritableDir } from '../data-dir'
import { assertNotNewer, migrate, schemaVersion, type Migration } from './migrate'
import { MIGRATIONS } from './migrations'

export { DataDirError } from '../data-dir'

export const DATABASE_FILE = 'firebreak.sqlite'

export interface OpenOptions {
  migrations?: readonly Migration[]
  /** Called with the live database before pending migrations run (the online backup). */
  beforeMigrate?: (db: Database.Database, fromVersion: number) => Promise<void>
  /** Recorded in the file so a too-old app can say which version is needed. */
  appVersion?: string
}

/** Pragmas for a timeline that must survive the laptop dying mid-incident. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

/** Opens (creating if needed) and migrates the app database inside `dataDir`. */
export async function openDatabase(
  dataDir: string,
  options: OpenOptions = {},
): Promise<Database.Database> {
  ensureWritableDir(dataDir)
  const migrations = options.migrations ?? MIGRATIONS
  const db = new Database(join(dataDir, DATABASE_FILE))
  try {
    // Check the version before any pragma that could rewrite the file (journal_mode).
    assertNotNewer(db, migrations)
    applyPragmas(db)
    const version = schemaVersion(db)
    const pending = migrations.some((m) => m.version > version)
    if (pending && version > 0 && options.beforeMigrate) await options.beforeMigrate(db, version)
    migrate(db, migrations)
    if (options.appVersion) {
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('app_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(options.appVersion)
    }
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

import { copyFileSync, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { backupDatabase, backupDir, backupPath, backupStamp, pruneBackups } from './backups/backup'
import { DataDirError, DATABASE_FILE, openDatabase } from './db/open'
import { DatabaseTooNewError, type Migration } from './db/migrate'

export interface StoreOptions {
  dataDir: string
  now: () => number
  appVersion: string
  migrations?: readonly Migration[]
}

/**
 * Owns the database file's life: opening with a quick check, backups, restoring one, and the
 * recovery state when the file is damaged. Handlers only see `db` while it is healthy.
 */
export class Store {
  db: Database.Database | null = null
  /** Why the database cannot be used (damaged file); null when healthy. */
  problem: string | null = null

  constructor(private readonly options: StoreOptions) {}

  get databasePath(): string {
    return join(this.options.dataDir, DATABASE_FILE)
  }

  /** Throws only for what no backup can fix: an unwritable folder or a newer database. */
  async open(): Promise<void> {
    const { dataDir, now, migrations, appVersion } = this.options
    try {
      const db = await openDatabase(dataDir, {
        migrations,
        appVersion,
        beforeMigrate: async (live, from) => {
          await backupDatabase(live, backupDir(dataDir), `before-migrate-v${from}`, now())
        },
      })
      const check = db.pragma('quick_check', { simple: true })
      if (check !== 'ok') {
        db.close()
        this.problem = `The database failed its integrity check: ${String(check)}`
        return
      }
      this.db = db
      this.problem = null
    } catch (error) {
      if (error instanceof DataDirError || error instanceof DatabaseTooNewError) throw error
      this.problem = `The database file could not be read: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  async backup(reason: string): Promise<string | null> {
    if (!this.db) return null
    const file = await backupDatabase(
      this.db,
      backupDir(this.options.dataDir),
      reason,
      this.options.now(),
    )
    pruneBackups(this.options.dataDir, this.options.now())
    return file
  }

  /** integrity_check (full) or quick_check; 'ok' or the problems SQLite reports. */
  check(full: boolean): string[] {
    if (!this.db) return [this.problem ?? 'The database is not open']
    const rows = this.db.pragma(full ? 'integrity_check' : 'quick_check') as Record<
      string,
      string
    >[]
    return rows.map((row) => Object.values(row)[0] ?? '')
  }

  /**
   * Replaces the database with a backup. The current file is kept aside (renamed, never
   * deleted) so a wrong choice can be undone by hand.
   */
  async restore(file: string): Promise<{ keptAside: string }> {
    const source = backupPath(this.options.dataDir, file)
    if (!source || !existsSync(source)) throw new Error(`No backup named ${file}`)
    const label = this.problem ? 'damaged' : 'replaced'
    this.close()
    const aside = `${this.databasePath}.${label}-${backupStamp(this.options.now())}`
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(this.databasePath + suffix))
        renameSync(this.databasePath + suffix, aside + suffix)
    }
    copyFileSync(source, this.databasePath)
    await this.open()
    return { keptAside: aside }
  }

  close(): void {
    if (this.db?.open) this.db.close()
    this.db = null
  }
}

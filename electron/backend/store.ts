import { copyFileSync, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/contract/errors'
import { englishText } from '../../shared/i18n/english'
import { msg, type Message } from '../../shared/i18n/messages'
import {
  backupDatabase,
  backupDir,
  backupPath,
  backupStamp,
  backupTarget,
  pruneBackups,
} from './backups/backup'
import { startIntegrityCheck, type BackupTarget, type IntegrityRun } from './db/integrity-check'
import { DataDirError, DATABASE_FILE, openDatabase } from './db/open'
import { DatabaseTooNewError, type Migration } from './db/migrate'

export interface StoreOptions {
  dataDir: string
  now: () => number
  appVersion: string
  migrations?: readonly Migration[]
}

/**
 * Owns the database file's life: opening, the integrity check, backups, restoring one, and the
 * recovery state when the file is damaged. Handlers only see `db` while it is healthy.
 *
 * At start the file is opened and migrated, and the app serves it at once; quick_check and the
 * start-up backup follow in a worker (on a large library they take seconds). Writes made
 * meanwhile go to the file as always; if the check fails, the app switches to recovery and the
 * file, with those writes, is kept aside when a backup is restored.
 */
export class Store {
  db: Database.Database | null = null
  /** Why the database cannot be used (damaged file); null when healthy. */
  problemText: Message | null = null
  /** Whether open() created the file (a new file has nothing to check). */
  created = false
  private running: IntegrityRun | null = null
  private pendingChecks = 0

  constructor(private readonly options: StoreOptions) {}

  /** The problem in English, as logs and older callers read it. */
  get problem(): string | null {
    return this.problemText && englishText(this.problemText)
  }

  get databasePath(): string {
    return join(this.options.dataDir, DATABASE_FILE)
  }

  /** Whether an integrity check of the open file is still under way. */
  get checking(): boolean {
    return this.pendingChecks > 0
  }

  /**
   * Opens and migrates the file, without the integrity check (see `verify`). Throws only for what
   * no backup can fix: an unwritable folder or a newer database.
   */
  async open(): Promise<void> {
    const { dataDir, now, migrations, appVersion } = this.options
    this.created = !existsSync(this.databasePath)
    try {
      this.db = await openDatabase(dataDir, {
        migrations,
        appVersion,
        beforeMigrate: async (live, from) => {
          await backupDatabase(live, backupDir(dataDir), `before-migrate-v${from}`, now())
        },
      })
      this.problemText = null
    } catch (error) {
      if (error instanceof DataDirError || error instanceof DatabaseTooNewError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      this.problemText = msg('msgFiles:recovery.unreadable', { reason })
    }
  }

  /**
   * quick_check of the open file in a worker (after `delayMs`), then, when `backupReason` is
   * given and the file is sound, a backup taken by the same worker. A damaged file closes the
   * database and sets `problem`, which puts the app in recovery.
   */
  async verify(backupReason: string | null, delayMs = 0): Promise<void> {
    const db = this.db
    if (!db) return
    this.pendingChecks++
    try {
      if (delayMs > 0) await delay(delayMs, undefined, { ref: false })
      if (this.db !== db) return
      const run = startIntegrityCheck(this.databasePath, this.backupTargetFor(backupReason))
      this.running = run
      const outcome = await run.outcome
      if (this.running === run) this.running = null
      // Restored or closed meanwhile: the answer is about a file no longer in use.
      if (this.db !== db) return
      if (outcome.kind === 'damaged') this.damaged(db, outcome.messages)
      else if (outcome.kind === 'unchecked') await this.checkHere(db, backupReason)
      else if (outcome.backup) this.prune()
    } finally {
      this.pendingChecks--
    }
  }

  /** Where no worker can run: the same check on this thread, as the app did before. */
  private async checkHere(db: Database.Database, backupReason: string | null): Promise<void> {
    const messages = this.quickCheck(db, false)
    if (messages.length !== 1 || messages[0] !== 'ok') return this.damaged(db, messages)
    // A start-up backup that fails is not worth failing the start for; the next one will come.
    if (backupReason) await this.backup(backupReason).catch(() => null)
  }

  private backupTargetFor(reason: string | null): BackupTarget | null {
    if (!reason) return null
    try {
      return backupTarget(backupDir(this.options.dataDir), reason, this.options.now())
    } catch {
      return null
    }
  }

  private prune(): void {
    try {
      pruneBackups(this.options.dataDir, this.options.now())
    } catch {
      // Old backups left in place cost disk space, nothing else; the next backup prunes again.
    }
  }

  private damaged(db: Database.Database, messages: readonly string[]): void {
    if (db.open) db.close()
    if (this.db === db) this.db = null
    const problems = messages.slice(0, 3).join('; ')
    this.problemText = msg('msgFiles:recovery.damaged', { problems })
  }

  private quickCheck(db: Database.Database, full: boolean): string[] {
    try {
      const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, string>[]
      return rows.map((row) => Object.values(row)[0] ?? '')
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)]
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

  /** integrity_check (full) or quick_check, here and now; 'ok' or the problems SQLite reports. */
  checkNow(full: boolean): string[] {
    if (!this.db) return [this.problem ?? 'The database is not open']
    return this.quickCheck(this.db, full)
  }

  /**
   * Replaces the database with a backup. The current file is kept aside (renamed, never
   * deleted) so a wrong choice can be undone by hand.
   */
  async restore(file: string): Promise<{ keptAside: string }> {
    const source = backupPath(this.options.dataDir, file)
    if (!source || !existsSync(source))
      throw new AppError('not_found', msg('msgFiles:backups.noSuchBackup', { file }))
    const label = this.problem ? 'damaged' : 'replaced'
    this.close()
    const aside = `${this.databasePath}.${label}-${backupStamp(this.options.now())}`
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(this.databasePath + suffix))
        renameSync(this.databasePath + suffix, aside + suffix)
    }
    copyFileSync(source, this.databasePath)
    await this.open()
    // The user waits for a restore anyway: check the restored file before it is used.
    await this.verify(null)
    return { keptAside: aside }
  }

  close(): void {
    this.running?.stop()
    this.running = null
    if (this.db?.open) this.db.close()
    this.db = null
  }
}

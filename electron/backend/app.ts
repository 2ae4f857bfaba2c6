import type Database from 'better-sqlite3'
import {
  AppError,
  isChannel,
  type BackendEvent,
  type BridgeResult,
  type Channel,
} from '../../shared/contract/index'
import { maintenanceChannels } from '../../shared/contract/maintenance'
import { msg, type Message } from '../../shared/i18n/messages'
import type { Migration } from './db/migrate'
import { dispatch } from './dispatch'
import { createHandlers, type HandlerDeps, type Handlers } from './handlers/index'
import { newId } from './handlers/incidents'
import { maintenanceHandlers } from './handlers/maintenance'
import { RequestRegistry } from './requests'
import { scheduleScanWarmUp } from './sources/prometheus/scan-warm-up'
import { SecretStore, type Encryptor } from './secrets/secret-store'
import { Store } from './store'

/** Why a call other than recovery's cannot run: the database's problem, and what to do. */
function recoveryNeeded(store: Store): Message {
  const problem = store.problemText
  if (problem?.key === 'msgFiles:recovery.damaged') {
    return msg('msgFiles:recoveryNeeded.damaged', problem.params)
  }
  if (problem?.key === 'msgFiles:recovery.unreadable') {
    return msg('msgFiles:recoveryNeeded.unreadable', problem.params)
  }
  return msg('msgFiles:recoveryNeeded.closed')
}

export { backupDir } from './backups/backup'

export const PERIODIC_BACKUP_MS = 10 * 60_000
/** Long enough for the first screen to load before the check takes a core and the disk. */
export const STARTUP_CHECK_DELAY_MS = 2000

export interface BackendOptions {
  dataDir: string
  mode: 'electron' | 'browser'
  version: string
  now?: () => number
  migrations?: readonly Migration[]
  /** Electron's safeStorage; without it secrets live in a 0600 file (browser mode). */
  encryptor?: Encryptor
  /** Electron's folder dialog; absent in browser mode, where exports are downloads. */
  chooseFolder?: (title: string) => Promise<string | null>
  /** Off in tests that do not want timers. */
  periodicBackups?: boolean
  /** How long after opening the start-up integrity check begins (tests: 0). */
  startupCheckDelayMs?: number
}

export interface Backend {
  /** The open database; throws while the app is in recovery. */
  readonly db: Database.Database
  readonly store: Store
  /** What handlers are given; for service functions in tests. Throws while in recovery. */
  readonly deps: HandlerDeps
  readonly dataDir: string
  dispatch(channel: string, input: unknown): Promise<BridgeResult<unknown>>
  /**
   * Calls `subscribed` with eventsEmitted() once the listener receives every later event. An
   * answer read at count A predates the events numbered A+1..: with A below the count a listener
   * subscribed at, that answer may be stale (see the browser-mode transport).
   */
  onEvent(
    listener: (event: BackendEvent) => void,
    subscribed?: (emitted: number) => void,
  ): () => void
  /** How many events the backend has emitted since it opened. */
  eventsEmitted(): number
  /** What the 10-minute timer runs: a backup while an incident is open, else nothing. */
  scheduledBackup(): Promise<string | null>
  /** Settles when the start-up integrity check, and the start-up backup after it, are done. */
  readonly checked: Promise<void>
  close(): void
}

const isMaintenance = (channel: Channel) => Object.hasOwn(maintenanceChannels, channel)

function hasOpenIncident(db: Database.Database): boolean {
  return (
    db
      .prepare("SELECT 1 FROM incidents WHERE status NOT IN ('resolved', 'closed') LIMIT 1")
      .get() !== undefined
  )
}

/** A start-up backup is worth its seconds only when the file holds incidents. */
function startupBackupReason(db: Database.Database | null): string | null {
  return db?.prepare('SELECT 1 FROM incidents LIMIT 1').get() ? 'startup' : null
}

/** Opens the store and wires handlers and events; shared by Electron main and browser mode. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? Date.now
  const store = new Store({
    dataDir: options.dataDir,
    now,
    appVersion: options.version,
    migrations: options.migrations,
  })
  await store.open()

  const listeners = new Set<(event: BackendEvent) => void>()
  let emitted = 0
  const emit = (event: BackendEvent) => {
    emitted++
    for (const listener of listeners) listener(event)
  }
  const secrets = new SecretStore(options.dataDir, options.encryptor)
  const requests = new RequestRegistry()
  const maintenance = maintenanceHandlers(store, options.dataDir, emit)
  const info = {
    version: options.version,
    dataDir: options.dataDir,
    databasePath: store.databasePath,
    mode: options.mode,
  }
  // Handlers are bound to one connection; a restore opens a new one, so rebuild on change.
  let builtFor: Database.Database | null = null
  let handlers: Handlers | null = null
  const depsFor = (db: Database.Database): HandlerDeps => ({
    db,
    now,
    newId,
    secrets,
    requests,
    emit,
    info,
    chooseFolder: options.chooseFolder,
  })
  const currentHandlers = (db: Database.Database): Handlers => {
    if (builtFor !== db || !handlers) {
      handlers = { ...createHandlers(depsFor(db)), ...maintenance }
      builtFor = db
    }
    return handlers
  }

  const scheduledBackup = async (): Promise<string | null> =>
    store.db && hasOpenIncident(store.db) ? store.backup('periodic') : null
  // Off the request path: the first answers do not wait for seconds of checking and copying,
  // nor share the machine with them while the window loads.
  const checked = store.created
    ? Promise.resolve()
    : store.verify(
        startupBackupReason(store.db),
        options.startupCheckDelayMs ?? STARTUP_CHECK_DELAY_MS,
      )
  const timer =
    options.periodicBackups === false
      ? null
      : setInterval(() => void scheduledBackup().catch(() => undefined), PERIODIC_BACKUP_MS)
  timer?.unref()
  // The first range answer of a session then runs optimized code (see scan-warm-up.ts).
  const cancelWarmUp = scheduleScanWarmUp()

  return {
    get db() {
      if (!store.db) throw new Error(store.problem ?? 'The database is not open')
      return store.db
    },
    store,
    get deps() {
      if (!store.db) throw new Error(store.problem ?? 'The database is not open')
      return depsFor(store.db)
    },
    dataDir: options.dataDir,
    async dispatch(channel, input) {
      if (isChannel(channel) && !isMaintenance(channel) && !store.db) {
        return {
          ok: false,
          error: new AppError('unavailable', recoveryNeeded(store)).toBridgeError(),
        }
      }
      return dispatch(store.db ? currentHandlers(store.db) : maintenance, channel, input)
    },
    scheduledBackup,
    checked,
    eventsEmitted: () => emitted,
    onEvent(listener, subscribed) {
      listeners.add(listener)
      subscribed?.(emitted)
      return () => listeners.delete(listener)
    },
    close() {
      if (timer) clearInterval(timer)
      cancelWarmUp()
      listeners.clear()
      store.close()
    },
  }
}

import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { BackendEvent, BridgeResult } from '../../shared/contract/index'
import { backupDatabase } from './db/backup'
import { DATABASE_FILE, openDatabase } from './db/open'
import type { Migration } from './db/migrate'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers/index'
import { newId } from './handlers/incidents'

export interface BackendOptions {
  dataDir: string
  mode: 'electron' | 'browser'
  version: string
  now?: () => number
  migrations?: readonly Migration[]
}

export interface Backend {
  readonly db: Database.Database
  readonly handlers: Handlers
  readonly dataDir: string
  dispatch(channel: string, input: unknown): Promise<BridgeResult<unknown>>
  onEvent(listener: (event: BackendEvent) => void): () => void
  close(): void
}

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** Opens the store and wires handlers and events; shared by Electron main and browser mode. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? Date.now
  const db = await openDatabase(options.dataDir, {
    migrations: options.migrations,
    beforeMigrate: async (live, fromVersion) => {
      await backupDatabase(
        live,
        backupDir(options.dataDir),
        `before-migrate-v${fromVersion}`,
        now(),
      )
    },
  })
  const listeners = new Set<(event: BackendEvent) => void>()
  const emit = (event: BackendEvent) => {
    for (const listener of listeners) listener(event)
  }
  const handlers = createHandlers({
    db,
    now,
    newId,
    emit,
    info: {
      version: options.version,
      dataDir: options.dataDir,
      databasePath: join(options.dataDir, DATABASE_FILE),
      mode: options.mode,
    },
  })
  return {
    db,
    handlers,
    dataDir: options.dataDir,
    dispatch: (channel, input) => dispatch(handlers, channel, input),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      if (db.open) db.close()
    },
  }
}

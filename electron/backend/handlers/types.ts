import type Database from 'better-sqlite3'
import type {
  BackendEvent,
  Channel,
  ChannelOutput,
  ParsedInput,
} from '../../../shared/contract/index'
import type { RequestRegistry } from '../requests'
import type { SecretStore } from '../secrets/secret-store'
import type { MaintenanceChannel } from '../../../shared/contract/maintenance'

/** What every handler may use; injected so tests control time and ids. */
export interface HandlerDeps {
  db: Database.Database
  now: () => number
  newId: () => string
  secrets: SecretStore
  /** Live-source requests the user can cancel by id. */
  requests: RequestRegistry
  /**
   * Desktop only: asks the user for a folder with the OS dialog (main process). Files are
   * written only where the user chose, never to a path the renderer names.
   */
  chooseFolder?: (title: string) => Promise<string | null>
  emit: (event: BackendEvent) => void
  info: { version: string; dataDir: string; databasePath: string; mode: 'electron' | 'browser' }
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

/** One handler per channel: a missing or mistyped channel fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> }

/** Channels served from the open database (all but backup and recovery). */
export type FeatureHandlers = { [C in Exclude<Channel, MaintenanceChannel>]: Handler<C> }

/** The handlers of one feature module. */
export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> }

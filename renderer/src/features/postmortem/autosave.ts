import { BridgeCallError, errorMessage } from '../../bridge'
import { draftsOf, useDraftStore, type Draft, type PendingWrite } from './draft-store'
import { omitKey, useSaveStore, type Confirmed, type SaveFailure } from './save-store'

// Autosave: every edit is kept locally at once (draft-store) and sent to the backend 500 ms after
// the last keystroke, or straight away when the author leaves a field, the page or the app.
// Writes go out one batch at a time, so two versions of one section are never in flight
// together and the backend always ends with the newest.

export const AUTOSAVE_DELAY_MS = 500
/** When the backend is unreachable, drafts are offered again at this pace while the page is open. */
export const RETRY_UNREACHABLE_MS = 5_000

export type SendWrite = (incidentId: string, write: PendingWrite) => Promise<Confirmed>

interface Timers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

function failureOf(error: unknown): SaveFailure {
  const fields = error instanceof BridgeCallError ? error.fields : {}
  return { message: errorMessage(error), fields }
}

export class Autosaver {
  private timer: unknown = null
  private chain: Promise<void> = Promise.resolve()

  constructor(
    readonly incidentId: string,
    private readonly send: SendWrite,
    private readonly timers: Timers = realTimers,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /** Keeps the edit locally now, and sends it once typing pauses. */
  edit(write: PendingWrite): void {
    useDraftStore.getState().put(this.incidentId, write)
    this.schedule(this.delayMs)
  }

  /** Sends every unsaved edit now; resolves when the backend has answered for all of them. */
  flush(): Promise<void> {
    this.cancelTimer()
    this.chain = this.chain.then(() => this.sendBatch())
    return this.chain
  }

  hasUnsaved(): boolean {
    return Object.keys(draftsOf(this.incidentId)).length > 0
  }

  /** Drops an unsaved edit the backend refuses (the author chose to keep what is saved). */
  discard(key: string): void {
    useDraftStore.getState().discard(this.incidentId, key)
    useSaveStore.getState().update(this.incidentId, (state) => ({
      failures: omitKey(state.failures, key),
    }))
  }

  dispose(): void {
    this.cancelTimer()
  }

  private schedule(ms: number): void {
    this.cancelTimer()
    this.timer = this.timers.set(() => {
      this.timer = null
      void this.flush()
    }, ms)
  }

  private cancelTimer(): void {
    if (this.timer === null) return
    this.timers.clear(this.timer)
    this.timer = null
  }

  private async sendBatch(): Promise<void> {
    const drafts = Object.entries(draftsOf(this.incidentId))
    if (drafts.length === 0) return
    const status = useSaveStore.getState()
    status.update(this.incidentId, () => ({ inFlight: true }))
    const outcomes = await Promise.all(drafts.map(([key, draft]) => this.sendOne(key, draft)))
    status.update(this.incidentId, () => ({ inFlight: false }))
    if (outcomes.includes('unreachable') && this.timer === null) {
      this.schedule(RETRY_UNREACHABLE_MS)
    }
  }

  private async sendOne(key: string, draft: Draft): Promise<'saved' | 'refused' | 'unreachable'> {
    const { incidentId } = this
    const status = useSaveStore.getState()
    try {
      const confirmed = await this.send(incidentId, draft.write)
      useDraftStore.getState().settle(incidentId, key, draft.rev)
      const at = confirmed.kind === 'section' ? confirmed.updatedAt : confirmed.item.updatedAt
      status.update(incidentId, (state) => ({
        savedAt: Math.max(state.savedAt ?? 0, at),
        failures: omitKey(state.failures, key),
        confirmed: { ...state.confirmed, [key]: confirmed },
      }))
      return 'saved'
    } catch (error) {
      if (draft.write.kind === 'item' && error instanceof BridgeCallError) {
        // The action item was deleted (here or elsewhere): its edits have nowhere to go.
        if (error.code === 'not_found') {
          this.discard(key)
          return 'refused'
        }
      }
      status.update(incidentId, (state) => ({
        failures: { ...state.failures, [key]: failureOf(error) },
      }))
      const unreachable = error instanceof BridgeCallError && error.code === 'unavailable'
      return unreachable ? 'unreachable' : 'refused'
    }
  }
}

const savers = new Map<string, Autosaver>()

/** One autosaver per incident, shared by every editor of that postmortem. */
export function autosaverFor(incidentId: string, send: SendWrite): Autosaver {
  let saver = savers.get(incidentId)
  if (!saver) {
    saver = new Autosaver(incidentId, send)
    savers.set(incidentId, saver)
  }
  return saver
}

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BridgeCallError } from '../../bridge'
import { Autosaver, type SendWrite } from './autosave'
import { draftsOf, useDraftStore, type PendingWrite } from './draft-store'
import { useSaveStore } from './save-store'

// The autosaver with a recording backend and hand-driven timers: what reaches the backend, in
// which order, and what stays kept locally when it does not.

// localStorage as Chromium keeps it (text by key), in place before the draft store is created.
vi.hoisted(() => {
  const items = new Map<string, string>()
  const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
  Object.assign(globalThis, { localStorage: storage })
})

const INCIDENT = 'inc-1'

function manualTimers() {
  const pending = new Map<number, () => void>()
  let next = 0
  return {
    timers: {
      set(run: () => void) {
        next += 1
        pending.set(next, run)
        return next
      },
      clear(handle: unknown) {
        pending.delete(handle as number)
      },
    },
    /** Fires every timer set so far (the debounce elapsing). */
    elapse() {
      const runs = [...pending.values()]
      pending.clear()
      for (const run of runs) run()
    },
    get count() {
      return pending.size
    },
  }
}

const summary = (text: string): PendingWrite => ({
  kind: 'section',
  entry: { section: 'summary', value: text },
})

function recordingBackend(fail?: (write: PendingWrite) => Error | null) {
  const sent: PendingWrite[] = []
  let clock = 1_000
  const release: (() => void)[] = []
  let hold = false
  const send: SendWrite = async (_incident, write) => {
    sent.push(write)
    if (hold) await new Promise<void>((resolve) => release.push(resolve))
    const error = fail?.(write)
    if (error) throw error
    clock += 1
    if (write.kind === 'section') {
      return { kind: 'section', value: write.entry.value, updatedAt: clock }
    }
    throw new Error('not used here')
  }
  return {
    send,
    sent,
    holdAnswers: () => (hold = true),
    answerAll: () => {
      hold = false
      for (const r of release.splice(0)) r()
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('autosave', () => {
  beforeEach(() => {
    useDraftStore.setState({ drafts: {} })
    useSaveStore.setState({ byIncident: {} })
  })

  it('keeps every keystroke locally and sends only the last one once typing pauses', async () => {
    const timers = manualTimers()
    const backend = recordingBackend()
    const saver = new Autosaver(INCIDENT, backend.send, timers.timers)
    for (const text of ['D', 'DN', 'DNS']) saver.edit(summary(text))
    expect(draftsOf(INCIDENT)['section:summary']?.write).toEqual(summary('DNS'))
    expect(backend.sent).toEqual([])
    expect(timers.count).toBe(1)

    timers.elapse()
    await saver.flush()
    expect(backend.sent).toEqual([summary('DNS')])
    expect(draftsOf(INCIDENT)).toEqual({})
    const state = useSaveStore.getState().byIncident[INCIDENT]
    expect(state?.savedAt).toBe(1_001)
    expect(state?.confirmed['section:summary']).toMatchObject({ value: 'DNS' })
  })

  it('keeps text typed while a save is in flight, and sends it next', async () => {
    const timers = manualTimers()
    const backend = recordingBackend()
    const saver = new Autosaver(INCIDENT, backend.send, timers.timers)
    backend.holdAnswers()
    saver.edit(summary('first'))
    const flushed = saver.flush()
    await settle()
    saver.edit(summary('first and more'))
    backend.answerAll()
    await flushed
    // The confirmation of "first" must not clear "first and more".
    expect(draftsOf(INCIDENT)['section:summary']?.write).toEqual(summary('first and more'))
    await saver.flush()
    expect(backend.sent).toEqual([summary('first'), summary('first and more')])
    expect(draftsOf(INCIDENT)).toEqual({})
  })

  it('never has two versions of one section in flight at once', async () => {
    const backend = recordingBackend()
    const saver = new Autosaver(INCIDENT, backend.send, manualTimers().timers)
    backend.holdAnswers()
    saver.edit(summary('one'))
    const first = saver.flush()
    await settle()
    saver.edit(summary('two'))
    const second = saver.flush()
    await settle()
    expect(backend.sent).toEqual([summary('one')])
    backend.answerAll()
    await first
    await settle()
    backend.answerAll()
    await second
    expect(backend.sent).toEqual([summary('one'), summary('two')])
  })

  it('keeps a refused edit, says why, and sends it again on retry', async () => {
    let refuse = true
    const backend = recordingBackend(() =>
      refuse ? new BridgeCallError('conflict', 'The postmortem is reviewed.') : null,
    )
    const saver = new Autosaver(INCIDENT, backend.send, manualTimers().timers)
    saver.edit(summary('late change'))
    await saver.flush()
    expect(draftsOf(INCIDENT)['section:summary']?.write).toEqual(summary('late change'))
    const failures = useSaveStore.getState().byIncident[INCIDENT]?.failures
    expect(failures?.['section:summary']?.message).toBe('The postmortem is reviewed')

    refuse = false
    await saver.flush()
    expect(draftsOf(INCIDENT)).toEqual({})
    expect(useSaveStore.getState().byIncident[INCIDENT]?.failures).toEqual({})
  })

  it('offers again on its own when the backend was unreachable', async () => {
    const timers = manualTimers()
    let down = true
    const backend = recordingBackend(() =>
      down ? new BridgeCallError('unavailable', 'Firebreak is not reachable') : null,
    )
    const saver = new Autosaver(INCIDENT, backend.send, timers.timers)
    saver.edit(summary('during the outage'))
    await saver.flush()
    expect(timers.count).toBe(1)
    down = false
    timers.elapse()
    await saver.flush()
    expect(draftsOf(INCIDENT)).toEqual({})
  })

  it('has every keystroke in localStorage before any save, ready for the next load', () => {
    const saver = new Autosaver(INCIDENT, recordingBackend().send, manualTimers().timers)
    saver.edit(summary('typed just before the crash'))
    const stored = JSON.parse(localStorage.getItem('firebreak-postmortem-drafts') ?? '{}') as {
      state?: { drafts?: Record<string, Record<string, { write: PendingWrite }>> }
    }
    expect(stored.state?.drafts?.[INCIDENT]?.['section:summary']?.write).toEqual(
      summary('typed just before the crash'),
    )
  })

  it('merges edits to one action item into one write', () => {
    const saver = new Autosaver(INCIDENT, recordingBackend().send, manualTimers().timers)
    saver.edit({ kind: 'item', id: 'a1', changes: { owner: 'Ana' } })
    saver.edit({ kind: 'item', id: 'a1', changes: { priority: 'P1' } })
    expect(draftsOf(INCIDENT)['item:a1']?.write).toEqual({
      kind: 'item',
      id: 'a1',
      changes: { owner: 'Ana', priority: 'P1' },
    })
  })
})

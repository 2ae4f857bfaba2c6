import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type {
  BackendEvent,
  BridgeError,
  Channel,
  ChannelInput,
  ChannelOutput,
} from '../../../shared/contract/index'
import { createBackend, type Backend, type BackendOptions } from '../app'

// Test helpers: a real SQLite file in a temp folder per test, removed afterwards.

const cleanups: (() => void)[] = []

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

export function tempDir(prefix = 'firebreak-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A backend on a fresh data folder with a controllable clock. */
export async function testBackend(
  options: Partial<BackendOptions> & { start?: number } = {},
): Promise<Backend & { clock: { now: number } }> {
  const clock = { now: options.start ?? Date.UTC(2026, 10, 21, 12, 0, 0) }
  const backend = await createBackend({
    dataDir: options.dataDir ?? tempDir(),
    mode: 'browser',
    version: 'test',
    now: () => clock.now,
    periodicBackups: false,
    ...options,
  })
  cleanups.unshift(() => backend.close())
  return Object.assign(backend, { clock })
}

/** Unwraps a dispatch result, failing the test with the error when it is not ok. */
export function expectOk<T>(
  result: { ok: true; value: unknown } | { ok: false; error: unknown },
): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/**
 * Typed channel helpers over a test backend: `call` returns the output or fails the test with
 * the error, `fail` returns the error or fails the test, `later(m)` sets the clock to m minutes
 * after `start`, and `events` collects what the backend emitted.
 */
export function channelHelpers(backend: Backend & { clock: { now: number } }, start: number) {
  const events: BackendEvent[] = []
  backend.onEvent((e) => events.push(e))
  async function call<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
    return result.value as ChannelOutput<C>
  }
  async function fail<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<BridgeError> {
    const result = await backend.dispatch(channel, input)
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`)
    return result.error
  }
  const later = (minutes: number) => {
    backend.clock.now = start + minutes * 60_000
  }
  return { events, call, fail, later }
}

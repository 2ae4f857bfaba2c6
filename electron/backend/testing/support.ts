import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
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

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { channelHelpers, testBackend } from '../testing/support'

// Channel-level test harness: a real backend on a temp SQLite file, a controllable clock, the
// events it emits, and typed call / fail helpers. Used by the runbook, lifecycle and hypothesis
// handler tests.

export const START = Date.UTC(2026, 10, 21, 12, 0, 0)
export const MIN = 60_000

export async function setup(options: { userRunbooks?: Record<string, string> } = {}) {
  const backend = await testBackend({ start: START })
  if (options.userRunbooks) {
    const dir = join(backend.dataDir, 'runbooks')
    mkdirSync(dir, { recursive: true })
    for (const [name, text] of Object.entries(options.userRunbooks))
      writeFileSync(join(dir, name), text)
  }
  const { events, call, fail, later } = channelHelpers(backend, START)
  const timeline = async (incidentId: string) =>
    (await call('timeline.list', { incidentId })).map((e) => [
      e.kind,
      e.text,
      (e.occurredAt - START) / MIN,
    ])
  return { backend, events, call, fail, later, timeline }
}

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type {
  BackendEvent,
  BridgeError,
  Channel,
  ChannelInput,
  ChannelOutput,
} from '../../../shared/contract/index'
import { testBackend } from '../testing/support'

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
    backend.clock.now = START + minutes * MIN
  }
  const timeline = async (incidentId: string) =>
    (await call('timeline.list', { incidentId })).map((e) => [
      e.kind,
      e.text,
      (e.occurredAt - START) / MIN,
    ])
  return { backend, events, call, fail, later, timeline }
}

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchWithLimits } from './sources/http'
import { RequestRegistry } from './requests'

let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A server that never answers, and tells us when the client has hung up. */
function hangingServer(): Promise<{ url: string; closed: Promise<void> }> {
  let clientGone!: () => void
  const closed = new Promise<void>((resolve) => (clientGone = resolve))
  server = createServer((req) => req.on('close', clientGone))
  return new Promise((resolve) =>
    server?.listen(0, '127.0.0.1', () => {
      const { port } = server?.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}/api/v1/query`, closed })
    }),
  )
}

describe('request cancellation', () => {
  it('cancelling by id aborts the request and closes its connection', async () => {
    const { url, closed } = await hangingServer()
    const registry = new RequestRegistry()
    const pending = registry.run('q-1', (signal) =>
      fetchWithLimits(url, { signal, timeoutMs: 60_000 }),
    )
    await new Promise<void>((resolve) => server?.once('request', () => resolve()))
    expect(registry.cancel('q-1')).toBe(true)
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' })
    await closed
    expect(registry.running).toBe(0)
  })

  it('says false for an unknown or finished request', async () => {
    const registry = new RequestRegistry()
    await registry.run('done', async () => 1)
    expect(registry.cancel('done')).toBe(false)
    expect(registry.cancel('never')).toBe(false)
  })
})

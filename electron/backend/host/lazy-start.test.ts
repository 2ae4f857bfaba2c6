import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Backend } from '../app'
import { rpc, send } from '../testing/http-client'
import { tempDir, testBackend } from '../testing/support'
import { startLazyHost } from './lazy-host'
import type { Host } from './server'

// The host as cli.ts starts it: the page first, the backend once the page is out or the bridge
// is used. The backend's loading is held open by the test to see what is served meanwhile.

const INDEX = '<!doctype html><script type="module" src="./assets/app.js"></script>'

let host: Host | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

interface Started {
  host: Host
  /** Settles when the host starts loading the backend. */
  loading: Promise<void>
  /** How many times the backend was asked to load. */
  loads: () => number
  /** Lets the held backend finish opening. */
  finish: () => void
}

async function startHeld(): Promise<Started> {
  const staticDir = tempDir()
  writeFileSync(join(staticDir, 'index.html'), INDEX)
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  const ready = await testBackend()
  let loads = 0
  let started!: () => void
  let finish!: () => void
  const loading = new Promise<void>((resolve) => (started = resolve))
  const held = new Promise<void>((resolve) => (finish = resolve))
  const lazy = await startLazyHost<Backend>({
    load: async () => {
      loads++
      started()
      await held
      return ready
    },
    staticDir,
    port: 0,
    // Long waits: only the page's own files or a bridge call may start the loading here.
    waits: { quietMs: 60_000, unvisitedMs: 60_000 },
  })
  host = lazy.host
  return { host, loading, loads: () => loads, finish }
}

describe('browser-mode start', () => {
  it('sends the page before loading the backend, then answers a call made while it loads', async () => {
    const { host: h, loading, loads, finish } = await startHeld()
    const page = await send(h.port, `/?token=${h.token}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(loads()).toBe(0)

    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? ''
    const script = await send(h.port, '/assets/app.js', { headers: { cookie } })
    expect(script.body).toBe('console.log(1)')
    await loading

    const call = rpc(h, 'incident.create', { title: 'Disk full on db-1', severity: 'SEV2' })
    finish()
    expect(JSON.parse((await call).body)).toMatchObject({
      ok: true,
      value: { title: 'Disk full on db-1' },
    })
    expect(loads()).toBe(1)
  })

  it('still refuses files without the token while the backend loads, and loads nothing for them', async () => {
    const { host: h, loads } = await startHeld()
    const refused = await send(h.port, '/assets/app.js')
    expect(refused.status).toBe(401)
    expect(loads()).toBe(0)
  })

  it('opens the backend for a bridge call made before the page is out', async () => {
    const { host: h, loading, finish } = await startHeld()
    const call = rpc(h, 'incident.list', {})
    await loading
    finish()
    expect(JSON.parse((await call).body)).toEqual({ ok: true, value: [] })
  })

  it('says the event stream is ready only once the loaded backend delivers events to it', async () => {
    const { host: h, loading, finish } = await startHeld()
    let text = ''
    let stream!: ReturnType<typeof request>
    const changed = new Promise<void>((resolve, reject) => {
      stream = request(
        { host: '127.0.0.1', port: h.port, path: `/events?token=${h.token}` },
        (res) =>
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes('incident.changed')) resolve()
          }),
      )
      stream.on('error', reject)
      stream.end()
    })
    await loading
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(text).toContain(': connected')
    expect(text).not.toContain('event: ready')

    finish()
    await rpc(h, 'incident.create', { title: 'Disk full on db-1', severity: 'SEV2' })
    await changed
    expect(text.indexOf('event: ready')).toBeGreaterThan(-1)
    expect(text.indexOf('event: ready')).toBeLessThan(text.indexOf('incident.changed'))
    stream.destroy()
  })
})

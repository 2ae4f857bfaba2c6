import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { rpc, send } from '../testing/http-client'
import { tempDir, testBackend } from '../testing/support'
import { startHost, type Host } from './server'

let host: Host | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function start(): Promise<Host> {
  const backend = await testBackend()
  const staticDir = tempDir()
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Firebreak</title>')
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  host = await startHost({ backend, staticDir, port: 0 })
  return host
}

describe('browser-mode host', () => {
  it('prints a loopback URL with the token and answers calls that carry it', async () => {
    const h = await start()
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?token=${h.token}$`))
    const answer = await rpc(h, 'incident.create', { title: 'DB down', severity: 'SEV1' })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { title: 'DB down' } })
  })

  it('refuses a call without the token, or with a wrong one, and writes nothing', async () => {
    const h = await start()
    const missing = await send(h.port, '/rpc/incident.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', severity: 'SEV1' }),
    })
    expect(missing.status).toBe(401)
    expect((await rpc(h, 'incident.list', {}, { 'x-firebreak-token': 'guess' })).status).toBe(401)
    const list = JSON.parse((await rpc(h, 'incident.list', {})).body) as { value: unknown[] }
    expect(list.value).toEqual([])
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const h = await start()
    const answer = await rpc(h, 'incident.list', {}, { host: `evil.example:${h.port}` })
    expect(answer.status).toBe(403)
    expect(answer.body).toContain('Host')
  })

  it('refuses a foreign Origin even with the token', async () => {
    const h = await start()
    const answer = await rpc(h, 'incident.list', {}, { origin: 'http://evil.example' })
    expect(answer.status).toBe(403)
    expect(answer.body).toContain('Origin')
    const own = await rpc(h, 'incident.list', {}, { origin: `http://127.0.0.1:${h.port}` })
    expect(own.status).toBe(200)
  })

  it('refuses the event stream without the token', async () => {
    const h = await start()
    expect((await send(h.port, '/events')).status).toBe(401)
  })

  it('streams backend events to a client with the token', async () => {
    const h = await start()
    let connected!: () => void
    const open = new Promise<void>((resolve) => (connected = resolve))
    const received = new Promise<string>((resolve, reject) => {
      const path = `/events?token=${h.token}`
      const req = request({ host: '127.0.0.1', port: h.port, path }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('event: ready')) connected()
          if (text.includes('incident.changed')) {
            resolve(text)
            req.destroy()
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    await open
    const created = await rpc(h, 'incident.create', { title: 'Queue backlog', severity: 'SEV3' })
    const text = await received
    expect(text).toContain('event: ready\ndata: {"emitted":0}')
    expect(text).toContain('data: {"name":"incident.changed"')
    // Each answer carries the event count from before its call: the page compares the two.
    expect(created.headers['x-firebreak-events']).toBe('0')
    const listed = await rpc(h, 'incident.list', {})
    expect(Number(listed.headers['x-firebreak-events'])).toBeGreaterThan(0)
  })

  it('serves the app with a token in the URL, then by cookie, never outside its folder', async () => {
    const h = await start()
    const page = await send(h.port, `/?token=${h.token}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? ''
    expect((await send(h.port, '/assets/app.js', { headers: { cookie } })).status).toBe(200)
    expect((await send(h.port, '/assets/app.js')).status).toBe(401)
    const escape = await send(h.port, '/..%2f..%2f..%2fetc%2fpasswd', { headers: { cookie } })
    expect(escape.status).toBe(404)
  })

  it('answers a typed error for a body that is not JSON', async () => {
    const h = await start()
    const answer = await send(h.port, '/rpc/incident.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-firebreak-token': h.token },
      body: '{not json',
    })
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

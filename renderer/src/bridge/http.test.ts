import { describe, expect, it } from 'vitest'
import { BridgeCallError, fieldErrorsFor } from './errors'
import { TOKEN_HEADER, httpTransport } from './http'

interface Sent {
  url: string
  init: RequestInit | undefined
}

function fakeFetch(respond: () => Response | Promise<Response>) {
  const sent: Sent[] = []
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init })
    return respond()
  }) as typeof globalThis.fetch
  return { fetch, sent }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('httpTransport', () => {
  it('posts the input to /rpc/<channel> with the token and returns the envelope', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, value: { theme: 'dark' } }))
    const transport = httpTransport({ token: 'tok', onRefused: () => {}, fetch })
    const result = await transport.invoke('settings.update', { theme: 'dark' })
    expect(result).toEqual({ ok: true, value: { theme: 'dark' } })
    expect(sent[0]?.url).toBe('/rpc/settings.update')
    expect(sent[0]?.init?.method).toBe('POST')
    expect(new Headers(sent[0]?.init?.headers).get(TOKEN_HEADER)).toBe('tok')
    expect(sent[0]?.init?.body).toBe('{"theme":"dark"}')
  })

  it('passes app errors through with their field messages', async () => {
    const error = {
      code: 'invalid_input',
      message: 'title: Enter a title',
      detail: { fields: { title: 'Enter a title', 'services.1': 'Too long' } },
    }
    const { fetch } = fakeFetch(() => json({ ok: false, error }))
    const transport = httpTransport({ token: 't', onRefused: () => {}, fetch })
    const result = await transport.invoke('incident.create', { title: '', severity: 'SEV1' })
    expect(result).toEqual({ ok: false, error })
    const thrown = result.ok ? null : BridgeCallError.from(result.error)
    expect(fieldErrorsFor(thrown, ['title', 'services', 'startedAt'])).toEqual({
      title: 'Enter a title',
      services: 'Too long',
    })
  })

  it('reports a refused token to the page, once per refused call', async () => {
    let refusals = 0
    const { fetch } = fakeFetch(() => new Response('Forbidden', { status: 403 }))
    const transport = httpTransport({ token: 'old', onRefused: () => refusals++, fetch })
    const result = await transport.invoke('incident.list', {})
    expect(result.ok).toBe(false)
    expect(refusals).toBe(1)
  })

  it('turns an unreachable host into an "unavailable" error that says what to do', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const transport = httpTransport({ token: 't', onRefused: () => {}, fetch })
    const result = await transport.invoke('incident.list', {})
    expect(result.ok ? null : result.error.code).toBe('unavailable')
    expect(result.ok ? '' : result.error.message).toContain('npm run start:browser')
  })

  it('refuses a body that is not an envelope instead of passing it on as data', async () => {
    const { fetch } = fakeFetch(() => json([{ id: 'x' }]))
    const transport = httpTransport({ token: 't', onRefused: () => {}, fetch })
    const result = await transport.invoke('incident.list', {})
    expect(result.ok ? null : result.error.code).toBe('internal')
  })
})

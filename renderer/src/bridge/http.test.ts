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

/** A stand-in for the host's /events stream (no EventSource in Node): the test says when the
 *  host reports "ready", fails, or sends an event. */
class FakeEventStream {
  onmessage: ((message: MessageEvent) => void) | null = null
  onerror: (() => void) | null = null
  private readyListeners: (() => void)[] = []
  addEventListener(type: string, listener: () => void) {
    if (type === 'ready') this.readyListeners.push(listener)
  }
  ready() {
    for (const listener of this.readyListeners) listener()
  }
  fail() {
    this.onerror?.()
  }
  send(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) } as MessageEvent)
  }
}

/** A transport whose event stream is ready at once, unless `held`. */
function transportWith(
  fetch: typeof globalThis.fetch,
  options: { token?: string; onRefused?: () => void; held?: boolean } = {},
) {
  const stream = new FakeEventStream()
  const transport = httpTransport({
    token: options.token ?? 't',
    onRefused: options.onRefused ?? (() => {}),
    fetch,
    createEventSource: () => {
      if (!options.held) queueMicrotask(() => stream.ready())
      return stream as unknown as EventSource
    },
  })
  return { transport, stream }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('httpTransport', () => {
  it('posts the input to /rpc/<channel> with the token and returns the envelope', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, value: { theme: 'dark' } }))
    const { transport } = transportWith(fetch, { token: 'tok' })
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
    const { transport } = transportWith(fetch)
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
    const { transport } = transportWith(fetch, { token: 'old', onRefused: () => refusals++ })
    const result = await transport.invoke('incident.list', {})
    expect(result.ok).toBe(false)
    expect(refusals).toBe(1)
  })

  it('turns an unreachable host into an "unavailable" error that says what to do', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const { transport } = transportWith(fetch)
    const result = await transport.invoke('incident.list', {})
    expect(result.ok ? null : result.error.code).toBe('unavailable')
    expect(result.ok ? '' : result.error.message).toContain('npm run start:browser')
  })

  it('refuses a body that is not an envelope instead of passing it on as data', async () => {
    const { fetch } = fakeFetch(() => json([{ id: 'x' }]))
    const { transport } = transportWith(fetch)
    const result = await transport.invoke('incident.list', {})
    expect(result.ok ? null : result.error.code).toBe('internal')
  })

  it('holds calls until the event stream is ready, so no change slips between answer and stream', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, value: [] }))
    const { transport, stream } = transportWith(fetch, { held: true })
    const answer = transport.invoke('incident.list', {})
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sent).toHaveLength(0)
    stream.ready()
    expect(await answer).toEqual({ ok: true, value: [] })
    expect(sent).toHaveLength(1)
  })

  it('lets calls go when the stream fails, or after the wait when it never answers', async () => {
    const failing = fakeFetch(() => json({ ok: true, value: [] }))
    const broken = transportWith(failing.fetch, { held: true })
    const first = broken.transport.invoke('incident.list', {})
    broken.stream.fail()
    expect((await first).ok).toBe(true)

    const silent = fakeFetch(() => json({ ok: true, value: [] }))
    const transport = httpTransport({
      token: 't',
      onRefused: () => {},
      fetch: silent.fetch,
      createEventSource: () => new FakeEventStream() as unknown as EventSource,
      readyWaitMs: 30,
    })
    expect((await transport.invoke('incident.list', {})).ok).toBe(true)
  })

  it('passes events on, and asks for a refresh when the stream is ready again after a drop', async () => {
    const { fetch } = fakeFetch(() => json({ ok: true, value: [] }))
    const { transport, stream } = transportWith(fetch)
    const events: unknown[] = []
    let refreshes = 0
    transport.onEvent((event) => events.push(event))
    transport.onReconnect(() => refreshes++)
    await transport.invoke('incident.list', {})
    stream.send({ name: 'incident.changed', incidentId: 'i1' })
    stream.send({ name: 'not.an.event' })
    expect(events).toEqual([{ name: 'incident.changed', incidentId: 'i1' }])
    expect(refreshes).toBe(0)
    stream.fail()
    stream.ready()
    expect(refreshes).toBe(1)
  })
})

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
 *  host reports "ready" (with its event count), fails, or sends an event. */
class FakeEventStream {
  onmessage: ((message: MessageEvent) => void) | null = null
  onerror: (() => void) | null = null
  private readyListeners: ((message: MessageEvent) => void)[] = []
  addEventListener(type: string, listener: (message: MessageEvent) => void) {
    if (type === 'ready') this.readyListeners.push(listener)
  }
  ready(emitted: number) {
    const message = { data: JSON.stringify({ emitted }) } as MessageEvent
    for (const listener of this.readyListeners) listener(message)
  }
  fail() {
    this.onerror?.()
  }
  send(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) } as MessageEvent)
  }
}

function transportWith(
  fetch: typeof globalThis.fetch,
  options: { token?: string; onRefused?: () => void } = {},
) {
  const stream = new FakeEventStream()
  const transport = httpTransport({
    token: options.token ?? 't',
    onRefused: options.onRefused ?? (() => {}),
    fetch,
    createEventSource: () => stream as unknown as EventSource,
  })
  let refreshes = 0
  transport.onReconnect(() => refreshes++)
  return { transport, stream, refreshes: () => refreshes }
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

/** An answer read when the backend had emitted `emitted` events. */
const answerAt = (emitted: number) =>
  json({ ok: true, value: [] }, 200, { 'x-firebreak-events': String(emitted) })

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

  it('sends calls at once, before the event stream is ready', async () => {
    const { fetch, sent } = fakeFetch(() => answerAt(0))
    const { transport } = transportWith(fetch)
    expect((await transport.invoke('incident.list', {})).ok).toBe(true)
    expect(sent).toHaveLength(1)
  })

  it('asks for a refresh when an answer predates an event the stream was too late to carry', async () => {
    let emitted = 0
    const { fetch } = fakeFetch(() => answerAt(emitted))
    const late = transportWith(fetch)
    await late.transport.invoke('incident.list', {})
    emitted = 1 // another tab declared an incident before this page's stream was subscribed
    late.stream.ready(1)
    expect(late.refreshes()).toBe(1)

    const onTime = transportWith(fetch)
    await onTime.transport.invoke('incident.list', {})
    onTime.stream.ready(1)
    expect(onTime.refreshes()).toBe(0)
  })

  it('asks for a refresh when an answer read before subscribing arrives after it', async () => {
    let respond!: (response: Response) => void
    const { fetch } = fakeFetch(() => new Promise<Response>((resolve) => (respond = resolve)))
    const { transport, stream, refreshes } = transportWith(fetch)
    const answer = transport.invoke('incident.list', {})
    stream.ready(3)
    respond(answerAt(2))
    await answer
    expect(refreshes()).toBe(1)
  })

  it('passes events on, and asks for a refresh when the stream is ready again after a drop', async () => {
    const { fetch } = fakeFetch(() => answerAt(0))
    const { transport, stream, refreshes } = transportWith(fetch)
    const events: unknown[] = []
    transport.onEvent((event) => events.push(event))
    stream.ready(0)
    await transport.invoke('incident.list', {})
    stream.send({ name: 'incident.changed', incidentId: 'i1' })
    stream.send({ name: 'not.an.event' })
    expect(events).toEqual([{ name: 'incident.changed', incidentId: 'i1' }])
    expect(refreshes()).toBe(0)
    stream.fail()
    stream.ready(1)
    expect(refreshes()).toBe(1)
  })
})

import type {
  BackendEvent,
  BridgeResult,
  Channel,
  ChannelInput,
  ChannelOutput,
} from '../../../shared/contract/index'
import { EVENTS } from '../../../shared/contract/events'
import { i18n } from '../i18n'
import { isEnvelope, type Transport } from './transport'

export const TOKEN_HEADER = 'x-firebreak-token'

/** Statuses the host uses for refusing the page itself (token, Host, Origin), not a call. */
const REFUSAL_STATUSES = new Set([401, 403, 404])

export interface HttpTransportOptions {
  token: string
  onRefused: () => void
  fetch?: typeof fetch
  createEventSource?: (url: string) => EventSource
}

/** The host's header on answers: its event count when the call started. */
const EVENTS_HEADER = 'x-firebreak-events'

function emittedOf(data: unknown): number | null {
  try {
    const emitted: unknown = JSON.parse(String(data)).emitted
    return typeof emitted === 'number' ? emitted : null
  } catch {
    return null
  }
}

function failure(code: 'unavailable' | 'internal', message: string): BridgeResult<never> {
  return { ok: false, error: { code, message } }
}

async function readEnvelope(response: Response, channel: string): Promise<BridgeResult<unknown>> {
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return failure('internal', i18n.t('ui:bridge.unreadable', { channel }))
  }
  return isEnvelope(body)
    ? body
    : failure('internal', i18n.t('ui:bridge.unknownShape', { channel }))
}

function parseEvent(data: unknown): BackendEvent | null {
  if (typeof data !== 'string') return null
  try {
    const event: unknown = JSON.parse(data)
    if (typeof event !== 'object' || event === null) return null
    const { name, incidentId } = event as { name?: unknown; incidentId?: unknown }
    if (!EVENTS.some((known) => known === name)) return null
    return typeof incidentId === 'string'
      ? { name: name as BackendEvent['name'], incidentId }
      : { name: name as BackendEvent['name'] }
  } catch {
    return null
  }
}

/**
 * Browser mode: POST /rpc/<channel> for calls, one shared EventSource for events.
 *
 * An answer can predate an event this page never received: the change happened after the
 * answer was read but before the stream was subscribed (the backend may still be loading), or
 * while the stream was down. The host numbers its events, so the transport sees when that
 * happened and asks its listeners to refresh what they cached (onReconnect). Calls never wait.
 */
export function httpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init))
  const eventListeners = new Set<(event: BackendEvent) => void>()
  const reconnectListeners = new Set<() => void>()
  let source: EventSource | null = null
  /** The event count when the stream was subscribed; null until then and while it is down. */
  let subscribedAt: number | null = null
  /** The lowest count among answers received while the stream was not subscribed. */
  let oldestUnwatched = Infinity
  let dropped = false

  const refresh = () => {
    for (const listener of reconnectListeners) listener()
  }

  function answered(emitted: number): void {
    if (subscribedAt === null) oldestUnwatched = Math.min(oldestUnwatched, emitted)
    else if (emitted < subscribedAt) refresh()
  }

  function openEvents(): void {
    if (source) return
    const url = `/events?token=${encodeURIComponent(options.token)}`
    source = options.createEventSource ? options.createEventSource(url) : new EventSource(url)
    source.onmessage = (message) => {
      const event = parseEvent(message.data)
      if (event) for (const listener of eventListeners) listener(event)
    }
    source.onerror = () => {
      dropped = true
      subscribedAt = null
    }
    source.addEventListener('ready', (message) => {
      const emitted = emittedOf(message.data) ?? 0
      // After a drop every cached answer may be stale; otherwise only those read before now.
      const stale = dropped || oldestUnwatched < emitted
      dropped = false
      subscribedAt = emitted
      oldestUnwatched = Infinity
      if (stale) refresh()
    })
  }

  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>) {
      openEvents()
      let response: Response
      try {
        response = await doFetch(`/rpc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(input ?? {}),
        })
      } catch {
        return failure('unavailable', i18n.t('ui:bridge.unreachable'))
      }
      if (REFUSAL_STATUSES.has(response.status)) {
        options.onRefused()
        return failure('internal', i18n.t('ui:bridge.refused'))
      }
      if (!response.ok) {
        return failure(
          'internal',
          i18n.t('ui:bridge.httpStatus', { channel, status: response.status }),
        )
      }
      const emitted = Number(response.headers.get(EVENTS_HEADER) ?? Number.NaN)
      if (Number.isInteger(emitted)) answered(emitted)
      return (await readEnvelope(response, channel)) as BridgeResult<ChannelOutput<C>>
    },
    onEvent(listener) {
      eventListeners.add(listener)
      openEvents()
      return () => eventListeners.delete(listener)
    },
    onReconnect(listener) {
      reconnectListeners.add(listener)
      return () => reconnectListeners.delete(listener)
    },
  }
}

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
  /** How long calls wait for the event stream to be ready before going ahead without it. */
  readyWaitMs?: number
}

/** Longer than a cold backend load on a busy machine; a stream that fails releases calls at once. */
const READY_WAIT_MS = 10_000

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
 * The stream opens with the first call, and calls wait until the host says it is "ready" (the
 * backend delivers events to it). Otherwise a change made elsewhere (another tab, a script)
 * between an answer and the stream's start would never invalidate that cached answer.
 */
export function httpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init))
  const eventListeners = new Set<(event: BackendEvent) => void>()
  const reconnectListeners = new Set<() => void>()
  let ready: Promise<void> | null = null

  function openEvents(): Promise<void> {
    if (ready) return ready
    const url = `/events?token=${encodeURIComponent(options.token)}`
    const source = options.createEventSource ? options.createEventSource(url) : new EventSource(url)
    let dropped = false
    let release!: () => void
    ready = new Promise<void>((resolve) => (release = resolve))
    const waited = setTimeout(release, options.readyWaitMs ?? READY_WAIT_MS)
    source.onmessage = (message) => {
      const event = parseEvent(message.data)
      if (event) for (const listener of eventListeners) listener(event)
    }
    // A stream that fails (host gone, token refused) lets calls go and report their own error.
    source.onerror = () => {
      dropped = true
      release()
    }
    source.addEventListener('ready', () => {
      clearTimeout(waited)
      release()
      if (!dropped) return
      // Events sent while the stream was down are lost: whoever cached answers refreshes them.
      dropped = false
      for (const listener of reconnectListeners) listener()
    })
    return ready
  }

  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>) {
      await openEvents()
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
      return (await readEnvelope(response, channel)) as BridgeResult<ChannelOutput<C>>
    },
    onEvent(listener) {
      eventListeners.add(listener)
      void openEvents()
      return () => eventListeners.delete(listener)
    },
    onReconnect(listener) {
      reconnectListeners.add(listener)
      return () => reconnectListeners.delete(listener)
    },
  }
}

// The sandboxed preload: exposes window.firebreak with one named method per contract channel.
// It is bundled into one CommonJS file that requires only 'electron' (see preload-build.test.ts).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  CHANNELS,
  EVENTS,
  type BackendEvent,
  type BridgeResult,
  type Channel,
} from '../../shared/contract/index'
import type { PreloadApi } from './api'
import { EVENT_CHANNEL } from './event-channel'

type ChannelMethod = (input: unknown) => Promise<BridgeResult<unknown>>

/** One method bound to one channel: the page can never name a channel of its own choosing. */
function channelMethod(channel: Channel): ChannelMethod {
  // Resolves to the envelope as main returned it; see the rule in api.ts.
  return (input) => ipcRenderer.invoke(channel, input) as Promise<BridgeResult<unknown>>
}

/** Only well-formed events reach the page, and never the IpcRendererEvent (it has `sender`). */
function toBackendEvent(payload: unknown): BackendEvent | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined
  const { name, incidentId } = payload as Record<string, unknown>
  if (!EVENTS.some((known) => known === name)) return undefined
  const event: BackendEvent = { name: name as BackendEvent['name'] }
  if (typeof incidentId === 'string') event.incidentId = incidentId
  return event
}

function onEvent(listener: (event: BackendEvent) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => {
    const event = toBackendEvent(payload)
    if (event) listener(event)
  }
  ipcRenderer.on(EVENT_CHANNEL, relay)
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay)
  }
}

const methods: Record<Channel, ChannelMethod> = Object.fromEntries(
  CHANNELS.map((channel) => [channel, channelMethod(channel)]),
) as Record<Channel, ChannelMethod>

// The typed view (PreloadApi) is what the renderer sees; at run time each method forwards
// whatever input it gets, since main validates every input with the contract anyway.
const api: Record<Channel, ChannelMethod> & Pick<PreloadApi, 'onEvent'> = { ...methods, onEvent }

contextBridge.exposeInMainWorld('firebreak', api)

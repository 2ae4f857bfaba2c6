// The IPC adapter: one ipcMain.handle per contract channel, each checking who is calling.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type BackendEvent, type BridgeResult } from '../../shared/contract/index'
import { EVENT_CHANNEL } from '../preload/event-channel'
import { isTrustedSender, type TrustedOrigins } from './security'

export interface IpcBackend {
  dispatch(channel: string, input: unknown): Promise<BridgeResult<unknown>>
  onEvent(listener: (event: BackendEvent) => void): () => void
}

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
}

/**
 * Registers the channels. Answers are the dispatch envelope `{ok,value}|{ok,error}` unchanged:
 * plain data survives structured cloning, while thrown Errors would lose `code` and `detail`.
 * An untrusted sender gets the same typed error shape, never a crash or a silent hang.
 */
export function registerIpc(backend: IpcBackend, trusted: TrustedOrigins): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<BridgeResult<unknown>> => {
      if (!isTrustedSender(senderOf(event), trusted)) {
        console.warn(
          `[firebreak] refused "${channel}" from ${event.senderFrame?.url ?? 'a gone frame'}`,
        )
        return { ok: false, error: { code: 'unavailable', message: 'Refused: unknown sender' } }
      }
      return backend.dispatch(channel, input)
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}

/** Pushes backend events to the window so react-query can invalidate; returns unsubscribe. */
export function forwardEvents(backend: IpcBackend, window: BrowserWindow): () => void {
  return backend.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event)
  })
}

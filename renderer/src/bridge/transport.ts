import type {
  BackendEvent,
  BridgeResult,
  Channel,
  ChannelInput,
  ChannelOutput,
} from '../../../shared/contract/index'

/** What both transports offer: one envelope-returning invoke, and backend events. */
export interface Transport {
  invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<BridgeResult<ChannelOutput<C>>>
  onEvent(listener: (event: BackendEvent) => void): () => void
  /** Called when the event stream comes back after a drop: events may have been missed. */
  onReconnect(listener: () => void): () => void
}

import type { PreloadApi } from '../../../shared/contract/index'

export type { PreloadApi }

declare global {
  interface Window {
    firebreak?: PreloadApi
  }
}

export function isEnvelope(value: unknown): value is BridgeResult<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const ok = (value as { ok?: unknown }).ok
  return ok === true ? 'value' in value : ok === false && 'error' in value
}

import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/index'
import { markAccessRefused } from './access'
import { electronTransport } from './electron'
import { BridgeCallError } from './errors'
import { httpTransport } from './http'
import type { Transport } from './transport'

export { BridgeCallError, errorMessage, fieldErrors, fieldErrorsFor } from './errors'
export { useAccessStore } from './access'

/** The token browser mode puts in the page URL; kept there so reloads keep working. */
export function pageToken(search: string = window.location.search): string | null {
  const token = new URLSearchParams(search).get('token')
  return token ? token : null
}

let transport: Transport | null = null

function createTransport(): Transport {
  if (window.firebreak) return electronTransport(window.firebreak)
  const token = pageToken()
  if (!token) markAccessRefused()
  return httpTransport({ token: token ?? '', onRefused: markAccessRefused })
}

export function getTransport(): Transport {
  transport ??= createTransport()
  return transport
}

/** Calls a channel and unwraps its envelope; a failure throws a BridgeCallError. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await getTransport().invoke(channel, input)
  if (result.ok) return result.value
  throw BridgeCallError.from(result.error)
}

import type { Channel, ChannelInput, PreloadChannelMethods } from '../../../shared/contract/index'
import { i18n } from '../i18n'
import { isEnvelope, type PreloadApi, type Transport } from './transport'

export function electronTransport(api: PreloadApi): Transport {
  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>) {
      const method: PreloadChannelMethods[C] = api[channel]
      const result = await method(input)
      if (!isEnvelope(result)) {
        return {
          ok: false,
          error: { code: 'internal', message: i18n.t('ui:bridge.appUnknownShape', { channel }) },
        }
      }
      return result
    },
    onEvent: (listener) => api.onEvent(listener),
    // IPC events cannot be missed while the window lives, so there is nothing to catch up on.
    onReconnect: () => () => {},
  }
}

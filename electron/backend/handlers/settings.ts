import type { requestChannels } from '../../../shared/contract/requests'
import type { settingsChannels } from '../../../shared/contract/settings'
import { readSettings, writeSettings } from '../repositories/settings'
import type { HandlerDeps, HandlersFor } from './types'

export function settingsHandlers(
  deps: HandlerDeps,
): HandlersFor<keyof typeof settingsChannels | keyof typeof requestChannels> {
  return {
    'settings.get'() {
      return readSettings(deps.db)
    },
    'settings.update'(input) {
      writeSettings(deps.db, input)
      deps.emit({ name: 'settings.changed' })
      return readSettings(deps.db)
    },
    'app.info'() {
      return deps.info
    },
    'request.cancel'(input) {
      return { cancelled: deps.requests.cancel(input.requestId) }
    },
  }
}

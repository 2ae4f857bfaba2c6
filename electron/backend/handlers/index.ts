import { incidentHandlers } from './incidents'
import { settingsHandlers } from './settings'
import { timelineHandlers } from './timeline'
import type { HandlerDeps, Handlers } from './types'

export type { HandlerDeps, Handlers } from './types'

/** Every channel's handler; the return type makes a missing channel a compile error. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...incidentHandlers(deps),
    ...timelineHandlers(deps),
    ...settingsHandlers(deps),
  }
}

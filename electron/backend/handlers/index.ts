import { archiveHandlers } from './archive'
import { dataSourceHandlers } from './datasources'
import { hypothesisHandlers } from './hypotheses'
import { evidenceHandlers } from './evidence'
import { healthCheckHandlers } from './healthchecks'
import { incidentHandlers } from './incidents'
import { insightsHandlers } from './insights'
import { libraryHandlers } from './library'
import { lifecycleHandlers } from './lifecycle'
import { postmortemHandlers } from './postmortem'
import { prometheusHandlers } from './prometheus'
import { reviewHandlers } from './review'
import { runbookHandlers } from './runbook'
import { sampleHandlers } from './sample'
import { settingsHandlers } from './settings'
import { sloHandlers } from './slo'
import { timelineHandlers } from './timeline'
import { traceHandlers } from './traces'
import type { FeatureHandlers, HandlerDeps } from './types'

export type { FeatureHandlers, HandlerDeps, Handlers } from './types'

/** Every feature channel's handler; the return type makes a missing channel a compile error. */
export function createHandlers(deps: HandlerDeps): FeatureHandlers {
  return {
    ...incidentHandlers(deps),
    ...timelineHandlers(deps),
    ...settingsHandlers(deps),
    ...dataSourceHandlers(deps),
    ...evidenceHandlers(deps),
    ...runbookHandlers(deps),
    ...lifecycleHandlers(deps),
    ...hypothesisHandlers(deps),
    ...postmortemHandlers(deps),
    ...traceHandlers(deps),
    ...libraryHandlers(deps),
    ...insightsHandlers(deps),
    ...reviewHandlers(deps),
    ...archiveHandlers(deps),
    ...prometheusHandlers(deps),
    ...healthCheckHandlers(deps),
    ...sloHandlers(deps),
    ...sampleHandlers(deps),
  }
}

import type { insightsChannels } from '../../../shared/contract/insights'
import { computeInsights } from '../../../shared/domain/insights/insights'
import { insightActionItems, insightIncidents } from '../library/insights-source'
import type { HandlerDeps, HandlersFor } from './types'

export function insightsHandlers(deps: HandlerDeps): HandlersFor<keyof typeof insightsChannels> {
  return {
    'insights.get'(input) {
      const incidents = insightIncidents(deps.db, input.from, input.to)
      const actionItems = insightActionItems(deps.db)
      return computeInsights(incidents, actionItems, {
        from: input.from,
        to: input.to,
        now: deps.now(),
        service: input.service,
        severity: input.severity,
      })
    },
  }
}

import type { sampleChannels } from '../../../shared/contract/sample'
import { deleteSample, loadSample, sampleIncidentIds } from '../sample/load'
import type { HandlerDeps, HandlersFor } from './types'

export function sampleHandlers(deps: HandlerDeps): HandlersFor<keyof typeof sampleChannels> {
  return {
    'sample.status'() {
      return { incidentIds: sampleIncidentIds(deps) }
    },
    'sample.load'() {
      return loadSample(deps)
    },
    'incident.delete'(input) {
      deleteSample(deps, input.id)
      return { id: input.id }
    },
  }
}

import type { libraryChannels } from '../../../shared/contract/library'
import { libraryFacets } from '../library/facets'
import { searchLibrary } from '../library/search'
import { similarIncidents } from '../library/similar'
import { requireIncident } from './incidents'
import type { HandlerDeps, HandlersFor } from './types'

export function libraryHandlers(deps: HandlerDeps): HandlersFor<keyof typeof libraryChannels> {
  return {
    'library.search'(input) {
      return searchLibrary(deps.db, input, deps.now())
    },
    'library.facets'() {
      return libraryFacets(deps.db)
    },
    'library.similar'(input) {
      requireIncident(deps, input.incidentId)
      return similarIncidents(deps.db, input.incidentId, input.limit)
    },
  }
}

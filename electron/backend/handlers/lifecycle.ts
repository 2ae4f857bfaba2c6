import type { lifecycleChannels } from '../../../shared/contract/lifecycle'
import type { Change } from '../../../shared/domain/change'
import type { Incident } from '../../../shared/domain/incident'
import {
  acknowledgeIncident,
  changeSeverity,
  changeStatus,
  reopenIncident,
  setMilestoneTimes,
} from '../../../shared/domain/lifecycle'
import { changeRoles, type IncidentRoles } from '../../../shared/domain/roles'
import { saveIncident } from '../repositories/incidents'
import { readRoles, writeRoles } from '../repositories/roles'
import { requireIncident } from './incidents'
import { appendTimeline, unwrap } from './record'
import type { HandlerDeps, HandlersFor } from './types'

type IncidentRule = (incident: Incident, now: number) => Change<Incident>

/** Applies a lifecycle rule: the incident and its timeline events in one transaction. */
function applyToIncident(deps: HandlerDeps, id: string, rule: IncidentRule): Incident {
  const result = deps.db.transaction(() => {
    const incident = requireIncident(deps, id)
    const now = deps.now()
    const change = unwrap(rule(incident, now))
    if (change.value === incident) return { incident, wrote: false }
    saveIncident(deps.db, change.value)
    appendTimeline(deps, id, change.events, 'lifecycle', now)
    return { incident: change.value, wrote: true }
  })()
  if (result.wrote) {
    deps.emit({ name: 'incident.changed', incidentId: id })
    deps.emit({ name: 'timeline.changed', incidentId: id })
  }
  return result.incident
}

function setRoles(
  deps: HandlerDeps,
  id: string,
  change: Partial<IncidentRoles>,
  at: number | undefined,
): IncidentRoles {
  const result = deps.db.transaction(() => {
    const incident = requireIncident(deps, id)
    const current = readRoles(deps.db, id)
    const now = deps.now()
    const applied = unwrap(
      changeRoles(current, change, { now, at, incidentStartedAt: incident.startedAt }),
    )
    if (applied.events.length === 0) return { roles: current, wrote: false }
    writeRoles(deps.db, id, applied.value, now)
    appendTimeline(deps, id, applied.events, 'lifecycle', now)
    return { roles: applied.value, wrote: true }
  })()
  if (result.wrote) {
    deps.emit({ name: 'incident.changed', incidentId: id })
    deps.emit({ name: 'timeline.changed', incidentId: id })
  }
  return result.roles
}

export function lifecycleHandlers(deps: HandlerDeps): HandlersFor<keyof typeof lifecycleChannels> {
  const apply = (id: string, rule: IncidentRule) => applyToIncident(deps, id, rule)
  return {
    'incident.setStatus': (input) =>
      apply(input.id, (incident, now) =>
        changeStatus(incident, input.status, { now, at: input.at }),
      ),
    'incident.reopen': (input) =>
      apply(input.id, (incident, now) =>
        reopenIncident(incident, input.reason, { now, at: input.at }),
      ),
    'incident.acknowledge': (input) =>
      apply(input.id, (incident, now) => acknowledgeIncident(incident, { now, at: input.at })),
    'incident.setSeverity': (input) =>
      apply(input.id, (incident, now) =>
        changeSeverity(incident, input.severity, { now, at: input.at }),
      ),
    'incident.setTimes': ({ id, ...changes }) =>
      apply(id, (incident, now) => setMilestoneTimes(incident, changes, now)),
    'incident.getRoles'(input) {
      requireIncident(deps, input.id)
      return readRoles(deps.db, input.id)
    },
    'incident.setRoles': ({ id, at, ...change }) => setRoles(deps, id, change, at),
  }
}

import { randomUUID } from 'node:crypto'
import type { incidentChannels } from '../../../shared/contract/incidents'
import { AppError } from '../../../shared/contract/errors'
import { englishText } from '../../../shared/i18n/english'
import { msg } from '../../../shared/i18n/messages'
import {
  normalizeServices,
  problemWithEventTime,
  type Incident,
} from '../../../shared/domain/incident'
import {
  findIncident,
  insertIncident,
  listIncidents,
  saveIncident,
} from '../repositories/incidents'
import { insertTimelineEvent } from '../repositories/timeline'
import type { HandlerDeps, HandlersFor } from './types'
import { readSettings } from '../repositories/settings'
import { runbookForNewIncident, startRunForNewIncident } from './runbook'
import { recordDeclaredAlert } from './prometheus-alerts'

/** Rejects a user-given time with a message attached to its field. */
export function checkEventTime(field: string, time: number | undefined, now: number): void {
  if (time === undefined) return
  const problem = problemWithEventTime(time, now)
  if (problem) throw new AppError('invalid_input', problem, { fields: { [field]: problem } })
}

export function requireIncident(deps: HandlerDeps, id: string): Incident {
  const incident = findIncident(deps.db, id)
  if (!incident) throw new AppError('not_found', msg('msgWork:incident.notFound', { id }))
  return incident
}

export function incidentHandlers(deps: HandlerDeps): HandlersFor<keyof typeof incidentChannels> {
  const { db, now, emit } = deps
  return {
    'incident.create'(input) {
      const at = now()
      checkEventTime('startedAt', input.startedAt, at)
      checkEventTime('detectedAt', input.detectedAt, at)
      // Runbook (issue 3): resolved before writing, so an unknown runbookId changes nothing.
      const runbook = runbookForNewIncident(deps, input.runbookId)
      const incident: Incident = {
        id: deps.newId(),
        title: input.title,
        severity: input.severity,
        status: 'investigating',
        services: normalizeServices(input.services),
        summary: input.summary,
        startedAt: input.startedAt ?? at,
        detectedAt: input.detectedAt ?? null,
        acknowledgedAt: null,
        mitigatedAt: null,
        resolvedAt: null,
        createdAt: at,
        updatedAt: at,
      }
      const declared = msg('msgEvents:incident.declared', { severity: incident.severity })
      db.transaction(() => {
        insertIncident(db, incident)
        insertTimelineEvent(db, {
          id: deps.newId(),
          incidentId: incident.id,
          occurredAt: incident.startedAt,
          kind: 'status',
          text: englishText(declared),
          message: declared,
          author: readSettings(db).authorName,
          source: 'system',
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        })
        if (runbook) startRunForNewIncident(deps, incident, runbook, at)
        if (input.alert) recordDeclaredAlert(deps, incident.id, input.alert, at)
      })()
      emit({ name: 'incident.changed', incidentId: incident.id })
      emit({ name: 'timeline.changed', incidentId: incident.id })
      return incident
    },
    'incident.get'(input) {
      return requireIncident(deps, input.id)
    },
    'incident.list'(input) {
      return listIncidents(db, { status: input.status, limit: input.limit })
    },
    'incident.update'(input) {
      const incident = requireIncident(deps, input.id)
      const updated: Incident = {
        ...incident,
        title: input.title ?? incident.title,
        summary: input.summary ?? incident.summary,
        services: input.services ? normalizeServices(input.services) : incident.services,
        updatedAt: now(),
      }
      saveIncident(db, updated)
      emit({ name: 'incident.changed', incidentId: incident.id })
      return updated
    },
  }
}

export const newId = (): string => randomUUID()

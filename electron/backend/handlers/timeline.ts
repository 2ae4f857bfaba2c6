import type { timelineChannels } from '../../../shared/contract/timeline'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { TimelineEvent } from '../../../shared/domain/timeline'
import { readSettings } from '../repositories/settings'
import {
  findTimelineEvent,
  insertTimelineEvent,
  listTimelineEvents,
  updateTimelineEvent,
} from '../repositories/timeline'
import { checkEventTime, requireIncident } from './incidents'
import type { HandlerDeps, HandlersFor } from './types'

function requireEvent(deps: HandlerDeps, id: string): TimelineEvent {
  const event = findTimelineEvent(deps.db, id)
  if (!event) throw new AppError('not_found', msg('msgWork:timeline.eventNotFound', { id }))
  return event
}

export function timelineHandlers(deps: HandlerDeps): HandlersFor<keyof typeof timelineChannels> {
  const { db, now, emit } = deps
  const changed = (incidentId: string) => emit({ name: 'timeline.changed', incidentId })

  function setDeleted(id: string, deletedAt: number | null): TimelineEvent {
    requireEvent(deps, id)
    updateTimelineEvent(db, id, { deletedAt, updatedAt: now() })
    const event = requireEvent(deps, id)
    changed(event.incidentId)
    return event
  }

  return {
    'timeline.add'(input) {
      const at = now()
      requireIncident(deps, input.incidentId)
      checkEventTime('occurredAt', input.occurredAt, at)
      const event: TimelineEvent = {
        id: deps.newId(),
        incidentId: input.incidentId,
        occurredAt: input.occurredAt ?? at,
        kind: 'note',
        text: input.text,
        message: null,
        author: input.author || readSettings(db).authorName,
        source: 'user',
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      }
      insertTimelineEvent(db, event)
      changed(event.incidentId)
      return event
    },
    'timeline.list'(input) {
      requireIncident(deps, input.incidentId)
      return listTimelineEvents(db, input.incidentId)
    },
    'timeline.update'(input) {
      const existing = requireEvent(deps, input.id)
      if (existing.deletedAt !== null) {
        throw new AppError('conflict', msg('msgWork:timeline.deletedEvent'))
      }
      checkEventTime('occurredAt', input.occurredAt, now())
      updateTimelineEvent(db, input.id, {
        text: input.text,
        occurredAt: input.occurredAt,
        updatedAt: now(),
      })
      changed(existing.incidentId)
      return requireEvent(deps, input.id)
    },
    'timeline.delete'(input) {
      return setDeleted(input.id, now())
    },
    'timeline.restore'(input) {
      return setDeleted(input.id, null)
    },
  }
}

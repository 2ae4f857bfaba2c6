import type { hypothesisChannels } from '../../../shared/contract/hypotheses'
import { AppError } from '../../../shared/contract/errors'
import { msg, type Message } from '../../../shared/i18n/messages'
import type { Change } from '../../../shared/domain/change'
import {
  editHypothesis,
  newHypothesis,
  setHypothesisStatus,
  type Hypothesis,
} from '../../../shared/domain/hypotheses'
import type { Incident } from '../../../shared/domain/incident'
import {
  findHypothesis,
  insertHypothesis,
  listHypotheses,
  saveHypothesis,
} from '../repositories/hypotheses'
import { findEvidence } from '../repositories/evidence'
import { readSettings } from '../repositories/settings'
import { findTimelineEvent } from '../repositories/timeline'
import { requireIncident } from './incidents'
import { appendTimeline, unwrap } from './record'
import type { HandlerDeps, HandlersFor } from './types'

function requireHypothesis(deps: HandlerDeps, id: string): Hypothesis {
  const hypothesis = findHypothesis(deps.db, id)
  if (!hypothesis) throw new AppError('not_found', msg('msgWork:hypotheses.notFound', { id }))
  return hypothesis
}

/** Every link must point at a live timeline event or an evidence item of the same incident. */
function checkLinks(
  deps: HandlerDeps,
  incidentId: string,
  links: { timelineEventIds?: readonly string[]; evidenceIds?: readonly string[] },
): void {
  const refuse = (field: string, message: Message) => {
    throw new AppError('invalid_input', message, { fields: { [field]: message } })
  }
  for (const id of links.timelineEventIds ?? []) {
    const event = findTimelineEvent(deps.db, id)
    if (!event || event.incidentId !== incidentId || event.deletedAt !== null) {
      refuse('timelineEventIds', msg('msgWork:hypotheses.eventNotInIncident', { id }))
    }
  }
  for (const id of links.evidenceIds ?? []) {
    if (findEvidence(deps.db, id)?.incidentId !== incidentId) {
      refuse('evidenceIds', msg('msgWork:hypotheses.evidenceNotInIncident', { id }))
    }
  }
}

/** Writes a hypothesis change and its timeline events together, then tells the UI. */
function record(
  deps: HandlerDeps,
  incidentId: string,
  build: (incident: Incident, now: number) => Change<Hypothesis>,
  save: (hypothesis: Hypothesis) => void,
): Hypothesis {
  const result = deps.db.transaction(() => {
    const incident = requireIncident(deps, incidentId)
    const now = deps.now()
    const change = unwrap(build(incident, now))
    save(change.value)
    appendTimeline(deps, incidentId, change.events, 'hypotheses', now)
    return change
  })()
  deps.emit({ name: 'hypothesis.changed', incidentId })
  if (result.events.length) deps.emit({ name: 'timeline.changed', incidentId })
  return result.value
}

export function hypothesisHandlers(
  deps: HandlerDeps,
): HandlersFor<keyof typeof hypothesisChannels> {
  const { db } = deps
  return {
    'hypothesis.list'(input) {
      requireIncident(deps, input.incidentId)
      return listHypotheses(db, input.incidentId)
    },
    'hypothesis.add'(input) {
      checkLinks(deps, input.incidentId, input)
      const draft = {
        id: deps.newId(),
        incidentId: input.incidentId,
        text: input.text,
        author: readSettings(db).authorName,
        timelineEventIds: input.timelineEventIds,
        evidenceIds: input.evidenceIds,
      }
      return record(
        deps,
        input.incidentId,
        (incident, now) =>
          newHypothesis(draft, { now, at: input.at, incidentStartedAt: incident.startedAt }),
        (h) => insertHypothesis(db, h),
      )
    },
    'hypothesis.setStatus'(input) {
      const current = requireHypothesis(deps, input.id)
      return record(
        deps,
        current.incidentId,
        (incident, now) =>
          setHypothesisStatus(requireHypothesis(deps, input.id), input.status, input.reason, {
            now,
            at: input.at,
            incidentStartedAt: incident.startedAt,
          }),
        (h) => saveHypothesis(db, h),
      )
    },
    'hypothesis.update'(input) {
      const current = requireHypothesis(deps, input.id)
      checkLinks(deps, current.incidentId, input)
      const edit = {
        text: input.text,
        timelineEventIds: input.timelineEventIds,
        evidenceIds: input.evidenceIds,
      }
      return record(
        deps,
        current.incidentId,
        (_incident, now) => editHypothesis(requireHypothesis(deps, input.id), edit, now),
        (h) => saveHypothesis(db, h),
      )
    },
  }
}

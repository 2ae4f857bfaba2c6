import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { PostmortemView } from '../../../shared/contract/postmortem'
import { timelineDraft, type TimelineDraft } from '../../../shared/domain/change'
import { keyDurations } from '../../../shared/domain/durations'
import type { Incident } from '../../../shared/domain/incident'
import { advanceAfterResolution } from '../../../shared/domain/lifecycle'
import type { PostmortemDocument } from '../../../shared/domain/postmortem/document'
import {
  allowedPostmortemStatuses,
  DEFAULT_TEMPLATE_ID,
  isPostmortemEditable,
  type Postmortem,
  type PostmortemStatus,
} from '../../../shared/domain/postmortem/model'
import { prefillPostmortem, type PinnedEvidence } from '../../../shared/domain/postmortem/prefill'
import {
  ACTION_ITEMS_PART,
  isSectionEmpty,
  type PartKey,
  type PostmortemSections,
} from '../../../shared/domain/postmortem/sections'
import { requireIncident } from '../handlers/incidents'
import { appendTimeline, unwrap } from '../handlers/record'
import type { HandlerDeps } from '../handlers/types'
import { listEvidence } from '../repositories/evidence'
import { listHypotheses } from '../repositories/hypotheses'
import { saveIncident } from '../repositories/incidents'
import {
  findPostmortem,
  insertPostmortem,
  listActionItems,
  readSections,
  writeSections,
} from '../repositories/postmortems'
import { readRoles } from '../repositories/roles'
import { findRunbookRun } from '../repositories/runbook-runs'
import { listTimelineEvents } from '../repositories/timeline'
import { templateCatalog, type LoadedTemplate, type TemplateCatalog } from './templates'

// The postmortem of one incident as the store holds it: created and prefilled on first use,
// assembled into the document the renderer needs, and the incident phase kept in step with it.

function pinnedEvidence(deps: HandlerDeps, incidentId: string): PinnedEvidence[] {
  return listEvidence(deps.db, incidentId).map((item) => ({
    id: item.id,
    kind: item.kind,
    caption: item.caption,
    sourceName: item.sourceName,
    summary: item.summary,
    hasPng: item.hasPng,
    createdAt: item.createdAt,
  }))
}

/** What the incident says now, as a fresh draft: the same inputs prefill and regenerate use. */
export function currentPrefill(deps: HandlerDeps, incident: Incident): PostmortemSections {
  return prefillPostmortem(
    incident,
    listTimelineEvents(deps.db, incident.id),
    keyDurations(incident),
    listHypotheses(deps.db, incident.id),
    pinnedEvidence(deps, incident.id),
    findRunbookRun(deps.db, incident.id) ?? null,
  )
}

/**
 * Moves the incident to the phase its postmortem implies: "postmortem" once resolved and a
 * postmortem exists, "closed" once it is published. An incident still being worked on is left
 * alone: its postmortem may be drafted early. Returns the timeline drafts for the caller to
 * append with its own, in one go, so they keep their order.
 */
export function syncIncidentPhase(
  deps: HandlerDeps,
  incident: Incident,
  status: PostmortemStatus,
  now: number,
): TimelineDraft[] {
  const target = status === 'published' ? 'closed' : 'postmortem'
  let current = incident
  const drafts: TimelineDraft[] = []
  const step = (to: 'postmortem' | 'closed') => {
    const change = unwrap(advanceAfterResolution(current, to, now))
    drafts.push(...change.events)
    current = change.value
  }
  if (current.status === 'resolved') step('postmortem')
  if (current.status === 'postmortem' && target === 'closed') step('closed')
  if (current.status === 'closed' && target === 'postmortem') step('postmortem')
  if (current !== incident) saveIncident(deps.db, current)
  return drafts
}

export function templateNamed(catalog: TemplateCatalog, id: string): LoadedTemplate | undefined {
  return catalog.templates.find((t) => t.id === id)
}

/** The postmortem, created from the incident the first time. Runs inside the caller's transaction. */
export function ensurePostmortem(
  deps: HandlerDeps,
  incidentId: string,
): { postmortem: Postmortem; created: boolean } {
  const existing = findPostmortem(deps.db, incidentId)
  if (existing) return { postmortem: existing, created: false }
  const incident = requireIncident(deps, incidentId)
  const now = deps.now()
  const postmortem: Postmortem = {
    incidentId,
    status: 'draft',
    templateId: DEFAULT_TEMPLATE_ID,
    createdAt: now,
    updatedAt: now,
    statusChangedAt: now,
  }
  insertPostmortem(deps.db, postmortem)
  writeSections(deps.db, incidentId, currentPrefill(deps, incident), now)
  const started = timelineDraft('postmortem', msg('msgEvents:postmortem.started'), now)
  const phase = syncIncidentPhase(deps, incident, postmortem.status, now)
  appendTimeline(deps, incidentId, [started, ...phase], 'postmortem', now)
  return { postmortem, created: true }
}

export interface LoadedDocument {
  doc: PostmortemDocument
  template: LoadedTemplate
  /** False when the postmortem's template is gone and the default stands in. */
  templateFound: boolean
}

/** Everything a rendering needs, read in one go. */
export function loadDocument(deps: HandlerDeps, incidentId: string): LoadedDocument {
  const incident = requireIncident(deps, incidentId)
  const postmortem = findPostmortem(deps.db, incidentId)
  if (!postmortem) {
    throw new AppError('not_found', msg('msgWork:postmortem.notStarted'))
  }
  const catalog = templateCatalog(deps.info.dataDir)
  const chosen = templateNamed(catalog, postmortem.templateId)
  const template = chosen ?? templateNamed(catalog, DEFAULT_TEMPLATE_ID) ?? catalog.templates[0]
  if (!template) throw new AppError('unavailable', msg('msgWork:postmortem.noTemplate'))
  const doc: PostmortemDocument = {
    incident,
    postmortem,
    sections: readSections(deps.db, incidentId, incident.title),
    actionItems: listActionItems(deps.db, incidentId),
    timeline: listTimelineEvents(deps.db, incidentId),
    evidence: pinnedEvidence(deps, incidentId),
    roles: readRoles(deps.db, incidentId),
    templateName: template.name,
  }
  return { doc, template, templateFound: chosen !== undefined }
}

export function emptyParts(doc: PostmortemDocument, parts: readonly PartKey[]): PartKey[] {
  return parts.filter((part) =>
    part === ACTION_ITEMS_PART
      ? doc.actionItems.length === 0
      : isSectionEmpty(part, doc.sections[part]),
  )
}

export function viewOf(loaded: LoadedDocument): PostmortemView {
  const { doc, template } = loaded
  return {
    postmortem: doc.postmortem,
    sections: doc.sections,
    actionItems: doc.actionItems,
    template: { id: doc.postmortem.templateId, name: template.name, found: loaded.templateFound },
    parts: template.parts,
    emptyParts: emptyParts(doc, template.parts),
    editable: isPostmortemEditable(doc.postmortem.status),
    allowedStatuses: allowedPostmortemStatuses(doc.postmortem.status),
  }
}

import { AppError } from '../../../shared/contract/errors'
import type { postmortemChannels } from '../../../shared/contract/postmortem'
import { msg } from '../../../shared/i18n/messages'
import { timelineDraft } from '../../../shared/domain/change'
import type { Incident } from '../../../shared/domain/incident'
import {
  allowedPostmortemStatuses,
  isPostmortemEditable,
  type Postmortem,
  type PostmortemStatus,
} from '../../../shared/domain/postmortem/model'
import { findRedactions } from '../../../shared/domain/postmortem/render'
import {
  isSectionEmpty,
  PART_LABELS,
  sectionEntry,
  type PartKey,
  type SectionEntry,
} from '../../../shared/domain/postmortem/sections'
import { actionItemHandlers } from '../postmortem/action-items'
import { bundleHandlers } from '../postmortem/bundle-handlers'
import { evidenceZip, exportToFolder, redactorFor, renderForExport } from '../postmortem/export'
import {
  currentPrefill,
  emptyParts,
  ensurePostmortem,
  loadDocument,
  syncIncidentPhase,
  templateNamed,
  viewOf,
} from '../postmortem/service'
import { templateCatalog } from '../postmortem/templates'
import { savePostmortem, writeSection } from '../repositories/postmortems'
import { requireIncident } from './incidents'
import { appendTimeline } from './record'
import type { HandlerDeps, HandlersFor } from './types'

type PostmortemChannel = keyof typeof postmortemChannels

const MAX_PREVIEW_FINDINGS = 200

function requireEditable(postmortem: Postmortem): void {
  if (isPostmortemEditable(postmortem.status)) return
  const status = postmortem.status === 'published' ? 'published' : 'reviewed'
  throw new AppError('conflict', msg(`msgWork:postmortem.notEditable.${status}`))
}

/** Refuses In review while template sections are empty, naming each one in detail.fields. */
function refuseEmpty(parts: readonly PartKey[]): never {
  // The UI lists the parts itself, in its language, from detail.fields and info.
  const labels = parts.map((part) => PART_LABELS[part])
  const fields = Object.fromEntries(
    parts.map((part) => [
      part,
      msg('msgWork:postmortem.emptySection', { part: PART_LABELS[part] }),
    ]),
  )
  throw new AppError(
    'conflict',
    msg('msgWork:postmortem.emptySections', { parts: labels.join(', ') }),
    { fields, info: 'empty_sections' },
  )
}

const ACTIVE: readonly string[] = ['investigating', 'identified', 'mitigated']

function checkMove(current: Postmortem, to: PostmortemStatus, incident: Incident): void {
  const from = current.status
  if (from === to) {
    throw new AppError('conflict', msg(`msgWork:postmortem.alreadyStatus.${to}`))
  }
  const allowed = allowedPostmortemStatuses(from)
  if (!allowed.includes(to)) {
    throw new AppError('conflict', msg(`msgWork:postmortem.nextStatus.${from}`))
  }
  if (to === 'published' && ACTIVE.includes(incident.status)) {
    throw new AppError('conflict', msg('msgWork:postmortem.resolveFirst'))
  }
}

/** How many sections are empty; refuses any unless the author chose to send it as it is. */
function emptySectionCount(deps: HandlerDeps, incidentId: string, allowEmpty: boolean): number {
  const loaded = loadDocument(deps, incidentId)
  const parts = emptyParts(loaded.doc, loaded.template.parts)
  if (parts.length > 0 && !allowEmpty) refuseEmpty(parts)
  return parts.length
}

function setStatus(
  deps: HandlerDeps,
  input: { incidentId: string; status: PostmortemStatus; allowEmptySections: boolean },
) {
  const { incidentId, status } = input
  deps.db.transaction(() => {
    const current = ensurePostmortem(deps, incidentId).postmortem
    const incident = requireIncident(deps, incidentId)
    checkMove(current, status, incident)
    const empty =
      status === 'in_review' ? emptySectionCount(deps, incidentId, input.allowEmptySections) : 0
    const now = deps.now()
    savePostmortem(deps.db, { ...current, status, updatedAt: now, statusChangedAt: now })
    const statuses = { from: current.status, to: status }
    const message = empty
      ? msg('msgEvents:postmortem.movedWithEmpty', { ...statuses, count: empty })
      : msg('msgEvents:postmortem.moved', statuses)
    const moved = timelineDraft('postmortem', message, now)
    const phase = syncIncidentPhase(deps, incident, status, now)
    appendTimeline(deps, incidentId, [moved, ...phase], 'postmortem', now)
  })()
  emitAll(deps, incidentId)
  return viewOf(loadDocument(deps, incidentId))
}

function emitAll(deps: HandlerDeps, incidentId: string): void {
  deps.emit({ name: 'postmortem.changed', incidentId })
  deps.emit({ name: 'timeline.changed', incidentId })
  deps.emit({ name: 'incident.changed', incidentId })
}

function updateSection(deps: HandlerDeps, incidentId: string, entry: SectionEntry) {
  const now = deps.now()
  const { created } = deps.db.transaction(() => {
    const opened = ensurePostmortem(deps, incidentId)
    requireEditable(opened.postmortem)
    writeSection(deps.db, incidentId, entry.section, entry.value, now)
    savePostmortem(deps.db, { ...opened.postmortem, updatedAt: now })
    return opened
  })()
  if (created) emitAll(deps, incidentId)
  else deps.emit({ name: 'postmortem.changed', incidentId })
  const empty = isSectionEmpty(entry.section, entry.value)
  return { incidentId, section: entry.section, updatedAt: now, empty }
}

export function postmortemHandlers(deps: HandlerDeps): HandlersFor<PostmortemChannel> {
  return {
    'postmortem.get'({ incidentId }) {
      const { created } = deps.db.transaction(() => ensurePostmortem(deps, incidentId))()
      if (created) emitAll(deps, incidentId)
      return viewOf(loadDocument(deps, incidentId))
    },
    'postmortem.updateSection': ({ incidentId, ...entry }) =>
      updateSection(deps, incidentId, entry),
    'postmortem.regenerateSection'({ incidentId, section }) {
      const entry = deps.db.transaction(() => {
        requireEditable(ensurePostmortem(deps, incidentId).postmortem)
        const fresh = sectionEntry(currentPrefill(deps, requireIncident(deps, incidentId)), section)
        writeSection(deps.db, incidentId, fresh.section, fresh.value, deps.now())
        return fresh
      })()
      deps.emit({ name: 'postmortem.changed', incidentId })
      return entry
    },
    'postmortem.setStatus': (input) => setStatus(deps, input),
    'postmortem.setTemplate'({ incidentId, templateId }) {
      const template = templateNamed(templateCatalog(deps.info.dataDir), templateId)
      if (!template) {
        throw new AppError(
          'not_found',
          msg('msgWork:postmortem.templateNotFound', { id: templateId }),
        )
      }
      deps.db.transaction(() => {
        const { postmortem } = ensurePostmortem(deps, incidentId)
        savePostmortem(deps.db, { ...postmortem, templateId, updatedAt: deps.now() })
      })()
      deps.emit({ name: 'postmortem.changed', incidentId })
      return viewOf(loadDocument(deps, incidentId))
    },
    'postmortem.listTemplates'() {
      const { templates, errors } = templateCatalog(deps.info.dataDir)
      return {
        templates: templates.map(({ id, name, description, language, origin, parts }) => ({
          id,
          name,
          description,
          language,
          origin,
          parts,
        })),
        errors,
      }
    },
    'postmortem.renderMarkdown'({ incidentId, redaction, includeReviewComments }) {
      const rendered = renderForExport(deps, incidentId, redaction, { includeReviewComments })
      return {
        fileName: rendered.names.markdownFile,
        markdown: rendered.markdown,
        body: rendered.body,
        evidenceDir: rendered.names.evidenceDir,
        evidenceFiles: rendered.evidenceFiles.map((f) => f.path),
      }
    },
    'postmortem.redactionPreview'({ incidentId, redaction }) {
      const redactor = redactorFor(redaction)
      const findings = findRedactions(loadDocument(deps, incidentId).doc, redactor)
      const byRule: Record<string, number> = {}
      for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1
      return {
        total: findings.length,
        byRule,
        findings: findings.slice(0, MAX_PREVIEW_FINDINGS),
        truncated: findings.length > MAX_PREVIEW_FINDINGS,
        notes: ['chart_images_not_redacted' as const],
      }
    },
    async 'postmortem.exportToFolder'({ incidentId, redaction, includeReviewComments }) {
      if (deps.info.mode !== 'electron' || !deps.chooseFolder) {
        throw new AppError('unavailable', msg('msgWork:postmortem.exportInBrowser'))
      }
      const folder = await deps.chooseFolder('Export the postmortem to a folder')
      if (folder === null) return null
      return exportToFolder(deps, incidentId, folder, redaction, { includeReviewComments })
    },
    'postmortem.evidenceZip': ({ incidentId, redaction }) =>
      evidenceZip(deps, incidentId, redaction),
    ...actionItemHandlers(deps),
    ...bundleHandlers(deps),
  }
}

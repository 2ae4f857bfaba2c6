import { AppError } from '../../../shared/contract/errors'
import { englishText } from '../../../shared/i18n/english'
import type {
  EvidenceItem,
  evidenceChannels,
  EvidenceKind,
} from '../../../shared/contract/evidence'
import { msg, type Message } from '../../../shared/i18n/messages'
import {
  deleteEvidence,
  evidencePayloadJson,
  evidencePng,
  findEvidence,
  insertEvidence,
  listEvidence,
  updateEvidenceCaption,
} from '../repositories/evidence'
import { insertTimelineEvent } from '../repositories/timeline'
import { readSettings } from '../repositories/settings'
import { requireIncident } from './incidents'
import type { HandlerDeps, HandlersFor } from './types'

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
export const MAX_PNG_BYTES = 10 * 1024 * 1024

/** Decodes a chart image from the renderer; anything but a PNG of sane size is refused. */
export function decodePng(base64: string | undefined | null): Buffer | null {
  if (!base64) return null
  const bytes = Buffer.from(base64.replace(/^data:image\/png;base64,/, ''), 'base64')
  if (bytes.length > MAX_PNG_BYTES) {
    throw new AppError('invalid_input', msg('msgSources:evidence.pngTooLarge'))
  }
  if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    throw new AppError('invalid_input', msg('msgSources:evidence.notPng'))
  }
  return bytes
}

export interface PinRequest {
  incidentId: string
  kind: EvidenceKind
  caption: string
  sourceName: string
  summary: Record<string, unknown>
  payloadJson: string
  png: Buffer | null
  /**
   * The timeline line, e.g. 'Pinned chart: p99 latency (leaderboard-api)': a catalogue message,
   * or a plain text shown as written.
   */
  timelineText: string | Message
}

/** Stores evidence and its timeline event in one transaction. */
export function pinEvidence(deps: HandlerDeps, request: PinRequest): EvidenceItem {
  requireIncident(deps, request.incidentId)
  const at = deps.now()
  const id = deps.newId()
  const line = request.timelineText
  deps.db.transaction(() => {
    insertEvidence(deps.db, { ...request, id, createdAt: at })
    insertTimelineEvent(deps.db, {
      id: deps.newId(),
      incidentId: request.incidentId,
      occurredAt: at,
      kind: 'evidence',
      text: typeof line === 'string' ? line : englishText(line),
      message: typeof line === 'string' ? null : line,
      author: readSettings(deps.db).authorName,
      source: request.kind === 'chart' ? 'prometheus' : 'jaeger',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    })
  })()
  deps.emit({ name: 'evidence.changed', incidentId: request.incidentId })
  deps.emit({ name: 'timeline.changed', incidentId: request.incidentId })
  const item = findEvidence(deps.db, id)
  if (!item) throw new Error('Pinned evidence vanished right after it was written')
  return item
}

function requireEvidence(deps: HandlerDeps, id: string): EvidenceItem {
  const item = findEvidence(deps.db, id)
  if (!item) throw new AppError('not_found', msg('msgSources:evidence.gone'))
  return item
}

export function evidenceHandlers(deps: HandlerDeps): HandlersFor<keyof typeof evidenceChannels> {
  const { db } = deps
  return {
    'evidence.list'(input) {
      requireIncident(deps, input.incidentId)
      return listEvidence(db, input.incidentId)
    },
    'evidence.get'(input) {
      const item = requireEvidence(deps, input.id)
      const payload: unknown = JSON.parse(evidencePayloadJson(db, input.id) ?? 'null')
      return { ...item, payload, pngBase64: evidencePng(db, input.id)?.toString('base64') ?? null }
    },
    'evidence.updateCaption'(input) {
      const item = requireEvidence(deps, input.id)
      updateEvidenceCaption(db, input.id, input.caption, deps.now())
      deps.emit({ name: 'evidence.changed', incidentId: item.incidentId })
      return requireEvidence(deps, input.id)
    },
    'evidence.delete'(input) {
      const item = requireEvidence(deps, input.id)
      deleteEvidence(db, input.id)
      deps.emit({ name: 'evidence.changed', incidentId: item.incidentId })
      return { id: input.id }
    },
  }
}

import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { ReviewComment, reviewChannels } from '../../../shared/contract/review'
import { reviewAppendixMarkdown } from '../../../shared/domain/review/appendix'
import { prepared } from '../db/statements'
import { readSettings } from '../repositories/settings'
import { findTimelineEvent, listTimelineEvents } from '../repositories/timeline'
import { requireIncident } from './incidents'
import type { HandlerDeps, HandlersFor } from './types'

// Review comments: local notes on timeline events, written while the team reviews an incident.
// They belong to this machine (also on incidents synced read-only from the archive) and reach
// others only through the postmortem's appendix.

interface CommentRow {
  id: string
  incident_id: string
  event_id: string
  text: string
  author: string
  created_at: number
  updated_at: number
}

const fromRow = (row: CommentRow): ReviewComment => ({
  id: row.id,
  incidentId: row.incident_id,
  eventId: row.event_id,
  text: row.text,
  author: row.author,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const COLUMNS = 'id, incident_id, event_id, text, author, created_at, updated_at'

export function listReviewComments(db: Database.Database, incidentId: string): ReviewComment[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM review_comments WHERE incident_id = ? ORDER BY created_at, rowid`,
  ).all(incidentId) as CommentRow[]
  return rows.map(fromRow)
}

function requireComment(db: Database.Database, id: string): ReviewComment {
  const row = prepared(db, `SELECT ${COLUMNS} FROM review_comments WHERE id = ?`).get(id) as
    CommentRow | undefined
  if (!row) throw new AppError('not_found', msg('msgWork:review.commentNotFound'))
  return fromRow(row)
}

/** The appendix for the incident's exported postmortem ('' without comments). */
export function reviewAppendixFor(
  deps: HandlerDeps,
  incidentId: string,
  redact?: (text: string) => string,
): { markdown: string; comments: number } {
  const comments = listReviewComments(deps.db, incidentId)
  const events = listTimelineEvents(deps.db, incidentId)
  return {
    markdown: reviewAppendixMarkdown(comments, events, { redact }),
    comments: comments.length,
  }
}

export function reviewHandlers(deps: HandlerDeps): HandlersFor<keyof typeof reviewChannels> {
  const { db } = deps
  const changed = (incidentId: string) => deps.emit({ name: 'review.changed', incidentId })
  return {
    'review.comments'(input) {
      requireIncident(deps, input.incidentId)
      return listReviewComments(db, input.incidentId)
    },
    'review.addComment'(input) {
      requireIncident(deps, input.incidentId)
      const event = findTimelineEvent(db, input.eventId)
      if (!event || event.incidentId !== input.incidentId) {
        const message = msg('msgWork:review.eventNotInIncident')
        throw new AppError('not_found', message, { fields: { eventId: message } })
      }
      const at = deps.now()
      const id = deps.newId()
      prepared(db, `INSERT INTO review_comments (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        input.incidentId,
        input.eventId,
        input.text,
        input.author ?? readSettings(db).authorName,
        at,
        at,
      )
      changed(input.incidentId)
      return requireComment(db, id)
    },
    'review.updateComment'(input) {
      const comment = requireComment(db, input.id)
      prepared(db, 'UPDATE review_comments SET text = ?, updated_at = ? WHERE id = ?').run(
        input.text,
        deps.now(),
        input.id,
      )
      changed(comment.incidentId)
      return requireComment(db, input.id)
    },
    'review.deleteComment'(input) {
      const comment = requireComment(db, input.id)
      prepared(db, 'DELETE FROM review_comments WHERE id = ?').run(input.id)
      changed(comment.incidentId)
      return { id: input.id }
    },
    'review.appendix'(input) {
      requireIncident(deps, input.incidentId)
      return reviewAppendixFor(deps, input.incidentId)
    },
  }
}

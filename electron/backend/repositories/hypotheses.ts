import type Database from 'better-sqlite3'
import type { Hypothesis, HypothesisStatus } from '../../../shared/domain/hypotheses'

interface HypothesisRow {
  id: string
  incident_id: string
  text: string
  status: string
  reason: string
  timeline_event_ids: string
  evidence_ids: string
  author: string
  created_at: number
  updated_at: number
  status_changed_at: number
}

const COLUMNS = `id, incident_id, text, status, reason, timeline_event_ids, evidence_ids, author,
  created_at, updated_at, status_changed_at`

function hypothesisFromRow(row: HypothesisRow): Hypothesis {
  return {
    id: row.id,
    incidentId: row.incident_id,
    text: row.text,
    status: row.status as HypothesisStatus,
    reason: row.reason,
    timelineEventIds: JSON.parse(row.timeline_event_ids) as string[],
    evidenceIds: JSON.parse(row.evidence_ids) as string[],
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    statusChangedAt: row.status_changed_at,
  }
}

function rowFromHypothesis(h: Hypothesis): HypothesisRow {
  return {
    id: h.id,
    incident_id: h.incidentId,
    text: h.text,
    status: h.status,
    reason: h.reason,
    timeline_event_ids: JSON.stringify(h.timelineEventIds),
    evidence_ids: JSON.stringify(h.evidenceIds),
    author: h.author,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
    status_changed_at: h.statusChangedAt,
  }
}

export function insertHypothesis(db: Database.Database, hypothesis: Hypothesis): void {
  db.prepare(
    `INSERT INTO hypotheses (${COLUMNS}) VALUES (@id, @incident_id, @text, @status, @reason,
      @timeline_event_ids, @evidence_ids, @author, @created_at, @updated_at, @status_changed_at)`,
  ).run(rowFromHypothesis(hypothesis))
}

export function saveHypothesis(db: Database.Database, hypothesis: Hypothesis): void {
  db.prepare(
    `UPDATE hypotheses SET text = @text, status = @status, reason = @reason,
      timeline_event_ids = @timeline_event_ids, evidence_ids = @evidence_ids,
      updated_at = @updated_at, status_changed_at = @status_changed_at
     WHERE id = @id`,
  ).run(rowFromHypothesis(hypothesis))
}

export function findHypothesis(db: Database.Database, id: string): Hypothesis | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM hypotheses WHERE id = ?`).get(id) as
    HypothesisRow | undefined
  return row && hypothesisFromRow(row)
}

/** Oldest first: the order they were raised in. */
export function listHypotheses(db: Database.Database, incidentId: string): Hypothesis[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM hypotheses WHERE incident_id = ? ORDER BY created_at, rowid`)
    .all(incidentId) as HypothesisRow[]
  return rows.map(hypothesisFromRow)
}

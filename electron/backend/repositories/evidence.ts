import { gunzipSync, gzipSync } from 'node:zlib'
import type Database from 'better-sqlite3'
import type { EvidenceItem, EvidenceKind } from '../../../shared/contract/evidence'
import { prepared } from '../db/statements'

interface EvidenceRow {
  id: string
  incident_id: string
  kind: string
  caption: string
  source_name: string
  summary: string
  payload_bytes: number
  has_png: number
  created_at: number
  updated_at: number
}

const LIST_COLUMNS = `id, incident_id, kind, caption, source_name, summary, payload_bytes,
  png IS NOT NULL AS has_png, created_at, updated_at`

function fromRow(row: EvidenceRow): EvidenceItem {
  return {
    id: row.id,
    incidentId: row.incident_id,
    kind: row.kind as EvidenceKind,
    caption: row.caption,
    sourceName: row.source_name,
    summary: JSON.parse(row.summary) as Record<string, unknown>,
    payloadBytes: row.payload_bytes,
    hasPng: row.has_png === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface NewEvidence {
  id: string
  incidentId: string
  kind: EvidenceKind
  caption: string
  sourceName: string
  summary: Record<string, unknown>
  /** The full result (query answer or trace), serialized as JSON text. */
  payloadJson: string
  png: Buffer | null
  createdAt: number
}

export function insertEvidence(db: Database.Database, item: NewEvidence): void {
  const raw = Buffer.from(item.payloadJson, 'utf8')
  prepared(
    db,
    `INSERT INTO evidence (id, incident_id, kind, caption, source_name, summary, payload, payload_bytes, png, created_at, updated_at)
     VALUES (@id, @incidentId, @kind, @caption, @sourceName, @summary, @payload, @payloadBytes, @png, @createdAt, @createdAt)`,
  ).run({
    ...item,
    summary: JSON.stringify(item.summary),
    payload: gzipSync(raw, { level: 6 }),
    payloadBytes: raw.length,
  })
}

export function listEvidence(db: Database.Database, incidentId: string): EvidenceItem[] {
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS} FROM evidence WHERE incident_id = ? ORDER BY created_at, rowid`,
  ).all(incidentId) as EvidenceRow[]
  return rows.map(fromRow)
}

export function findEvidence(db: Database.Database, id: string): EvidenceItem | undefined {
  const row = prepared(db, `SELECT ${LIST_COLUMNS} FROM evidence WHERE id = ?`).get(id) as
    EvidenceRow | undefined
  return row && fromRow(row)
}

/** The payload as the JSON text that was pinned. */
export function evidencePayloadJson(db: Database.Database, id: string): string | undefined {
  const row = prepared(db, 'SELECT payload FROM evidence WHERE id = ?').get(id) as
    { payload: Buffer } | undefined
  return row && gunzipSync(row.payload).toString('utf8')
}

export function evidencePng(db: Database.Database, id: string): Buffer | null {
  const row = prepared(db, 'SELECT png FROM evidence WHERE id = ?').get(id) as
    { png: Buffer | null } | undefined
  return row?.png ?? null
}

export function updateEvidenceCaption(
  db: Database.Database,
  id: string,
  caption: string,
  at: number,
): void {
  prepared(db, 'UPDATE evidence SET caption = ?, updated_at = ? WHERE id = ?').run(caption, at, id)
}

export function deleteEvidence(db: Database.Database, id: string): void {
  prepared(db, 'DELETE FROM evidence WHERE id = ?').run(id)
}

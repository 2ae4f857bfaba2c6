import type Database from 'better-sqlite3'
import type { LibraryItem } from '../../../shared/contract/library'
import type { IncidentStatus, Severity } from '../../../shared/domain/incident'
import type { PostmortemStatus } from '../../../shared/domain/postmortem/model'
import { prepared } from '../db/statements'

// One library row per incident: the incident's own fields, its tags and postmortem status, where
// it came from when it was synced from the shared archive, and whether it is the shipped sample.

interface ItemRow {
  seq: number
  id: string
  title: string
  severity: string
  status: string
  services: string
  started_at: number
  resolved_at: number | null
  postmortem_status: string | null
  tags: string | null
  bundle_path: string | null
  synced_at: number | null
  sample: number
}

export const ITEM_SELECT = `
  SELECT l.seq, i.id, i.title, i.severity, i.status, i.services, i.started_at, i.resolved_at,
         p.status AS postmortem_status, ps.value AS tags, a.bundle_path, a.synced_at,
         s.incident_id IS NOT NULL AS sample
    FROM library_incidents AS l
    JOIN incidents AS i ON i.id = l.incident_id
    LEFT JOIN postmortems AS p ON p.incident_id = i.id
    LEFT JOIN postmortem_sections AS ps ON ps.incident_id = i.id AND ps.section = 'tags'
    LEFT JOIN archive_entries AS a ON a.incident_id = i.id
    LEFT JOIN sample_incidents AS s ON s.incident_id = i.id`

function parseTags(json: string | null): string[] {
  if (!json) return []
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : []
  } catch {
    return []
  }
}

export function itemFromRow(row: ItemRow): LibraryItem {
  return {
    id: row.id,
    title: row.title,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    services: JSON.parse(row.services) as string[],
    tags: parseTags(row.tags),
    startedAt: row.started_at,
    resolvedAt: row.resolved_at,
    postmortemStatus: row.postmortem_status as PostmortemStatus | null,
    origin:
      row.bundle_path !== null && row.synced_at !== null
        ? { path: row.bundle_path, syncedAt: row.synced_at }
        : null,
    sample: row.sample === 1,
    titleHighlight: null,
    snippet: null,
    matchedIn: [],
  }
}

/** The items for these incident numbers. */
export function itemsBySeq(
  db: Database.Database,
  seqs: readonly number[],
): Map<number, LibraryItem> {
  if (seqs.length === 0) return new Map()
  const rows = prepared(db, `${ITEM_SELECT} WHERE l.seq IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(seqs),
  ) as ItemRow[]
  return new Map(rows.map((row) => [row.seq, itemFromRow(row)]))
}

/** The items for these incident numbers, in the order given. */
export function itemsForSeqs(db: Database.Database, seqs: readonly number[]): LibraryItem[] {
  const bySeq = itemsBySeq(db, seqs)
  return seqs.flatMap((seq) => bySeq.get(seq) ?? [])
}

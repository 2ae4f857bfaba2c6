import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'

// The sample_incidents table (migration 8): which incidents are the shipped sample.

export interface SampleRecord {
  incidentId: string
  story: string
  storyVersion: number
  /** The SLO the sample added, if it added one. */
  sloId: string | null
  loadedAt: number
}

interface SampleRow {
  incident_id: string
  story: string
  story_version: number
  slo_id: string | null
  loaded_at: number
}

const fromRow = (row: SampleRow): SampleRecord => ({
  incidentId: row.incident_id,
  story: row.story,
  storyVersion: row.story_version,
  sloId: row.slo_id,
  loadedAt: row.loaded_at,
})

export function insertSample(db: Database.Database, record: SampleRecord): void {
  prepared(
    db,
    `INSERT INTO sample_incidents (incident_id, story, story_version, slo_id, loaded_at)
     VALUES (@incidentId, @story, @storyVersion, @sloId, @loadedAt)`,
  ).run(record)
}

/** Oldest first. */
export function listSamples(db: Database.Database): SampleRecord[] {
  const rows = prepared(
    db,
    `SELECT incident_id, story, story_version, slo_id, loaded_at
       FROM sample_incidents ORDER BY loaded_at, incident_id`,
  ).all() as SampleRow[]
  return rows.map(fromRow)
}

export function findSample(db: Database.Database, incidentId: string): SampleRecord | undefined {
  const row = prepared(
    db,
    `SELECT incident_id, story, story_version, slo_id, loaded_at
       FROM sample_incidents WHERE incident_id = ?`,
  ).get(incidentId) as SampleRow | undefined
  return row && fromRow(row)
}

import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'
import type { Incident, IncidentStatus, Severity } from '../../../shared/domain/incident'
import type { IncidentListItem } from '../../../shared/contract/incidents'

interface IncidentRow {
  id: string
  title: string
  severity: string
  status: string
  services: string
  summary: string
  started_at: number
  detected_at: number | null
  acknowledged_at: number | null
  mitigated_at: number | null
  resolved_at: number | null
  created_at: number
  updated_at: number
}

export function incidentFromRow(row: IncidentRow): Incident {
  return {
    id: row.id,
    title: row.title,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    services: JSON.parse(row.services) as string[],
    summary: row.summary,
    startedAt: row.started_at,
    detectedAt: row.detected_at,
    acknowledgedAt: row.acknowledged_at,
    mitigatedAt: row.mitigated_at,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function rowFromIncident(incident: Incident): IncidentRow {
  return {
    id: incident.id,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    services: JSON.stringify(incident.services),
    summary: incident.summary,
    started_at: incident.startedAt,
    detected_at: incident.detectedAt,
    acknowledged_at: incident.acknowledgedAt,
    mitigated_at: incident.mitigatedAt,
    resolved_at: incident.resolvedAt,
    created_at: incident.createdAt,
    updated_at: incident.updatedAt,
  }
}

const COLUMNS = `id, title, severity, status, services, summary, started_at, detected_at,
  acknowledged_at, mitigated_at, resolved_at, created_at, updated_at`

export function insertIncident(db: Database.Database, incident: Incident): void {
  prepared(
    db,
    `INSERT INTO incidents (${COLUMNS}) VALUES (@id, @title, @severity, @status, @services, @summary,
      @started_at, @detected_at, @acknowledged_at, @mitigated_at, @resolved_at, @created_at, @updated_at)`,
  ).run(rowFromIncident(incident))
}

/** Writes every field of an incident that already exists. */
export function saveIncident(db: Database.Database, incident: Incident): void {
  prepared(
    db,
    `UPDATE incidents SET title = @title, severity = @severity, status = @status,
      services = @services, summary = @summary, started_at = @started_at,
      detected_at = @detected_at, acknowledged_at = @acknowledged_at,
      mitigated_at = @mitigated_at, resolved_at = @resolved_at, updated_at = @updated_at
     WHERE id = @id`,
  ).run(rowFromIncident(incident))
}

export function findIncident(db: Database.Database, id: string): Incident | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM incidents WHERE id = ?`).get(id) as
    IncidentRow | undefined
  return row && incidentFromRow(row)
}

export interface ListIncidentsArgs {
  status?: IncidentStatus | undefined
  limit: number
}

/** Newest first, by when the incident started. */
export function listIncidents(db: Database.Database, args: ListIncidentsArgs): IncidentListItem[] {
  const where = args.status ? 'WHERE status = @status' : ''
  const rows = prepared(
    db,
    `SELECT id, title, severity, status, services, started_at, resolved_at, updated_at
       FROM incidents ${where} ORDER BY started_at DESC, id LIMIT @limit`,
  ).all({ status: args.status, limit: args.limit }) as Pick<
    IncidentRow,
    | 'id'
    | 'title'
    | 'severity'
    | 'status'
    | 'services'
    | 'started_at'
    | 'resolved_at'
    | 'updated_at'
  >[]
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    services: JSON.parse(row.services) as string[],
    startedAt: row.started_at,
    resolvedAt: row.resolved_at,
    updatedAt: row.updated_at,
  }))
}

export function countIncidents(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM incidents').get() as { n: number }).n
}

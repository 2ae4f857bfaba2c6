import type Database from 'better-sqlite3'
import type { IncidentAlert } from '../../../shared/contract/prometheus'
import { prepared } from '../db/statements'

// The alerts incidents were declared from.

interface IncidentAlertRow {
  id: string
  incident_id: string
  source_id: string | null
  source_name: string
  name: string
  labels: string
  annotations: string
  active_at: number | null
  expr: string | null
  value: string | null
  declared_at: number
}

export function insertIncidentAlert(db: Database.Database, alert: IncidentAlert): void {
  prepared(
    db,
    `INSERT INTO incident_alerts (id, incident_id, source_id, source_name, name, labels,
       annotations, active_at, expr, value, declared_at)
     VALUES (@id, @incidentId, @sourceId, @sourceName, @name, @labels, @annotations, @activeAt,
       @expr, @value, @declaredAt)`,
  ).run({
    ...alert,
    labels: JSON.stringify(alert.labels),
    annotations: JSON.stringify(alert.annotations),
  })
}

export function listIncidentAlerts(db: Database.Database, incidentId: string): IncidentAlert[] {
  const rows = prepared(
    db,
    'SELECT * FROM incident_alerts WHERE incident_id = ? ORDER BY declared_at, rowid',
  ).all(incidentId) as IncidentAlertRow[]
  return rows.map((row) => ({
    id: row.id,
    incidentId: row.incident_id,
    sourceId: row.source_id,
    sourceName: row.source_name,
    name: row.name,
    labels: JSON.parse(row.labels) as Record<string, string>,
    annotations: JSON.parse(row.annotations) as Record<string, string>,
    activeAt: row.active_at,
    expr: row.expr,
    value: row.value,
    declaredAt: row.declared_at,
  }))
}

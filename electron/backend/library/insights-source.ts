import type Database from 'better-sqlite3'
import type { Severity } from '../../../shared/domain/incident'
import type { InsightActionItem, InsightIncident } from '../../../shared/domain/insights/insights'
import type { ActionItemPriority, ActionItemStatus } from '../../../shared/domain/postmortem/model'
import { prepared } from '../db/statements'

// The rows insights are computed from: incidents of the period with the budget their postmortem
// records, and those incidents' action items. Reading is the only SQL; the arithmetic is pure.

interface IncidentRow {
  id: string
  title: string
  severity: string
  services: string
  started_at: number
  detected_at: number | null
  acknowledged_at: number | null
  mitigated_at: number | null
  resolved_at: number | null
  budget: number | null
}

interface ActionItemRow {
  incident_id: string
  priority: string
  status: string
  due_date: string | null
  created_at: number
}

export function insightIncidents(
  db: Database.Database,
  from: number,
  to: number,
): InsightIncident[] {
  const rows = prepared(
    db,
    `SELECT i.id, i.title, i.severity, i.services, i.started_at, i.detected_at,
            i.acknowledged_at, i.mitigated_at, i.resolved_at,
            json_extract(ps.value, '$.sloBudgetConsumedPercent') AS budget
       FROM incidents AS i
       LEFT JOIN postmortem_sections AS ps ON ps.incident_id = i.id AND ps.section = 'impact'
      WHERE i.started_at >= ? AND i.started_at < ?`,
  ).all(from, to) as IncidentRow[]
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    severity: row.severity as Severity,
    services: JSON.parse(row.services) as string[],
    startedAt: row.started_at,
    detectedAt: row.detected_at,
    acknowledgedAt: row.acknowledged_at,
    mitigatedAt: row.mitigated_at,
    resolvedAt: row.resolved_at,
    sloBudgetConsumedPercent: typeof row.budget === 'number' ? row.budget : null,
  }))
}

export function insightActionItems(
  db: Database.Database,
  from: number,
  to: number,
): InsightActionItem[] {
  const rows = prepared(
    db,
    `SELECT a.incident_id, a.priority, a.status, a.due_date, a.created_at
       FROM action_items AS a JOIN incidents AS i ON i.id = a.incident_id
      WHERE i.started_at >= ? AND i.started_at < ?`,
  ).all(from, to) as ActionItemRow[]
  return rows.map((row) => ({
    incidentId: row.incident_id,
    priority: row.priority as ActionItemPriority,
    status: row.status as ActionItemStatus,
    dueDate: row.due_date,
    createdAt: row.created_at,
  }))
}

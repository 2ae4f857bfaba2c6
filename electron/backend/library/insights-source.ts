import type Database from 'better-sqlite3'
import type { Severity } from '../../../shared/domain/incident'
import type { InsightActionItem, InsightIncident } from '../../../shared/domain/insights/insights'
import type { ActionItemPriority, ActionItemStatus } from '../../../shared/domain/postmortem/model'
import { prepared } from '../db/statements'

// The rows insights are computed from: incidents of the period with the budget their postmortem
// records, and the action items. Reading is the only SQL; the arithmetic is pure.
//
// Over a whole library this reads every incident, so rows come as plain arrays (raw), budgets in
// one pass over the impact sections rather than a lookup per incident, and each distinct
// services list is parsed once.

type IncidentRow = [
  id: string,
  title: string,
  severity: string,
  services: string,
  startedAt: number,
  detectedAt: number | null,
  acknowledgedAt: number | null,
  mitigatedAt: number | null,
  resolvedAt: number | null,
]

type ActionItemRow = [
  incidentId: string,
  priority: string,
  status: string,
  dueDate: string | null,
  createdAt: number,
]

/** What each incident's postmortem says it cost in SLO budget (percent), by incident. */
function budgets(db: Database.Database): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT incident_id, json_extract(value, '$.sloBudgetConsumedPercent') FROM postmortem_sections
      WHERE section = 'impact'`,
  )
    .raw()
    .all() as [string, unknown][]
  const out = new Map<string, number>()
  for (const [incidentId, budget] of rows)
    if (typeof budget === 'number') out.set(incidentId, budget)
  return out
}

function servicesParser(): (json: string) => string[] {
  const parsed = new Map<string, string[]>()
  return (json) => {
    let services = parsed.get(json)
    if (!services) parsed.set(json, (services = JSON.parse(json) as string[]))
    return services
  }
}

export function insightIncidents(
  db: Database.Database,
  from: number,
  to: number,
): InsightIncident[] {
  const rows = prepared(
    db,
    `SELECT id, title, severity, services, started_at, detected_at, acknowledged_at,
            mitigated_at, resolved_at
       FROM incidents WHERE started_at >= ? AND started_at < ?`,
  )
    .raw()
    .all(from, to) as IncidentRow[]
  const budgetOf = budgets(db)
  const servicesOf = servicesParser()
  return rows.map((row) => ({
    id: row[0],
    title: row[1],
    severity: row[2] as Severity,
    services: servicesOf(row[3]),
    startedAt: row[4],
    detectedAt: row[5],
    acknowledgedAt: row[6],
    mitigatedAt: row[7],
    resolvedAt: row[8],
    sloBudgetConsumedPercent: budgetOf.get(row[0]) ?? null,
  }))
}

/** Every action item: the insights keep those of the incidents they count. */
export function insightActionItems(db: Database.Database): InsightActionItem[] {
  const rows = prepared(
    db,
    'SELECT incident_id, priority, status, due_date, created_at FROM action_items',
  )
    .raw()
    .all() as ActionItemRow[]
  return rows.map((row) => ({
    incidentId: row[0],
    priority: row[1] as ActionItemPriority,
    status: row[2] as ActionItemStatus,
    dueDate: row[3],
    createdAt: row[4],
  }))
}

import { KEY_DURATION_NAMES, type KeyDurationName } from '../durations'
import { SEVERITIES, type EpochMs, type Incident, type Severity } from '../incident'
import type { ActionItemPriority, ActionItemStatus } from '../postmortem/model'
import { isOverdue } from './action-items'
import { monthNumberOf, monthNumberOfName, months } from './months'
import { summarizeSorted, type DistributionSummary } from './stats'

// Insights over a period: how many incidents, how fast they were detected, acknowledged,
// mitigated and resolved (median and p90), how that moves month by month, what became of the
// action items, and which incidents cost the most error budget. Pure: the backend reads the rows,
// this does the arithmetic.

export type InsightIncident = Pick<
  Incident,
  | 'id'
  | 'title'
  | 'severity'
  | 'services'
  | 'startedAt'
  | 'detectedAt'
  | 'acknowledgedAt'
  | 'mitigatedAt'
  | 'resolvedAt'
> & {
  /** From the postmortem's impact section, when known. */
  sloBudgetConsumedPercent: number | null
}

export interface InsightActionItem {
  incidentId: string
  priority: ActionItemPriority
  status: ActionItemStatus
  dueDate: string | null
  createdAt: EpochMs
}

export interface InsightsQuery {
  /** Incidents that started in [from, to). */
  from: EpochMs
  to: EpochMs
  now: EpochMs
  /** Only incidents touching this service ('' for all). */
  service: string
  severity: Severity | null
}

export type DurationSummaries = Record<KeyDurationName, DistributionSummary>

export interface GroupInsights {
  key: string
  count: number
  durations: DurationSummaries
}

export interface MonthInsights {
  /** "2026-03" (UTC). */
  month: string
  count: number
  bySeverity: Record<Severity, number>
  medianResolveMs: number | null
}

export interface ActionItemInsights {
  total: number
  open: number
  overdue: number
  done: number
  /** done / total; null without items. */
  completionRate: number | null
}

export interface BudgetConsumer {
  incidentId: string
  title: string
  severity: Severity
  startedAt: EpochMs
  percent: number
}

export interface InsightsReport {
  incidentCount: number
  durations: DurationSummaries
  bySeverity: GroupInsights[]
  byService: GroupInsights[]
  monthly: MonthInsights[]
  actionItems: ActionItemInsights
  topBudget: BudgetConsumer[]
}

export const NO_SERVICE = '(no service)'
export const TOP_BUDGET_COUNT = 10

/**
 * Each incident's four key durations, as columns in the incidents' order (NaN: unknown). Worked
 * out once, directly, as shared/domain/durations.ts defines them (a test holds the two equal):
 * keyDurations also writes an explanation for each, which over thousands of incidents costs more
 * than everything else here. Groups are lists of row numbers into these columns.
 */
type DurationColumns = Record<KeyDurationName, Float64Array>

const between = (from: number | null, to: number | null) =>
  from === null || to === null || to < from ? Number.NaN : to - from

function durationColumns(incidents: readonly InsightIncident[]): DurationColumns {
  const size = incidents.length
  const columns: DurationColumns = {
    detect: new Float64Array(size),
    acknowledge: new Float64Array(size),
    mitigate: new Float64Array(size),
    resolve: new Float64Array(size),
  }
  incidents.forEach(({ startedAt, detectedAt, acknowledgedAt, mitigatedAt, resolvedAt }, row) => {
    columns.detect[row] = between(startedAt, detectedAt)
    columns.acknowledge[row] = between(detectedAt, acknowledgedAt)
    columns.mitigate[row] = between(startedAt, mitigatedAt)
    columns.resolve[row] = between(startedAt, resolvedAt)
  })
  return columns
}

/** Median and p90 of a column over some rows (all when null), sorted in `scratch`. */
function summaryOf(
  column: Float64Array,
  rows: readonly number[] | null,
  scratch: Float64Array,
): DistributionSummary {
  let count = 0
  const add = (value: number) => {
    if (!Number.isNaN(value)) scratch[count++] = value
  }
  if (rows === null) column.forEach(add)
  else for (const row of rows) add(column[row] ?? Number.NaN)
  return summarizeSorted(scratch.subarray(0, count).sort())
}

interface Columns {
  durations: DurationColumns
  /** Room to sort any one column's values. */
  scratch: Float64Array
}

function durationsOf({ durations, scratch }: Columns, rows: readonly number[] | null) {
  const out = {} as DurationSummaries
  for (const name of KEY_DURATION_NAMES) out[name] = summaryOf(durations[name], rows, scratch)
  return out
}

function groupBy(
  incidents: readonly InsightIncident[],
  columns: Columns,
  keysOf: (incident: InsightIncident) => readonly string[],
): GroupInsights[] {
  const groups = new Map<string, number[]>()
  incidents.forEach((incident, row) => {
    for (const key of keysOf(incident)) {
      const rows = groups.get(key)
      if (rows) rows.push(row)
      else groups.set(key, [row])
    }
  })
  return [...groups.entries()]
    .map(([key, rows]) => ({ key, count: rows.length, durations: durationsOf(columns, rows) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

function monthly(
  incidents: readonly InsightIncident[],
  columns: Columns,
  query: InsightsQuery,
): MonthInsights[] {
  const byMonth = new Map<number, number[]>()
  let first = query.to
  incidents.forEach((incident, row) => {
    const month = monthNumberOf(incident.startedAt)
    const rows = byMonth.get(month)
    if (rows) rows.push(row)
    else byMonth.set(month, [row])
    first = Math.min(first, incident.startedAt)
  })
  // "All time" starts at the first incident, not at the dawn of the period asked for.
  const from = incidents.length > 0 ? Math.max(query.from, first) : query.from
  const last = Math.max(from, Math.min(query.to, query.now) - 1)
  return months(from, last).map((month) => {
    const rows = byMonth.get(monthNumberOfName(month)) ?? []
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
    for (const row of rows) {
      const severity = incidents[row]?.severity
      if (severity) bySeverity[severity] += 1
    }
    return {
      month,
      count: rows.length,
      bySeverity,
      medianResolveMs: summaryOf(columns.durations.resolve, rows, columns.scratch).median,
    }
  })
}

function actionItemInsights(items: readonly InsightActionItem[], now: EpochMs): ActionItemInsights {
  const done = items.filter((item) => item.status === 'done').length
  return {
    total: items.length,
    open: items.length - done,
    overdue: items.filter((item) => isOverdue(item, now)).length,
    done,
    completionRate: items.length === 0 ? null : done / items.length,
  }
}

function topBudget(incidents: readonly InsightIncident[]): BudgetConsumer[] {
  return incidents
    .filter((i) => i.sloBudgetConsumedPercent !== null && i.sloBudgetConsumedPercent > 0)
    .map((i) => ({
      incidentId: i.id,
      title: i.title,
      severity: i.severity,
      startedAt: i.startedAt,
      percent: i.sloBudgetConsumedPercent ?? 0,
    }))
    .sort((a, b) => b.percent - a.percent || b.startedAt - a.startedAt)
    .slice(0, TOP_BUDGET_COUNT)
}

export function selectIncidents(
  incidents: readonly InsightIncident[],
  query: InsightsQuery,
): InsightIncident[] {
  const service = query.service.toLowerCase()
  return incidents.filter(
    (i) =>
      i.startedAt >= query.from &&
      i.startedAt < query.to &&
      (query.severity === null || i.severity === query.severity) &&
      (service === '' || i.services.some((s) => s.toLowerCase() === service)),
  )
}

export function computeInsights(
  allIncidents: readonly InsightIncident[],
  allActionItems: readonly InsightActionItem[],
  query: InsightsQuery,
): InsightsReport {
  const incidents = selectIncidents(allIncidents, query)
  const columns = {
    durations: durationColumns(incidents),
    scratch: new Float64Array(incidents.length),
  }
  const ids = new Set(incidents.map((i) => i.id))
  const items = allActionItems.filter((item) => ids.has(item.incidentId))
  return {
    incidentCount: incidents.length,
    durations: durationsOf(columns, null),
    bySeverity: groupBy(incidents, columns, (i) => [i.severity]).sort((a, b) =>
      a.key.localeCompare(b.key),
    ),
    byService: groupBy(incidents, columns, (i) =>
      i.services.length > 0 ? i.services : [NO_SERVICE],
    ),
    monthly: monthly(incidents, columns, query),
    actionItems: actionItemInsights(items, query.now),
    topBudget: topBudget(incidents),
  }
}

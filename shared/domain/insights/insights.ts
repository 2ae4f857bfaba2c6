import { KEY_DURATION_NAMES, type KeyDurationName } from '../durations'
import { SEVERITIES, type EpochMs, type Incident, type Severity } from '../incident'
import type { ActionItemPriority, ActionItemStatus } from '../postmortem/model'
import { isOverdue } from './action-items'
import { months, monthOf } from './months'
import { summarize, type DistributionSummary } from './stats'

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

/** An incident with its four key durations worked out once (final figures only). */
interface Measured {
  incident: InsightIncident
  ms: Record<KeyDurationName, number | null>
}

/**
 * The four key durations, as shared/domain/durations.ts defines them (a test holds the two
 * equal), worked out directly: keyDurations also writes an explanation for each, which over
 * thousands of incidents costs more than everything else here.
 */
function measure(incident: InsightIncident): Measured {
  const { startedAt, detectedAt, acknowledgedAt, mitigatedAt, resolvedAt } = incident
  const between = (from: number | null, to: number | null) =>
    from === null || to === null || to < from ? null : to - from
  return {
    incident,
    ms: {
      detect: between(startedAt, detectedAt),
      acknowledge: between(detectedAt, acknowledgedAt),
      mitigate: between(startedAt, mitigatedAt),
      resolve: between(startedAt, resolvedAt),
    },
  }
}

function durationOf(measured: readonly Measured[], name: KeyDurationName) {
  const values: number[] = []
  for (const m of measured) {
    const value = m.ms[name]
    if (value !== null) values.push(value)
  }
  return summarize(values)
}

function durationsOf(measured: readonly Measured[]): DurationSummaries {
  const out = {} as DurationSummaries
  for (const name of KEY_DURATION_NAMES) out[name] = durationOf(measured, name)
  return out
}

function groupBy(
  measured: readonly Measured[],
  keysOf: (incident: InsightIncident) => readonly string[],
): GroupInsights[] {
  const groups = new Map<string, Measured[]>()
  for (const m of measured) {
    for (const key of keysOf(m.incident)) {
      const members = groups.get(key)
      if (members) members.push(m)
      else groups.set(key, [m])
    }
  }
  return [...groups.entries()]
    .map(([key, members]) => ({ key, count: members.length, durations: durationsOf(members) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

function monthly(measured: readonly Measured[], query: InsightsQuery): MonthInsights[] {
  const byMonth = new Map<string, Measured[]>()
  for (const m of measured) {
    const month = monthOf(m.incident.startedAt)
    const members = byMonth.get(month)
    if (members) members.push(m)
    else byMonth.set(month, [m])
  }
  // "All time" starts at the first incident, not at the dawn of the period asked for.
  let first = query.to
  for (const m of measured) first = Math.min(first, m.incident.startedAt)
  const from = measured.length > 0 ? Math.max(query.from, first) : query.from
  const last = Math.max(from, Math.min(query.to, query.now) - 1)
  return months(from, last).map((month) => {
    const members = byMonth.get(month) ?? []
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
    for (const m of members) bySeverity[m.incident.severity] += 1
    return {
      month,
      count: members.length,
      bySeverity,
      medianResolveMs: durationOf(members, 'resolve').median,
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
  const measured = incidents.map(measure)
  const ids = new Set(incidents.map((i) => i.id))
  const items = allActionItems.filter((item) => ids.has(item.incidentId))
  return {
    incidentCount: incidents.length,
    durations: durationsOf(measured),
    bySeverity: groupBy(measured, (i) => [i.severity]).sort((a, b) => a.key.localeCompare(b.key)),
    byService: groupBy(measured, (i) => (i.services.length > 0 ? i.services : [NO_SERVICE])),
    monthly: monthly(measured, query),
    actionItems: actionItemInsights(items, query.now),
    topBudget: topBudget(incidents),
  }
}

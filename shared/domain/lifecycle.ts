import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  type Change,
  type Refusal,
  type TimelineDraft,
} from './change'
import { formatUtc } from './durations'
import type { EpochMs, Incident, IncidentStatus, Severity } from './incident'

// The incident lifecycle: which status moves are allowed, which milestone time each one stamps,
// and the timeline event that records it.
//
// Acknowledged means "a responder is on it". It is stamped, if still unset, by the first of:
// an explicit acknowledge, any status change, or any runbook step action (starting, ticking...).
// Moving forward stamps every milestone it passes that is still unset (resolving straight from
// investigating also marks it mitigated then), so the key durations never have holes.
// Moving back below mitigated (the mitigation did not hold) clears mitigatedAt: the next
// mitigation stamps it anew. Resolved is final until an explicit reopen.

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  postmortem: 'Postmortem',
  closed: 'Closed',
}

const RANK: Record<IncidentStatus, number> = {
  investigating: 0,
  identified: 1,
  mitigated: 2,
  resolved: 3,
  postmortem: 4,
  closed: 5,
}

/** Statuses past resolution: only the postmortem moves an incident into and between them. */
const AFTER_RESOLUTION: ReadonlySet<IncidentStatus> = new Set(['postmortem', 'closed'])
const isResolvedOrLater = (status: IncidentStatus) => RANK[status] >= RANK.resolved

export interface LifecycleContext {
  now: EpochMs
  /** A backdated time for the change; defaults to now. */
  at?: EpochMs
}

/** Statuses the "Status" select may offer from `from` (a resolved incident offers none: reopen). */
export function allowedNextStatuses(from: IncidentStatus): IncidentStatus[] {
  if (isResolvedOrLater(from)) return []
  return (Object.keys(RANK) as IncidentStatus[]).filter(
    (s) => s !== from && !AFTER_RESOLUTION.has(s),
  )
}

export function canChangeStatus(from: IncidentStatus, to: IncidentStatus): boolean {
  return allowedNextStatuses(from).includes(to)
}

type MilestoneField = 'detectedAt' | 'acknowledgedAt' | 'mitigatedAt' | 'resolvedAt'
const MILESTONE_LABELS: Record<MilestoneField | 'startedAt', string> = {
  startedAt: 'started',
  detectedAt: 'detected',
  acknowledgedAt: 'acknowledged',
  mitigatedAt: 'mitigated',
  resolvedAt: 'resolved',
}

/** Pairs (earlier, later) the milestone times must respect when both are set. */
const ORDER: [MilestoneField | 'startedAt', MilestoneField][] = [
  ['startedAt', 'detectedAt'],
  ['startedAt', 'acknowledgedAt'],
  ['detectedAt', 'acknowledgedAt'],
  ['startedAt', 'mitigatedAt'],
  ['startedAt', 'resolvedAt'],
  ['mitigatedAt', 'resolvedAt'],
]

type OrderedField = MilestoneField | 'startedAt'

function orderViolation(incident: Incident): [OrderedField, MilestoneField] | null {
  for (const [earlier, later] of ORDER) {
    const a = incident[earlier]
    const b = incident[later]
    if (a !== null && b !== null && a > b) return [earlier, later]
  }
  return null
}

/** The first pair of milestone times out of order, as a refusal attached to `field`. */
export function problemWithMilestones(incident: Incident, field = 'at'): Refusal | null {
  const violation = orderViolation(incident)
  if (!violation) return null
  const [earlier, later] = violation
  const when = (f: OrderedField) => formatUtc(incident[f] ?? 0)
  return refuse(
    'invalid',
    `The ${MILESTONE_LABELS[later]} time (${when(later)}) cannot be before the ${MILESTONE_LABELS[earlier]} time (${when(earlier)}).`,
    field,
  )
}

function timeFor(incident: Incident, ctx: LifecycleContext): EpochMs | Refusal {
  return eventTime({ ...ctx, incidentStartedAt: incident.startedAt })
}

const acknowledgedEvent = (at: EpochMs): TimelineDraft => ({
  kind: 'status',
  text: 'Incident acknowledged',
  occurredAt: at,
})

function stampsFor(incident: Incident, to: IncidentStatus, at: EpochMs): Partial<Incident> {
  const rank = RANK[to]
  return {
    acknowledgedAt: incident.acknowledgedAt ?? at,
    mitigatedAt: rank >= RANK.mitigated ? (incident.mitigatedAt ?? at) : null,
    resolvedAt: rank >= RANK.resolved ? at : null,
  }
}

/** Moves the incident to another status (not out of resolved: see `reopenIncident`). */
export function changeStatus(
  incident: Incident,
  to: IncidentStatus,
  ctx: LifecycleContext,
): Change<Incident> {
  const from = incident.status
  if (from === to) return refuse('conflict', `The incident is already ${to}.`)
  if (isResolvedOrLater(from)) {
    return refuse(
      'conflict',
      `The incident is ${from}. Reopen it first: it goes back to investigating and the reopening is recorded.`,
    )
  }
  if (AFTER_RESOLUTION.has(to)) {
    return refuse(
      'conflict',
      'An incident enters postmortem when its postmortem is started, and closes when it is published.',
    )
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  const next: Incident = {
    ...incident,
    ...stampsFor(incident, to, at),
    status: to,
    updatedAt: ctx.now,
  }
  const problem = problemWithMilestones(next)
  if (problem) return problem
  const events: TimelineDraft[] = []
  if (incident.acknowledgedAt === null) events.push(acknowledgedEvent(at))
  events.push({ kind: 'status', text: `Status changed from ${from} to ${to}`, occurredAt: at })
  return accept(next, events)
}

/** resolved -> investigating, recorded with the optional reason; clears mitigated and resolved. */
export function reopenIncident(
  incident: Incident,
  reason: string,
  ctx: LifecycleContext,
): Change<Incident> {
  if (!isResolvedOrLater(incident.status)) {
    return refuse(
      'conflict',
      `Only a resolved incident can be reopened; this one is ${incident.status}.`,
    )
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  if (incident.resolvedAt !== null && at < incident.resolvedAt) {
    return refuse(
      'invalid',
      `That time is before the incident was resolved (${formatUtc(incident.resolvedAt)}).`,
      'at',
    )
  }
  const why = reason.trim()
  const next: Incident = {
    ...incident,
    status: 'investigating',
    mitigatedAt: null,
    resolvedAt: null,
    updatedAt: ctx.now,
  }
  const text = `Incident reopened: ${incident.status} to investigating${why ? `: ${why}` : ''}`
  return accept(next, [{ kind: 'status', text, occurredAt: at }])
}

/** The explicit "Acknowledge" action. */
export function acknowledgeIncident(incident: Incident, ctx: LifecycleContext): Change<Incident> {
  if (incident.acknowledgedAt !== null) {
    return refuse(
      'conflict',
      `The incident was already acknowledged at ${formatUtc(incident.acknowledgedAt)}; correct that time instead.`,
    )
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  const next: Incident = { ...incident, acknowledgedAt: at, updatedAt: ctx.now }
  const problem = problemWithMilestones(next)
  if (problem) return problem
  return accept(next, [acknowledgedEvent(at)])
}

/**
 * Stamps acknowledgedAt from a responder's first runbook action. Never refuses: when already
 * acknowledged, or when `at` would break the milestone order, it changes nothing.
 */
export function acknowledgeIfUnset(
  incident: Incident,
  at: EpochMs,
  now: EpochMs,
): Change<Incident> {
  if (incident.acknowledgedAt !== null) return accept(incident)
  const next: Incident = { ...incident, acknowledgedAt: at, updatedAt: now }
  if (problemWithMilestones(next)) return accept(incident)
  return accept(next, [acknowledgedEvent(at)])
}

export function changeSeverity(
  incident: Incident,
  severity: Severity,
  ctx: LifecycleContext,
): Change<Incident> {
  if (incident.severity === severity) {
    return refuse('conflict', `The severity is already ${severity}.`)
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  const text = `Severity changed from ${incident.severity} to ${severity}`
  return accept({ ...incident, severity, updatedAt: ctx.now }, [
    { kind: 'severity', text, occurredAt: at },
  ])
}

export interface MilestoneChanges {
  /** null clears it. */
  detectedAt?: EpochMs | null
  /** null clears it. */
  acknowledgedAt?: EpochMs | null
  /** Only once the incident has been mitigated; cannot be cleared (move the status instead). */
  mitigatedAt?: EpochMs
  /** Only once resolved; cannot be cleared (reopen instead). */
  resolvedAt?: EpochMs
}

function milestoneText(field: MilestoneField, before: EpochMs | null, after: EpochMs | null) {
  const name = MILESTONE_LABELS[field].replace(/^./, (c) => c.toUpperCase())
  if (after === null)
    return `${name} time cleared (was ${before === null ? 'unset' : formatUtc(before)})`
  const was = before === null ? '' : ` (was ${formatUtc(before)})`
  return `${name} time set to ${formatUtc(after)}${was}`
}

function problemWithChange(
  incident: Incident,
  field: MilestoneField,
  value: EpochMs | null,
  now: EpochMs,
) {
  if (field === 'mitigatedAt' && RANK[incident.status] < RANK.mitigated) {
    return refuse('invalid', 'The incident is not mitigated yet; change its status instead.', field)
  }
  if (field === 'resolvedAt' && !isResolvedOrLater(incident.status)) {
    return refuse('invalid', 'The incident is not resolved yet; change its status instead.', field)
  }
  if (value === null) return null
  const at = eventTime({ now, at: value, incidentStartedAt: incident.startedAt })
  return isRefusal(at) ? { ...at, field } : null
}

/** Corrects milestone times by hand, e.g. detection read from the alert's firing time. */
export function setMilestoneTimes(
  incident: Incident,
  changes: MilestoneChanges,
  now: EpochMs,
): Change<Incident> {
  let next: Incident = incident
  const events: TimelineDraft[] = []
  for (const field of ['detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt'] as const) {
    const value = changes[field]
    if (value === undefined || value === incident[field]) continue
    const problem = problemWithChange(incident, field, value, now)
    if (problem) return problem
    next = { ...next, [field]: value }
    events.push({
      kind: 'status',
      text: milestoneText(field, incident[field], value),
      occurredAt: now,
    })
  }
  if (events.length === 0) return accept(incident)
  const violation = orderViolation(next)
  if (violation) {
    // Attach the message to a field the user changed, so the form shows it in the right place.
    const [earlier, later] = violation
    const field = later in changes ? later : earlier
    return problemWithMilestones(next, field) ?? accept(incident)
  }
  return accept({ ...next, updatedAt: now }, events)
}

/** resolved -> postmortem -> closed, and closed -> postmortem when a published postmortem reopens. */
const POST_RESOLUTION_MOVES: Partial<Record<IncidentStatus, IncidentStatus[]>> = {
  resolved: ['postmortem'],
  postmortem: ['closed'],
  closed: ['postmortem'],
}

/** The moves the postmortem makes; the caller decides when (see postmortem handlers). */
export function advanceAfterResolution(
  incident: Incident,
  to: 'postmortem' | 'closed',
  now: EpochMs,
): Change<Incident> {
  const from = incident.status
  if (!POST_RESOLUTION_MOVES[from]?.includes(to)) {
    return refuse('conflict', `An incident that is ${from} cannot move to ${to}.`)
  }
  return accept({ ...incident, status: to, updatedAt: now }, [
    { kind: 'status', text: `Status changed from ${from} to ${to}`, occurredAt: now },
  ])
}

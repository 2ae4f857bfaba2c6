import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  type Change,
  type Refusal,
  type TimelineDraft,
  timelineDraft,
} from './change'
import { msg, type MessageKey } from '../i18n/messages'
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

type OrderedField = MilestoneField | 'startedAt'
const ORDER_KEY = 'msgWork:lifecycle.milestoneOrder'

/** Pairs (earlier, later) the milestone times must respect when both are set, and the refusal. */
const ORDER: [OrderedField, MilestoneField, MessageKey][] = [
  ['startedAt', 'detectedAt', `${ORDER_KEY}.detectedAfterStarted`],
  ['startedAt', 'acknowledgedAt', `${ORDER_KEY}.acknowledgedAfterStarted`],
  ['detectedAt', 'acknowledgedAt', `${ORDER_KEY}.acknowledgedAfterDetected`],
  ['startedAt', 'mitigatedAt', `${ORDER_KEY}.mitigatedAfterStarted`],
  ['startedAt', 'resolvedAt', `${ORDER_KEY}.resolvedAfterStarted`],
  ['mitigatedAt', 'resolvedAt', `${ORDER_KEY}.resolvedAfterMitigated`],
]

function orderViolation(incident: Incident): (typeof ORDER)[number] | null {
  for (const pair of ORDER) {
    const a = incident[pair[0]]
    const b = incident[pair[1]]
    if (a !== null && b !== null && a > b) return pair
  }
  return null
}

/** The first pair of milestone times out of order, as a refusal attached to `field`. */
export function problemWithMilestones(incident: Incident, field = 'at'): Refusal | null {
  const violation = orderViolation(incident)
  if (!violation) return null
  const [earlier, later, key] = violation
  const when = (f: OrderedField) => formatUtc(incident[f] ?? 0)
  return refuse('invalid', msg(key, { later: when(later), earlier: when(earlier) }), field)
}

function timeFor(incident: Incident, ctx: LifecycleContext): EpochMs | Refusal {
  return eventTime({ ...ctx, incidentStartedAt: incident.startedAt })
}

const acknowledgedEvent = (at: EpochMs): TimelineDraft =>
  timelineDraft('status', msg('msgEvents:incident.acknowledged'), at)

/** "Status changed from investigating to mitigated"; the catalogue words each status too. */
const statusChangedEvent = (from: IncidentStatus, to: IncidentStatus, at: EpochMs) =>
  timelineDraft('status', msg('msgEvents:incident.statusChanged', { from, to }), at)

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
  if (from === to) return refuse('conflict', msg(`msgWork:lifecycle.alreadyStatus.${to}`))
  if (from === 'resolved' || from === 'postmortem' || from === 'closed') {
    return refuse('conflict', msg(`msgWork:lifecycle.reopenFirst.${from}`))
  }
  if (AFTER_RESOLUTION.has(to)) {
    return refuse('conflict', msg('msgWork:lifecycle.afterResolutionByPostmortem'))
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
  events.push(statusChangedEvent(from, to, at))
  return accept(next, events)
}

/** resolved -> investigating, recorded with the optional reason; clears mitigated and resolved. */
export function reopenIncident(
  incident: Incident,
  reason: string,
  ctx: LifecycleContext,
): Change<Incident> {
  const status = incident.status
  if (status === 'investigating' || status === 'identified' || status === 'mitigated') {
    return refuse('conflict', msg(`msgWork:lifecycle.onlyResolvedReopens.${status}`))
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  if (incident.resolvedAt !== null && at < incident.resolvedAt) {
    const resolvedAt = formatUtc(incident.resolvedAt)
    return refuse('invalid', msg('msgWork:lifecycle.beforeResolved', { resolvedAt }), 'at')
  }
  const why = reason.trim()
  const next: Incident = {
    ...incident,
    status: 'investigating',
    mitigatedAt: null,
    resolvedAt: null,
    updatedAt: ctx.now,
  }
  const from = incident.status
  const reopened = why
    ? msg('msgEvents:incident.reopenedWithReason', { from, reason: why })
    : msg('msgEvents:incident.reopened', { from })
  return accept(next, [timelineDraft('status', reopened, at)])
}

/** The explicit "Acknowledge" action. */
export function acknowledgeIncident(incident: Incident, ctx: LifecycleContext): Change<Incident> {
  if (incident.acknowledgedAt !== null) {
    const acknowledgedAt = formatUtc(incident.acknowledgedAt)
    return refuse('conflict', msg('msgWork:lifecycle.alreadyAcknowledged', { acknowledgedAt }))
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
    return refuse('conflict', msg('msgWork:lifecycle.alreadySeverity', { severity }))
  }
  const at = timeFor(incident, ctx)
  if (isRefusal(at)) return at
  const changed = msg('msgEvents:incident.severityChanged', {
    from: incident.severity,
    to: severity,
  })
  return accept({ ...incident, severity, updatedAt: ctx.now }, [
    timelineDraft('severity', changed, at),
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

/** "Detected time set to … (was …)"; times stay preformatted UTC values in every language. */
function milestoneMessage(field: MilestoneField, before: EpochMs | null, after: EpochMs | null) {
  const was = before === null ? null : formatUtc(before)
  if (after === null) {
    return was === null
      ? msg('msgEvents:milestone.clearedUnset', { field })
      : msg('msgEvents:milestone.cleared', { field, was })
  }
  const at = formatUtc(after)
  return was === null
    ? msg('msgEvents:milestone.set', { field, at })
    : msg('msgEvents:milestone.setWas', { field, at, was })
}

function problemWithChange(
  incident: Incident,
  field: MilestoneField,
  value: EpochMs | null,
  now: EpochMs,
) {
  if (field === 'mitigatedAt' && RANK[incident.status] < RANK.mitigated) {
    return refuse('invalid', msg('msgWork:lifecycle.notMitigatedYet'), field)
  }
  if (field === 'resolvedAt' && !isResolvedOrLater(incident.status)) {
    return refuse('invalid', msg('msgWork:lifecycle.notResolvedYet'), field)
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
    events.push(timelineDraft('status', milestoneMessage(field, incident[field], value), now))
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
    return refuse('conflict', msg('msgWork:lifecycle.cannotMove', { from, to }))
  }
  return accept({ ...incident, status: to, updatedAt: now }, [statusChangedEvent(from, to, now)])
}

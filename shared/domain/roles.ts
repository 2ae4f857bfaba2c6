import { accept, eventTime, isRefusal, refuse, type Change, type TimelineDraft } from './change'
import type { EpochMs } from './incident'

// Who does what during an incident. Names are free text: no directory to look people up in
// while the network may be down.

export const SINGLE_ROLES = ['commander', 'scribe', 'communications'] as const
export type SingleRole = (typeof SINGLE_ROLES)[number]

export const ROLE_LABELS: Record<SingleRole | 'responders', string> = {
  commander: 'Incident commander',
  scribe: 'Scribe',
  communications: 'Communications lead',
  responders: 'Responders',
}

export const ROLE_NAME_MAX_LENGTH = 100
export const MAX_RESPONDERS = 50

export interface IncidentRoles {
  /** '' when unassigned. */
  commander: string
  scribe: string
  communications: string
  responders: string[]
}

export const NO_ROLES: IncidentRoles = {
  commander: '',
  scribe: '',
  communications: '',
  responders: [],
}

export type RolesChange = Partial<IncidentRoles>

function normalizeNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const raw of names) {
    const name = raw.trim()
    if (name) seen.add(name)
  }
  return [...seen]
}

function singleRoleEvent(role: SingleRole, before: string, after: string): string {
  const label = ROLE_LABELS[role]
  if (!after) return `${label}: unassigned (was ${before})`
  return before ? `${label}: ${after} (was ${before})` : `${label}: ${after}`
}

function respondersEvent(before: string[], after: string[]): string | null {
  const added = after.filter((n) => !before.includes(n))
  const removed = before.filter((n) => !after.includes(n))
  const parts = []
  if (added.length) parts.push(`added ${added.join(', ')}`)
  if (removed.length) parts.push(`removed ${removed.join(', ')}`)
  return parts.length ? `Responders: ${parts.join('; ')}` : null
}

function problemWithNames(roles: IncidentRoles): { field: string; message: string } | null {
  for (const role of SINGLE_ROLES) {
    if (roles[role].length > ROLE_NAME_MAX_LENGTH) {
      return { field: role, message: `Names are at most ${ROLE_NAME_MAX_LENGTH} characters.` }
    }
  }
  if (roles.responders.length > MAX_RESPONDERS) {
    return { field: 'responders', message: `At most ${MAX_RESPONDERS} responders.` }
  }
  if (roles.responders.some((n) => n.length > ROLE_NAME_MAX_LENGTH)) {
    return { field: 'responders', message: `Names are at most ${ROLE_NAME_MAX_LENGTH} characters.` }
  }
  return null
}

/**
 * Applies the given roles (others unchanged); each assignment that really changes becomes a
 * 'role' timeline event. Names are trimmed and responders de-duplicated.
 */
export function changeRoles(
  current: IncidentRoles,
  change: RolesChange,
  ctx: { now: EpochMs; at?: EpochMs; incidentStartedAt: EpochMs },
): Change<IncidentRoles> {
  const at = eventTime(ctx)
  if (isRefusal(at)) return at
  const next: IncidentRoles = {
    commander: (change.commander ?? current.commander).trim(),
    scribe: (change.scribe ?? current.scribe).trim(),
    communications: (change.communications ?? current.communications).trim(),
    responders: normalizeNames(change.responders ?? current.responders),
  }
  const problem = problemWithNames(next)
  if (problem) return refuse('invalid', problem.message, problem.field)
  const events: TimelineDraft[] = []
  for (const role of SINGLE_ROLES) {
    if (next[role] === current[role]) continue
    events.push({
      kind: 'role',
      text: singleRoleEvent(role, current[role], next[role]),
      occurredAt: at,
    })
  }
  const responders = respondersEvent(current.responders, next.responders)
  if (responders) events.push({ kind: 'role', text: responders, occurredAt: at })
  return accept(events.length ? next : current, events)
}

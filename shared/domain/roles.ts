import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  timelineDraft,
  type Change,
  type TimelineDraft,
} from './change'
import { msg, type Message } from '../i18n/messages'
import type { EpochMs } from './incident'

// Who does what during an incident. Names are free text: no directory to look people up in
// while the network may be down.

export const SINGLE_ROLES = ['commander', 'scribe', 'communications'] as const
export type SingleRole = (typeof SINGLE_ROLES)[number]

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

/** "Incident commander: Ana (was Bruno)"; the role's name is worded from the catalogue. */
function singleRoleMessage(role: SingleRole, before: string, after: string): Message {
  if (!after) return msg('msgEvents:role.unassigned', { role, was: before })
  return before
    ? msg('msgEvents:role.reassigned', { role, name: after, was: before })
    : msg('msgEvents:role.assigned', { role, name: after })
}

function respondersMessage(before: string[], after: string[]): Message | null {
  const added = after.filter((n) => !before.includes(n)).join(', ')
  const removed = before.filter((n) => !after.includes(n)).join(', ')
  if (added && removed) return msg('msgEvents:role.respondersChanged', { added, removed })
  if (added) return msg('msgEvents:role.respondersAdded', { added })
  if (removed) return msg('msgEvents:role.respondersRemoved', { removed })
  return null
}

function problemWithNames(roles: IncidentRoles): { field: string; message: Message } | null {
  const nameTooLong = msg('msgWork:roles.nameTooLong', { max: ROLE_NAME_MAX_LENGTH })
  for (const role of SINGLE_ROLES) {
    if (roles[role].length > ROLE_NAME_MAX_LENGTH) return { field: role, message: nameTooLong }
  }
  if (roles.responders.length > MAX_RESPONDERS) {
    const message = msg('msgWork:roles.tooManyResponders', { max: MAX_RESPONDERS })
    return { field: 'responders', message }
  }
  if (roles.responders.some((n) => n.length > ROLE_NAME_MAX_LENGTH)) {
    return { field: 'responders', message: nameTooLong }
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
    events.push(timelineDraft('role', singleRoleMessage(role, current[role], next[role]), at))
  }
  const responders = respondersMessage(current.responders, next.responders)
  if (responders) events.push(timelineDraft('role', responders, at))
  return accept(events.length ? next : current, events)
}

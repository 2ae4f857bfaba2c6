// Incident model and the rules every writer of an incident must respect.

import { msg, type Message } from '../i18n/messages'

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const
export type Severity = (typeof SEVERITIES)[number]

/** One-line meaning shown beside each level when declaring an incident. */
export const SEVERITY_MEANING: Record<Severity, string> = {
  SEV1: 'Critical: core service down or data at risk for many users',
  SEV2: 'Major: significant degradation or a key feature unavailable',
  SEV3: 'Minor: limited impact, workaround available',
  SEV4: 'Low: cosmetic or internal issue, no customer impact',
}

export const INCIDENT_STATUSES = [
  'investigating',
  'identified',
  'mitigated',
  'resolved',
  // After resolution, driven by the postmortem (see lifecycle.ts `advanceAfterResolution`).
  'postmortem',
  'closed',
] as const
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number]

export const TITLE_MAX_LENGTH = 200

/** Times are epoch milliseconds (UTC) everywhere in the app. */
export type EpochMs = number

export interface Incident {
  id: string
  title: string
  severity: Severity
  status: IncidentStatus
  services: string[]
  summary: string
  startedAt: EpochMs
  detectedAt: EpochMs | null
  acknowledgedAt: EpochMs | null
  mitigatedAt: EpochMs | null
  resolvedAt: EpochMs | null
  createdAt: EpochMs
  updatedAt: EpochMs
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000

/**
 * Why a user-given time is unacceptable, or null when it is fine. A clock a few minutes
 * fast is normal; a day ahead is a typo.
 */
export function problemWithEventTime(time: number, now: EpochMs): Message | null {
  if (!Number.isFinite(time)) return msg('msgWork:eventTime.invalid')
  if (time > now + ONE_DAY_MS) return msg('msgWork:eventTime.tooFarAhead')
  if (time < Date.UTC(1990, 0, 1)) return msg('msgWork:eventTime.before1990')
  return null
}

/** Normalizes a free-text services list: trimmed, de-duplicated, empty entries dropped. */
export function normalizeServices(services: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const raw of services) {
    const name = raw.trim()
    if (name) seen.add(name)
  }
  return [...seen]
}

import type { EpochMs, Incident } from '../incident'

// The phase band of the review: the incident's life cut at its milestones, one after the other
// (detect, acknowledge, mitigate, resolve), each the time spent getting to that milestone.

export const PHASE_NAMES = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const
export type PhaseName = (typeof PHASE_NAMES)[number]

export const PHASE_LABELS: Record<PhaseName, string> = {
  detect: 'Detect',
  acknowledge: 'Acknowledge',
  mitigate: 'Mitigate',
  resolve: 'Resolve',
}

export interface PhaseSegment {
  name: PhaseName
  from: EpochMs
  to: EpochMs
  /** Still under way: `to` is now. */
  running: boolean
}

type Milestones = Pick<
  Incident,
  'startedAt' | 'detectedAt' | 'acknowledgedAt' | 'mitigatedAt' | 'resolvedAt'
>

/**
 * The phases with known bounds, in order. A missing milestone is skipped: the next phase starts at
 * the last milestone that is known. The phase after the last milestone runs until now, unless the
 * incident is resolved.
 */
export function phaseSegments(incident: Milestones, now: EpochMs): PhaseSegment[] {
  const ends: Record<PhaseName, EpochMs | null> = {
    detect: incident.detectedAt,
    acknowledge: incident.acknowledgedAt,
    mitigate: incident.mitigatedAt,
    resolve: incident.resolvedAt,
  }
  const segments: PhaseSegment[] = []
  let from = incident.startedAt
  for (const name of PHASE_NAMES) {
    const to = ends[name]
    if (to === null) continue
    if (to >= from) segments.push({ name, from, to, running: false })
    from = Math.max(from, to)
  }
  if (incident.resolvedAt === null) {
    // Detection is never shown as running: a missing detected time means "not recorded".
    const next = PHASE_NAMES.find(
      (name) => name !== 'detect' && ends[name] === null && !reached(name, ends),
    )
    if (next && now > from) segments.push({ name: next, from, to: now, running: true })
  }
  return segments
}

/** A later milestone is set, so this one was skipped rather than still ahead. */
function reached(name: PhaseName, ends: Record<PhaseName, EpochMs | null>): boolean {
  const later = PHASE_NAMES.slice(PHASE_NAMES.indexOf(name) + 1)
  return later.some((other) => ends[other] !== null)
}

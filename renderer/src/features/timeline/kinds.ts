import type { MantineColor } from '@mantine/core'
import type { TimelineKind } from '../../../../shared/domain/timeline'

export const KIND_COLOR: Record<TimelineKind, MantineColor> = {
  note: 'gray',
  status: 'blue',
  severity: 'red',
  role: 'violet',
  step: 'indigo',
  checklist: 'teal',
  hypothesis: 'grape',
  evidence: 'cyan',
  alert: 'orange',
  postmortem: 'dark',
}

/** Kinds a person typed and may therefore edit or delete; the rest are the record of actions. */
export const EDITABLE_KINDS: ReadonlySet<TimelineKind> = new Set(['note'])

/**
 * The timeline filter's groups. Severity and role changes read as part of the incident's
 * status story; alerts and postmortem milestones too, until they get groups of their own.
 */
export const KIND_FILTERS = [
  { id: 'notes', kinds: ['note'] },
  { id: 'steps', kinds: ['step', 'checklist'] },
  { id: 'status', kinds: ['status', 'severity', 'role', 'alert', 'postmortem'] },
  { id: 'evidence', kinds: ['evidence'] },
  { id: 'hypotheses', kinds: ['hypothesis'] },
] as const satisfies readonly { id: string; kinds: readonly TimelineKind[] }[]

export type KindFilterId = (typeof KIND_FILTERS)[number]['id']

/** The events the chosen groups cover; no group chosen means everything. */
export function eventsOfKinds<E extends { kind: TimelineKind }>(
  events: readonly E[],
  chosen: readonly KindFilterId[],
): E[] {
  if (chosen.length === 0) return [...events]
  const kinds = new Set<TimelineKind>(
    KIND_FILTERS.filter((f) => chosen.includes(f.id)).flatMap((f) => f.kinds),
  )
  return events.filter((event) => kinds.has(event.kind))
}

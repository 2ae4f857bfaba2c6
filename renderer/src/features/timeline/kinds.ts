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

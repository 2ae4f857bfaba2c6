import type { MantineColor } from '@mantine/core'
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../../../../shared/domain/hypotheses'

export const HYPOTHESIS_STATUS_COLOR: Record<HypothesisStatus, MantineColor> = {
  open: 'blue',
  confirmed: 'teal',
  ruled_out: 'gray',
}

/** A glyph per status, so the badge reads without colour (the label is always beside it). */
export const HYPOTHESIS_STATUS_GLYPH: Record<HypothesisStatus, string> = {
  open: '?',
  confirmed: '✓',
  ruled_out: '✕',
}

/** What a change to `status` asks for, and how its button reads. */
export const STATUS_CHANGE: Record<
  HypothesisStatus,
  { button: string; reasonLabel: string; submit: string; reasonRequired: boolean }
> = {
  confirmed: {
    button: 'Confirm',
    reasonLabel: 'What confirms it?',
    submit: 'Confirm hypothesis',
    reasonRequired: true,
  },
  ruled_out: {
    button: 'Rule out',
    reasonLabel: 'What rules it out?',
    submit: 'Rule out hypothesis',
    reasonRequired: true,
  },
  open: {
    button: 'Reopen',
    reasonLabel: 'Why reopen it? (optional)',
    submit: 'Reopen hypothesis',
    reasonRequired: false,
  },
}

/** The moves offered from a status: every other status (a new fact can overturn a verdict). */
export function statusChangesFrom(status: HypothesisStatus): HypothesisStatus[] {
  return HYPOTHESIS_STATUSES.filter((other) => other !== status)
}

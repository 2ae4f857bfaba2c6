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

/** Whether a change to `status` asks why (its words are in the hypotheses catalogue). */
export const REASON_REQUIRED: Record<HypothesisStatus, boolean> = {
  confirmed: true,
  ruled_out: true,
  open: false,
}

/** The moves offered from a status: every other status (a new fact can overturn a verdict). */
export function statusChangesFrom(status: HypothesisStatus): HypothesisStatus[] {
  return HYPOTHESIS_STATUSES.filter((other) => other !== status)
}

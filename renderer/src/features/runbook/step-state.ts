import type { MantineColor } from '@mantine/core'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import { i18n } from '../../i18n'

export type StepView = RunViewOutput['steps'][number]
export type StepState = StepView['state']

/** The state in words, shown beside every step: colour and icon are never the only signal. */
export function stepStateLabel(state: StepState): string {
  return i18n.t(`runbook:states.${state}`)
}

export const STEP_STATE_COLOR: Record<StepState, MantineColor> = {
  todo: 'gray',
  active: 'indigo',
  done: 'teal',
  skipped: 'orange',
}

export const isFinished = (state: StepState) => state === 'done' || state === 'skipped'

/**
 * The step shown expanded: the one the user picked if it still exists, else what to do next,
 * else the last step (everything finished: the end of the story is the natural place to look).
 */
export function selectedStepId(run: RunViewOutput, picked: string | undefined): string | null {
  if (picked && run.steps.some((step) => step.id === picked)) return picked
  return run.next?.stepId ?? run.steps.at(-1)?.id ?? null
}

/** The step `delta` places away from `current`, stopping at either end. */
export function neighbourStepId(
  run: RunViewOutput,
  current: string | null,
  delta: number,
): string | null {
  const index = run.steps.findIndex((step) => step.id === current)
  if (index < 0) return run.steps[0]?.id ?? null
  const target = Math.min(run.steps.length - 1, Math.max(0, index + delta))
  return run.steps[target]?.id ?? null
}

/** The item "x" ticks: the first still unticked, or null when the list is done. */
export function firstUnticked(step: StepView): StepView['checklist'][number] | null {
  return step.checklist.find((item) => item.tickedAt === null) ?? null
}

/** "3 of 8 finished" and the rest, in words for the progress bar's label. */
export function describeProgress(progress: RunViewOutput['progress']): string {
  const finished = progress.done + progress.skipped
  const parts = [i18n.t('runbook:progress.finished', { finished, count: progress.total })]
  if (progress.skipped > 0)
    parts.push(i18n.t('runbook:progress.skipped', { count: progress.skipped }))
  if (progress.active > 0) parts.push(i18n.t('runbook:progress.active', { count: progress.active }))
  return parts.join(' · ')
}

/** The checklist as it will be once the ticks in flight land (the latest tick per item wins). */
export function withPendingTicks(
  step: StepView,
  pending: readonly { stepId: string; itemId: string; ticked: boolean; at?: number }[],
  now: number,
): StepView['checklist'] {
  return step.checklist.map((item) => {
    const latest = pending.filter((t) => t.stepId === step.id && t.itemId === item.id).at(-1)
    if (!latest) return item
    const tickedAt = latest.ticked ? (latest.at ?? item.tickedAt ?? now) : null
    return { ...item, tickedAt }
  })
}

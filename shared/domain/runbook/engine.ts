import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  type Change,
  type EventTimeContext,
  type Refusal,
  type TimelineDraft,
} from '../change'
import { formatUtc } from '../durations'
import type { EpochMs } from '../incident'
import type { RunbookDefinition, RunbookStep } from './definition'
import { freshProgress, type RunbookRun, type StepProgress } from './run'

// The runbook engine: pure functions from (run, action, time) to the new run plus the timeline
// events that record the action. Nothing here reads a clock; callers pass `now`.

export const SKIP_REASON_MAX_LENGTH = 1000
export const STEP_NOTE_MAX_LENGTH = 20_000

export type StepActionContext = EventTimeContext

export interface StepRef {
  index: number
  step: RunbookStep
  progress: StepProgress
}

/** A new run of `runbook` with every step still to do. */
export function startRun(
  incidentId: string,
  runbook: RunbookDefinition,
  now: EpochMs,
): Change<RunbookRun> {
  const run: RunbookRun = {
    incidentId,
    runbook,
    chosenAt: now,
    steps: runbook.steps.map((step) => freshProgress(step.id)),
  }
  return accept(run, [{ kind: 'step', text: `Runbook "${runbook.name}" chosen`, occurredAt: now }])
}

/** The runbook may be swapped until the first step is completed or skipped. */
export function canChangeRunbook(run: RunbookRun): boolean {
  return run.steps.every((s) => s.state !== 'done' && s.state !== 'skipped')
}

/** Replaces the runbook; the old run's progress is dropped (its timeline events stay). */
export function changeRunbook(
  run: RunbookRun,
  runbook: RunbookDefinition,
  now: EpochMs,
): Change<RunbookRun> {
  if (run.runbook.id === runbook.id) {
    return refuse('conflict', `This incident already follows "${runbook.name}".`)
  }
  if (!canChangeRunbook(run)) {
    return refuse(
      'conflict',
      `The runbook can no longer be changed: a step of "${run.runbook.name}" is already completed or skipped.`,
    )
  }
  const next = startRun(run.incidentId, runbook, now)
  if (!next.ok) return next
  const text = `Runbook changed from "${run.runbook.name}" to "${runbook.name}"`
  return accept(next.value, [{ kind: 'step', text, occurredAt: now }])
}

function findStep(run: RunbookRun, stepId: string): StepRef | Refusal {
  const index = run.runbook.steps.findIndex((s) => s.id === stepId)
  const step = run.runbook.steps[index]
  const progress = run.steps[index]
  if (!step || !progress) {
    return refuse('not_found', `The runbook "${run.runbook.name}" has no step "${stepId}".`)
  }
  return { index, step, progress }
}

function notBefore(at: EpochMs, earliest: EpochMs | null, what: string): Refusal | null {
  if (earliest === null || at >= earliest) return null
  return refuse(
    'invalid',
    `That time is before the step was ${what} (${formatUtc(earliest)}); choose a later time.`,
    'at',
  )
}

export function withProgress(run: RunbookRun, index: number, progress: StepProgress): RunbookRun {
  return { ...run, steps: run.steps.map((p, i) => (i === index ? progress : p)) }
}

/** Looks up the step and the action time, the first two checks of every step action. */
export function prepare(
  run: RunbookRun,
  stepId: string,
  ctx: StepActionContext,
): { ref: StepRef; at: EpochMs } | Refusal {
  const ref = findStep(run, stepId)
  if (isRefusal(ref)) return ref
  const at = eventTime(ctx)
  if (isRefusal(at)) return at
  return { ref, at }
}

/** todo -> active. Several steps may be active at once: responders work in parallel. */
export function startStep(
  run: RunbookRun,
  stepId: string,
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  if (ref.progress.state !== 'todo') {
    return refuse('conflict', `Step "${ref.step.title}" is already ${ref.progress.state}.`)
  }
  const progress: StepProgress = { ...ref.progress, state: 'active', startedAt: at }
  return accept(withProgress(run, ref.index, progress), [startedEvent(ref.step, at)])
}

export function startedEvent(step: RunbookStep, at: EpochMs): TimelineDraft {
  return { kind: 'step', text: `Started step "${step.title}"`, occurredAt: at }
}

function uncheckedSuffix(step: RunbookStep, progress: StepProgress): string {
  const total = step.checklist.length
  const ticked = step.checklist.filter((item) => progress.ticked[item.id] !== undefined).length
  return ticked < total ? ` with ${ticked} of ${total} checklist items ticked` : ''
}

/** todo or active -> done. Unticked items do not block: the event says how many were ticked. */
export function completeStep(
  run: RunbookRun,
  stepId: string,
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  if (ref.progress.state === 'done' || ref.progress.state === 'skipped') {
    return refuse('conflict', `Step "${ref.step.title}" is already ${ref.progress.state}.`)
  }
  const early = notBefore(at, ref.progress.startedAt, 'started')
  if (early) return early
  const progress: StepProgress = { ...ref.progress, state: 'done', finishedAt: at }
  const text = `Completed step "${ref.step.title}"${uncheckedSuffix(ref.step, ref.progress)}`
  return accept(withProgress(run, ref.index, progress), [{ kind: 'step', text, occurredAt: at }])
}

/** todo or active -> skipped; the reason is required and goes on the timeline. */
export function skipStep(
  run: RunbookRun,
  stepId: string,
  reason: string,
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  const why = reason.trim()
  if (!why) return refuse('invalid', 'Say why the step is skipped.', 'reason')
  if (why.length > SKIP_REASON_MAX_LENGTH) {
    return refuse(
      'invalid',
      `Keep the reason under ${SKIP_REASON_MAX_LENGTH} characters.`,
      'reason',
    )
  }
  if (ref.progress.state === 'done' || ref.progress.state === 'skipped') {
    return refuse('conflict', `Step "${ref.step.title}" is already ${ref.progress.state}.`)
  }
  const early = notBefore(at, ref.progress.startedAt, 'started')
  if (early) return early
  const progress: StepProgress = {
    ...ref.progress,
    state: 'skipped',
    finishedAt: at,
    skipReason: why,
  }
  const text = `Skipped step "${ref.step.title}": ${why}`
  return accept(withProgress(run, ref.index, progress), [{ kind: 'step', text, occurredAt: at }])
}

/** done or skipped -> active again; ticks and notes are kept, the skip reason is cleared. */
export function reopenStep(
  run: RunbookRun,
  stepId: string,
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  if (ref.progress.state !== 'done' && ref.progress.state !== 'skipped') {
    return refuse(
      'conflict',
      `Step "${ref.step.title}" is ${ref.progress.state}; only a completed or skipped step can be reopened.`,
    )
  }
  const early = notBefore(
    at,
    ref.progress.finishedAt,
    ref.progress.state === 'done' ? 'completed' : 'skipped',
  )
  if (early) return early
  const progress: StepProgress = {
    ...ref.progress,
    state: 'active',
    startedAt: ref.progress.startedAt ?? at,
    finishedAt: null,
    skipReason: null,
  }
  const text = `Reopened step "${ref.step.title}"`
  return accept(withProgress(run, ref.index, progress), [{ kind: 'step', text, occurredAt: at }])
}

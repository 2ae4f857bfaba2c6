import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  type Change,
  type EventTimeContext,
  type Refusal,
  type TimelineDraft,
  timelineDraft,
} from '../change'
import { msg, type Message, type MessageKey, type MessageParams } from '../../i18n/messages'
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
  const chosen = msg('msgEvents:runbook.chosen', { runbook: runbook.name, runbookId: runbook.id })
  return accept(run, [timelineDraft('step', chosen, now)])
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
    return refuse('conflict', msg('msgWork:runbook.alreadyFollows', { name: runbook.name }))
  }
  if (!canChangeRunbook(run)) {
    return refuse('conflict', msg('msgWork:runbook.cannotChange', { name: run.runbook.name }))
  }
  const next = startRun(run.incidentId, runbook, now)
  if (!next.ok) return next
  const changed = msg('msgEvents:runbook.changed', {
    from: run.runbook.name,
    fromId: run.runbook.id,
    to: runbook.name,
    toId: runbook.id,
  })
  return accept(next.value, [timelineDraft('step', changed, now)])
}

function findStep(run: RunbookRun, stepId: string): StepRef | Refusal {
  const index = run.runbook.steps.findIndex((s) => s.id === stepId)
  const step = run.runbook.steps[index]
  const progress = run.steps[index]
  if (!step || !progress) {
    return refuse('not_found', msg('msgWork:runbook.noStep', { name: run.runbook.name, stepId }))
  }
  return { index, step, progress }
}

function notBefore(
  at: EpochMs,
  earliest: EpochMs | null,
  what: 'started' | 'completed' | 'skipped',
): Refusal | null {
  if (earliest === null || at >= earliest) return null
  const time = formatUtc(earliest)
  return refuse('invalid', msg(`msgWork:runbook.beforeStep.${what}`, { time }), 'at')
}

function alreadyIn(step: RunbookStep, state: 'active' | 'done' | 'skipped'): Refusal {
  return refuse('conflict', msg(`msgWork:runbook.stepAlready.${state}`, { title: step.title }))
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
  if (ref.progress.state !== 'todo') return alreadyIn(ref.step, ref.progress.state)
  const progress: StepProgress = { ...ref.progress, state: 'active', startedAt: at }
  return accept(withProgress(run, ref.index, progress), [startedEvent(run, ref.step, at)])
}

/**
 * A message about one step. The step's title is a value; its ids let the renderer show a shipped
 * runbook's title in the reader's language.
 */
export function stepMessage(
  run: RunbookRun,
  step: RunbookStep,
  key: MessageKey,
  values: MessageParams = {},
): Message {
  return msg(key, { runbookId: run.runbook.id, stepId: step.id, step: step.title, ...values })
}

export function startedEvent(run: RunbookRun, step: RunbookStep, at: EpochMs): TimelineDraft {
  return timelineDraft('step', stepMessage(run, step, 'msgEvents:runbook.stepStarted'), at)
}

/** "Completed step …", saying how many checklist items were ticked when not all of them. */
function completedEvent(run: RunbookRun, ref: StepRef, at: EpochMs): TimelineDraft {
  const total = ref.step.checklist.length
  const ticked = ref.step.checklist.filter((item) => ref.progress.ticked[item.id] !== undefined)
  const message =
    ticked.length < total
      ? stepMessage(run, ref.step, 'msgEvents:runbook.stepCompletedPartly', {
          ticked: ticked.length,
          total,
        })
      : stepMessage(run, ref.step, 'msgEvents:runbook.stepCompleted')
  return timelineDraft('step', message, at)
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
    return alreadyIn(ref.step, ref.progress.state)
  }
  const early = notBefore(at, ref.progress.startedAt, 'started')
  if (early) return early
  const progress: StepProgress = { ...ref.progress, state: 'done', finishedAt: at }
  return accept(withProgress(run, ref.index, progress), [completedEvent(run, ref, at)])
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
  if (!why) return refuse('invalid', msg('msgWork:runbook.skipReasonMissing'), 'reason')
  if (why.length > SKIP_REASON_MAX_LENGTH) {
    const max = SKIP_REASON_MAX_LENGTH
    return refuse('invalid', msg('msgWork:runbook.skipReasonTooLong', { max }), 'reason')
  }
  if (ref.progress.state === 'done' || ref.progress.state === 'skipped') {
    return alreadyIn(ref.step, ref.progress.state)
  }
  const early = notBefore(at, ref.progress.startedAt, 'started')
  if (early) return early
  const progress: StepProgress = {
    ...ref.progress,
    state: 'skipped',
    finishedAt: at,
    skipReason: why,
  }
  const skipped = stepMessage(run, ref.step, 'msgEvents:runbook.stepSkipped', { reason: why })
  return accept(withProgress(run, ref.index, progress), [timelineDraft('step', skipped, at)])
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
    const key = `msgWork:runbook.reopenOnlyFinished.${ref.progress.state}` as const
    return refuse('conflict', msg(key, { title: ref.step.title }))
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
  const reopened = stepMessage(run, ref.step, 'msgEvents:runbook.stepReopened')
  return accept(withProgress(run, ref.index, progress), [timelineDraft('step', reopened, at)])
}

import { accept, isRefusal, refuse, type Change } from '../change'
import {
  prepare,
  startedEvent,
  STEP_NOTE_MAX_LENGTH,
  withProgress,
  type StepActionContext,
} from './engine'
import type { RunbookRun, StepProgress } from './run'

// Checklist ticks and step notes: the small, frequent actions of a step.

/**
 * Ticks or unticks one checklist item. Ticking an item of a step still to do starts that step
 * (someone is clearly working on it); repeating the current state is a no-op with no event, so a
 * double click does not litter the timeline.
 */
export function setItemTicked(
  run: RunbookRun,
  stepId: string,
  itemId: string,
  ticked: boolean,
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  const item = ref.step.checklist.find((i) => i.id === itemId)
  if (!item)
    return refuse('not_found', `Step "${ref.step.title}" has no checklist item "${itemId}".`)
  if (ref.progress.state === 'done' || ref.progress.state === 'skipped') {
    return refuse(
      'conflict',
      `Step "${ref.step.title}" is ${ref.progress.state}; reopen it to change its checklist.`,
    )
  }
  if ((ref.progress.ticked[itemId] !== undefined) === ticked) return accept(run)

  const events = []
  let progress: StepProgress = ref.progress
  if (ticked && progress.state === 'todo') {
    progress = { ...progress, state: 'active', startedAt: at }
    events.push(startedEvent(ref.step, at))
  }
  const others = Object.entries(progress.ticked).filter(([id]) => id !== itemId)
  const nowTicked = ticked ? [...others, [itemId, at] as const] : others
  progress = { ...progress, ticked: Object.fromEntries(nowTicked) }
  const verb = ticked ? 'Ticked' : 'Unticked'
  events.push({
    kind: 'checklist' as const,
    text: `${verb} "${item.text}" in "${ref.step.title}"`,
    occurredAt: at,
  })
  return accept(withProgress(run, ref.index, progress), events)
}

/** Adds a note to a step in any state; it also goes on the timeline as a note naming the step. */
export function addStepNote(
  run: RunbookRun,
  stepId: string,
  note: { id: string; text: string; author: string },
  ctx: StepActionContext,
): Change<RunbookRun> {
  const prepared = prepare(run, stepId, ctx)
  if (isRefusal(prepared)) return prepared
  const { ref, at } = prepared
  const text = note.text.trim()
  if (!text) return refuse('invalid', 'Write something first.', 'text')
  if (text.length > STEP_NOTE_MAX_LENGTH) {
    return refuse('invalid', `Notes are at most ${STEP_NOTE_MAX_LENGTH} characters.`, 'text')
  }
  const progress: StepProgress = {
    ...ref.progress,
    notes: [...ref.progress.notes, { id: note.id, text, at, author: note.author }],
  }
  return accept(withProgress(run, ref.index, progress), [
    { kind: 'note', text: `Note on "${ref.step.title}": ${text}`, occurredAt: at },
  ])
}

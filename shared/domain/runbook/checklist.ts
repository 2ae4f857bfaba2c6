import { msg } from '../../i18n/messages'
import {
  accept,
  isRefusal,
  refuse,
  timelineDraft,
  type Change,
  type TimelineDraft,
} from '../change'
import {
  prepare,
  startedEvent,
  stepMessage,
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
  const title = ref.step.title
  if (!item) return refuse('not_found', msg('msgWork:runbook.noChecklistItem', { title, itemId }))
  if (ref.progress.state === 'done' || ref.progress.state === 'skipped') {
    return refuse(
      'conflict',
      msg(`msgWork:runbook.checklistLocked.${ref.progress.state}`, { title }),
    )
  }
  if ((ref.progress.ticked[itemId] !== undefined) === ticked) return accept(run)

  const events: TimelineDraft[] = []
  let progress: StepProgress = ref.progress
  if (ticked && progress.state === 'todo') {
    progress = { ...progress, state: 'active', startedAt: at }
    events.push(startedEvent(run, ref.step, at))
  }
  const others = Object.entries(progress.ticked).filter(([id]) => id !== itemId)
  const nowTicked = ticked ? [...others, [itemId, at] as const] : others
  progress = { ...progress, ticked: Object.fromEntries(nowTicked) }
  const key = ticked ? 'msgEvents:runbook.itemTicked' : 'msgEvents:runbook.itemUnticked'
  const values = { item: item.text, itemId: item.id }
  events.push(timelineDraft('checklist', stepMessage(run, ref.step, key, values), at))
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
  if (!text) return refuse('invalid', msg('msgWork:runbook.noteMissing'), 'text')
  if (text.length > STEP_NOTE_MAX_LENGTH) {
    const max = STEP_NOTE_MAX_LENGTH
    return refuse('invalid', msg('msgWork:runbook.noteTooLong', { max }), 'text')
  }
  const progress: StepProgress = {
    ...ref.progress,
    notes: [...ref.progress.notes, { id: note.id, text, at, author: note.author }],
  }
  // The note itself is the user's words: a value, shown as written in every language.
  const noted = stepMessage(run, ref.step, 'msgEvents:runbook.stepNote', { text })
  return accept(withProgress(run, ref.index, progress), [timelineDraft('note', noted, at)])
}

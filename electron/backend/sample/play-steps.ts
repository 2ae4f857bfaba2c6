// The runbook run of the sample: every step started, its checklist ticked item by item, its
// notes written and the step completed, at the story's times and by whoever worked it.
import type { Beat, StoryState } from './play-types'

/** What a step needs to be worked: its id and checklist item ids (a runbook.get step view). */
export interface StepToWork {
  id: string
  checklist: readonly { id: string }[]
}
import { PEOPLE } from './story'
import { STEPS, type StoryStep } from './story-steps'
import type { StoryWriter } from './writer'

/** A step the story does not know (a customised default runbook): done at the end, quietly. */
const UNKNOWN_STEP: StoryStep = { by: PEOPLE.commander, start: 183, end: 184, notes: [] }

/** Evenly over the step, off the whole minute, as people tick things. */
function tickTimes(plan: StoryStep, count: number): number[] {
  if (plan.ticks?.length === count) return [...plan.ticks]
  const span = plan.end - plan.start
  return Array.from({ length: count }, (_, i) => {
    const seconds = ((i * 23 + 11) % 47) / 60
    return Math.min(plan.end - 0.05, plan.start + (span * (i + 1)) / (count + 1) + seconds / 4)
  })
}

function beatsForStep(w: StoryWriter, step: StepToWork, plan: StoryStep): Beat[] {
  const target = (state: StoryState) => ({ incidentId: state.incidentId, stepId: step.id })
  const beat = (at: number, run: (state: StoryState) => void): Beat => ({ at, by: plan.by, run })
  const times = tickTimes(plan, step.checklist.length)
  return [
    beat(plan.start, (state) => void w.call('runbook.startStep', target(state))),
    ...step.checklist.map((item, i) =>
      beat(times[i] ?? plan.end, (state) => {
        void w.call('runbook.tick', { ...target(state), itemId: item.id })
      }),
    ),
    ...plan.notes.map((note) =>
      beat(note.at, (state) => {
        void w.call('runbook.addStepNote', { ...target(state), text: note.text })
      }),
    ),
    beat(plan.end, (state) => void w.call('runbook.completeStep', target(state))),
  ]
}

export function stepBeats(w: StoryWriter, steps: readonly StepToWork[]): Beat[] {
  return steps.flatMap((step) => beatsForStep(w, step, STEPS[step.id] ?? UNKNOWN_STEP))
}

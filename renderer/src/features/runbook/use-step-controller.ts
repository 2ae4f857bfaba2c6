import { useState } from 'react'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import { readEventTimeField } from '../../ui/event-time'
import { useDisplayZone } from '../settings/queries'
import { useStepAction, useTick, type StepAction, type TickInput } from './mutations'
import { selectedStepId, withPendingTicks, type StepView } from './step-state'
import { NO_ACTION_TIME, useActionTime, useRunbookUi } from './store'

/** The id of a step's button, so focus can move to it from anywhere on the page. */
export const stepButtonId = (stepId: string) => `runbook-step-${stepId}`

export function focusStepButton(stepId: string): void {
  // After the render that shows it.
  requestAnimationFrame(() => document.getElementById(stepButtonId(stepId))?.focus())
}

/**
 * Everything a step needs to act: the open step, the start/complete/skip/reopen and tick
 * mutations (one each, shared by buttons and keyboard shortcuts so an error always shows in the
 * same place), and the optional backdated time applied to the next action.
 */
export function useStepController(incidentId: string, run: RunViewOutput) {
  const zone = useDisplayZone()
  const picked = useRunbookUi((state) => state.picked[incidentId])
  const pick = useRunbookUi((state) => state.pick)
  const setActionTime = useRunbookUi((state) => state.setActionTime)
  const actionTime = useActionTime(incidentId)
  const [timeError, setTimeError] = useState<string | null>(null)
  const stepAction = useStepAction(incidentId)
  const tick = useTick(incidentId)
  // Ticks not yet answered, shown at once: a checkbox must answer the click, and a refetch
  // racing the write must not flip it back. Each entry goes when its write settles.
  const [inFlight, setInFlight] = useState<TickInput[]>([])
  const selected = selectedStepId(run, picked)

  /** The backdated time, or undefined for now; null when the field holds something invalid. */
  function readTime(): number | undefined | null {
    const reading = readEventTimeField(actionTime, zone, Date.now())
    if (!reading.ok) {
      setTimeError(reading.error)
      return null
    }
    setTimeError(null)
    return reading.time
  }

  // A backdated time is for one action: later ones are "now" again unless set anew.
  const clearTime = () => setActionTime(incidentId, NO_ACTION_TIME)

  function perform(input: StepAction, options: { moveFocus?: boolean } = {}): void {
    const at = readTime()
    if (at === null) return
    stepAction.mutate(
      { ...input, at },
      {
        onSuccess: (view) => {
          clearTime()
          const finishing = input.action === 'complete' || input.action === 'skip'
          const next = view.next?.stepId
          // Walking the runbook: finishing the open step opens the next one.
          if (finishing && input.stepId === selected && next) {
            pick(incidentId, next)
            if (options.moveFocus !== false) focusStepButton(next)
          }
        },
      },
    )
  }

  function tickItem(stepId: string, itemId: string, ticked: boolean): void {
    const at = readTime()
    if (at === null) return
    const input: TickInput = { stepId, itemId, ticked, at }
    setInFlight((current) => [...current, input])
    tick.mutate(input, {
      onSuccess: clearTime,
      onSettled: () => setInFlight((current) => current.filter((entry) => entry !== input)),
    })
  }

  return {
    incidentId,
    run,
    selected,
    select: (stepId: string) => pick(incidentId, stepId),
    perform,
    tickItem,
    /** The step's checklist with the ticks still in flight already applied. */
    checklistOf: (step: StepView) => withPendingTicks(step, inFlight, Date.now()),
    stepAction,
    tick,
    actionTime,
    setActionTime: (field: typeof actionTime) => {
      setTimeError(null)
      setActionTime(incidentId, field)
    },
    timeError,
  }
}

export type StepController = ReturnType<typeof useStepController>

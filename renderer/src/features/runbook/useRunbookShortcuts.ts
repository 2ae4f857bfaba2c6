import { useEffect, useLayoutEffect, useRef } from 'react'
import { isTypingTarget } from '../timeline/useFocusShortcut'
import { shortcutFor, type RunbookShortcutKey } from './shortcuts'
import { firstUnticked, neighbourStepId } from './step-state'
import { focusStepButton, type StepController } from './use-step-controller'
import { useRunbookUi } from './store'

function runShortcut(key: RunbookShortcutKey, controller: StepController, openHelp: () => void) {
  const { run, selected } = controller
  const step = run.steps.find((s) => s.id === selected)
  switch (key) {
    case 'j':
    case 'k': {
      const target = neighbourStepId(run, selected, key === 'j' ? 1 : -1)
      if (!target) return
      controller.select(target)
      focusStepButton(target)
      return
    }
    case 's':
      if (step) controller.perform({ action: 'start', stepId: step.id })
      return
    case 'c':
      if (step) controller.perform({ action: 'complete', stepId: step.id })
      return
    case 'x': {
      const item = step && firstUnticked({ ...step, checklist: controller.checklistOf(step) })
      if (step && item) controller.tickItem(step.id, item.id, true)
      return
    }
    case '?':
      openHelp()
  }
}

/** The runbook's page-wide keys (see RUNBOOK_SHORTCUTS); "n" belongs to the note composer. */
export function useRunbookShortcuts(controller: StepController): void {
  // The listener is attached once; it reads the latest controller through the ref, updated
  // before the next key can arrive (two quick "x" must tick two items).
  const latest = useRef(controller)
  useLayoutEffect(() => {
    latest.current = controller
  })
  const openHelp = useRunbookUi((state) => state.setShortcutsOpen)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return
      const key = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        repeat: event.repeat,
        typing: isTypingTarget(event.target),
        dialogOpen: document.querySelector('[role="dialog"]') !== null,
      })
      if (!key) return
      event.preventDefault()
      runShortcut(key, latest.current, () => openHelp(true))
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [openHelp])
}

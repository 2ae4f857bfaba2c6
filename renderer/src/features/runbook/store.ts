import { create } from 'zustand'
import type { EventTimeField } from '../../ui/event-time'

export const NO_ACTION_TIME: EventTimeField = { value: '', badInput: false }

/** UI-only runbook state: which step is open, and a backdated time for the next step action. */
interface RunbookUiState {
  /** incidentId -> the step the user opened. */
  picked: Record<string, string>
  pick(incidentId: string, stepId: string): void
  /** incidentId -> "when it really happened" for the next action; empty means now. */
  actionTime: Record<string, EventTimeField>
  setActionTime(incidentId: string, field: EventTimeField): void
  shortcutsOpen: boolean
  setShortcutsOpen(open: boolean): void
}

export const useRunbookUi = create<RunbookUiState>((set) => ({
  picked: {},
  pick: (incidentId, stepId) =>
    set((state) => ({ picked: { ...state.picked, [incidentId]: stepId } })),
  actionTime: {},
  setActionTime: (incidentId, field) =>
    set((state) => ({ actionTime: { ...state.actionTime, [incidentId]: field } })),
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}))

export function useActionTime(incidentId: string): EventTimeField {
  return useRunbookUi((state) => state.actionTime[incidentId] ?? NO_ACTION_TIME)
}

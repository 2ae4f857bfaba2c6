import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { EventTimeField } from '../../ui/event-time'

/** What the user has typed in an incident's composer and not yet added. UI state only. */
export interface NoteDraft {
  text: string
  eventTime: EventTimeField
}

export const EMPTY_DRAFT: NoteDraft = { text: '', eventTime: { value: '', badInput: false } }

function sameDraft(a: NoteDraft, b: NoteDraft): boolean {
  return a.text === b.text && a.eventTime.value === b.eventTime.value
}

interface DraftStore {
  drafts: Record<string, NoteDraft>
  updateDraft(incidentId: string, change: Partial<NoteDraft>): void
  /**
   * Clears the draft only if it still holds what was submitted: text typed while the add was
   * in flight belongs to the next note and must not vanish with this one.
   */
  clearDraftIfUnchanged(incidentId: string, submitted: NoteDraft): void
}

// Persisted to localStorage so typed text survives navigation, a reload, or a crash.
export const useDraftStore = create<DraftStore>()(
  persist(
    (set) => ({
      drafts: {},
      updateDraft: (incidentId, change) =>
        set((state) => ({
          drafts: {
            ...state.drafts,
            [incidentId]: { ...(state.drafts[incidentId] ?? EMPTY_DRAFT), ...change },
          },
        })),
      clearDraftIfUnchanged: (incidentId, submitted) =>
        set((state) => {
          const current = state.drafts[incidentId]
          if (!current || !sameDraft(current, submitted)) return state
          const drafts = { ...state.drafts }
          delete drafts[incidentId]
          return { drafts }
        }),
    }),
    {
      name: 'firebreak-timeline-drafts',
      storage: createJSONStorage(() => localStorage),
      // A half-typed date cannot be put back into the input, so its flag is not kept either.
      partialize: (state) => ({
        drafts: Object.fromEntries(
          Object.entries(state.drafts).map(([id, draft]) => [
            id,
            { ...draft, eventTime: { value: draft.eventTime.value, badInput: false } },
          ]),
        ),
      }),
    },
  ),
)

export function useNoteDraft(incidentId: string): NoteDraft {
  return useDraftStore((state) => state.drafts[incidentId] ?? EMPTY_DRAFT)
}

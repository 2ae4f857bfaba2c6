import { create } from 'zustand'
import type { KindFilterId } from './kinds'

/** Which kinds the timeline shows (none chosen = all). UI state, not kept across reloads. */
interface TimelineFilterState {
  chosen: KindFilterId[]
  toggle(id: KindFilterId): void
  showAll(): void
}

export const useTimelineFilter = create<TimelineFilterState>((set) => ({
  chosen: [],
  toggle: (id) =>
    set((state) => ({
      chosen: state.chosen.includes(id)
        ? state.chosen.filter((chosen) => chosen !== id)
        : [...state.chosen, id],
    })),
  showAll: () => set({ chosen: [] }),
}))

import { create } from 'zustand'
import type { TimelineKind } from '../../../../shared/domain/timeline'

// The review's UI state: the one shared time cursor, and the timeline filters. The cursor moves
// on every pointer move, so charts follow it by subscribing, not by re-rendering.

export interface ReviewCursorState {
  /** Epoch ms under the cursor, or null when it is parked. */
  at: number | null
  set(at: number | null): void
}

export const useReviewCursor = create<ReviewCursorState>((set) => ({
  at: null,
  set: (at) => set({ at }),
}))

export interface ReviewFilterState {
  kinds: TimelineKind[]
  authors: string[]
  setKinds(kinds: TimelineKind[]): void
  setAuthors(authors: string[]): void
}

export const useReviewFilters = create<ReviewFilterState>((set) => ({
  kinds: [],
  authors: [],
  setKinds: (kinds) => set({ kinds }),
  setAuthors: (authors) => set({ authors }),
}))

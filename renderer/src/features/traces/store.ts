import { create } from 'zustand'
import type { TraceSearchInput } from './queries'
import { emptyDraft, type IncidentWindow, type SearchDraft } from './search/search-draft'

/** Where a search belongs: an incident (its window is the default range) or the Traces page. */
export const contextKey = (incidentId: string | null) => incidentId ?? 'global'

export interface SubmittedSearch {
  input: TraceSearchInput
  /** Bumped on every press of "Find traces", so the same search asks Jaeger again. */
  attempt: number
}

/** The search form and the last search per context: UI state only, kept while the app runs. */
interface TraceSearchState {
  drafts: Record<string, SearchDraft>
  submitted: Record<string, SubmittedSearch>
  update(context: string, incident: IncidentWindow | null, patch: Partial<SearchDraft>): void
  submit(context: string, input: TraceSearchInput): void
}

export const useTraceSearchStore = create<TraceSearchState>((set) => ({
  drafts: {},
  submitted: {},
  update: (context, incident, patch) =>
    set((state) => ({
      drafts: {
        ...state.drafts,
        [context]: { ...(state.drafts[context] ?? emptyDraft(incident)), ...patch },
      },
    })),
  submit: (context, input) =>
    set((state) => ({
      submitted: {
        ...state.submitted,
        [context]: { input, attempt: (state.submitted[context]?.attempt ?? 0) + 1 },
      },
    })),
}))

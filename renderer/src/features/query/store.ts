import { create } from 'zustand'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { EventTimeField } from '../../ui/event-time'
import type { PlanProblems } from './plan'
import type { RangeChoice } from './time-range'

/** A query as it was run: what the result on screen answers. */
export interface SubmittedQuery {
  sourceId: string
  query: string
  startMs: number
  endMs: number
  stepMs: number
  unit: Unit
}

export interface QueryDraft {
  text: string
  range: RangeChoice
  /** The custom range's fields, read in the displayed zone. */
  customStart: EventTimeField
  customEnd: EventTimeField
  /** Empty: chosen for the chart's width. */
  stepText: string
  unit: Unit | 'auto'
  submitted: SubmittedQuery | null
  /** What was wrong with the last attempt to run, field by field. */
  problems: PlanProblems
  /** Bumped to ask the panel to run `text` as soon as it is shown (a suggested query). */
  runRequest: number
}

export const METRICS_TABS = ['impact', 'query', 'health', 'evidence'] as const
export type MetricsTab = (typeof METRICS_TABS)[number]

export const emptyDraft = (): QueryDraft => ({
  text: '',
  range: 'incident',
  customStart: { value: '', badInput: false },
  customEnd: { value: '', badInput: false },
  stepText: '',
  unit: 'auto',
  submitted: null,
  problems: {},
  runRequest: 0,
})

interface MetricsStore {
  /** Keyed by incident id. UI state only; results live in react-query's cache. */
  drafts: Record<string, QueryDraft>
  tabs: Record<string, MetricsTab>
  /** A health-check pack a runbook step asked to run, per incident. */
  packRequests: Record<string, { packId: string; at: number }>
  updateDraft(key: string, change: Partial<QueryDraft>): void
  setTab(key: string, tab: MetricsTab): void
  requestQuery(key: string, text: string): void
  requestPack(key: string, packId: string): void
}

export const useMetricsStore = create<MetricsStore>()((set) => ({
  drafts: {},
  tabs: {},
  packRequests: {},
  updateDraft: (key, change) =>
    set((state) => ({
      drafts: { ...state.drafts, [key]: { ...(state.drafts[key] ?? emptyDraft()), ...change } },
    })),
  setTab: (key, tab) => set((state) => ({ tabs: { ...state.tabs, [key]: tab } })),
  requestQuery: (key, text) =>
    set((state) => {
      const draft = state.drafts[key] ?? emptyDraft()
      return {
        drafts: { ...state.drafts, [key]: { ...draft, text, runRequest: draft.runRequest + 1 } },
        tabs: { ...state.tabs, [key]: 'query' },
      }
    }),
  requestPack: (key, packId) =>
    set((state) => ({
      packRequests: { ...state.packRequests, [key]: { packId, at: Date.now() } },
      tabs: { ...state.tabs, [key]: 'health' },
    })),
}))

export function useQueryDraft(key: string): [QueryDraft, (change: Partial<QueryDraft>) => void] {
  const draft = useMetricsStore((state) => state.drafts[key]) ?? emptyDraftSingleton
  const update = useMetricsStore((state) => state.updateDraft)
  return [draft, (change) => update(key, change)]
}

const emptyDraftSingleton = emptyDraft()

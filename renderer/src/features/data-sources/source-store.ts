import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { DataSourceKind, DataSourceView } from '../../../../shared/contract/datasources'
import { useSourcesOfKind } from './queries'

/** Which source of each kind the user last picked. UI state only, kept across reloads. */
interface SourceChoiceStore {
  chosen: Partial<Record<DataSourceKind, string>>
  choose(kind: DataSourceKind, id: string): void
}

export const useSourceChoiceStore = create<SourceChoiceStore>()(
  persist(
    (set) => ({
      chosen: {},
      choose: (kind, id) => set((state) => ({ chosen: { ...state.chosen, [kind]: id } })),
    }),
    { name: 'firebreak.source-choice', storage: createJSONStorage(() => localStorage) },
  ),
)

/** The chosen source of a kind if it still exists, else the first one; null when there is none. */
export function useChosenSource(kind: DataSourceKind): {
  source: DataSourceView | null
  sources: DataSourceView[]
  choose: (id: string) => void
} {
  const sources = useSourcesOfKind(kind)
  const chosenId = useSourceChoiceStore((state) => state.chosen[kind])
  const choose = useSourceChoiceStore((state) => state.choose)
  // '' is an explicit "none" (an optional Alertmanager); unset falls back to the first source.
  const source =
    chosenId === ''
      ? null
      : (sources.find((candidate) => candidate.id === chosenId) ?? sources[0] ?? null)
  return { source, sources, choose: (id) => choose(kind, id) }
}

import { create } from 'zustand'
import type { PackVariable } from '../../../../shared/domain/prometheus/health-checks'
import type { PackRun } from './queries'

interface HealthCheckDraft {
  packIds: string[]
  variables: Partial<Record<PackVariable, string>>
  runs: PackRun[]
}

interface HealthCheckStore {
  /** Per incident. UI state only. */
  drafts: Record<string, HealthCheckDraft>
  update(key: string, change: Partial<HealthCheckDraft>): void
}

export const EMPTY_HEALTH_DRAFT: HealthCheckDraft = { packIds: [], variables: {}, runs: [] }

export const useHealthCheckStore = create<HealthCheckStore>()((set) => ({
  drafts: {},
  update: (key, change) =>
    set((state) => ({
      drafts: {
        ...state.drafts,
        [key]: { ...(state.drafts[key] ?? EMPTY_HEALTH_DRAFT), ...change },
      },
    })),
}))

import { create } from 'zustand'
import type { ActionItem } from '../../../../shared/domain/postmortem/model'
import type { SectionValue } from '../../../../shared/domain/postmortem/sections'

// How saving is going, per incident, and what the backend last confirmed. Kept in memory only:
// it describes this session's writes.

export interface SaveFailure {
  message: string
  /** Messages by field when the backend refused the value ("ticketUrl": "Use a web link..."). */
  fields: Record<string, string>
}

/** A write the backend confirmed, shown until a refetched view includes it. */
export type Confirmed =
  { kind: 'section'; value: SectionValue; updatedAt: number } | { kind: 'item'; item: ActionItem }

export interface IncidentSaveState {
  inFlight: boolean
  /** Server time of the last confirmed write. */
  savedAt: number | null
  /** Failures by draft key, cleared when that draft saves or is discarded. */
  failures: Record<string, SaveFailure>
  confirmed: Record<string, Confirmed>
}

export const IDLE: IncidentSaveState = {
  inFlight: false,
  savedAt: null,
  failures: {},
  confirmed: {},
}

interface SaveStore {
  byIncident: Record<string, IncidentSaveState>
  update(incidentId: string, change: (state: IncidentSaveState) => Partial<IncidentSaveState>): void
}

export const useSaveStore = create<SaveStore>()((set) => ({
  byIncident: {},
  update: (incidentId, change) =>
    set((store) => {
      const current = store.byIncident[incidentId] ?? IDLE
      return {
        byIncident: { ...store.byIncident, [incidentId]: { ...current, ...change(current) } },
      }
    }),
}))

export function useIncidentSaveState(incidentId: string): IncidentSaveState {
  return useSaveStore((store) => store.byIncident[incidentId] ?? IDLE)
}

export function omitKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record
  const rest = { ...record }
  delete rest[key]
  return rest
}

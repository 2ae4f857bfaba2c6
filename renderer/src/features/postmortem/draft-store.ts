import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { ActionItemFields } from '../../../../shared/domain/postmortem/model'
import type { SectionEntry } from '../../../../shared/domain/postmortem/sections'

// What the author has typed and the backend has not confirmed yet. Every keystroke lands here
// first, synchronously, in localStorage: a crash, a reload or a quit right after typing loses
// nothing, and the next opening of the postmortem sends it again. UI state only: the saved
// postmortem itself always comes from the backend.

export type ActionItemChanges = Partial<ActionItemFields>

export type PendingWrite =
  | { kind: 'section'; entry: SectionEntry }
  | { kind: 'item'; id: string; changes: ActionItemChanges }

export interface Draft {
  write: PendingWrite
  /** Grows with every edit, so a confirmation for older text never clears newer text. */
  rev: number
}

/** One draft per section and per action item: 'section:summary', 'item:<id>'. */
export function draftKey(write: PendingWrite): string {
  return write.kind === 'section' ? `section:${write.entry.section}` : `item:${write.id}`
}

// Seeded from the clock so revisions stay increasing across reloads.
let lastRev = Date.now() * 1000

interface DraftStore {
  drafts: Record<string, Record<string, Draft>>
  /** Records an edit; an action item's changes merge with the ones not yet saved. */
  put(incidentId: string, write: PendingWrite): void
  /** Clears a draft once saved, unless it was edited again meanwhile. */
  settle(incidentId: string, key: string, rev: number): void
  discard(incidentId: string, key: string): void
}

function merged(previous: Draft | undefined, write: PendingWrite): PendingWrite {
  if (write.kind !== 'item' || previous?.write.kind !== 'item') return write
  return { ...write, changes: { ...previous.write.changes, ...write.changes } }
}

function without(
  drafts: Record<string, Record<string, Draft>>,
  incidentId: string,
  key: string,
): Record<string, Record<string, Draft>> {
  const rest = { ...drafts[incidentId] }
  delete rest[key]
  const next = { ...drafts }
  if (Object.keys(rest).length === 0) delete next[incidentId]
  else next[incidentId] = rest
  return next
}

export const useDraftStore = create<DraftStore>()(
  persist(
    (set) => ({
      drafts: {},
      put: (incidentId, write) =>
        set((state) => {
          const key = draftKey(write)
          const mine = state.drafts[incidentId] ?? {}
          lastRev += 1
          const draft: Draft = { write: merged(mine[key], write), rev: lastRev }
          return { drafts: { ...state.drafts, [incidentId]: { ...mine, [key]: draft } } }
        }),
      settle: (incidentId, key, rev) =>
        set((state) => {
          if (state.drafts[incidentId]?.[key]?.rev !== rev) return state
          return { drafts: without(state.drafts, incidentId, key) }
        }),
      discard: (incidentId, key) =>
        set((state) => ({ drafts: without(state.drafts, incidentId, key) })),
    }),
    {
      name: 'firebreak-postmortem-drafts',
      storage: createJSONStorage(() => localStorage),
      version: 1,
      onRehydrateStorage: () => (state) => {
        // Revisions from an earlier run must stay below the ones this run hands out.
        for (const drafts of Object.values(state?.drafts ?? {})) {
          for (const draft of Object.values(drafts)) lastRev = Math.max(lastRev, draft.rev)
        }
      },
    },
  ),
)

export function draftsOf(incidentId: string): Record<string, Draft> {
  return useDraftStore.getState().drafts[incidentId] ?? {}
}

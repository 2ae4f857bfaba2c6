import { create } from 'zustand'

// Set when the browser-mode host refuses this page (missing or stale token); the app then
// shows one full-page explanation instead of a cascade of failing queries.
interface AccessState {
  refused: boolean
  markRefused(): void
}

export const useAccessStore = create<AccessState>((set) => ({
  refused: false,
  markRefused: () => set({ refused: true }),
}))

export function markAccessRefused(): void {
  useAccessStore.getState().markRefused()
}

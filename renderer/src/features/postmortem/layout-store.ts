import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export type PostmortemLayout = 'write' | 'split' | 'preview'

interface LayoutStore {
  layout: PostmortemLayout
  setLayout(layout: PostmortemLayout): void
}

/** How the author likes the editor laid out; remembered on this machine. */
export const useLayoutStore = create<LayoutStore>()(
  persist(
    (set) => ({
      layout: 'split',
      setLayout: (layout) => set({ layout }),
    }),
    { name: 'firebreak-postmortem-layout', storage: createJSONStorage(() => localStorage) },
  ),
)

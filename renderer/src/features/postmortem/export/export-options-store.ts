import { create } from 'zustand'

// Export choices that belong to one export, not to the author's habits: kept in memory only,
// so review comments are left out again after a reload unless asked for anew.

interface ExportOptionsStore {
  /** Append the review comments on timeline events to the exported Markdown. */
  includeReviewComments: boolean
  setIncludeReviewComments(include: boolean): void
}

export const useExportOptions = create<ExportOptionsStore>()((set) => ({
  includeReviewComments: false,
  setIncludeReviewComments: (include) => set({ includeReviewComments: include }),
}))

import { create } from 'zustand'
import type { LibrarySort } from '../../../../shared/contract/library'
import type { IncidentStatus, Severity } from '../../../../shared/domain/incident'

// What the user has typed and chosen on the Library page, kept while they open an incident and
// come back. UI state only: results live in react-query.

export type OriginFilter = 'all' | 'local' | 'archive'

export interface LibraryView {
  text: string
  severities: Severity[]
  status: IncidentStatus | ''
  service: string
  tag: string
  /** "YYYY-MM-DD" as the date fields hold them (UTC days), or ''. */
  from: string
  to: string
  origin: OriginFilter
  sort: LibrarySort
}

export const EMPTY_VIEW: LibraryView = {
  text: '',
  severities: [],
  status: '',
  service: '',
  tag: '',
  from: '',
  to: '',
  origin: 'all',
  sort: 'relevance',
}

interface LibraryStore extends LibraryView {
  set(changes: Partial<LibraryView>): void
  reset(): void
}

export const useLibraryStore = create<LibraryStore>((set) => ({
  ...EMPTY_VIEW,
  set: (changes) => set(changes),
  reset: () => set(EMPTY_VIEW),
}))

const DAY_MS = 24 * 60 * 60 * 1000

/** A date field's value as the start of that UTC day; the "to" day is included whole. */
export function dayBound(day: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null
  const start = Date.parse(`${day}T00:00:00Z`)
  if (!Number.isFinite(start)) return null
  return end ? start + DAY_MS : start
}

/** The channel's filters for a view. */
export function filtersOf(view: LibraryView) {
  return {
    severities: view.severities,
    statuses: view.status ? [view.status] : [],
    service: view.service,
    tag: view.tag,
    from: dayBound(view.from, false),
    to: dayBound(view.to, true),
    origin: view.origin,
  }
}

/** What library.search is asked for a view and the typed text (once the typing pauses). */
export function searchParams(view: Omit<LibraryView, 'text'>, query: string) {
  return { query, filters: filtersOf({ ...view, text: '' }), sort: view.sort }
}

export function isFiltered(view: LibraryView): boolean {
  return JSON.stringify({ ...view, text: '', sort: 'relevance' }) !== JSON.stringify(EMPTY_VIEW)
}

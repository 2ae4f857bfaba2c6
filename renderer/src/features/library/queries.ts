import { useState } from 'react'
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { LIBRARY_PAGE_SIZE } from '../../../../shared/contract/library'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'
import { earlyAnswers } from './early-answers'
import { searchParams, useLibraryStore } from './store'

type SearchParams = Omit<ChannelInput<'library.search'>, 'offset' | 'limit'>

const pageInput = (params: SearchParams, offset: number): ChannelInput<'library.search'> => ({
  ...params,
  offset,
  limit: LIBRARY_PAGE_SIZE,
})

// Under the incident lists' key, so every incident change refreshes the library too.
export const libraryKeys = {
  all: [...incidentKeys.lists(), 'library'] as const,
  search: (params: SearchParams) => [...libraryKeys.all, 'search', params] as const,
  facets: () => [...libraryKeys.all, 'facets'] as const,
  similar: (incidentId: string) => [...libraryKeys.all, 'similar', incidentId] as const,
}

const early = earlyAnswers(call)

/**
 * At a start on the Library, asks for the first page and the facets before React renders
 * anything: the answers travel while the shell renders and is laid out, instead of being asked
 * for once that is done.
 */
export function askLibraryEarly(): void {
  early.ask('library.search', pageInput(searchParams(useLibraryStore.getState(), ''), 0))
  early.ask('library.facets', {})
}

/** Search results fifty at a time; "Show more" fetches the next page. */
export function useLibrarySearch(params: SearchParams) {
  // An early answer that is already here is shown by the first render, for its params only.
  const [early0] = useState(() => {
    const key = JSON.stringify(params)
    const page = early.arrived('library.search', pageInput(params, 0))
    return page && { key, data: { pages: [page], pageParams: [0] } }
  })
  const fromEarly = early0 && early0.key === JSON.stringify(params) ? early0.data : undefined
  return useInfiniteQuery({
    queryKey: libraryKeys.search(params),
    initialData: fromEarly,
    // Asked for a moment ago, at start: showing it is not a reason to ask again.
    refetchOnMount: !fromEarly,
    queryFn: ({ pageParam }) => early.answer('library.search', pageInput(params, pageParam)),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0)
      return loaded < last.total ? loaded : undefined
    },
    // Timeline text is searched too, and timeline events do not touch this key: ask again on visit.
    staleTime: 0,
    placeholderData: keepPreviousData,
  })
}

export function useLibraryFacets() {
  const [fromEarly] = useState(() => early.arrived('library.facets', {}))
  return useQuery({
    queryKey: libraryKeys.facets(),
    initialData: fromEarly,
    refetchOnMount: !fromEarly,
    queryFn: () => early.answer('library.facets', {}),
  })
}

export function useSimilarIncidents(incidentId: string) {
  return useQuery({
    queryKey: libraryKeys.similar(incidentId),
    queryFn: () => call('library.similar', { incidentId }),
  })
}

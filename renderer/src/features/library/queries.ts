import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { LIBRARY_PAGE_SIZE } from '../../../../shared/contract/library'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'

type SearchParams = Omit<ChannelInput<'library.search'>, 'offset' | 'limit'>

// Under the incident lists' key, so every incident change refreshes the library too.
export const libraryKeys = {
  all: [...incidentKeys.lists(), 'library'] as const,
  search: (params: SearchParams) => [...libraryKeys.all, 'search', params] as const,
  facets: () => [...libraryKeys.all, 'facets'] as const,
  similar: (incidentId: string) => [...libraryKeys.all, 'similar', incidentId] as const,
}

/** Search results fifty at a time; "Show more" fetches the next page. */
export function useLibrarySearch(params: SearchParams) {
  return useInfiniteQuery({
    queryKey: libraryKeys.search(params),
    queryFn: ({ pageParam }) =>
      call('library.search', { ...params, offset: pageParam, limit: LIBRARY_PAGE_SIZE }),
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
  return useQuery({ queryKey: libraryKeys.facets(), queryFn: () => call('library.facets', {}) })
}

export function useSimilarIncidents(incidentId: string) {
  return useQuery({
    queryKey: libraryKeys.similar(incidentId),
    queryFn: () => call('library.similar', { incidentId }),
  })
}

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { libraryKeys } from '../library/queries'

type InsightsInput = ChannelInput<'insights.get'>

export const insightsKeys = {
  all: [...libraryKeys.all, 'insights'] as const,
  report: (input: InsightsInput) => [...insightsKeys.all, input] as const,
}

export function useInsights(input: InsightsInput | null) {
  return useQuery({
    queryKey: insightsKeys.report(input ?? { from: 0, to: 0 }),
    queryFn: () => call('insights.get', input ?? { from: 0, to: 1 }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  })
}

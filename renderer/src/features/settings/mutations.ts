import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { settingsKeys } from './queries'

type Settings = ChannelOutput<'settings.get'>

/** Applies the change on screen at once (theme and zone toggles must feel instant). */
export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.update'>) => call('settings.update', input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.current() })
      const previous = queryClient.getQueryData<Settings>(settingsKeys.current())
      if (previous)
        queryClient.setQueryData<Settings>(settingsKeys.current(), { ...previous, ...input })
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.current(), context.previous)
    },
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.current(), settings),
  })
}

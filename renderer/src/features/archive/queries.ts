import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'

export const archiveKeys = {
  all: ['archive'] as const,
  status: () => [...archiveKeys.all, 'status'] as const,
  origin: (incidentId: string) => [...archiveKeys.all, 'origin', incidentId] as const,
}

export function useArchiveStatus() {
  return useQuery({ queryKey: archiveKeys.status(), queryFn: () => call('archive.status', {}) })
}

export function useArchiveOrigin(incidentId: string) {
  return useQuery({
    queryKey: archiveKeys.origin(incidentId),
    queryFn: () => call('archive.origin', { incidentId }),
  })
}

/** Every archive action may change the status, and a sync any incident. */
function useArchiveMutation<I, O>(write: (input: I) => Promise<O>, touchesIncidents = false) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: archiveKeys.all })
      if (touchesIncidents) await queryClient.invalidateQueries({ queryKey: incidentKeys.all })
    },
  })
}

export const useSetArchiveFolder = () =>
  useArchiveMutation((folder: string) => call('archive.setFolder', { folder }))
export const useClearArchiveFolder = () => useArchiveMutation(() => call('archive.clearFolder', {}))
export const usePublish = () =>
  useArchiveMutation((input: ChannelInput<'archive.publish'>) => call('archive.publish', input))
export const useSync = () => useArchiveMutation(() => call('archive.sync', {}), true)
export const useGit = () =>
  useArchiveMutation((input: ChannelInput<'archive.git'>) => call('archive.git', input))

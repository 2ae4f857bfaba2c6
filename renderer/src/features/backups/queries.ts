import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../bridge'

export const backupKeys = {
  all: ['backups'] as const,
  list: () => [...backupKeys.all, 'list'] as const,
  recovery: () => ['recovery', 'status'] as const,
}

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list(), queryFn: () => call('backup.list', {}) })
}

/** How often to ask again while the start-up integrity check runs (seconds on a big library). */
const CHECKING_POLL_MS = 1000

/**
 * Whether the database is damaged and the app must show the recovery screen. The app is usable
 * while the start-up check runs in the background; a late failure still switches to recovery.
 */
export function useRecoveryStatus() {
  return useQuery({
    queryKey: backupKeys.recovery(),
    queryFn: () => call('recovery.status', {}),
    staleTime: Infinity,
    refetchInterval: (query) => (query.state.data?.checking ? CHECKING_POLL_MS : false),
  })
}

export function useCreateBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('backup.create', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.all }),
  })
}

/** After a restore every cached answer may be stale: refetch everything. */
export function useRestoreBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (file: string) => call('backup.restore', { file }),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useDatabaseCheck() {
  return useMutation({ mutationFn: () => call('database.check', { full: true }) })
}

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

/** Whether the database is damaged and the app must show the recovery screen. */
export function useRecoveryStatus() {
  return useQuery({
    queryKey: backupKeys.recovery(),
    queryFn: () => call('recovery.status', {}),
    staleTime: Infinity,
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

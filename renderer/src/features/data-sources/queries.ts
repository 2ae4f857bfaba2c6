import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import type { DataSourceKind, DataSourceView } from '../../../../shared/contract/datasources'
import { call } from '../../bridge'

export const dataSourceKeys = {
  all: ['datasources'] as const,
  list: () => [...dataSourceKeys.all, 'list'] as const,
  secretsInfo: () => [...dataSourceKeys.all, 'secrets-info'] as const,
}

export function useDataSources() {
  return useQuery({ queryKey: dataSourceKeys.list(), queryFn: () => call('datasource.list', {}) })
}

export function useSourcesOfKind(kind: DataSourceKind): DataSourceView[] {
  return (useDataSources().data ?? []).filter((source) => source.kind === kind)
}

export function useSecretsInfo() {
  return useQuery({
    queryKey: dataSourceKeys.secretsInfo(),
    queryFn: () => call('secrets.info', {}),
    staleTime: Infinity,
  })
}

export function useSaveDataSource() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'datasource.save'>) => call('datasource.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dataSourceKeys.list() }),
  })
}

export function useDeleteDataSource() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('datasource.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dataSourceKeys.list() }),
  })
}

export function useTestDataSource() {
  return useMutation({ mutationFn: (id: string) => call('datasource.test', { id }) })
}

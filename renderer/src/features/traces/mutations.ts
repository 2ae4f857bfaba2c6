import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../bridge'
import { timelineKeys } from '../timeline/queries'
import { rememberView, traceKeys } from './queries'
import { toTraceModel } from './trace-model'
import type { TraceRef } from './trace-route'

/** Reads a chosen or dropped file and opens it; the backend parses it once. */
export function useImportTrace() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (file: File): Promise<TraceRef> => {
      const content = await file.text()
      const view = await call('traces.import', { content, fileName: file.name })
      return rememberView(queryClient, toTraceModel(view))
    },
  })
}

export function usePinTrace() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { viewId: string; incidentId: string; caption: string }) =>
      call('traces.pin', input),
    onSuccess: (item) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: traceKeys.pinned(item.incidentId) }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(item.incidentId) }),
      ]),
  })
}

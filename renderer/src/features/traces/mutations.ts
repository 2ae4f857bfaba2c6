import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../bridge'
import { timelineKeys } from '../timeline/queries'
import { isLocalView, LocalReaderUnavailable, localFile, openLocalFile } from './local/local-traces'
import { rememberView, traceKeys } from './queries'
import { toTraceModel, type TraceModel } from './trace-model'
import type { TraceRef } from './trace-route'

/** Opens a chosen or dropped file: read in a worker, or by the backend where workers cannot run. */
export function useImportTrace() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (file: File): Promise<TraceRef> => {
      try {
        return rememberView(queryClient, await openLocalFile(file))
      } catch (error) {
        if (!(error instanceof LocalReaderUnavailable)) throw error
        const content = await file.text()
        const view = await call('traces.import', { content, fileName: file.name })
        return rememberView(queryClient, toTraceModel(view))
      }
    },
  })
}

/** The backend's view ID for a trace: imported files are sent to it first, as pinning needs. */
async function backendViewId(model: TraceModel): Promise<string> {
  if (!isLocalView(model.viewId)) return model.viewId
  const file = localFile(model.viewId)
  const view = await call('traces.import', { content: await file.text(), fileName: file.name })
  if (view.traceId === model.traceId) return view.viewId
  return (await call('traces.openOther', { viewId: view.viewId, traceId: model.traceId })).viewId
}

export function usePinTrace() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { model: TraceModel; incidentId: string; caption: string }) =>
      call('traces.pin', {
        viewId: await backendViewId(input.model),
        incidentId: input.incidentId,
        caption: input.caption,
      }),
    onSuccess: (item) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: traceKeys.pinned(item.incidentId) }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(item.incidentId) }),
      ]),
  })
}

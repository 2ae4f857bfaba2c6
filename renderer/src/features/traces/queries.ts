import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import { call } from '../../bridge'
import { isLocalView, localDetails, localFind, localView } from './local/local-traces'
import type { TraceRef } from './trace-route'
import { toTraceModel, type TraceModel } from './trace-model'

export type TraceSearchInput = Omit<ChannelInput<'traces.search'>, 'requestId'>

export const traceKeys = {
  all: ['traces'] as const,
  services: (sourceId: string) => [...traceKeys.all, 'services', sourceId] as const,
  operations: (sourceId: string, service: string) =>
    [...traceKeys.all, 'operations', sourceId, service] as const,
  search: (input: TraceSearchInput, attempt: number) =>
    [...traceKeys.all, 'search', input, attempt] as const,
  views: () => [...traceKeys.all, 'view'] as const,
  view: (ref: TraceRef) => [...traceKeys.views(), ref] as const,
  span: (viewId: string, span: number) => [...traceKeys.all, 'span', viewId, span] as const,
  find: (viewId: string, text: string) => [...traceKeys.all, 'find', viewId, text] as const,
  pinned: (incidentId: string) => [...traceKeys.all, 'pinned', incidentId] as const,
}

/** Calls a channel that talks to Jaeger so that react-query's cancellation really stops it. */
async function cancellable<T>(
  signal: AbortSignal,
  run: (requestId: string) => Promise<T>,
): Promise<T> {
  const requestId = `traces-${crypto.randomUUID()}`
  const cancel = () => void call('request.cancel', { requestId }).catch(() => undefined)
  signal.addEventListener('abort', cancel, { once: true })
  try {
    return await run(requestId)
  } finally {
    signal.removeEventListener('abort', cancel)
  }
}

export function useTraceServices(sourceId: string | undefined) {
  return useQuery({
    queryKey: traceKeys.services(sourceId ?? ''),
    queryFn: ({ signal }) =>
      cancellable(signal, (requestId) =>
        call('traces.services', { sourceId: sourceId ?? '', requestId }),
      ),
    enabled: sourceId !== undefined,
    staleTime: 60_000,
    retry: false,
  })
}

export function useTraceOperations(sourceId: string | undefined, service: string) {
  return useQuery({
    queryKey: traceKeys.operations(sourceId ?? '', service),
    queryFn: ({ signal }) =>
      cancellable(signal, (requestId) =>
        call('traces.operations', { sourceId: sourceId ?? '', service, requestId }),
      ),
    enabled: sourceId !== undefined && service !== '',
    staleTime: 60_000,
    retry: false,
  })
}

export function useTraceSearch(submitted: { input: TraceSearchInput; attempt: number } | null) {
  return useQuery({
    queryKey: submitted
      ? traceKeys.search(submitted.input, submitted.attempt)
      : [...traceKeys.all, 'search', 'none'],
    queryFn: ({ signal }) =>
      cancellable(signal, (requestId) =>
        call('traces.search', { ...(submitted?.input as TraceSearchInput), requestId }),
      ),
    enabled: submitted !== null,
    staleTime: Infinity,
    retry: false,
  })
}

async function loadView(ref: TraceRef, signal: AbortSignal): Promise<TraceModel> {
  switch (ref.kind) {
    case 'jaeger':
      return toTraceModel(
        await cancellable(signal, (requestId) =>
          call('traces.get', { sourceId: ref.sourceId, traceId: ref.traceId, requestId }),
        ),
      )
    case 'pinned':
      return toTraceModel(await call('traces.openPinned', { evidenceId: ref.evidenceId }))
    case 'view':
      if (isLocalView(ref.viewId)) return localView(ref.viewId)
      return toTraceModel(await call('traces.view', { viewId: ref.viewId }))
  }
}

/** An open trace, decoded once; dropped from memory soon after its page is left. */
export function useTraceView(ref: TraceRef) {
  return useQuery({
    queryKey: traceKeys.view(ref),
    queryFn: ({ signal }) => loadView(ref, signal),
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  })
}

/** A view the app already has (an import): shown at once, no second trip to the backend. */
export function rememberView(queryClient: QueryClient, model: TraceModel): TraceRef {
  const ref: TraceRef = { kind: 'view', viewId: model.viewId }
  queryClient.setQueryData(traceKeys.view(ref), model)
  return ref
}

export function useSpanDetails(viewId: string, span: number | null) {
  return useQuery({
    queryKey: traceKeys.span(viewId, span ?? -1),
    queryFn: () =>
      isLocalView(viewId)
        ? localDetails(viewId, span ?? 0)
        : call('traces.spanDetails', { viewId, span: span ?? 0 }),
    enabled: span !== null,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  })
}

export function useFindSpans(viewId: string, text: string) {
  return useQuery({
    queryKey: traceKeys.find(viewId, text),
    queryFn: () =>
      isLocalView(viewId) ? localFind(viewId, text) : call('traces.findSpans', { viewId, text }),
    enabled: text.trim() !== '',
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  })
}

/** The incident's pinned traces (evidence of kind trace), newest last. */
export function usePinnedTraces(incidentId: string | null) {
  return useQuery({
    queryKey: traceKeys.pinned(incidentId ?? ''),
    queryFn: async () =>
      (await call('evidence.list', { incidentId: incidentId ?? '' })).filter(
        (item) => item.kind === 'trace',
      ),
    enabled: incidentId !== null,
  })
}

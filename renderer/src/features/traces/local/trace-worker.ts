// Parses an imported trace file off the UI thread and keeps it, answering span details and
// in-trace search: the page only ever holds the compact columns.
import { findSpans } from '../../../../../shared/domain/trace-find'
import { summarizeTrace } from '../../../../../shared/domain/trace-summary'
import {
  analyzeTrace,
  beginTraceParse,
  spanDetails,
  type NormalizedTrace,
  type TraceAnalysis,
} from '../../../../../shared/domain/traces'
import { modelFromTrace } from './model-from-trace'
import type { LocalRequest, LocalResponse } from './protocol'
import { readFilePieces } from './read-file'

interface Payload {
  id: string
  fileName: string
  traces: NormalizedTrace[]
  analyses: Map<number, TraceAnalysis>
}

let payload: Payload | undefined

function requirePayload(): Payload {
  if (!payload) throw new Error('The file is not open any more; import it again')
  return payload
}

function view(open: Payload, traceIndex: number) {
  const trace = open.traces[traceIndex]
  if (!trace) throw new Error('This trace is not in the file')
  let analysis = open.analyses.get(traceIndex)
  if (!analysis) open.analyses.set(traceIndex, (analysis = analyzeTrace(trace)))
  return modelFromTrace(trace, analysis, {
    viewId: `${open.id}:${traceIndex}`,
    origin: { kind: 'file', fileName: open.fileName },
    otherTraces: open.traces.length > 1 ? open.traces.map(summarizeTrace) : [],
  })
}

/** Times a step as a User Timing measure (seen in DevTools' performance panel and the bench). */
async function measured<T>(step: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await run()
  } finally {
    performance.measure(`trace import: ${step}`, { start })
  }
}

async function handle(request: LocalRequest): Promise<unknown> {
  switch (request.kind) {
    case 'open': {
      const name = request.file.name
      const feed = beginTraceParse()
      let blank = true
      await measured('read and scan', () =>
        readFilePieces(request.file, (piece) => {
          if (blank && /\S/.test(piece)) blank = false
          feed.push(piece)
        }),
      )
      if (blank) throw new Error(`${name} is empty`)
      const parsed = await measured('parse', () => feed.finish())
      if (!parsed.ok)
        throw new Error(`${name} is not a trace file we can read: ${parsed.error.message}`)
      if (parsed.traces.length === 0)
        throw new Error(`${name} holds no traces (its list of traces is empty)`)
      payload = {
        id: request.payloadId,
        fileName: name,
        traces: parsed.traces,
        analyses: new Map(),
      }
      const open = payload
      return measured('analyze', () => view(open, 0))
    }
    case 'view':
      return view(requirePayload(), request.traceIndex)
    case 'details': {
      const trace = requirePayload().traces[request.traceIndex]
      const details = trace && spanDetails(trace, request.span)
      if (!details) throw new Error(`This trace has no span number ${request.span}`)
      return details
    }
    case 'find': {
      const trace = requirePayload().traces[request.traceIndex]
      return { spans: trace ? findSpans(trace, request.text) : [] }
    }
  }
}

self.onmessage = (event: MessageEvent<LocalRequest>) => {
  const request = event.data
  handle(request).then(
    (value) => {
      const start = performance.now()
      self.postMessage({ id: request.id, ok: true, value } satisfies LocalResponse)
      performance.measure(`trace import: send ${request.kind}`, { start })
    },
    (error: unknown) =>
      self.postMessage({
        id: request.id,
        ok: false,
        error: (error instanceof Error ? error.message : String(error)).replace(/\.+$/, ''),
      } satisfies LocalResponse),
  )
}

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
import { modelFromTrace, transferList } from './model-from-trace'
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

/** Reads the file as it arrives (see readFilePieces and beginTraceParse) and keeps its traces. */
async function openFile(file: File, payloadId: string): Promise<Payload> {
  const feed = beginTraceParse()
  let blank = true
  await measured('read and scan', () =>
    readFilePieces(file, (piece) => {
      if (blank && /\S/.test(piece)) blank = false
      feed.push(piece)
    }),
  )
  if (blank) throw new Error(`${file.name} is empty`)
  const parsed = await measured('parse', () => feed.finish())
  if (!parsed.ok)
    throw new Error(`${file.name} is not a trace file we can read: ${parsed.error.message}`)
  if (parsed.traces.length === 0)
    throw new Error(`${file.name} holds no traces (its list of traces is empty)`)
  return { id: payloadId, fileName: file.name, traces: parsed.traces, analyses: new Map() }
}

/** An answer, and the buffers to transfer with it (a model's columns: no copy on the page). */
interface Answer {
  value: unknown
  transfer: Transferable[]
}

function modelAnswer(open: Payload, traceIndex: number): Answer {
  const model = view(open, traceIndex)
  return { value: model, transfer: transferList(model) }
}

async function handle(request: LocalRequest): Promise<Answer> {
  switch (request.kind) {
    case 'open': {
      const open = (payload = await openFile(request.file, request.payloadId))
      return measured('analyze', () => modelAnswer(open, 0))
    }
    case 'view':
      return modelAnswer(requirePayload(), request.traceIndex)
    case 'details': {
      const trace = requirePayload().traces[request.traceIndex]
      const details = trace && spanDetails(trace, request.span)
      if (!details) throw new Error(`This trace has no span number ${request.span}`)
      return { value: details, transfer: [] }
    }
    case 'find': {
      const trace = requirePayload().traces[request.traceIndex]
      return { value: { spans: trace ? findSpans(trace, request.text) : [] }, transfer: [] }
    }
  }
}

self.onmessage = (event: MessageEvent<LocalRequest>) => {
  const request = event.data
  handle(request).then(
    ({ value, transfer }) => {
      const start = performance.now()
      self.postMessage({ id: request.id, ok: true, value } satisfies LocalResponse, { transfer })
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

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
  type TraceParseFeed,
} from '../../../../../shared/domain/traces'
import { modelFromTrace, transferList } from './model-from-trace'
import type { ImportProblem, LocalPiece, LocalRequest, LocalResponse } from './protocol'

/** A failure the user reads: its English text, and a key the page words in the UI language. */
class ImportFailure extends Error {
  constructor(
    key: ImportProblem['key'],
    values: ImportProblem['values'],
    english: string,
    reasonText?: ImportProblem['reasonText'],
  ) {
    super(english)
    this.problem = reasonText ? { key, values, reasonText } : { key, values }
  }
  readonly problem: ImportProblem
}

interface Payload {
  id: string
  fileName: string
  traces: NormalizedTrace[]
  analyses: Map<number, TraceAnalysis>
}

/** The file being opened: parsed piece by piece as the page sends its text. */
interface Opening {
  request: Extract<LocalRequest, { kind: 'open' }>
  feed: TraceParseFeed
  blank: boolean
  startedAt: number
}

let payload: Payload | undefined
let opening: Opening | undefined

function requirePayload(): Payload {
  if (!payload) throw new Error('The file is not open any more; import it again')
  return payload
}

function view(open: Payload, traceIndex: number) {
  const trace = open.traces[traceIndex]
  if (!trace) throw new ImportFailure('noSuchTrace', {}, 'This trace is not in the file')
  let analysis = open.analyses.get(traceIndex)
  if (!analysis) open.analyses.set(traceIndex, (analysis = analyzeTrace(trace)))
  return modelFromTrace(trace, analysis, {
    viewId: `${open.id}:${traceIndex}`,
    origin: { kind: 'file', fileName: open.fileName },
    otherTraces: open.traces.length > 1 ? open.traces.map(summarizeTrace) : [],
  })
}

/** Runs a step and records it as a User Timing measure (DevTools' performance panel shows it). */
function measured<T>(step: string, run: () => T, start = performance.now()): T {
  try {
    return run()
  } finally {
    performance.measure(`trace import: ${step}`, { start })
  }
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

/** The end of the file's text: the traces it holds, kept for details and search. */
function finishOpening({ request, feed, blank, startedAt }: Opening): Answer {
  performance.measure('trace import: read and scan', { start: startedAt })
  const name = request.fileName
  if (blank) throw new ImportFailure('empty', { name }, `${name} is empty`)
  const parsed = measured('parse', () => feed.finish())
  if (!parsed.ok)
    throw new ImportFailure(
      'unreadable',
      { name, reason: parsed.error.message },
      `${name} is not a trace file we can read: ${parsed.error.message}`,
      parsed.error.text,
    )
  if (parsed.traces.length === 0)
    throw new ImportFailure(
      'noTraces',
      { name },
      `${name} holds no traces (its list of traces is empty)`,
    )
  const open: Payload = {
    id: request.payloadId,
    fileName: name,
    traces: parsed.traces,
    analyses: new Map(),
  }
  payload = open
  return measured('analyze', () => modelAnswer(open, 0))
}

function handle(request: Exclude<LocalRequest, { kind: 'open' }>): Answer {
  switch (request.kind) {
    case 'view':
      return modelAnswer(requirePayload(), request.traceIndex)
    case 'details': {
      const trace = requirePayload().traces[request.traceIndex]
      const details = trace && spanDetails(trace, request.span)
      if (!details)
        throw new ImportFailure(
          'noSuchSpan',
          { span: String(request.span) },
          `This trace has no span number ${request.span}`,
        )
      return { value: details, transfer: [] }
    }
    case 'find': {
      const trace = requirePayload().traces[request.traceIndex]
      return { value: { spans: trace ? findSpans(trace, request.text) : [] }, transfer: [] }
    }
  }
}

function answer(id: number, run: () => Answer, kind: string): void {
  let reply: Answer
  try {
    reply = run()
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')
    const problem = error instanceof ImportFailure ? error.problem : undefined
    self.postMessage({ id, ok: false, error: message, problem } satisfies LocalResponse)
    return
  }
  measured(`send ${kind}`, () =>
    self.postMessage({ id, ok: true, value: reply.value } satisfies LocalResponse, {
      transfer: reply.transfer,
    }),
  )
}

/** A piece of the file's text, or its end (when the 'open' request is answered). */
function onPiece(piece: LocalPiece): void {
  const current = opening
  if (!current) return
  if (piece.kind === 'piece') {
    if (current.blank && /\S/.test(piece.text)) current.blank = false
    current.feed.push(piece.text)
    return
  }
  opening = undefined
  const { id } = current.request
  answer(
    id,
    () => {
      if (piece.error !== undefined) throw new Error(piece.error)
      return finishOpening(current)
    },
    'open',
  )
}

self.onmessage = (event: MessageEvent<LocalRequest | LocalPiece>) => {
  const message = event.data
  if (message.kind === 'piece' || message.kind === 'end') return onPiece(message)
  if (message.kind === 'open') {
    opening = {
      request: message,
      feed: beginTraceParse(),
      blank: true,
      startedAt: performance.now(),
    }
    return
  }
  answer(message.id, () => handle(message), message.kind)
}

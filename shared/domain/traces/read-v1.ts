import type { ParentCandidate, TraceAccumulator } from './accumulator'
import { addProcess, addSpan, addSpanWarning, newAccumulator, numberField } from './accumulator'
import { canonicalId, idText } from './ids'
import type { TraceFormat, TraceParseError } from './model'
import { SpanFlag } from './model'
import { asArray, asRecord, v1ErrorReason, v1Tags } from './tags'
import { parseError, type TraceWarning } from './warnings'
import { msg } from '../../i18n/messages'

const UNKNOWN_SERVICE = 'unknown service'

function sameTrace(refTraceId: string | undefined, traceId: string): boolean {
  return (
    refTraceId === undefined ||
    refTraceId === traceId ||
    canonicalId(refTraceId) === canonicalId(traceId)
  )
}

/** In-trace parents from `references`, CHILD_OF before FOLLOWS_FROM; other traces are links only. */
function v1Parents(references: unknown, traceId: string) {
  let parents: ParentCandidate[] | undefined
  let external = false
  let followsFrom: ParentCandidate[] | undefined
  if (!Array.isArray(references)) return { parents, external }
  for (const item of references) {
    const ref = asRecord(item)
    const spanId = idText(ref?.spanID)
    if (!ref || spanId === undefined) continue
    if (!sameTrace(idText(ref.traceID), traceId)) {
      external = true
      continue
    }
    if (ref.refType === 'FOLLOWS_FROM') (followsFrom ??= []).push({ id: spanId, followsFrom: true })
    else (parents ??= []).push({ id: spanId, followsFrom: false })
  }
  if (followsFrom) parents = parents ? [...parents, ...followsFrom] : followsFrom
  return { parents, external }
}

/**
 * A v1 trace being read span by span. Spans may arrive before the `processes` map (Jaeger writes
 * it after them), so a span's processID is resolved when the trace ends; processes embedded in a
 * span (the anonymizer format) are registered at once.
 */
export interface V1TraceReader {
  acc: TraceAccumulator
  position: number
  skipped: number
  /** Per span: the processID still to resolve (a sentinel once resolved). */
  pendingProcess: unknown[]
  embedded: Map<string, number>
}

const RESOLVED = Symbol('resolved')

function registerProcess(acc: TraceAccumulator, raw: unknown): number {
  const process = asRecord(raw)
  const name = process?.serviceName
  const serviceName = typeof name === 'string' && name !== '' ? name : UNKNOWN_SERVICE
  return addProcess(acc, { serviceName, tags: v1Tags(process?.tags) })
}

function embeddedProcess(reader: V1TraceReader, raw: unknown): number {
  const key = JSON.stringify(raw) ?? ''
  let index = reader.embedded.get(key)
  if (index === undefined) reader.embedded.set(key, (index = registerProcess(reader.acc, raw)))
  return index
}

export function beginV1Trace(traceId: string, format: TraceFormat): V1TraceReader {
  const acc = newAccumulator(traceId, format, 'v1')
  return { acc, position: 0, skipped: 0, pendingProcess: [], embedded: new Map() }
}

function readV1Span(reader: V1TraceReader, span: Record<string, unknown>, position: number) {
  const { acc } = reader
  const problems: TraceWarning[] = []
  const rawId = idText(span.spanID)
  if (rawId === undefined) problems.push(msg('msgTraces:spanWarning.noSpanIdV1'))
  const startUs = numberField(span.startTime)
  if (startUs === undefined) problems.push(msg('msgTraces:spanWarning.noStartTime'))
  let durationUs = numberField(span.duration)
  if (durationUs === undefined || durationUs < 0) {
    problems.push(msg('msgTraces:spanWarning.badDuration', { value: String(span.duration) }))
    durationUs = 0
  }
  const { parents, external } = v1Parents(span.references, acc.traceId)
  const embedded = span.process !== undefined
  const index = addSpan(acc, {
    spanId: rawId ?? `(no span ID #${position})`,
    operation: typeof span.operationName === 'string' ? span.operationName : '(no operation name)',
    processIndex: embedded ? embeddedProcess(reader, span.process) : -1,
    scopeIndex: -1,
    startUs: Math.trunc(startUs ?? 0),
    durationUs: Math.trunc(durationUs),
    flags:
      (external ? SpanFlag.ExternalReferences : 0) |
      (v1ErrorReason(span.tags) ? SpanFlag.Error : 0),
    parents,
    source: span,
  })
  reader.pendingProcess[index] = embedded ? RESOLVED : span.processID
  if (Array.isArray(span.warnings)) {
    for (const warning of span.warnings) addSpanWarning(acc, index, String(warning))
  }
  for (const problem of problems) addSpanWarning(acc, index, problem)
}

/** One entry of a trace's `spans` array; entries that are not objects are counted and skipped. */
export function readV1SpanEntry(reader: V1TraceReader, item: unknown): void {
  const span = asRecord(item)
  if (span) readV1Span(reader, span, reader.position)
  else reader.skipped++
  reader.position++
}

/** Resolves processIDs against the `processes` map and adds the trace's own warnings first. */
export function endV1Trace(
  reader: V1TraceReader,
  processes: unknown,
  traceWarnings: unknown,
): TraceAccumulator {
  const { acc } = reader
  const byKey = new Map<string, number>()
  for (const [key, raw] of Object.entries(asRecord(processes) ?? {})) {
    byKey.set(key, registerProcess(acc, raw))
  }
  let unknown: number | undefined
  reader.pendingProcess.forEach((processId, span) => {
    if (processId === RESOLVED) return
    let index = byKey.get(String(processId))
    if (index === undefined) {
      const process = JSON.stringify(processId) ?? ''
      addSpanWarning(acc, span, msg('msgTraces:spanWarning.processMissing', { process }))
      index = unknown ??= addProcess(acc, { serviceName: UNKNOWN_SERVICE, tags: [] })
    }
    acc.processIndex[span] = index
  })
  const { skipped } = reader
  if (skipped > 0)
    acc.warnings.push(msg('msgTraces:warning.skippedEntries', { n: skipped, count: skipped }))
  acc.warnings.unshift(...asArray(traceWarnings).map(String))
  return acc
}

/** On trace objects the fast path has already read span by span: their accumulator. */
export const READ_TRACE = Symbol('read trace')

/** One v1 trace object `{traceID, spans, processes, warnings}`. */
export function readV1Trace(
  value: unknown,
  format: TraceFormat,
  path: string,
): TraceAccumulator | TraceParseError {
  const record = asRecord(value)
  if (!record || !Array.isArray(record.spans)) {
    const text = path
      ? msg('msgTraces:parse.noSpansArray', { path })
      : msg('msgTraces:parse.noSpansArrayAtTop')
    return parseError('malformed_trace', text, { path: path ? `${path}.spans` : 'spans' })
  }
  const alreadyRead = (record as { [READ_TRACE]?: TraceAccumulator })[READ_TRACE]
  if (alreadyRead?.format === format) return alreadyRead
  const firstSpanTraceId = idText(asRecord(record.spans[0])?.traceID)
  const reader = beginV1Trace(idText(record.traceID) ?? firstSpanTraceId ?? '', format)
  for (const item of record.spans) readV1SpanEntry(reader, item)
  return endV1Trace(reader, record.processes, record.warnings)
}

/** Spans with embedded processes (Jaeger's anonymizer output), grouped by their traceID. */
export function readV1SpanArray(spans: readonly unknown[]): TraceAccumulator[] {
  const groups = new Map<string, V1TraceReader>()
  for (const item of spans) {
    const traceId = idText(asRecord(item)?.traceID) ?? ''
    let reader = groups.get(traceId)
    if (!reader) groups.set(traceId, (reader = beginV1Trace(traceId, 'jaeger-v1-span-array')))
    readV1SpanEntry(reader, item)
  }
  return [...groups.values()].map((reader) => endV1Trace(reader, undefined, undefined))
}

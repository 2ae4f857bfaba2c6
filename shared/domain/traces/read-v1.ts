import type { ParentCandidate, TraceAccumulator } from './accumulator'
import { addProcess, addSpan, addSpanWarning, newAccumulator, numberField } from './accumulator'
import { canonicalId, idText } from './ids'
import type { TraceFormat, TraceParseError } from './model'
import { SpanFlag } from './model'
import { asArray, asRecord, v1ErrorReason, v1Tags } from './tags'

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

/** Process lookup for one trace: `processes` map keys, or processes embedded in spans. */
function processResolver(acc: TraceAccumulator, processes: unknown) {
  const byKey = new Map<string, number>()
  const byEmbedded = new Map<string, number>()
  const register = (raw: unknown): number => {
    const process = asRecord(raw)
    const name = process?.serviceName
    const serviceName = typeof name === 'string' && name !== '' ? name : UNKNOWN_SERVICE
    return addProcess(acc, { serviceName, tags: v1Tags(process?.tags) })
  }
  for (const [key, raw] of Object.entries(asRecord(processes) ?? {})) byKey.set(key, register(raw))
  return (span: Record<string, unknown>): number | undefined => {
    if (span.process !== undefined) {
      const key = JSON.stringify(span.process) ?? ''
      let index = byEmbedded.get(key)
      if (index === undefined) byEmbedded.set(key, (index = register(span.process)))
      return index
    }
    return byKey.get(String(span.processID))
  }
}

interface SpanReadContext {
  acc: TraceAccumulator
  process: (span: Record<string, unknown>) => number | undefined
  unknownProcess: () => number
}

function readV1Span(context: SpanReadContext, span: Record<string, unknown>, position: number) {
  const { acc } = context
  const problems: string[] = []
  const rawId = idText(span.spanID)
  if (rawId === undefined) problems.push('It has no spanID.')
  let processIndex = context.process(span)
  if (processIndex === undefined) {
    problems.push(`Its process ${JSON.stringify(span.processID) ?? ''} is not in the trace.`)
    processIndex = context.unknownProcess()
  }
  let startUs = numberField(span.startTime)
  if (startUs === undefined) problems.push('It has no readable startTime; placed at 0.')
  let durationUs = numberField(span.duration)
  if (durationUs === undefined || durationUs < 0) {
    problems.push(`Its duration (${String(span.duration)}) is not a usable number; shown as 0.`)
    durationUs = 0
  }
  const { parents, external } = v1Parents(span.references, acc.traceId)
  const index = addSpan(acc, {
    spanId: rawId ?? `(no span ID #${position})`,
    operation: typeof span.operationName === 'string' ? span.operationName : '(no operation name)',
    processIndex,
    scopeIndex: -1,
    startUs: Math.trunc(startUs ?? 0),
    durationUs: Math.trunc(durationUs),
    flags:
      (external ? SpanFlag.ExternalReferences : 0) |
      (v1ErrorReason(span.tags) ? SpanFlag.Error : 0),
    parents,
    source: span,
  })
  if (Array.isArray(span.warnings)) {
    for (const warning of span.warnings) addSpanWarning(acc, index, String(warning))
  }
  for (const problem of problems) addSpanWarning(acc, index, problem)
}

function readSpans(context: SpanReadContext, spans: readonly unknown[]): void {
  let skipped = 0
  spans.forEach((item, position) => {
    const span = asRecord(item)
    if (span) readV1Span(context, span, position)
    else skipped++
  })
  if (skipped > 0) context.acc.warnings.push(`${skipped} span entries were not objects; skipped.`)
}

function contextFor(acc: TraceAccumulator, processes: unknown): SpanReadContext {
  let unknown: number | undefined
  return {
    acc,
    process: processResolver(acc, processes),
    unknownProcess: () => (unknown ??= addProcess(acc, { serviceName: UNKNOWN_SERVICE, tags: [] })),
  }
}

/** One v1 trace object `{traceID, spans, processes, warnings}`. */
export function readV1Trace(
  value: unknown,
  format: TraceFormat,
  path: string,
): TraceAccumulator | TraceParseError {
  const record = asRecord(value)
  if (!record || !Array.isArray(record.spans)) {
    const message = `Expected a Jaeger trace object with a "spans" array at ${path || 'the top level'}.`
    return { code: 'malformed_trace', message, path: path ? `${path}.spans` : 'spans' }
  }
  const firstSpanTraceId = idText(asRecord(record.spans[0])?.traceID)
  const acc = newAccumulator(idText(record.traceID) ?? firstSpanTraceId ?? '', format, 'v1')
  for (const warning of asArray(record.warnings)) acc.warnings.push(String(warning))
  readSpans(contextFor(acc, record.processes), record.spans)
  return acc
}

/** Spans with embedded processes (Jaeger's anonymizer output), grouped by their traceID. */
export function readV1SpanArray(spans: readonly unknown[]): TraceAccumulator[] {
  const groups = new Map<string, unknown[]>()
  for (const item of spans) {
    const traceId = idText(asRecord(item)?.traceID) ?? ''
    const group = groups.get(traceId)
    if (group) group.push(item)
    else groups.set(traceId, [item])
  }
  return [...groups].map(([traceId, group]) => {
    const acc = newAccumulator(traceId, 'jaeger-v1-span-array', 'v1')
    readSpans(contextFor(acc, undefined), group)
    return acc
  })
}

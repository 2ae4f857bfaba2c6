import { canonicalId, idText, otlpIdToDisplay } from './ids'
import type { NormalizedTrace, Tag, TraceProcess, TraceScope } from './model'
import { SpanFlag } from './model'
import { parseSourceText } from './lean-json'
import { nanosToMicros } from './read-otlp'
import { sourceSlice } from './source-range'
import type { SpanFlagName } from './model'
import {
  asArray,
  asRecord,
  otlpAttributes,
  otlpErrorReason,
  v1ErrorReason,
  v1Tag,
  v1Tags,
} from './tags'
import { wordedWarnings, type TraceWarning, type WordedWarnings } from './warnings'
import { msg } from '../../i18n/messages'

export type SpanReferenceType = 'CHILD_OF' | 'FOLLOWS_FROM' | 'LINK'

export interface SpanReference {
  type: SpanReferenceType
  traceId: string
  spanId: string
  /** Index of the referenced span in this trace, or -1 (another trace, or missing). */
  spanIndex: number
  attributes: Tag[]
}

/** A v1 log or an OTLP event. */
export interface SpanLog {
  timestampUs: number
  name: string
  fields: Tag[]
}

export type SpanKind = 'server' | 'client' | 'producer' | 'consumer' | 'internal' | ''

/** Everything the span details panel shows; built on demand for one span. */
export interface SpanDetails extends WordedWarnings {
  index: number
  spanId: string
  operation: string
  service: string
  startUs: number
  durationUs: number
  kind: SpanKind
  tags: Tag[]
  logs: SpanLog[]
  references: SpanReference[]
  process: TraceProcess | undefined
  scope: TraceScope | undefined
  /** OTLP status message, when the span carries one. */
  statusMessage: string
  errorReason: string | undefined
  flags: SpanFlagName[]
}

const OTLP_KINDS: Record<string, SpanKind> = {
  '1': 'internal',
  '2': 'server',
  '3': 'client',
  '4': 'producer',
  '5': 'consumer',
  SPAN_KIND_INTERNAL: 'internal',
  SPAN_KIND_SERVER: 'server',
  SPAN_KIND_CLIENT: 'client',
  SPAN_KIND_PRODUCER: 'producer',
  SPAN_KIND_CONSUMER: 'consumer',
}
const V1_KINDS = new Set<string>(['server', 'client', 'producer', 'consumer', 'internal'])

/** Built once per trace on first use, so stepping through spans with the keyboard stays cheap. */
const spanIndexByCanonicalId = new WeakMap<NormalizedTrace, Map<string, number>>()

function spanIndexFinder(trace: NormalizedTrace) {
  return (traceId: string, spanId: string): number => {
    if (canonicalId(traceId) !== canonicalId(trace.traceId)) return -1
    let byId = spanIndexByCanonicalId.get(trace)
    if (!byId) {
      // Reversed so that the first of several spans sharing an ID wins, as in the tree.
      byId = new Map(trace.spanIds.map((id, index) => [canonicalId(id), index] as const).reverse())
      spanIndexByCanonicalId.set(trace, byId)
    }
    return byId.get(canonicalId(spanId)) ?? -1
  }
}

function v1Details(trace: NormalizedTrace, span: Record<string, unknown>) {
  const rounded: string[] = []
  const tags = v1Tags(span.tags, rounded)
  const find = spanIndexFinder(trace)
  const references = asArray(span.references).flatMap((item): SpanReference[] => {
    const ref = asRecord(item)
    if (!ref) return []
    const traceId = idText(ref.traceID) ?? trace.traceId
    const spanId = idText(ref.spanID) ?? ''
    const type = ref.refType === 'FOLLOWS_FROM' ? 'FOLLOWS_FROM' : 'CHILD_OF'
    return [{ type, traceId, spanId, spanIndex: find(traceId, spanId), attributes: [] }]
  })
  const logs = asArray(span.logs).flatMap((item): SpanLog[] => {
    const log = asRecord(item)
    if (!log) return []
    const fields = asArray(log.fields).flatMap((field) => v1Tag(field, rounded) ?? [])
    const event = fields.find((field) => field.key === 'event')
    const timestampUs = Number(log.timestamp)
    const name = typeof event?.value === 'string' ? event.value : ''
    return [{ timestampUs: Number.isFinite(timestampUs) ? timestampUs : 0, name, fields }]
  })
  const kindTag = tags.find((tag) => tag.key === 'span.kind')?.value
  const kind = typeof kindTag === 'string' && V1_KINDS.has(kindTag) ? (kindTag as SpanKind) : ''
  const warnings = rounded.map((key): TraceWarning =>
    msg('msgTraces:spanWarning.tagRounded', { key }),
  )
  const errorReason = v1ErrorReason(span.tags)
  return { tags, logs, references, kind, statusMessage: '', errorReason, warnings }
}

function otlpReferences(trace: NormalizedTrace, span: Record<string, unknown>): SpanReference[] {
  const find = spanIndexFinder(trace)
  const references: SpanReference[] = []
  const parentRaw = idText(span.parentSpanId)
  if (parentRaw) {
    const spanId = otlpIdToDisplay(parentRaw).id
    const spanIndex = find(trace.traceId, spanId)
    references.push({ type: 'CHILD_OF', traceId: trace.traceId, spanId, spanIndex, attributes: [] })
  }
  for (const item of asArray(span.links)) {
    const link = asRecord(item)
    if (!link) continue
    const attributes = otlpAttributes(link.attributes)
    const refType = attributes.find((tag) => tag.key === 'opentracing.ref_type')?.value
    const type =
      refType === 'child_of' ? 'CHILD_OF' : refType === 'follows_from' ? 'FOLLOWS_FROM' : 'LINK'
    const traceId = otlpIdToDisplay(idText(link.traceId) ?? '').id
    const spanId = otlpIdToDisplay(idText(link.spanId) ?? '').id
    references.push({ type, traceId, spanId, spanIndex: find(traceId, spanId), attributes })
  }
  return references
}

function otlpDetails(trace: NormalizedTrace, span: Record<string, unknown>) {
  const logs = asArray(span.events).flatMap((item): SpanLog[] => {
    const event = asRecord(item)
    if (!event) return []
    const timestampUs = nanosToMicros(event.timeUnixNano) ?? 0
    const name = typeof event.name === 'string' ? event.name : ''
    return [{ timestampUs, name, fields: otlpAttributes(event.attributes) }]
  })
  const status = asRecord(span.status)
  return {
    tags: otlpAttributes(span.attributes),
    logs,
    references: otlpReferences(trace, span),
    kind: OTLP_KINDS[String(span.kind)] ?? '',
    statusMessage: typeof status?.message === 'string' ? status.message : '',
    errorReason: otlpErrorReason(span),
    warnings: [] as TraceWarning[],
  }
}

/** The span's source object; text sources are parsed here, one span at a time. */
function sourceSpan(trace: NormalizedTrace, index: number): unknown {
  const { sources } = trace
  if (sources.kind === 'objects') return sources.spans[index]
  try {
    const start = sources.ranges[index * 2] ?? 0
    return parseSourceText(
      sourceSlice(sources.windows, start, sources.ranges[index * 2 + 1] ?? start),
    )
  } catch {
    return undefined
  }
}

function flagNames(flags: number): SpanFlagName[] {
  return (Object.keys(SpanFlag) as SpanFlagName[]).filter((name) => (flags & SpanFlag[name]) !== 0)
}

/** The details panel's content for one span, read from the source lazily. Never throws. */
export function spanDetails(trace: NormalizedTrace, index: number): SpanDetails | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= trace.spanCount) return undefined
  const source = asRecord(sourceSpan(trace, index)) ?? {}
  const read = trace.sourceKind === 'v1' ? v1Details(trace, source) : otlpDetails(trace, source)
  const scopeIndex = trace.scopeIndex[index] ?? -1
  return {
    index,
    spanId: trace.spanIds[index] ?? '',
    operation: trace.operations[trace.operationIndex[index] ?? 0] ?? '',
    service: trace.services[trace.serviceIndex[index] ?? 0] ?? '',
    startUs: trace.startUs[index] ?? 0,
    durationUs: trace.durationUs[index] ?? 0,
    ...read,
    process: trace.processes[trace.processIndex[index] ?? 0],
    scope: scopeIndex >= 0 ? trace.scopes[scopeIndex] : undefined,
    flags: flagNames(trace.flags[index] ?? 0),
    ...wordedWarnings([...(trace.spanWarnings.get(index) ?? []), ...read.warnings]),
  }
}

import type { ParentCandidate, TraceAccumulator } from './accumulator'
import { addProcess, addSpan, addSpanWarning, newAccumulator } from './accumulator'
import { idText, otlpIdToDisplay } from './ids'
import type { Tag, TraceFormat, TraceScope } from './model'
import { SpanFlag } from './model'
import { asArray, asRecord, otlpAttributes, otlpErrorReason } from './tags'
import { type TraceWarning } from './warnings'
import { msg } from '../../i18n/messages'

const UNKNOWN_SERVICE = 'unknown_service'

/**
 * Nanoseconds (proto3 JSON writes uint64 as a decimal string) to whole microseconds, truncated.
 * Long strings are cut before conversion so the microsecond part stays exact in a float64.
 * Missing means 0 (proto3 omits defaults); unreadable gives undefined.
 */
export function nanosToMicros(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0
  if (typeof value === 'number')
    return Number.isFinite(value) ? Math.trunc(value / 1000) : undefined
  if (typeof value !== 'string' || !isDigits(value)) return undefined
  if (value.length <= 15) return Math.trunc(Number(value) / 1000)
  return Number(value.slice(0, -3))
}

/** A plain loop: this runs twice per span, and a regex test costs more than the digits. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
}

export interface ResourceInfo {
  process: { serviceName: string; tags: Tag[] }
  hasServiceName: boolean
  /** Process index of this resource in each trace it has spans in. */
  processIn: Map<TraceAccumulator, number>
}

export interface ScopeInfo {
  scope: TraceScope
  scopeIn: Map<TraceAccumulator, number>
}

export interface OtlpReader {
  traces: Map<string, TraceAccumulator>
  format: TraceFormat
  /** Display form per raw trace ID: trace IDs repeat on every span and link. */
  traceIds: Map<string, string>
  base64Traces: Set<TraceAccumulator>
}

function displayTraceId(reader: OtlpReader, raw: string): string {
  let id = reader.traceIds.get(raw)
  if (id === undefined) reader.traceIds.set(raw, (id = otlpIdToDisplay(raw).id))
  return id
}

function displaySpanId(reader: OtlpReader, raw: string, acc: TraceAccumulator): string {
  const { id, wasBase64 } = otlpIdToDisplay(raw)
  if (wasBase64) reader.base64Traces.add(acc)
  return id
}

function traceFor(reader: OtlpReader, rawTraceId: string): TraceAccumulator {
  const traceId = displayTraceId(reader, rawTraceId)
  let acc = reader.traces.get(traceId)
  if (!acc) {
    acc = newAccumulator(traceId, reader.format, 'otlp')
    reader.traces.set(traceId, acc)
    if (traceId !== rawTraceId) reader.base64Traces.add(acc)
  }
  return acc
}

function refKind(link: Record<string, unknown>): 'child_of' | 'follows_from' | undefined {
  for (const attribute of otlpAttributes(link.attributes)) {
    if (attribute.key !== 'opentracing.ref_type') continue
    if (attribute.value === 'child_of' || attribute.value === 'follows_from') return attribute.value
  }
  return undefined
}

/**
 * parentSpanId is the tree edge; without one, a link typed child_of or follows_from (as Jaeger
 * writes converted references) stands in. Links to other traces never move a span.
 */
function otlpParents(reader: OtlpReader, span: Record<string, unknown>, acc: TraceAccumulator) {
  const parentRaw = idText(span.parentSpanId)
  let parents: ParentCandidate[] | undefined
  if (parentRaw) parents = [{ id: displaySpanId(reader, parentRaw, acc), followsFrom: false }]
  let external = false
  const links = span.links
  if (!Array.isArray(links) || links.length === 0) return { parents, external }
  for (const item of links) {
    const link = asRecord(item)
    if (!link) continue
    if (displayTraceId(reader, idText(link.traceId) ?? '') !== acc.traceId) {
      external = true
      continue
    }
    const kind = refKind(link)
    const spanId = idText(link.spanId)
    if (!parentRaw && kind && spanId) {
      const candidate = {
        id: displaySpanId(reader, spanId, acc),
        followsFrom: kind === 'follows_from',
      }
      ;(parents ??= []).push(candidate)
    }
  }
  return { parents, external }
}

/** Start and duration in µs, with any problem worth a warning added to `problems`. */
function spanTimes(span: Record<string, unknown>, problems: TraceWarning[]) {
  let startUs = nanosToMicros(span.startTimeUnixNano)
  let endUs = nanosToMicros(span.endTimeUnixNano)
  if (startUs === undefined) problems.push(msg('msgTraces:spanWarning.startUnreadable'))
  if (endUs === undefined) problems.push(msg('msgTraces:spanWarning.endUnreadable'))
  startUs ??= 0
  endUs ??= startUs
  if (endUs < startUs) problems.push(msg('msgTraces:spanWarning.endsBeforeStart'))
  return { startUs, durationUs: Math.max(0, endUs - startUs) }
}

/** This resource's and scope's index in the trace's lists, added on first use. */
function processAndScope(acc: TraceAccumulator, resource: ResourceInfo, scope: ScopeInfo) {
  let processIndex = resource.processIn.get(acc)
  if (processIndex === undefined)
    resource.processIn.set(acc, (processIndex = processFor(acc, resource)))
  let scopeIndex = scope.scopeIn.get(acc)
  if (scopeIndex === undefined)
    scope.scopeIn.set(acc, (scopeIndex = acc.scopes.push(scope.scope) - 1))
  return { processIndex, scopeIndex }
}

export function readOtlpSpan(
  reader: OtlpReader,
  span: Record<string, unknown>,
  resource: ResourceInfo,
  scope: ScopeInfo,
) {
  const acc = traceFor(reader, idText(span.traceId) ?? '')
  const problems: TraceWarning[] = []
  const rawSpanId = idText(span.spanId)
  if (rawSpanId === undefined) problems.push(msg('msgTraces:spanWarning.noSpanIdOtlp'))
  const { parents, external } = otlpParents(reader, span, acc)
  let flags = external ? SpanFlag.ExternalReferences : 0
  if (otlpErrorReason(span)) flags |= SpanFlag.Error
  const spanId =
    rawSpanId === undefined
      ? `(no span ID #${acc.spanIds.length})`
      : displaySpanId(reader, rawSpanId, acc)
  const { startUs, durationUs } = spanTimes(span, problems)
  const { processIndex, scopeIndex } = processAndScope(acc, resource, scope)
  const index = addSpan(acc, {
    spanId,
    operation: typeof span.name === 'string' ? span.name : '(no operation name)',
    processIndex,
    scopeIndex,
    startUs,
    durationUs,
    flags,
    parents,
    source: span,
  })
  for (const problem of problems) addSpanWarning(acc, index, problem)
}

// One object, so a trace says it once however many resources lack the name.
const NO_SERVICE_NAME = msg('msgTraces:warning.noServiceName', { service: UNKNOWN_SERVICE })

function processFor(acc: TraceAccumulator, resource: ResourceInfo): number {
  if (!resource.hasServiceName && !acc.warnings.includes(NO_SERVICE_NAME)) {
    acc.warnings.push(NO_SERVICE_NAME)
  }
  return addProcess(acc, resource.process)
}

export function resourceInfo(raw: unknown): ResourceInfo {
  const attributes = otlpAttributes(asRecord(raw)?.attributes)
  const name = attributes.find((tag) => tag.key === 'service.name')?.value
  const hasServiceName = typeof name === 'string' && name !== ''
  const serviceName = hasServiceName ? name : UNKNOWN_SERVICE
  const tags = attributes.filter((tag) => tag.key !== 'service.name')
  return { process: { serviceName, tags }, hasServiceName, processIn: new Map() }
}

export function scopeInfo(scopeSpans: Record<string, unknown>): ScopeInfo {
  // Collectors before OTLP 0.19 wrote instrumentationLibrary instead of scope.
  const raw = asRecord(scopeSpans.scope) ?? asRecord(scopeSpans.instrumentationLibrary) ?? {}
  const scope: TraceScope = {
    name: typeof raw.name === 'string' ? raw.name : '',
    version: typeof raw.version === 'string' ? raw.version : '',
    attributes: otlpAttributes(raw.attributes),
  }
  return { scope, scopeIn: new Map() }
}

export function readResourceSpans(reader: OtlpReader, raw: unknown): void {
  const resourceSpans = asRecord(raw)
  if (!resourceSpans) return
  const resource = resourceInfo(resourceSpans.resource)
  const scopeList = resourceSpans.scopeSpans ?? resourceSpans.instrumentationLibrarySpans
  for (const item of asArray(scopeList)) {
    const scopeSpans = asRecord(item)
    if (!scopeSpans) continue
    const scope = scopeInfo(scopeSpans)
    for (const spanItem of asArray(scopeSpans.spans)) {
      const span = asRecord(spanItem)
      if (span) readOtlpSpan(reader, span, resource, scope)
    }
  }
}

export function beginOtlp(format: TraceFormat): OtlpReader {
  return { traces: new Map(), format, traceIds: new Map(), base64Traces: new Set() }
}

export function endOtlp(reader: OtlpReader): TraceAccumulator[] {
  for (const acc of reader.base64Traces) {
    acc.warnings.push(msg('msgTraces:warning.base64Ids'))
  }
  return [...reader.traces.values()]
}

/** On `resourceSpans` arrays the fast path has already read span by span: the traces. */
export const READ_TRACES = Symbol('read traces')

/**
 * OTLP TracesData objects (`{resourceSpans}`: one per file, v3 answer or NDJSON line). Spans are
 * grouped by trace ID across all of them, so one trace split over lines becomes one trace.
 */
export function readOtlp(
  tracesData: readonly Record<string, unknown>[],
  format: TraceFormat,
): TraceAccumulator[] {
  const only = tracesData.length === 1 ? tracesData[0]?.resourceSpans : undefined
  const alreadyRead = (only as { [READ_TRACES]?: OtlpReader } | undefined)?.[READ_TRACES]
  if (alreadyRead?.format === format) return endOtlp(alreadyRead)
  const reader = beginOtlp(format)
  for (const data of tracesData) {
    for (const resourceSpans of asArray(data.resourceSpans)) {
      readResourceSpans(reader, resourceSpans)
    }
  }
  return endOtlp(reader)
}

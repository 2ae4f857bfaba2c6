import { packHexId } from './id-index'
import type { SourceMarked } from './source-range'
import { SOURCE_END, SOURCE_START } from './source-range'
import type { TraceFormat, TraceProcess, TraceScope } from './model'
import { SpanFlag } from './model'
import type { TraceWarning } from './warnings'

/** A parent a span declares in its own trace, in order of preference (CHILD_OF first). */
export interface ParentCandidate {
  id: string
  followsFrom: boolean
}

/**
 * Spans of one trace as the format readers collect them, before the tree is built. Plain growable
 * arrays: the readers push, `buildTrace` turns them into typed arrays once.
 */
export interface TraceAccumulator {
  traceId: string
  format: TraceFormat
  sourceKind: 'v1' | 'otlp'
  spanIds: string[]
  operationIndex: number[]
  processIndex: number[]
  scopeIndex: number[]
  startUs: number[]
  durationUs: number[]
  flags: number[]
  /** Span IDs packed while the strings are in cache (see packHexId); length -1 if not packable. */
  idHigh: number[]
  idLow: number[]
  idLength: number[]
  /** First declared in-trace parent, or undefined for a span that declares none. */
  parentId: (string | undefined)[]
  /** That parent ID packed like the span IDs. */
  parentHigh: number[]
  parentLow: number[]
  parentLength: number[]
  /** Further candidates, for the rare span declaring several in-trace parents. */
  extraParents: Map<number, ParentCandidate[]>
  /** Source objects of spans read through JSON.parse. */
  sourceSpans: unknown[]
  /** Or, for spans of the fast path: [start, end) pairs into the payload text. */
  sourceRanges: number[]
  spanWarnings: Map<number, TraceWarning[]>
  operations: string[]
  operationLookup: Map<string, number>
  services: string[]
  serviceLookup: Map<string, number>
  processes: TraceProcess[]
  scopes: TraceScope[]
  warnings: TraceWarning[]
}

export function newAccumulator(
  traceId: string,
  format: TraceFormat,
  sourceKind: 'v1' | 'otlp',
): TraceAccumulator {
  return {
    traceId,
    format,
    sourceKind,
    spanIds: [],
    operationIndex: [],
    processIndex: [],
    scopeIndex: [],
    startUs: [],
    durationUs: [],
    flags: [],
    idHigh: [],
    idLow: [],
    idLength: [],
    parentId: [],
    parentHigh: [],
    parentLow: [],
    parentLength: [],
    extraParents: new Map(),
    sourceSpans: [],
    sourceRanges: [],
    spanWarnings: new Map(),
    operations: [],
    operationLookup: new Map(),
    services: [],
    serviceLookup: new Map(),
    processes: [],
    scopes: [],
    warnings: [],
  }
}

export interface SpanFields {
  spanId: string
  operation: string
  processIndex: number
  scopeIndex: number
  startUs: number
  durationUs: number
  flags: number
  parents: ParentCandidate[] | undefined
  source: unknown
}

export function internOperation(acc: TraceAccumulator, name: string): number {
  let index = acc.operationLookup.get(name)
  if (index === undefined) {
    index = acc.operations.length
    acc.operations.push(name)
    acc.operationLookup.set(name, index)
  }
  return index
}

function internService(acc: TraceAccumulator, name: string): number {
  let index = acc.serviceLookup.get(name)
  if (index === undefined) {
    index = acc.services.length
    acc.services.push(name)
    acc.serviceLookup.set(name, index)
  }
  return index
}

export function addProcess(acc: TraceAccumulator, process: Omit<TraceProcess, 'serviceIndex'>) {
  acc.processes.push({ ...process, serviceIndex: internService(acc, process.serviceName) })
  return acc.processes.length - 1
}

export function addSpanWarning(acc: TraceAccumulator, span: number, warning: TraceWarning): void {
  const list = acc.spanWarnings.get(span)
  if (list) list.push(warning)
  else acc.spanWarnings.set(span, [warning])
  acc.flags[span] = (acc.flags[span] ?? 0) | SpanFlag.HasWarnings
}

const packed = new Int32Array(2)

function pushPacked(id: string | undefined, high: number[], low: number[], length: number[]) {
  const packedLength = id === undefined ? -1 : packHexId(id, packed)
  high.push(packedLength < 0 ? 0 : (packed[0] ?? 0))
  low.push(packedLength < 0 ? 0 : (packed[1] ?? 0))
  length.push(packedLength)
}

/** Appends one span; returns its index. */
export function addSpan(acc: TraceAccumulator, span: SpanFields): number {
  const index = acc.spanIds.length
  acc.spanIds.push(span.spanId)
  pushPacked(span.spanId, acc.idHigh, acc.idLow, acc.idLength)
  acc.operationIndex.push(internOperation(acc, span.operation))
  acc.processIndex.push(span.processIndex)
  acc.scopeIndex.push(span.scopeIndex)
  acc.startUs.push(span.startUs)
  acc.durationUs.push(span.durationUs)
  acc.flags.push(span.flags)
  const marked = span.source as SourceMarked
  const sourceStart = marked[SOURCE_START]
  if (sourceStart === undefined) acc.sourceSpans.push(span.source)
  else acc.sourceRanges.push(sourceStart, marked[SOURCE_END] ?? sourceStart)
  const first = span.parents?.[0]
  acc.parentId.push(first?.id)
  pushPacked(first?.id, acc.parentHigh, acc.parentLow, acc.parentLength)
  if (first) {
    if (first.followsFrom) acc.flags[index] = span.flags | SpanFlag.FollowsFrom
    if (span.parents && span.parents.length > 1) acc.extraParents.set(index, span.parents.slice(1))
  }
  return index
}

/**
 * Reads a time or duration field: numbers as they are, numeric strings (some exporters quote
 * them) converted. Returns undefined for anything else so the caller can warn.
 */
export function numberField(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value)
    return Number.isFinite(number) ? number : undefined
  }
  return undefined
}

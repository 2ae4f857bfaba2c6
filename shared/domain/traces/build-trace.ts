import type { TraceAccumulator } from './accumulator'
import { addSpanWarning } from './accumulator'
import type { SpanIdIndex } from './id-index'
import { indexSpanIdsByValue } from './id-index'
import { canonicalId } from './ids'
import type { NormalizedTrace } from './model'
import { SpanFlag } from './model'
import { buildTree } from './tree'
import { wordedWarnings, type TraceWarning } from './warnings'
import { msg } from '../../i18n/messages'

const LATEST_EXACT_US = Number.MAX_SAFE_INTEGER

/** Span index by exact ID (first occurrence wins); duplicates flagged and warned on both sides. */
function indexSpanIds(acc: TraceAccumulator): SpanIdIndex {
  const packed = { high: acc.idHigh, low: acc.idLow, length: acc.idLength }
  const index = indexSpanIdsByValue(acc.spanIds, packed)
  for (const [id, spans] of index.duplicates) {
    for (const span of spans) {
      acc.flags[span] = (acc.flags[span] ?? 0) | SpanFlag.DuplicateId
      const n = spans.length
      addSpanWarning(acc, span, msg('msgTraces:spanWarning.duplicateId', { id, n, count: n }))
    }
  }
  const count = index.duplicates.size
  if (count > 0) {
    acc.warnings.push(msg('msgTraces:warning.duplicateIds', { n: count, count }))
  }
  return index
}

/**
 * Looks up an ID exactly, then by canonical hex form ("0AB" finds "ab"). Only spans whose own ID
 * is not canonical need a second table, built on the first miss: real traces rarely have any.
 */
function idFinder(acc: TraceAccumulator, byId: SpanIdIndex) {
  let nonCanonical: Map<string, number> | undefined
  return (id: string): number | undefined => {
    const exact = byId.get(id)
    if (exact !== undefined) return exact
    if (!nonCanonical) {
      nonCanonical = new Map()
      acc.spanIds.forEach((spanId, index) => {
        const key = canonicalId(spanId)
        if (key !== spanId && !nonCanonical?.has(key)) nonCanonical?.set(key, index)
      })
    }
    const key = canonicalId(id)
    const asWritten = byId.get(key)
    const rewritten = nonCanonical.get(key)
    if (asWritten === undefined || rewritten === undefined) return asWritten ?? rewritten
    return Math.min(asWritten, rewritten)
  }
}

function resolveParents(acc: TraceAccumulator, byId: SpanIdIndex): Int32Array {
  const count = acc.spanIds.length
  const parent = new Int32Array(count).fill(-1)
  const find = idFinder(acc, byId)
  let orphans = 0
  for (let span = 0; span < count; span++) {
    const firstId = acc.parentId[span]
    if (firstId === undefined) continue
    const flags = acc.flags[span] ?? 0
    const packedLength = acc.parentLength[span] ?? -1
    let found =
      packedLength >= 0
        ? byId.getPacked(acc.parentHigh[span] ?? 0, acc.parentLow[span] ?? 0, packedLength)
        : undefined
    found ??= find(firstId)
    let followsFrom = (flags & SpanFlag.FollowsFrom) !== 0
    const fallbacks = found === undefined ? acc.extraParents.get(span) : undefined
    for (const candidate of fallbacks ?? []) {
      found = find(candidate.id)
      followsFrom = candidate.followsFrom
      if (found !== undefined) break
    }
    if (found === undefined) {
      acc.flags[span] = (flags & ~SpanFlag.FollowsFrom) | SpanFlag.Orphan
      addSpanWarning(acc, span, msg('msgTraces:spanWarning.parentMissing', { id: firstId }))
      orphans++
      continue
    }
    parent[span] = found
    acc.flags[span] = followsFrom ? flags | SpanFlag.FollowsFrom : flags & ~SpanFlag.FollowsFrom
  }
  if (orphans > 0) {
    acc.warnings.push(msg('msgTraces:warning.orphans', { n: orphans, count: orphans }))
  }
  return parent
}

/**
 * A parent chain that loops (A's parent is B, B's is A, or a span its own parent) has no root to
 * start the waterfall from: cut each loop at the span where the walk closed it.
 */
function cutParentCycles(acc: TraceAccumulator, parent: Int32Array): void {
  const state = new Uint8Array(parent.length) // 0 unseen, 1 on the current walk, 2 done
  const walk = new Int32Array(parent.length)
  for (let start = 0; start < parent.length; start++) {
    let length = 0
    let span = start
    while (span !== -1 && state[span] === 0) {
      state[span] = 1
      walk[length++] = span
      span = parent[span] ?? -1
    }
    if (span !== -1 && state[span] === 1) {
      parent[span] = -1
      acc.flags[span] = ((acc.flags[span] ?? 0) | SpanFlag.ParentCycle) & ~SpanFlag.FollowsFrom
      addSpanWarning(acc, span, msg('msgTraces:spanWarning.parentLoop'))
    }
    for (let i = 0; i < length; i++) state[walk[i] ?? 0] = 2
  }
}

/** A child outside its parent is shown as recorded and flagged; FOLLOWS_FROM may outlive its parent. */
function flagOutsideParent(trace: NormalizedTrace): number {
  const { parent, startUs, durationUs, flags } = trace
  let flagged = 0
  for (let span = 0; span < parent.length; span++) {
    const up = parent[span] ?? -1
    if (up < 0) continue
    const start = startUs[span] ?? 0
    const parentStart = startUs[up] ?? 0
    let bits = start < parentStart ? SpanFlag.StartsBeforeParent : 0
    const followsFrom = ((flags[span] ?? 0) & SpanFlag.FollowsFrom) !== 0
    const end = start + (durationUs[span] ?? 0)
    if (!followsFrom && end > parentStart + (durationUs[up] ?? 0)) bits |= SpanFlag.EndsAfterParent
    if (bits !== 0) {
      flags[span] = (flags[span] ?? 0) | bits
      flagged++
    }
  }
  return flagged
}

function traceBounds(startUs: Float64Array, durationUs: Float64Array) {
  let first = Infinity
  let last = -Infinity
  for (let span = 0; span < startUs.length; span++) {
    const start = startUs[span] ?? 0
    first = Math.min(first, start)
    last = Math.max(last, start + (durationUs[span] ?? 0))
  }
  if (startUs.length === 0) return { traceStartUs: 0, traceEndUs: 0 }
  return { traceStartUs: first, traceEndUs: last }
}

function serviceOfSpans(acc: TraceAccumulator): Int32Array {
  const serviceOfProcess = acc.processes.map((process) => process.serviceIndex)
  const services = new Int32Array(acc.processIndex.length)
  for (let span = 0; span < services.length; span++) {
    services[span] = serviceOfProcess[acc.processIndex[span] ?? 0] ?? 0
  }
  return services
}

/** Turns collected spans into the normalized trace: parents, tree, display order, flags. */
export function buildTrace(acc: TraceAccumulator): NormalizedTrace {
  const byId = indexSpanIds(acc)
  const parent = resolveParents(acc, byId)
  cutParentCycles(acc, parent)
  const startUs = Float64Array.from(acc.startUs)
  const durationUs = Float64Array.from(acc.durationUs)
  const tree = buildTree(parent, startUs)
  const { traceStartUs, traceEndUs } = traceBounds(startUs, durationUs)
  const trace: NormalizedTrace = {
    traceId: acc.traceId,
    format: acc.format,
    spanCount: acc.spanIds.length,
    spanIds: acc.spanIds,
    operations: acc.operations,
    operationIndex: Int32Array.from(acc.operationIndex),
    services: acc.services,
    serviceIndex: serviceOfSpans(acc),
    processes: acc.processes,
    processIndex: Int32Array.from(acc.processIndex),
    scopes: acc.scopes,
    scopeIndex: Int32Array.from(acc.scopeIndex),
    startUs,
    durationUs,
    parent,
    flags: Uint16Array.from(acc.flags),
    ...tree,
    traceStartUs,
    traceEndUs,
    traceDurationUs: traceEndUs - traceStartUs,
    warnings: [],
    warningTexts: [],
    spanWarnings: acc.spanWarnings,
    sources:
      acc.sourceRanges.length > 0
        ? // The fast path fills in the payload text (see parse.ts); ranges point into it.
          { kind: 'text', windows: [], ranges: Float64Array.from(acc.sourceRanges) }
        : { kind: 'objects', spans: acc.sourceSpans },
    sourceKind: acc.sourceKind,
  }
  const warnings: TraceWarning[] = [...acc.warnings]
  const outside = flagOutsideParent(trace)
  if (outside > 0) {
    warnings.push(msg('msgTraces:warning.outsideParent', { n: outside, count: outside }))
  }
  if (traceEndUs > LATEST_EXACT_US) warnings.push(msg('msgTraces:warning.after2255'))
  return Object.assign(trace, wordedWarnings(warnings))
}

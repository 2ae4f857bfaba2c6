import type { NormalizedTrace } from './model'
import { SpanFlag } from './model'

/** A stretch of time during which this span, not any of its children, held up its root. */
export interface CriticalSegment {
  span: number
  /** The root whose finish this segment explains. */
  root: number
  startUs: number
  endUs: number
}

export interface CriticalPath {
  /** Every root tree's path, root by root (roots in start order), each in time order. */
  segments: CriticalSegment[]
  /** Per span: µs it spends on the critical path (0 when off it). */
  criticalUs: Float64Array
  /** The root that finishes last (ties: the longest); -1 for an empty trace. */
  mainRoot: number
}

/**
 * Span intervals clipped to their parent's clipped interval, as Jaeger UI's critical path does
 * before walking: a child running past its parent cannot hold the parent up beyond its end.
 * FOLLOWS_FROM children and children wholly outside their parent get NaN: they are not candidates.
 */
function clippedIntervals(trace: NormalizedTrace) {
  const { startUs, durationUs, parent, flags, displayOrder } = trace
  const start = new Float64Array(trace.spanCount)
  const end = new Float64Array(trace.spanCount)
  for (const span of displayOrder) {
    const up = parent[span] ?? -1
    const ownStart = startUs[span] ?? 0
    const ownEnd = ownStart + (durationUs[span] ?? 0)
    if (up < 0) {
      start[span] = ownStart
      end[span] = ownEnd
      continue
    }
    const clippedStart = Math.max(ownStart, start[up] ?? NaN)
    const clippedEnd = Math.min(ownEnd, end[up] ?? NaN)
    const followsFrom = ((flags[span] ?? 0) & SpanFlag.FollowsFrom) !== 0
    const usable = !followsFrom && clippedEnd > clippedStart
    start[span] = usable ? clippedStart : NaN
    end[span] = usable ? clippedEnd : NaN
  }
  return { start, end }
}

/** Candidate children of a span, latest clipped end first. */
function childrenByEnd(trace: NormalizedTrace, span: number, end: Float64Array): Int32Array {
  const from = trace.childOffsets[span] ?? 0
  const to = trace.childOffsets[span + 1] ?? 0
  const candidates: number[] = []
  for (let c = from; c < to; c++) {
    const child = trace.children[c] ?? 0
    if (!Number.isNaN(end[child] ?? NaN)) candidates.push(child)
  }
  candidates.sort((a, b) => (end[b] ?? 0) - (end[a] ?? 0) || a - b)
  return Int32Array.from(candidates)
}

interface Walk {
  trace: NormalizedTrace
  start: Float64Array
  end: Float64Array
  kids: (Int32Array | undefined)[]
  /** Per span: how far its `kids` list has been consumed; never rewinds, so the walk ends. */
  cursor: Int32Array
  segments: CriticalSegment[]
  criticalUs: Float64Array
  root: number
}

function addSegment(walk: Walk, span: number, startUs: number, endUs: number): void {
  if (endUs <= startUs) return
  walk.segments.push({ span, root: walk.root, startUs, endUs })
  walk.criticalUs[span] = (walk.criticalUs[span] ?? 0) + endUs - startUs
}

/**
 * Walks back from the root's end: the last child to finish before the current boundary held the
 * span up, so the gap after it is the span's own; descend into that child, and when a span has no
 * earlier child left, its remaining time is its own and the walk returns to its parent with the
 * boundary at that span's start. A child ending exactly at the boundary counts (back-to-back
 * siblings stay on the path), which Jaeger UI's strict comparison misses.
 */
function walkFromRoot(walk: Walk, root: number): void {
  const firstSegment = walk.segments.length
  walk.root = root
  let span = root
  let boundary = walk.end[root] ?? 0
  for (;;) {
    const kids = (walk.kids[span] ??= childrenByEnd(walk.trace, span, walk.end))
    let next = walk.cursor[span] ?? 0
    while (next < kids.length && (walk.end[kids[next] ?? 0] ?? 0) > boundary) next++
    walk.cursor[span] = next + 1
    const child = kids[next]
    if (child !== undefined) {
      addSegment(walk, span, walk.end[child] ?? 0, boundary)
      span = child
      boundary = walk.end[child] ?? 0
      continue
    }
    addSegment(walk, span, walk.start[span] ?? 0, boundary)
    if (span === root) break
    boundary = walk.start[span] ?? 0
    span = walk.trace.parent[span] ?? root
  }
  const ownSegments = walk.segments.splice(firstSegment).reverse()
  walk.segments.push(...ownSegments)
}

function latestFinishingRoot(trace: NormalizedTrace): number {
  let best = -1
  for (const root of trace.roots) {
    const end = (trace.startUs[root] ?? 0) + (trace.durationUs[root] ?? 0)
    const bestEnd =
      best < 0 ? -Infinity : (trace.startUs[best] ?? 0) + (trace.durationUs[best] ?? 0)
    const longer = (trace.durationUs[root] ?? 0) > (trace.durationUs[best] ?? 0)
    if (end > bestEnd || (end === bestEnd && longer)) best = root
  }
  return best
}

/** The chain of spans that determined when each root finished (Jaeger UI's algorithm). */
export function criticalPath(trace: NormalizedTrace): CriticalPath {
  const { start, end } = clippedIntervals(trace)
  const walk: Walk = {
    trace,
    start,
    end,
    kids: new Array<Int32Array | undefined>(trace.spanCount),
    cursor: new Int32Array(trace.spanCount),
    segments: [],
    criticalUs: new Float64Array(trace.spanCount),
    root: -1,
  }
  for (const root of trace.roots) walkFromRoot(walk, root)
  return {
    segments: walk.segments,
    criticalUs: walk.criticalUs,
    mainRoot: latestFinishingRoot(trace),
  }
}

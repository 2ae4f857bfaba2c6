import type { NormalizedTrace } from './model'
import { SpanFlag } from './model'

export interface SkewAdjustment {
  /** Per span: adjusted absolute start, µs. Durations never change. */
  startUs: Float64Array
  /** Per span: how far it was moved (it and its subtree move together), µs. */
  shiftUs: Float64Array
  /** Spans whose own position was corrected (their descendants move along but are not counted). */
  adjustedSpans: number
}

/**
 * Start times corrected for clock skew, for the "adjust for clock skew" view; the trace itself
 * stays as recorded. Follows Jaeger's adjuster: only a CHILD_OF child in another process (another
 * clock) that lies outside its parent is moved: centred in the parent when it fits, aligned to
 * the parent's start when it is longer. The move carries its whole subtree. Spans of the same
 * process share a clock, so their overhang is real (un-awaited work) and is left alone.
 */
export function adjustClockSkew(trace: NormalizedTrace): SkewAdjustment {
  const { parent, processIndex, durationUs, flags } = trace
  const startUs = Float64Array.from(trace.startUs)
  const shiftUs = new Float64Array(trace.spanCount)
  let adjustedSpans = 0
  for (const span of trace.displayOrder) {
    const up = parent[span] ?? -1
    if (up < 0) continue
    const inherited = shiftUs[up] ?? 0
    let start = (startUs[span] ?? 0) + inherited
    const duration = durationUs[span] ?? 0
    const parentStart = startUs[up] ?? 0
    const parentDuration = durationUs[up] ?? 0
    const followsFrom = ((flags[span] ?? 0) & SpanFlag.FollowsFrom) !== 0
    const otherClock = processIndex[span] !== processIndex[up]
    const outside = start < parentStart || start + duration > parentStart + parentDuration
    if (!followsFrom && otherClock && outside) {
      start =
        duration <= parentDuration ? parentStart + (parentDuration - duration) / 2 : parentStart
      adjustedSpans++
    }
    shiftUs[span] = start - (trace.startUs[span] ?? 0)
    startUs[span] = start
  }
  return { startUs, shiftUs, adjustedSpans }
}

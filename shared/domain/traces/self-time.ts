import type { NormalizedTrace } from './model'

/**
 * Time each span spent outside its children: its duration minus the union of its children's
 * intervals, each clipped to the span (concurrent children are merged, not summed, and a child
 * running past its parent only counts while the parent runs). Children come sorted by start, so
 * one pass per span merges them.
 */
export function selfTimes(trace: NormalizedTrace): Float64Array {
  const { startUs, durationUs, childOffsets, children } = trace
  const self = new Float64Array(trace.spanCount)
  for (let span = 0; span < trace.spanCount; span++) {
    const spanStart = startUs[span] ?? 0
    const spanEnd = spanStart + (durationUs[span] ?? 0)
    let covered = 0
    let runStart = 0
    let runEnd = -Infinity
    const to = childOffsets[span + 1] ?? 0
    for (let c = childOffsets[span] ?? 0; c < to; c++) {
      const child = children[c] ?? 0
      const childStart = Math.max(startUs[child] ?? 0, spanStart)
      const childEnd = Math.min((startUs[child] ?? 0) + (durationUs[child] ?? 0), spanEnd)
      if (childEnd <= childStart) continue
      if (childStart > runEnd) {
        if (runEnd > runStart) covered += runEnd - runStart
        runStart = childStart
        runEnd = childEnd
      } else if (childEnd > runEnd) {
        runEnd = childEnd
      }
    }
    if (runEnd > runStart) covered += runEnd - runStart
    self[span] = (durationUs[span] ?? 0) - covered
  }
  return self
}

// What the waterfall needs beyond the normalized columns, computed once wherever the trace was
// parsed (the backend for Jaeger answers and pinned traces, the renderer's worker for files).
import type { TraceAnalysis } from './traces/analyze'
import { OUTSIDE_PARENT, type NormalizedTrace } from './traces/model'
import { adjustClockSkew } from './traces/skew'

/** Operations beyond this many are left out of the totals table (largest self time kept). */
export const MAX_OPERATION_ROWS = 500

/** The critical path as float64 triples [span, startUs, endUs]. */
export function criticalSegmentTriples(analysis: TraceAnalysis): Float64Array {
  const { segments } = analysis.criticalPath
  const flat = new Float64Array(segments.length * 3)
  segments.forEach((segment, index) => {
    flat[index * 3] = segment.span
    flat[index * 3 + 1] = segment.startUs
    flat[index * 3 + 2] = segment.endUs
  })
  return flat
}

/** Skew-adjusted start times, only when some span lies outside its parent (most traces: none). */
export function skewAdjustedStarts(trace: NormalizedTrace): {
  startUs: Float64Array | null
  adjustedSpans: number
} {
  const anyOutside = trace.flags.some((flags) => (flags & OUTSIDE_PARENT) !== 0)
  if (!anyOutside) return { startUs: null, adjustedSpans: 0 }
  const adjustment = adjustClockSkew(trace)
  if (adjustment.adjustedSpans === 0) return { startUs: null, adjustedSpans: 0 }
  return { startUs: adjustment.startUs, adjustedSpans: adjustment.adjustedSpans }
}

// A normalized trace and its analysis as the renderer receives them: typed arrays as base64, so
// a 100,000-span trace crosses the bridge as a few MB of columns, parsed once in the backend.
import type { TraceOrigin, TraceSummary, TraceView } from '../../../shared/contract/traces'
import {
  adjustClockSkew,
  OUTSIDE_PARENT,
  type NormalizedTrace,
  type TraceAnalysis,
} from '../../../shared/domain/traces'

/** Operations beyond this many are left out of the totals table (largest self time kept). */
const MAX_OPERATION_ROWS = 500

type Column = Int32Array | Float64Array | Uint16Array

export function encodeColumn(column: Column): string {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength).toString('base64')
}

function criticalSegments(analysis: TraceAnalysis): Float64Array {
  const { segments } = analysis.criticalPath
  const flat = new Float64Array(segments.length * 3)
  segments.forEach((segment, index) => {
    flat[index * 3] = segment.span
    flat[index * 3 + 1] = segment.startUs
    flat[index * 3 + 2] = segment.endUs
  })
  return flat
}

/** Skew-adjusted start times, only when a span lies outside its parent (most traces: none). */
function skewAdjustment(trace: NormalizedTrace) {
  const anyOutside = trace.flags.some((flags) => (flags & OUTSIDE_PARENT) !== 0)
  if (!anyOutside) return { adjustedStartUs: null, adjustedSpans: 0 }
  const adjustment = adjustClockSkew(trace)
  if (adjustment.adjustedSpans === 0) return { adjustedStartUs: null, adjustedSpans: 0 }
  return {
    adjustedStartUs: encodeColumn(adjustment.startUs),
    adjustedSpans: adjustment.adjustedSpans,
  }
}

export interface ViewParts {
  viewId: string
  trace: NormalizedTrace
  analysis: TraceAnalysis
  origin: TraceOrigin
  otherTraces: TraceSummary[]
}

export function toTraceView({
  viewId,
  trace,
  analysis,
  origin,
  otherTraces,
}: ViewParts): TraceView {
  return {
    viewId,
    traceId: trace.traceId,
    format: trace.format,
    origin,
    spanCount: trace.spanCount,
    traceStartUs: trace.traceStartUs,
    traceDurationUs: trace.traceDurationUs,
    services: trace.services,
    operations: trace.operations,
    spanIds: trace.spanIds,
    columns: {
      serviceIndex: encodeColumn(trace.serviceIndex),
      operationIndex: encodeColumn(trace.operationIndex),
      startUs: encodeColumn(trace.startUs),
      durationUs: encodeColumn(trace.durationUs),
      parent: encodeColumn(trace.parent),
      flags: encodeColumn(trace.flags),
      depth: encodeColumn(trace.depth),
      displayOrder: encodeColumn(trace.displayOrder),
      subtreeSize: encodeColumn(trace.subtreeSize),
      selfUs: encodeColumn(analysis.selfUs),
      criticalUs: encodeColumn(analysis.criticalPath.criticalUs),
    },
    criticalSegments: encodeColumn(criticalSegments(analysis)),
    mainRoot: analysis.criticalPath.mainRoot,
    ...skewAdjustment(trace),
    warnings: trace.warnings,
    summary: analysis.summary,
    errorCount: analysis.errorSpans.length,
    byService: analysis.byService,
    byOperation: analysis.byOperation.slice(0, MAX_OPERATION_ROWS),
    otherTraces,
  }
}

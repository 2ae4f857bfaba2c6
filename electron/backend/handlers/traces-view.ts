// A normalized trace and its analysis as the renderer receives them: typed arrays as base64, so
// a 100,000-span trace crosses the bridge as a few MB of columns, parsed once in the backend.
import type { TraceOrigin, TraceSummary, TraceView } from '../../../shared/contract/traces'
import {
  criticalSegmentTriples,
  MAX_OPERATION_ROWS,
  skewAdjustedStarts,
} from '../../../shared/domain/trace-view-parts'
import type { NormalizedTrace, TraceAnalysis } from '../../../shared/domain/traces'

type Column = Int32Array | Float64Array | Uint16Array

export function encodeColumn(column: Column): string {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength).toString('base64')
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
  const skew = skewAdjustedStarts(trace)
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
    criticalSegments: encodeColumn(criticalSegmentTriples(analysis)),
    mainRoot: analysis.criticalPath.mainRoot,
    adjustedStartUs: skew.startUs ? encodeColumn(skew.startUs) : null,
    adjustedSpans: skew.adjustedSpans,
    warnings: trace.warnings,
    warningTexts: trace.warningTexts,
    summary: analysis.summary,
    summaryText: analysis.summaryText,
    errorCount: analysis.errorSpans.length,
    byService: analysis.byService,
    byOperation: analysis.byOperation.slice(0, MAX_OPERATION_ROWS),
    otherTraces,
  }
}

// A TraceModel straight from a normalized trace, for traces parsed in the renderer's worker
// (imported files): the same fields the backend's base64 view decodes to.
import type { TraceOrigin, TraceSummary } from '../../../../../shared/contract/traces'
import {
  criticalSegmentTriples,
  MAX_OPERATION_ROWS,
  skewAdjustedStarts,
} from '../../../../../shared/domain/trace-view-parts'
import type { NormalizedTrace, TraceAnalysis } from '../../../../../shared/domain/traces'
import { groupCritical, type TraceModel } from '../trace-model'

export function modelFromTrace(
  trace: NormalizedTrace,
  analysis: TraceAnalysis,
  meta: { viewId: string; origin: TraceOrigin; otherTraces: TraceSummary[] },
): TraceModel {
  const critical = groupCritical(criticalSegmentTriples(analysis), trace.spanCount)
  const skew = skewAdjustedStarts(trace)
  return {
    ...meta,
    traceId: trace.traceId,
    format: trace.format,
    spanCount: trace.spanCount,
    traceStartUs: trace.traceStartUs,
    traceDurationUs: trace.traceDurationUs,
    services: trace.services,
    operations: trace.operations,
    spanIds: trace.spanIds,
    serviceIndex: trace.serviceIndex,
    operationIndex: trace.operationIndex,
    startUs: trace.startUs,
    durationUs: trace.durationUs,
    parent: trace.parent,
    flags: trace.flags,
    depth: trace.depth,
    displayOrder: trace.displayOrder,
    displayRow: trace.displayRow,
    subtreeSize: trace.subtreeSize,
    selfUs: analysis.selfUs,
    criticalUs: analysis.criticalPath.criticalUs,
    criticalOffsets: critical.offsets,
    criticalStretches: critical.stretches,
    mainRoot: analysis.criticalPath.mainRoot,
    adjustedStartUs: skew.startUs,
    adjustedSpans: skew.adjustedSpans,
    warnings: trace.warnings,
    summary: analysis.summary,
    errorCount: analysis.errorSpans.length,
    byService: analysis.byService,
    byOperation: analysis.byOperation.slice(0, MAX_OPERATION_ROWS),
    maxDepth: trace.depth.reduce((max, value) => Math.max(max, value), 0),
  }
}

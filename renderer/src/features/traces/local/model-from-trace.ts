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

/**
 * The model, in typed arrays of its own: the worker keeps its trace for details and search, and
 * these buffers are transferred to the page (see `transferList`) rather than copied twice.
 */
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
    serviceIndex: trace.serviceIndex.slice(),
    operationIndex: trace.operationIndex.slice(),
    startUs: trace.startUs.slice(),
    durationUs: trace.durationUs.slice(),
    parent: trace.parent.slice(),
    flags: trace.flags.slice(),
    depth: trace.depth.slice(),
    displayOrder: trace.displayOrder.slice(),
    displayRow: trace.displayRow.slice(),
    subtreeSize: trace.subtreeSize.slice(),
    selfUs: analysis.selfUs.slice(),
    criticalUs: analysis.criticalPath.criticalUs.slice(),
    criticalOffsets: critical.offsets,
    criticalStretches: critical.stretches,
    mainRoot: analysis.criticalPath.mainRoot,
    adjustedStartUs: skew.startUs?.slice() ?? null,
    adjustedSpans: skew.adjustedSpans,
    warnings: trace.warnings,
    warningTexts: trace.warningTexts,
    summary: analysis.summary,
    summaryText: analysis.summaryText,
    errorCount: analysis.errorSpans.length,
    byService: analysis.byService,
    byOperation: analysis.byOperation.slice(0, MAX_OPERATION_ROWS),
    maxDepth: trace.depth.reduce((max, value) => Math.max(max, value), 0),
  }
}

/** The buffers of a model's typed arrays, each its own (see `modelFromTrace`), to transfer. */
export function transferList(model: TraceModel): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const value of Object.values(model)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer)
  }
  return [...buffers]
}

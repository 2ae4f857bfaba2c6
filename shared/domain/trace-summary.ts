// A trace in one line of a list, for search results and files holding several traces.
import type { TraceSummary } from '../contract/traces'
import { SpanFlag, type NormalizedTrace } from './traces/model'

/** A trace in one line of a list: its root, size, services and failures. */
export function summarizeTrace(trace: NormalizedTrace): TraceSummary {
  const counts = trace.services.map((name) => ({ name, spanCount: 0, errorCount: 0 }))
  let errorCount = 0
  for (let span = 0; span < trace.spanCount; span++) {
    const entry = counts[trace.serviceIndex[span] ?? -1]
    const failed = ((trace.flags[span] ?? 0) & SpanFlag.Error) !== 0
    if (failed) errorCount++
    if (!entry) continue
    entry.spanCount++
    if (failed) entry.errorCount++
  }
  const root = trace.roots[0] ?? -1
  return {
    traceId: trace.traceId,
    startUs: trace.traceStartUs,
    durationUs: trace.traceDurationUs,
    spanCount: trace.spanCount,
    errorCount,
    rootService: root >= 0 ? (trace.services[trace.serviceIndex[root] ?? -1] ?? '') : '',
    rootOperation: root >= 0 ? (trace.operations[trace.operationIndex[root] ?? -1] ?? '') : '',
    services: counts
      .filter((entry) => entry.spanCount > 0)
      .sort((a, b) => b.spanCount - a.spanCount || a.name.localeCompare(b.name)),
  }
}

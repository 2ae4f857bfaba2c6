import type { NormalizedTrace } from './model'
import { SpanFlag } from './model'

/** Time spent by a group of spans (a service, or one operation of a service). */
export interface SpanGroupTotals {
  service: string
  /** Empty for service totals. */
  operation: string
  count: number
  totalUs: number
  selfUs: number
  maxUs: number
  errorCount: number
  /** Time on the critical path (all roots). */
  criticalUs: number
}

function emptyTotals(service: string, operation: string): SpanGroupTotals {
  return {
    service,
    operation,
    count: 0,
    totalUs: 0,
    selfUs: 0,
    maxUs: 0,
    errorCount: 0,
    criticalUs: 0,
  }
}

function addSpanTo(
  totals: SpanGroupTotals,
  trace: NormalizedTrace,
  span: number,
  selfUs: Float64Array,
  criticalUs: Float64Array,
): void {
  const duration = trace.durationUs[span] ?? 0
  totals.count++
  totals.totalUs += duration
  totals.selfUs += selfUs[span] ?? 0
  totals.criticalUs += criticalUs[span] ?? 0
  if (duration > totals.maxUs) totals.maxUs = duration
  if (((trace.flags[span] ?? 0) & SpanFlag.Error) !== 0) totals.errorCount++
}

const bySelfTime = (a: SpanGroupTotals, b: SpanGroupTotals) =>
  b.selfUs - a.selfUs || b.totalUs - a.totalUs || a.service.localeCompare(b.service)

/** Totals per service and per (service, operation), largest self time first. */
export function spanTotals(
  trace: NormalizedTrace,
  selfUs: Float64Array,
  criticalUs: Float64Array,
): { byService: SpanGroupTotals[]; byOperation: SpanGroupTotals[] } {
  const byService = trace.services.map((service) => emptyTotals(service, ''))
  const byOperation = new Map<number, SpanGroupTotals>()
  const operationCount = trace.operations.length
  for (let span = 0; span < trace.spanCount; span++) {
    const service = trace.serviceIndex[span] ?? 0
    const operation = trace.operationIndex[span] ?? 0
    const serviceTotals = byService[service]
    if (serviceTotals) addSpanTo(serviceTotals, trace, span, selfUs, criticalUs)
    const key = service * operationCount + operation
    let operationTotals = byOperation.get(key)
    if (!operationTotals) {
      const name = trace.operations[operation] ?? ''
      operationTotals = emptyTotals(trace.services[service] ?? '', name)
      byOperation.set(key, operationTotals)
    }
    addSpanTo(operationTotals, trace, span, selfUs, criticalUs)
  }
  return {
    byService: byService.filter((totals) => totals.count > 0).sort(bySelfTime),
    byOperation: [...byOperation.values()].sort(bySelfTime),
  }
}

import type { CriticalPath } from './critical-path'
import { criticalPath } from './critical-path'
import type { NormalizedTrace } from './model'
import { SpanFlag } from './model'
import { selfTimes } from './self-time'
import { englishText } from '../../i18n/english'
import type { Message } from '../../i18n/messages'
import { timeSummaryText } from './summary'
import type { SpanGroupTotals } from './totals'
import { spanTotals } from './totals'

export interface TraceAnalysis {
  /** Per span: µs not covered by its children. */
  selfUs: Float64Array
  byService: SpanGroupTotals[]
  byOperation: SpanGroupTotals[]
  criticalPath: CriticalPath
  /** Failed spans, in waterfall order. */
  errorSpans: Int32Array
  /** Where the time went, in one sentence, in English. */
  summary: string
  /** The same sentence as a catalogue message. */
  summaryText: Message
}

/** Failed spans (error=true, OTel status ERROR, HTTP status >= 500) in waterfall order. */
export function errorSpans(trace: NormalizedTrace): Int32Array {
  const failed: number[] = []
  for (const span of trace.displayOrder) {
    if (((trace.flags[span] ?? 0) & SpanFlag.Error) !== 0) failed.push(span)
  }
  return Int32Array.from(failed)
}

/** Everything the trace view and the evidence summary need, computed once. */
export function analyzeTrace(trace: NormalizedTrace): TraceAnalysis {
  const selfUs = selfTimes(trace)
  const path = criticalPath(trace)
  const { byService, byOperation } = spanTotals(trace, selfUs, path.criticalUs)
  const summaryText = timeSummaryText(trace, path)
  return {
    selfUs,
    byService,
    byOperation,
    criticalPath: path,
    errorSpans: errorSpans(trace),
    summary: englishText(summaryText),
    summaryText,
  }
}

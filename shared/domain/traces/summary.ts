import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'
import type { CriticalPath } from './critical-path'
import { formatDurationUs, formatShare } from './format'
import type { NormalizedTrace } from './model'

interface Holder {
  service: string
  operation: string
  criticalUs: number
  spans: Set<number>
}

/** Critical-path time of the main root's tree, per (service, operation). */
function holdersOfMainRoot(trace: NormalizedTrace, path: CriticalPath): Holder[] {
  const holders = new Map<string, Holder>()
  for (const segment of path.segments) {
    if (segment.root !== path.mainRoot) continue
    const service = trace.services[trace.serviceIndex[segment.span] ?? 0] ?? ''
    const operation = trace.operations[trace.operationIndex[segment.span] ?? 0] ?? ''
    const key = `${service}\u0000${operation}`
    let holder = holders.get(key)
    if (!holder)
      holders.set(key, (holder = { service, operation, criticalUs: 0, spans: new Set() }))
    holder.criticalUs += segment.endUs - segment.startUs
    holder.spans.add(segment.span)
  }
  return [...holders.values()].sort((a, b) => b.criticalUs - a.criticalUs)
}

/** A duration as the message's English text and as the number the UI formats for its language. */
function duration(us: number) {
  return { duration: formatDurationUs(us), durationUs: us }
}

/**
 * One sentence on where the time went, e.g. "74% of 7.1 s is self time in leaderboard-db SELECT."
 * The share is critical-path time over the main root's duration: the segments of the critical
 * path tile the root, so shares add up to 100% even when children run concurrently.
 */
export function timeSummaryText(trace: NormalizedTrace, path: CriticalPath): Message {
  if (trace.spanCount === 0 || path.mainRoot < 0) return msg('msgTraces:summary.noSpans')
  const rootDuration = trace.durationUs[path.mainRoot] ?? 0
  if (rootDuration <= 0) return msg('msgTraces:summary.noTime', duration(0))
  const top = holdersOfMainRoot(trace, path)[0]
  if (!top) return msg('msgTraces:summary.took', duration(rootDuration))
  const spans = top.spans.size
  return msg('msgTraces:summary.selfTime', {
    share: formatShare(top.criticalUs, rootDuration),
    shareRatio: top.criticalUs / rootDuration,
    ...duration(rootDuration),
    service: top.service,
    operation: top.operation,
    n: spans,
    count: spans,
  })
}

/** The same sentence in English. */
export function timeSummary(trace: NormalizedTrace, path: CriticalPath): string {
  return englishText(timeSummaryText(trace, path))
}

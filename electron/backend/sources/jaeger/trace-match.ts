// What the search fields mean for one trace, as Jaeger's own stores read them: one span must
// match the service, the operation, every tag and the duration bounds together.
import type { TagPair } from '../../../../shared/contract/traces'
import {
  SpanFlag,
  spanDetails,
  type NormalizedTrace,
  type Tag,
} from '../../../../shared/domain/traces'
import type { JaegerSearch } from './params'

function tagValueText(tag: Tag): string {
  return typeof tag.value === 'string' ? tag.value : String(tag.value)
}

function hasTag(tags: readonly Tag[], [key, value]: TagPair): boolean {
  return tags.some((tag) => tag.key === key && tagValueText(tag) === value)
}

/** Tags on the span, its process or resource, or its logs; error=true also by status. */
function spanHasTags(trace: NormalizedTrace, span: number, tags: readonly TagPair[]): boolean {
  const details = spanDetails(trace, span)
  if (!details) return false
  const failed = ((trace.flags[span] ?? 0) & SpanFlag.Error) !== 0
  const logFields = details.logs.flatMap((log) => log.fields)
  return tags.every(
    (pair) =>
      (pair[0] === 'error' && pair[1] === 'true' && failed) ||
      hasTag(details.tags, pair) ||
      hasTag(details.process?.tags ?? [], pair) ||
      hasTag(logFields, pair),
  )
}

/** True when one span of the trace satisfies every search field. */
export function traceMatchesSearch(trace: NormalizedTrace, search: JaegerSearch): boolean {
  for (let span = 0; span < trace.spanCount; span++) {
    if (trace.services[trace.serviceIndex[span] ?? -1] !== search.service) continue
    const operation = trace.operations[trace.operationIndex[span] ?? -1]
    if (search.operation && operation !== search.operation) continue
    const duration = trace.durationUs[span] ?? 0
    if (search.minDurationUs !== undefined && duration < search.minDurationUs) continue
    if (search.maxDurationUs !== undefined && duration > search.maxDurationUs) continue
    if (search.tags && search.tags.length > 0 && !spanHasTags(trace, span, search.tags)) continue
    return true
  }
  return false
}

export { summarizeTrace } from '../../../../shared/domain/trace-summary'

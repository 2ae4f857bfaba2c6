// Search within an open trace: span IDs, names, and everything in the span's own JSON (tags,
// logs or events, references), plus spans whose process or resource tags match. Runs in the
// backend for fetched and pinned traces, and in the renderer's worker for imported files.
import type { NormalizedTrace } from './traces/model'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The span whose [start, end) text range holds `position`, by binary search (ranges ascend). */
function spanAt(ranges: Float64Array, count: number, position: number): number {
  let low = 0
  let high = count - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = ranges[middle * 2] ?? 0
    const end = ranges[middle * 2 + 1] ?? 0
    if (position < start) high = middle - 1
    else if (position >= end) low = middle + 1
    else return middle
  }
  return -1
}

function rangesAscend(ranges: Float64Array, count: number): boolean {
  for (let span = 1; span < count; span++) {
    if ((ranges[span * 2] ?? 0) < (ranges[span * 2 - 1] ?? 0)) return false
  }
  return true
}

/**
 * Matches in the payload text: one regex pass per piece of text (see SourceWindow), skipping to
 * the end of each matched span. A span lies whole in the piece it was scanned in, so each of its
 * matches is found there (text shared by two pieces is searched twice, to the same effect).
 */
function matchInText(trace: NormalizedTrace, pattern: RegExp, found: Uint8Array): boolean {
  const { sources } = trace
  if (sources.kind !== 'text' || !rangesAscend(sources.ranges, trace.spanCount)) return false
  const { ranges, windows } = sources
  const first = ranges[0] ?? 0
  const last = ranges[trace.spanCount * 2 - 1] ?? 0
  for (const { text, start } of windows) {
    pattern.lastIndex = Math.max(0, first - start)
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (start + match.index >= last) break
      const span = spanAt(ranges, trace.spanCount, start + match.index)
      if (span >= 0) {
        found[span] = 1
        pattern.lastIndex = Math.max(pattern.lastIndex, (ranges[span * 2 + 1] ?? 0) - start)
      } else {
        pattern.lastIndex = Math.max(pattern.lastIndex, match.index + 1)
      }
    }
  }
  return true
}

function matchObjects(trace: NormalizedTrace, pattern: RegExp, found: Uint8Array): void {
  const spans = trace.sources.kind === 'objects' ? trace.sources.spans : []
  spans.forEach((span, index) => {
    pattern.lastIndex = 0
    if (pattern.test(JSON.stringify(span) ?? '')) found[index] = 1
  })
}

/** Span indices matching `text` (case-insensitive), in waterfall order. */
export function findSpans(trace: NormalizedTrace, text: string): number[] {
  const needle = text.toLowerCase()
  const pattern = new RegExp(escapeRegExp(text), 'gi')
  const found = new Uint8Array(trace.spanCount)
  if (!matchInText(trace, pattern, found)) matchObjects(trace, pattern, found)
  const serviceHit = trace.services.map((name) => name.toLowerCase().includes(needle))
  const operationHit = trace.operations.map((name) => name.toLowerCase().includes(needle))
  const processHit = trace.processes.map((process) =>
    process.tags.some((tag) => `${tag.key}=${String(tag.value)}`.toLowerCase().includes(needle)),
  )
  const matches: number[] = []
  for (const span of trace.displayOrder) {
    if (
      found[span] ||
      serviceHit[trace.serviceIndex[span] ?? -1] ||
      operationHit[trace.operationIndex[span] ?? -1] ||
      processHit[trace.processIndex[span] ?? -1] ||
      (trace.spanIds[span] ?? '').toLowerCase().includes(needle)
    ) {
      matches.push(span)
    }
  }
  return matches
}

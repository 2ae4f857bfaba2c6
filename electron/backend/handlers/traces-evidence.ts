// A pinned trace is frozen evidence: the payload text exactly as received (gzip in the evidence
// store) with its analysis summary, so it reopens with no Jaeger reachable, after Jaeger's TTL.
import { AppError } from '../../../shared/contract/errors'
import type { EvidenceItem } from '../../../shared/contract/evidence'
import type { TraceOrigin } from '../../../shared/contract/traces'
import { formatDurationUs, parseTracePayload } from '../../../shared/domain/traces'
import { nestedParams } from '../../../shared/domain/traces/warnings'
import { msg } from '../../../shared/i18n/messages'
import { evidencePayloadJson, findEvidence } from '../repositories/evidence'
import { summarizeTrace } from '../sources/jaeger/trace-match'
import { pinEvidence } from './evidence'
import type { OpenTrace } from './traces-cache'
import type { HandlerDeps } from './types'

/** How the payload text sits in the evidence store: JSON as is, NDJSON as one JSON string. */
type PayloadEncoding = 'json' | 'ndjson-string'

function sourceNameOf(origin: TraceOrigin): string {
  if (origin.kind === 'jaeger') return origin.sourceName
  if (origin.kind === 'file') return `File ${origin.fileName}`
  return origin.sourceName
}

function originSummary(origin: TraceOrigin): Record<string, unknown> {
  if (origin.kind === 'jaeger')
    return { from: 'jaeger', sourceId: origin.sourceId, api: origin.api }
  if (origin.kind === 'file') return { from: 'file', fileName: origin.fileName }
  return { from: 'evidence', evidenceId: origin.evidenceId }
}

export function pinTrace(
  deps: HandlerDeps,
  open: OpenTrace,
  input: { incidentId: string; caption: string },
): EvidenceItem {
  const { payload, trace, analysis } = open
  const brief = summarizeTrace(trace)
  const encoding: PayloadEncoding = payload.format === 'otlp-ndjson' ? 'ndjson-string' : 'json'
  const root = `${brief.rootService} ${brief.rootOperation}`.trim()
  const caption = input.caption || root || `Trace ${trace.traceId}`
  return pinEvidence(deps, {
    incidentId: input.incidentId,
    kind: 'trace',
    caption,
    sourceName: sourceNameOf(payload.origin),
    summary: {
      ...brief,
      summary: analysis.summary,
      // The UI words the summary in the reader's language; exports keep the English above.
      summaryText: analysis.summaryText,
      format: payload.format,
      payloadEncoding: encoding,
      traceIndex: open.index,
      traceCount: payload.traces.length,
      origin: originSummary(payload.origin),
    },
    payloadJson: encoding === 'json' ? payload.text : JSON.stringify(payload.text),
    png: null,
    timelineText: msg('msgEvents:evidence.tracePinned', {
      traceId: trace.traceId,
      caption,
      traceDuration: formatDurationUs(brief.durationUs),
      spanCount: brief.spanCount,
      ...nestedParams('summary', analysis.summaryText),
    }),
  })
}

/** The pinned payload text and which of its traces was pinned, from storage alone. */
export function readPinnedTrace(deps: HandlerDeps, evidenceId: string) {
  const item = findEvidence(deps.db, evidenceId)
  if (!item || item.kind !== 'trace') {
    throw new AppError('not_found', msg('msgTraces:open.pinnedGone'))
  }
  const stored = evidencePayloadJson(deps.db, evidenceId) ?? ''
  const text =
    item.summary.payloadEncoding === 'ndjson-string' ? (JSON.parse(stored) as string) : stored
  const parsed = parseTracePayload(text)
  if (!parsed.ok) {
    const reason = nestedParams('reason', parsed.error.text)
    throw new AppError('internal', msg('msgTraces:open.pinnedUnreadable', reason))
  }
  const { traceId } = item.summary
  const pinnedIndex = Number(item.summary.traceIndex ?? 0)
  const index =
    parsed.traces[pinnedIndex]?.traceId === traceId
      ? pinnedIndex
      : Math.max(
          0,
          parsed.traces.findIndex((trace) => trace.traceId === traceId),
        )
  return { item, text, format: parsed.format, traces: parsed.traces, index }
}

// Traces the user has open, held by the backend after their one parse: the renderer gets compact
// columns and asks here for span details, text search and pinning by view ID.
import { AppError } from '../../../shared/contract/errors'
import type { TraceOrigin, TraceSummary } from '../../../shared/contract/traces'
import {
  analyzeTrace,
  type NormalizedTrace,
  type TraceAnalysis,
  type TraceFormat,
} from '../../../shared/domain/traces'
import { msg } from '../../../shared/i18n/messages'
import { summarizeTrace } from '../sources/jaeger/trace-match'

export interface OpenPayload {
  id: string
  /** The payload text exactly as received or read (byte order mark removed). */
  text: string
  format: TraceFormat
  traces: NormalizedTrace[]
  origin: TraceOrigin
  analyses: Map<number, TraceAnalysis>
}

export interface OpenTrace {
  payload: OpenPayload
  index: number
  trace: NormalizedTrace
  analysis: TraceAnalysis
}

/** A few payloads, newest kept; a 100,000-span trace is tens of MB of text. */
const MAX_PAYLOADS = 5
const MAX_TOTAL_CHARS = 300 * 1024 * 1024

export function viewIdOf(payloadId: string, index: number): string {
  return `${payloadId}:${index}`
}

export class TraceCache {
  private readonly payloads = new Map<string, OpenPayload>()

  constructor(private readonly newId: () => string) {}

  add(payload: Omit<OpenPayload, 'id' | 'analyses'>): OpenPayload {
    const entry: OpenPayload = { ...payload, id: this.newId(), analyses: new Map() }
    this.payloads.set(entry.id, entry)
    this.evict()
    return entry
  }

  private evict(): void {
    let total = [...this.payloads.values()].reduce((sum, p) => sum + p.text.length, 0)
    for (const [id, payload] of this.payloads) {
      if (this.payloads.size <= 1) break
      if (this.payloads.size <= MAX_PAYLOADS && total <= MAX_TOTAL_CHARS) break
      this.payloads.delete(id)
      total -= payload.text.length
    }
  }

  /** The trace at `index` of a payload, analysed once. */
  open(payload: OpenPayload, index: number): OpenTrace {
    const trace = payload.traces[index]
    if (!trace) throw new AppError('not_found', msg('msgTraces:open.notInPayload'))
    let analysis = payload.analyses.get(index)
    if (!analysis) {
      analysis = analyzeTrace(trace)
      payload.analyses.set(index, analysis)
    }
    // Touch: most recently used last, so eviction drops the oldest.
    this.payloads.delete(payload.id)
    this.payloads.set(payload.id, payload)
    return { payload, index, trace, analysis }
  }

  /** The open trace a view ID names, or a clear error when it was closed to save memory. */
  require(viewId: string): OpenTrace {
    const [payloadId = '', indexText = ''] = viewId.split(':')
    const payload = this.payloads.get(payloadId)
    if (!payload) {
      throw new AppError('not_found', msg('msgTraces:open.notLoaded'))
    }
    return this.open(payload, Number(indexText))
  }

  /** Summaries of every trace of a payload holding several (none for one trace). */
  traceList(payload: OpenPayload): TraceSummary[] {
    return payload.traces.length <= 1 ? [] : payload.traces.map(summarizeTrace)
  }
}

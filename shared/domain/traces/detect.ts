import type { TraceFormat } from './model'
import { asRecord } from './tags'

/** What a parsed JSON payload is: a trace format we read, a Jaeger error answer, or something else. */
export type PayloadDetection =
  | { kind: 'trace'; format: TraceFormat }
  | { kind: 'error-response'; description: string; messages: string[] }
  | { kind: 'other'; description: string }

const other = (description: string): PayloadDetection => ({ kind: 'other', description })
const trace = (format: TraceFormat): PayloadDetection => ({ kind: 'trace', format })

/** A v1 trace object: `{traceID, spans, processes}`; Jaeger's internal model uses `processMap`. */
export function looksLikeV1Trace(value: unknown): boolean {
  const record = asRecord(value)
  if (!record || !Array.isArray(record.spans) || 'processMap' in record) return false
  if ('traceID' in record || 'processes' in record) return true
  const firstSpan = asRecord(record.spans[0])
  return firstSpan !== undefined && 'spanID' in firstSpan
}

/** A v1 span with its process embedded (the anonymizer / uiconv format). */
function looksLikeV1Span(value: unknown): boolean {
  const record = asRecord(value)
  return (
    record !== undefined && 'spanID' in record && ('process' in record || 'processID' in record)
  )
}

function isDependencyLink(value: unknown): boolean {
  const record = asRecord(value)
  return record !== undefined && 'parent' in record && 'child' in record
}

function describeArray(items: readonly unknown[]): PayloadDetection {
  if (items.length === 0) return other('an empty JSON array')
  const first = items[0]
  if (looksLikeV1Trace(first)) return trace('jaeger-v1-trace-array')
  if (looksLikeV1Span(first)) return trace('jaeger-v1-span-array')
  if (isDependencyLink(first)) return other('a Jaeger dependencies list (/api/dependencies)')
  if (typeof first === 'string') return other('a JSON list of strings (a services list?)')
  return other(`a JSON array of ${first === null ? 'null' : typeof first}s`)
}

function v1ErrorMessages(errors: unknown): string[] {
  if (!Array.isArray(errors)) return []
  return errors.map((item) => {
    const error = asRecord(item)
    const code = error?.code === undefined ? '' : `${String(error.code)} `
    return `${code}${typeof error?.msg === 'string' ? error.msg : JSON.stringify(item)}`
  })
}

/** `{data, errors}`: the v1 query API envelope, which also carries services and operations lists. */
function describeV1Envelope(record: Record<string, unknown>): PayloadDetection {
  const data = record.data
  const messages = v1ErrorMessages(record.errors)
  if (!Array.isArray(data) || (data.length === 0 && messages.length > 0)) {
    if (messages.length > 0) {
      return { kind: 'error-response', description: 'a Jaeger v1 error answer', messages }
    }
    return other('an empty Jaeger v1 answer (no data and no errors)')
  }
  const first = data[0]
  if (first === undefined || looksLikeV1Trace(first)) return trace('jaeger-v1-envelope')
  if (typeof first === 'string') {
    return other('a Jaeger v1 services or operations list (/api/services[/{service}/operations])')
  }
  if (asRecord(first) && 'name' in (asRecord(first) ?? {})) {
    return other('a Jaeger v1 operations list (/api/operations)')
  }
  if (isDependencyLink(first)) return other('a Jaeger dependencies answer (/api/dependencies)')
  return other('a Jaeger v1 answer whose data holds no traces')
}

function describeV3(record: Record<string, unknown>): PayloadDetection | undefined {
  const result = asRecord(record.result)
  if (result && 'resourceSpans' in result) return trace('jaeger-v3-envelope')
  const error = asRecord(record.error)
  if (error) {
    const code = error.httpCode ?? error.code
    const message = typeof error.message === 'string' ? error.message : JSON.stringify(error)
    const messages = [`${code === undefined ? '' : `${String(code)} `}${message}`]
    return { kind: 'error-response', description: 'a Jaeger v3 error answer', messages }
  }
  if (Array.isArray(record.summaries)) {
    return other('Jaeger v3 trace summaries (search results without spans)')
  }
  if (Array.isArray(record.services)) return other('a Jaeger v3 services list (/api/v3/services)')
  if (Array.isArray(record.operations)) {
    return other('a Jaeger v3 operations list (/api/v3/operations)')
  }
  return undefined
}

function describeObject(record: Record<string, unknown>): PayloadDetection {
  if ('resourceSpans' in record) return trace('otlp-json')
  if (looksLikeV1Trace(record)) return trace('jaeger-v1-trace')
  if ('data' in record) return describeV1Envelope(record)
  const v3 = describeV3(record)
  if (v3) return v3
  if ('processMap' in record && Array.isArray(record.spans)) {
    return other("Jaeger's internal span model (base64 IDs, RFC 3339 times)")
  }
  if (looksLikeV1Span(record)) {
    return other('a single span document, as Jaeger stores spans in Elasticsearch')
  }
  const keys = Object.keys(record).slice(0, 5)
  return other(
    keys.length === 0 ? 'an empty JSON object' : `a JSON object with keys ${keys.join(', ')}`,
  )
}

/** Says which trace format a parsed JSON value is, or what else it is. Never throws. */
export function detectTraceFormat(value: unknown): PayloadDetection {
  if (Array.isArray(value)) return describeArray(value)
  const record = asRecord(value)
  if (record) return describeObject(record)
  return other(value === null ? 'JSON null' : `a JSON ${typeof value}`)
}

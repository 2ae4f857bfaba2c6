import { englishText } from '../../i18n/english'
import type catalogue from '../../i18n/locales/en/msgTraces.json'
import { msg, type Message, type MessageParams } from '../../i18n/messages'
import type { TraceFormat } from './model'
import { asRecord } from './tags'

/**
 * What a parsed JSON payload is: a trace format we read, a Jaeger error answer, or something
 * else. `description` is in English; `what` is the same as a catalogue message.
 */
export type PayloadDetection =
  | { kind: 'trace'; format: TraceFormat }
  | { kind: 'error-response'; description: string; what: Message; messages: string[] }
  | { kind: 'other'; description: string; what: Message }

/** What a payload was recognised as: a key of msgTraces' `detected` texts. */
export type Detected = keyof typeof catalogue.detected

function described(detected: Detected, params?: MessageParams) {
  const what = msg(`msgTraces:detected.${detected}`, params)
  return { description: englishText(what), what }
}

const other = (detected: Detected, params?: MessageParams): PayloadDetection => ({
  kind: 'other',
  ...described(detected, params),
})
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
  if (items.length === 0) return other('emptyArray')
  const first = items[0]
  if (looksLikeV1Trace(first)) return trace('jaeger-v1-trace-array')
  if (looksLikeV1Span(first)) return trace('jaeger-v1-span-array')
  if (isDependencyLink(first)) return other('dependenciesList')
  if (typeof first === 'string') return other('stringList')
  return other('arrayOf', { type: first === null ? 'null' : typeof first })
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
      return { kind: 'error-response', ...described('v1Error'), messages }
    }
    return other('v1Empty')
  }
  const first = data[0]
  if (first === undefined || looksLikeV1Trace(first)) return trace('jaeger-v1-envelope')
  if (typeof first === 'string') {
    return other('v1NamesList')
  }
  if (asRecord(first) && 'name' in (asRecord(first) ?? {})) return other('v1Operations')
  if (isDependencyLink(first)) return other('dependenciesAnswer')
  return other('v1NoTraces')
}

function describeV3(record: Record<string, unknown>): PayloadDetection | undefined {
  const result = asRecord(record.result)
  if (result && 'resourceSpans' in result) return trace('jaeger-v3-envelope')
  const error = asRecord(record.error)
  if (error) {
    const code = error.httpCode ?? error.code
    const message = typeof error.message === 'string' ? error.message : JSON.stringify(error)
    const messages = [`${code === undefined ? '' : `${String(code)} `}${message}`]
    return { kind: 'error-response', ...described('v3Error'), messages }
  }
  if (Array.isArray(record.summaries)) return other('v3Summaries')
  if (Array.isArray(record.services)) return other('v3Services')
  if (Array.isArray(record.operations)) return other('v3Operations')
  return undefined
}

function describeObject(record: Record<string, unknown>): PayloadDetection {
  if ('resourceSpans' in record) return trace('otlp-json')
  if (looksLikeV1Trace(record)) return trace('jaeger-v1-trace')
  if ('data' in record) return describeV1Envelope(record)
  const v3 = describeV3(record)
  if (v3) return v3
  if ('processMap' in record && Array.isArray(record.spans)) return other('internalModel')
  if (looksLikeV1Span(record)) return other('storedSpan')
  const keys = Object.keys(record).slice(0, 5)
  return keys.length === 0 ? other('emptyObject') : other('objectKeys', { keys: keys.join(', ') })
}

/** Says which trace format a parsed JSON value is, or what else it is. Never throws. */
export function detectTraceFormat(value: unknown): PayloadDetection {
  if (Array.isArray(value)) return describeArray(value)
  const record = asRecord(value)
  if (record) return describeObject(record)
  return value === null ? other('jsonNull') : other('jsonValue', { type: typeof value })
}

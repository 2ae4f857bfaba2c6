import type { TraceAccumulator } from './accumulator'
import { buildTrace } from './build-trace'
import type { PayloadDetection } from './detect'
import { detectTraceFormat } from './detect'
import { quoteLargeIntegerValues } from './large-integers'
import { parseLean } from './lean-stream'
import type { NormalizedTrace, TraceFormat, TraceParseError, TraceParseResult } from './model'
import { readOtlp } from './read-otlp'
import { readV1SpanArray, readV1Trace } from './read-v1'
import type { SourceWindow } from './source-range'
import { asRecord } from './tags'
import { nestedParams, parseError, wordedWarnings, type TraceWarning } from './warnings'
import { msg } from '../../i18n/messages'

type Read = { accumulators: TraceAccumulator[]; warnings: TraceWarning[] } | TraceParseError

const fail = (error: TraceParseError): TraceParseResult => ({ ok: false, error })

function notATrace(detection: Exclude<PayloadDetection, { kind: 'trace' }>): TraceParseError {
  const detectedAs = detection.description
  if (detection.kind === 'error-response') {
    const messages = detection.messages.join('; ')
    return parseError('error_response', msg('msgTraces:parse.jaegerError', { messages }), {
      detectedAs,
    })
  }
  const text = msg('msgTraces:parse.notATrace', nestedParams('detected', detection.what))
  return parseError('not_a_trace', text, { detectedAs })
}

function readV1Traces(items: readonly unknown[], format: TraceFormat, prefix: string): Read {
  const accumulators: TraceAccumulator[] = []
  for (let index = 0; index < items.length; index++) {
    const read = readV1Trace(items[index], format, `${prefix}[${index}]`)
    if ('code' in read) return read
    accumulators.push(read)
  }
  return { accumulators, warnings: [] }
}

/** Jaeger may answer with some traces and errors for others: keep the traces, say what failed. */
function readV1Envelope(record: Record<string, unknown>): Read {
  const read = readV1Traces(record.data as unknown[], 'jaeger-v1-envelope', 'data')
  if ('code' in read || !Array.isArray(record.errors)) return read
  const errors = record.errors.map((error) => asRecord(error)?.msg ?? JSON.stringify(error))
  const warnings = errors.map((error) =>
    msg('msgTraces:warning.jaegerReported', { message: String(error) }),
  )
  return { ...read, warnings }
}

function readFormat(value: unknown, format: TraceFormat): Read {
  const record = asRecord(value) ?? {}
  switch (format) {
    case 'jaeger-v1-envelope':
      return readV1Envelope(record)
    case 'jaeger-v1-trace':
      return readV1Traces([value], format, '')
    case 'jaeger-v1-trace-array':
      return readV1Traces(value as unknown[], format, '')
    case 'jaeger-v1-span-array':
      return { accumulators: readV1SpanArray(value as unknown[]), warnings: [] }
    case 'otlp-json':
    case 'otlp-ndjson':
      return otlpRead([record], format)
    case 'jaeger-v3-envelope':
      return otlpRead([asRecord(record.result) ?? {}], format)
  }
}

function otlpRead(tracesData: Record<string, unknown>[], format: TraceFormat): Read {
  for (const [index, data] of tracesData.entries()) {
    if (!Array.isArray(data.resourceSpans)) {
      const path = format === 'jaeger-v3-envelope' ? 'result.resourceSpans' : 'resourceSpans'
      const text =
        format === 'otlp-ndjson'
          ? msg('msgTraces:parse.notArrayOnLine', { path, line: index + 1 })
          : msg('msgTraces:parse.notArray', { path })
      return parseError('malformed_trace', text, { path })
    }
  }
  return { accumulators: readOtlp(tracesData, format), warnings: [] }
}

function finish(format: TraceFormat, read: Read): TraceParseResult {
  if ('code' in read) return fail(read)
  const traces = read.accumulators.map(buildTrace)
  return { ok: true, format, traces, ...wordedWarnings(read.warnings) }
}

/**
 * Normalizes an already-parsed JSON value. Prefer `parseTracePayload` on the raw text: once
 * JSON.parse has run, int64 tag values beyond 2^53 are already rounded (they get a warning).
 */
export function normalizeTraceValue(value: unknown): TraceParseResult {
  const detection = detectTraceFormat(value)
  if (detection.kind !== 'trace') return fail(notATrace(detection))
  return finish(detection.format, readFormat(value, detection.format))
}

function syntaxMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** NDJSON: one OTLP TracesData (or v3 answer) per line, as the OTel collector's file exporter writes. */
function parseNdjson(lines: string[]): TraceParseResult {
  const tracesData: Record<string, unknown>[] = []
  for (const [index, line] of lines.entries()) {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      const line = index + 1
      const text = msg('msgTraces:parse.lineNotJson', { line, syntax: syntaxMessage(error) })
      return fail(parseError('not_json', text, { line }))
    }
    const detection = detectTraceFormat(value)
    const format = detection.kind === 'trace' ? detection.format : undefined
    if (format !== 'otlp-json' && format !== 'jaeger-v3-envelope') {
      const line = index + 1
      const [what, detectedAs] =
        detection.kind === 'trace'
          ? [msg('msgTraces:detected.format', { format: detection.format }), detection.format]
          : [detection.what, detection.description]
      const text = msg('msgTraces:parse.lineNotOtlp', {
        line,
        ...nestedParams('detected', what),
      })
      return fail(parseError('not_a_trace', text, { line, detectedAs }))
    }
    const record = asRecord(value) ?? {}
    tracesData.push(format === 'otlp-json' ? record : (asRecord(record.result) ?? {}))
  }
  return finish('otlp-ndjson', otlpRead(tracesData, 'otlp-ndjson'))
}

/** Fast-path traces carry ranges of the payload text; these are the text they point into. */
export function attachText(trace: NormalizedTrace, windows: SourceWindow[]): void {
  if (trace.sources.kind === 'text') trace.sources.windows = windows
}

/**
 * The fast path for the usual payloads (see lean-json.ts): the same readers on lean values.
 * Undefined when it declines, and the caller takes the JSON.parse path, which decides.
 */
function parseFast(text: string): TraceParseResult | undefined {
  let lean: unknown
  try {
    lean = parseLean(text)
  } catch {
    return undefined // declined (or an input it does not handle): JSON.parse decides
  }
  const result = normalizeTraceValue(lean)
  if (result.ok) result.traces.forEach((trace) => attachText(trace, [{ text, start: 0 }]))
  return result
}

/**
 * Reads a trace payload from its text: any format in TRACE_FORMATS. Never throws: malformed,
 * foreign or error payloads come back as a typed error naming what was expected.
 */
export function parseTracePayload(text: string): TraceParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return fail(parseError('not_json', msg('msgTraces:parse.empty')))
  const fast = parseFast(body)
  if (fast) return fast
  const prepared = quoteLargeIntegerValues(body).text
  let value: unknown
  try {
    value = JSON.parse(prepared)
  } catch (error) {
    const lines = prepared.split(/\r?\n/).filter((line) => line.trim() !== '')
    if (lines.length > 1 && isJson(lines[0] ?? '')) return parseNdjson(lines)
    const text = msg('msgTraces:parse.notJson', { syntax: syntaxMessage(error) })
    return fail(parseError('not_json', text))
  }
  return normalizeTraceValue(value)
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line)
    return true
  } catch {
    return false
  }
}

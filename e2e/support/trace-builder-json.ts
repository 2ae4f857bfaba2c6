/** Writes generated traces in the wire formats Jaeger speaks (see trace-builder.ts). */
import type { BuiltSpan, BuiltTag, BuiltTrace } from './trace-builder'

const BIG_INT_MARK = '__firebreak_int64__'

function v1Tag(tag: BuiltTag) {
  // JSON.stringify cannot write an integer beyond 2^53; mark it and unquote after.
  const exactText = tag.type === 'int64' && typeof tag.value === 'string'
  return {
    key: tag.key,
    type: tag.type,
    value: exactText ? `${BIG_INT_MARK}${tag.value}` : tag.value,
  }
}

function v1Span(traceId: string, span: BuiltSpan, processId: string) {
  const references = span.parentId
    ? [
        {
          refType: span.followsFrom ? 'FOLLOWS_FROM' : 'CHILD_OF',
          traceID: traceId,
          spanID: span.parentId,
        },
      ]
    : []
  return {
    traceID: traceId,
    spanID: span.spanId,
    flags: 1,
    operationName: span.operation,
    references,
    startTime: span.startUs,
    duration: span.durationUs,
    tags: [{ key: 'span.kind', type: 'string', value: span.kind }, ...span.tags.map(v1Tag)],
    logs: span.logs.map((log) => ({ timestamp: log.timestampUs, fields: log.fields.map(v1Tag) })),
    processID: processId,
    warnings: null,
  }
}

/**
 * Jaeger v1 JSON: `envelope` is an /api/traces answer (and Jaeger UI's download), `trace` a bare
 * trace object. int64 tags beyond 2^53 are written as bare numbers, as Jaeger does.
 */
export function toJaegerV1Json(
  trace: BuiltTrace,
  shape: 'envelope' | 'trace' = 'envelope',
): string {
  const processIds = new Map<string, string>()
  for (const span of trace.spans) {
    if (!processIds.has(span.service)) processIds.set(span.service, `p${processIds.size + 1}`)
  }
  const processes = Object.fromEntries(
    [...processIds].map(([service, id]) => [id, { serviceName: service, tags: [] }]),
  )
  const spans = trace.spans.map((span) =>
    v1Span(trace.traceId, span, processIds.get(span.service)!),
  )
  const body = { traceID: trace.traceId, spans, processes, warnings: null }
  const payload =
    shape === 'trace' ? body : { data: [body], total: 0, limit: 0, offset: 0, errors: null }
  return JSON.stringify(payload).replace(new RegExp(`"${BIG_INT_MARK}(-?\\d+)"`, 'g'), '$1')
}

function otlpValue(tag: BuiltTag) {
  switch (tag.type) {
    case 'bool':
      return { boolValue: tag.value }
    case 'int64':
      return { intValue: String(tag.value) }
    case 'float64':
      return { doubleValue: tag.value }
    default:
      return { stringValue: String(tag.value) }
  }
}

const attributes = (tags: BuiltTag[]) =>
  tags.map((tag) => ({ key: tag.key, value: otlpValue(tag) }))
const OTLP_KIND = { internal: 1, server: 2, client: 3 } as const

function otlpSpan(traceId: string, span: BuiltSpan) {
  const parent = span.parentId
  const link = { traceId, spanId: parent, attributes: [] as unknown[] }
  link.attributes = attributes([
    { key: 'opentracing.ref_type', type: 'string', value: 'follows_from' },
  ])
  return {
    traceId,
    spanId: span.spanId,
    parentSpanId: parent && !span.followsFrom ? parent : '',
    name: span.operation,
    kind: OTLP_KIND[span.kind],
    startTimeUnixNano: `${span.startUs}000`,
    endTimeUnixNano: `${span.startUs + span.durationUs}000`,
    attributes: attributes(span.tags),
    events: span.logs.map((log) => ({
      timeUnixNano: `${log.timestampUs}000`,
      name: String(log.fields[0]?.value ?? ''),
      attributes: attributes(log.fields.slice(1)),
    })),
    links: parent && span.followsFrom ? [link] : [],
    status: span.error ? { code: 2, message: 'failed' } : {},
  }
}

/**
 * OTLP JSON, one resourceSpans per service: `otlp` is TracesData, `v3` a Jaeger API v3 answer,
 * `ndjson` one TracesData per line (per service), as the collector's file exporter writes.
 */
export function toOtlpJson(trace: BuiltTrace, shape: 'otlp' | 'v3' | 'ndjson' = 'otlp'): string {
  const byService = new Map<string, BuiltSpan[]>()
  for (const span of trace.spans) {
    const group = byService.get(span.service)
    if (group) group.push(span)
    else byService.set(span.service, [span])
  }
  const resourceSpans = [...byService].map(([service, spans]) => ({
    resource: { attributes: attributes([{ key: 'service.name', type: 'string', value: service }]) },
    scopeSpans: [
      {
        scope: { name: 'firebreak-trace-builder', version: '1' },
        spans: spans.map((span) => otlpSpan(trace.traceId, span)),
      },
    ],
  }))
  if (shape === 'ndjson') {
    return resourceSpans.map((item) => JSON.stringify({ resourceSpans: [item] })).join('\n') + '\n'
  }
  return JSON.stringify(shape === 'v3' ? { result: { resourceSpans } } : { resourceSpans })
}

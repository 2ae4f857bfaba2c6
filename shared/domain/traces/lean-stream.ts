/**
 * The fast path over a whole payload: spans are handed to the same readers as the JSON.parse
 * path as soon as they are scanned, so no object per span outlives its own reading (on 100,000
 * spans, keeping them until the end costs more in garbage collection than reading them).
 * That needs the trace ID before the spans (Jaeger writes it first) and, for OTLP, the resource
 * and scope before their spans (proto order); otherwise the spans are kept and read at the end
 * of their container, which is the same order. The result is a skeleton of the payload for the
 * format detector, holding the readers' results (READ_TRACE, READ_TRACES) where spans would be.
 *
 * The scan can start before the whole payload is there (a file still being read): every step
 * here is a generator that pauses until enough text has arrived (see `step`).
 */
import { idText } from './ids'
import {
  decline,
  expectEnd,
  keyIs,
  nextItem,
  nextKind,
  nextMember,
  openArray,
  openObject,
  readKey,
  readValue,
  skipValue,
} from './json-scan'
import type { FieldReader, FieldTable } from './lean-json'
import {
  fieldFor,
  fieldTable,
  leanArray,
  leanOtlpSpan,
  leanScopeSpans,
  leanV1Span,
  readExact,
} from './lean-json'
import type { TraceFormat } from './model'
import type { OtlpReader, ResourceInfo } from './read-otlp'
import {
  beginOtlp,
  READ_TRACES,
  readOtlpSpan,
  readResourceSpans,
  resourceInfo,
  scopeInfo,
} from './read-otlp'
import type { V1TraceReader } from './read-v1'
import { beginV1Trace, endV1Trace, READ_TRACE, readV1SpanEntry } from './read-v1'
import type { Scan, StreamCursor } from './scan-steps'
import { attempt, MORE, step, streamCursor, untilComplete } from './scan-steps'
import { asArray, asRecord } from './tags'

type Skeleton = Record<string | symbol, unknown>

type StreamReader = (c: StreamCursor) => Scan<unknown>

/** A v1 `spans` array, read span by span when the trace ID is already known. */
function* readV1Spans(c: StreamCursor, traceIdValue: unknown, format: TraceFormat) {
  const traceId = idText(traceIdValue)
  if (traceId === undefined || (yield* step(c, nextKind)) !== '[')
    return { spans: yield* step(c, leanArray(leanV1Span)) }
  const reader = beginV1Trace(traceId, format)
  const first: unknown[] = [] // the detector looks at the first span's keys
  for (let more = yield* step(c, openArray); more;) {
    let span = attempt(c, leanV1Span)
    if (span === MORE) span = yield* step(c, leanV1Span)
    if (first.length === 0) first.push(span)
    readV1SpanEntry(reader, span)
    const next = attempt(c, nextItem)
    more = next === MORE ? yield* step(c, nextItem) : next
  }
  return { spans: first, reader }
}

/** A v1 trace object; at the top level, `others` admits the envelope and OTLP keys too. */
function* readV1TraceObject(
  c: StreamCursor,
  format: TraceFormat,
  others?: FieldTable<StreamReader>,
): Scan<Skeleton> {
  const record: Skeleton = {}
  let reader: V1TraceReader | undefined
  for (let more = yield* step(c, openObject); more; more = yield* step(c, nextMember)) {
    yield* step(c, readKey)
    // The key is compared before the next step: a pause may move the text it points into.
    if (keyIs(c, 'traceID')) {
      if (reader) decline() // JSON.parse keeps the last traceID; spans already used the first
      record.traceID = yield* step(c, readValue)
    } else if (keyIs(c, 'spans')) {
      if ('spans' in record) decline()
      const read = yield* readV1Spans(c, record.traceID, format)
      record.spans = read.spans
      reader = read.reader
    } else if (keyIs(c, 'processes')) record.processes = yield* step(c, readExact)
    else if (keyIs(c, 'warnings')) record.warnings = yield* step(c, readValue)
    else {
      const [key, read] = others ? fieldFor(c, others) : decline()
      if (read) record[key] = yield* read(c)
      else yield* step(c, skipValue)
    }
  }
  if (reader) record[READ_TRACE] = endV1Trace(reader, record.processes, record.warnings)
  return record
}

/** The spans of one `scopeSpans` entry, read as they are scanned. */
function* readScopeSpanList(
  c: StreamCursor,
  reader: OtlpReader,
  resource: ResourceInfo,
  scope: unknown,
) {
  const info = scopeInfo({ scope })
  for (let more = yield* step(c, openArray); more;) {
    let span = attempt(c, leanOtlpSpan)
    if (span === MORE) span = yield* step(c, leanOtlpSpan)
    readOtlpSpan(reader, span as Record<string, unknown>, resource, info)
    const next = attempt(c, nextItem)
    more = next === MORE ? yield* step(c, nextItem) : next
  }
}

/** One `scopeSpans` entry, its spans read as they come when the scope came first. */
function* readScopeSpans(c: StreamCursor, reader: OtlpReader, resource: ResourceInfo) {
  if ((yield* step(c, nextKind)) !== '{') decline()
  let scope: unknown
  let read = false
  let kept: unknown
  let hasSpans = false
  for (let more = yield* step(c, openObject); more; more = yield* step(c, nextMember)) {
    yield* step(c, readKey)
    if (keyIs(c, 'scope')) {
      if (read) decline()
      scope = yield* step(c, readExact)
    } else if (keyIs(c, 'spans')) {
      if (hasSpans) decline()
      hasSpans = true
      if (scope === undefined || (yield* step(c, nextKind)) !== '[') {
        kept = yield* step(c, leanArray(leanOtlpSpan))
        continue
      }
      read = true
      yield* readScopeSpanList(c, reader, resource, scope)
    } else if (keyIs(c, 'schemaUrl')) yield* step(c, skipValue)
    else decline()
  }
  if (read) return
  const info = scopeInfo({ scope })
  for (const item of asArray(kept)) {
    const span = asRecord(item)
    if (span) readOtlpSpan(reader, span, resource, info)
  }
}

/** One `resourceSpans` entry, its scopes read as they come when the resource came first. */
function* readResourceSpansEntry(c: StreamCursor, reader: OtlpReader) {
  if ((yield* step(c, nextKind)) !== '{') decline()
  let resource: unknown
  let read = false
  let kept: unknown
  let hasScopes = false
  for (let more = yield* step(c, openObject); more; more = yield* step(c, nextMember)) {
    yield* step(c, readKey)
    if (keyIs(c, 'resource')) {
      if (read) decline()
      resource = yield* step(c, readExact)
    } else if (keyIs(c, 'scopeSpans')) {
      if (hasScopes) decline()
      hasScopes = true
      if (resource === undefined || (yield* step(c, nextKind)) !== '[') {
        kept = yield* step(c, leanArray(leanScopeSpans))
        continue
      }
      read = true
      const info = resourceInfo(resource)
      for (let item = yield* step(c, openArray); item; item = yield* step(c, nextItem))
        yield* readScopeSpans(c, reader, info)
    } else if (keyIs(c, 'schemaUrl')) yield* step(c, skipValue)
    else decline()
  }
  if (!read) readResourceSpans(reader, { resource, scopeSpans: kept })
}

function resourceSpansArray(format: TraceFormat): StreamReader {
  return function* (c) {
    if ((yield* step(c, nextKind)) !== '[') return yield* step(c, readValue)
    const reader = beginOtlp(format)
    for (let more = yield* step(c, openArray); more; more = yield* step(c, nextItem))
      yield* readResourceSpansEntry(c, reader)
    const skeleton: unknown[] & { [READ_TRACES]?: OtlpReader } = []
    skeleton[READ_TRACES] = reader
    return skeleton
  }
}

/** The v1 envelope's `data`: trace objects, each read span by span. */
function* v1TraceArray(c: StreamCursor): Scan<unknown> {
  if ((yield* step(c, nextKind)) !== '[') return yield* step(c, readValue)
  const traces: Skeleton[] = []
  for (let more = yield* step(c, openArray); more; more = yield* step(c, nextItem)) {
    if ((yield* step(c, nextKind)) !== '{') decline()
    traces.push(yield* readV1TraceObject(c, 'jaeger-v1-envelope'))
  }
  return traces
}

/** An object whose keys must all be in the table; any other key declines. */
function objectOf(fields: Record<string, StreamReader | undefined>): StreamReader {
  const table = fieldTable(fields)
  return function* (c) {
    if ((yield* step(c, nextKind)) !== '{') decline()
    const record: Skeleton = {}
    for (let more = yield* step(c, openObject); more; more = yield* step(c, nextMember)) {
      yield* step(c, readKey)
      const [key, read] = fieldFor(c, table)
      if (read) record[key] = yield* read(c)
      else yield* step(c, skipValue)
    }
    return record
  }
}

/** A plain value, read in one step. */
const whole =
  (read: FieldReader): StreamReader =>
  (c) =>
    step(c, read)

const topLevelOthers = fieldTable<StreamReader>({
  // v1 envelope (also Jaeger UI's download); a bare trace object uses the trace keys
  data: v1TraceArray,
  errors: whole(readExact),
  total: whole(readValue),
  limit: whole(readValue),
  offset: whole(readValue),
  // OTLP and Jaeger v3
  resourceSpans: resourceSpansArray('otlp-json'),
  result: objectOf({ resourceSpans: resourceSpansArray('jaeger-v3-envelope') }),
})

/** The payload's skeleton with its spans already read; throws (DECLINED) for other shapes. */
export function* scanLean(c: StreamCursor): Scan<unknown> {
  if ((yield* step(c, nextKind)) !== '{') decline()
  const value = yield* readV1TraceObject(c, 'jaeger-v1-trace', topLevelOthers)
  yield* untilComplete(c)
  expectEnd(c)
  return value
}

/** `scanLean` over a payload that is all there. */
export function parseLean(text: string): unknown {
  const scan = scanLean(streamCursor(text, true)).next()
  if (!scan.done) throw new Error('A complete payload made the scan wait') // cannot happen
  return scan.value
}

/**
 * The fast path over a whole payload: spans are handed to the same readers as the JSON.parse
 * path as soon as they are scanned, so no object per span outlives its own reading (on 100,000
 * spans, keeping them until the end costs more in garbage collection than reading them).
 * That needs the trace ID before the spans (Jaeger writes it first) and, for OTLP, the resource
 * and scope before their spans (proto order); otherwise the spans are kept and read at the end
 * of their container, which is the same order. The result is a skeleton of the payload for the
 * format detector, holding the readers' results (READ_TRACE, READ_TRACES) where spans would be.
 */
import { idText } from './ids'
import type { Cursor } from './json-scan'
import {
  cursorAt,
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
  leanObjectOf,
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
import { asArray, asRecord } from './tags'

type Skeleton = Record<string | symbol, unknown>

/** A v1 `spans` array, read span by span when the trace ID is already known. */
function readV1Spans(c: Cursor, traceIdValue: unknown, format: TraceFormat) {
  const traceId = idText(traceIdValue)
  if (traceId === undefined || nextKind(c) !== '[') return { spans: leanArray(leanV1Span)(c) }
  const reader = beginV1Trace(traceId, format)
  const first: unknown[] = [] // the detector looks at the first span's keys
  for (let more = openArray(c); more; more = nextItem(c)) {
    const span = leanV1Span(c)
    if (first.length === 0) first.push(span)
    readV1SpanEntry(reader, span)
  }
  return { spans: first, reader }
}

/** A v1 trace object; at the top level, `others` admits the envelope and OTLP keys too. */
function readV1TraceObject(c: Cursor, format: TraceFormat, others?: FieldTable): Skeleton {
  const record: Skeleton = {}
  let reader: V1TraceReader | undefined
  for (let more = openObject(c); more; more = nextMember(c)) {
    readKey(c)
    if (keyIs(c, 'traceID')) {
      if (reader) decline() // JSON.parse keeps the last traceID; spans already used the first
      record.traceID = readValue(c)
    } else if (keyIs(c, 'spans')) {
      if ('spans' in record) decline()
      const read = readV1Spans(c, record.traceID, format)
      record.spans = read.spans
      reader = read.reader
    } else if (keyIs(c, 'processes')) record.processes = readExact(c)
    else if (keyIs(c, 'warnings')) record.warnings = readValue(c)
    else {
      const [key, read] = others ? fieldFor(c, others) : decline()
      if (read) record[key] = read(c)
      else skipValue(c)
    }
  }
  if (reader) record[READ_TRACE] = endV1Trace(reader, record.processes, record.warnings)
  return record
}

function v1TraceObject(format: TraceFormat): FieldReader {
  return (c) => (nextKind(c) === '{' ? readV1TraceObject(c, format) : decline())
}

/** One `scopeSpans` entry, its spans read as they come when the scope came first. */
function readScopeSpans(c: Cursor, reader: OtlpReader, resource: ResourceInfo): void {
  if (nextKind(c) !== '{') decline()
  let scope: unknown
  let read = false
  let kept: unknown
  let hasSpans = false
  for (let more = openObject(c); more; more = nextMember(c)) {
    readKey(c)
    if (keyIs(c, 'scope')) {
      if (read) decline()
      scope = readExact(c)
    } else if (keyIs(c, 'spans')) {
      if (hasSpans) decline()
      hasSpans = true
      if (scope === undefined || nextKind(c) !== '[') {
        kept = leanArray(leanOtlpSpan)(c)
        continue
      }
      read = true
      const info = scopeInfo({ scope })
      for (let item = openArray(c); item; item = nextItem(c)) {
        readOtlpSpan(reader, leanOtlpSpan(c) as Record<string, unknown>, resource, info)
      }
    } else if (keyIs(c, 'schemaUrl')) skipValue(c)
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
function readResourceSpansEntry(c: Cursor, reader: OtlpReader): void {
  if (nextKind(c) !== '{') decline()
  let resource: unknown
  let read = false
  let kept: unknown
  let hasScopes = false
  for (let more = openObject(c); more; more = nextMember(c)) {
    readKey(c)
    if (keyIs(c, 'resource')) {
      if (read) decline()
      resource = readExact(c)
    } else if (keyIs(c, 'scopeSpans')) {
      if (hasScopes) decline()
      hasScopes = true
      if (resource === undefined || nextKind(c) !== '[') {
        kept = leanArray(leanScopeSpans)(c)
        continue
      }
      read = true
      const info = resourceInfo(resource)
      for (let item = openArray(c); item; item = nextItem(c)) readScopeSpans(c, reader, info)
    } else if (keyIs(c, 'schemaUrl')) skipValue(c)
    else decline()
  }
  if (!read) readResourceSpans(reader, { resource, scopeSpans: kept })
}

function resourceSpansArray(format: TraceFormat): FieldReader {
  return (c) => {
    if (nextKind(c) !== '[') return readValue(c)
    const reader = beginOtlp(format)
    for (let more = openArray(c); more; more = nextItem(c)) readResourceSpansEntry(c, reader)
    const skeleton: unknown[] & { [READ_TRACES]?: OtlpReader } = []
    skeleton[READ_TRACES] = reader
    return skeleton
  }
}

const topLevelOthers = fieldTable({
  // v1 envelope (also Jaeger UI's download); a bare trace object uses the trace keys
  data: leanArray(v1TraceObject('jaeger-v1-envelope')),
  errors: readExact,
  total: readValue,
  limit: readValue,
  offset: readValue,
  // OTLP and Jaeger v3
  resourceSpans: resourceSpansArray('otlp-json'),
  result: leanObjectOf({ resourceSpans: resourceSpansArray('jaeger-v3-envelope') }),
})

/** The payload's skeleton with its spans already read; throws (DECLINED) for other shapes. */
export function parseLean(text: string): unknown {
  const cursor = cursorAt(text)
  if (nextKind(cursor) !== '{') decline()
  const value = readV1TraceObject(cursor, 'jaeger-v1-trace', topLevelOthers)
  expectEnd(cursor)
  return value
}

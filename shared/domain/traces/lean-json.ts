/**
 * "Lean" values of trace spans: the same values JSON.parse would build for every field the
 * readers and the format detector look at, but tags, logs, attributes and events are skipped
 * (only entries that mark a failure are kept), and each span remembers where its full text is,
 * for the details panel to parse on demand. Unknown keys decline (see json-scan.ts).
 * lean-stream.ts puts these together into whole payloads.
 */
import type { Cursor } from './json-scan'
import {
  decline,
  keyIs,
  nextItem,
  nextKind,
  nextMember,
  openArray,
  openObject,
  readKey,
  readKeyIf,
  readRepeated,
  readValue,
  scanString,
  skipValue,
  skipWhitespace,
} from './json-scan'
import { quoteLargeIntegerValues } from './large-integers'
import { SOURCE_END, SOURCE_START } from './source-range'
import { asRecord, errorReasonOfAttribute, otlpScalar } from './tags'

const ERROR_KEYS = ['error', 'otel.status_code', 'http.status_code', 'http.response.status_code']

export type FieldReader = (c: Cursor) => unknown

let repeatedFields = 0
/** A reader for a field whose few distinct strings repeat on every span (own cache each). */
function repeated(): FieldReader {
  const field = repeatedFields++
  return (c) => readRepeated(c, field)
}
/** Known keys of one object shape; `undefined` means "validate and skip the value". */
type Fields<R = FieldReader> = Record<string, R | undefined>
/** The same, grouped by key length, so a key is matched in place without slicing it out. */
export type FieldTable<R = FieldReader> = (readonly [string, R | undefined][] | undefined)[]

export function fieldTable<R = FieldReader>(fields: Fields<R>): FieldTable<R> {
  const table: [string, R | undefined][][] = []
  for (const [key, read] of Object.entries(fields)) (table[key.length] ??= []).push([key, read])
  return table
}

/** A value parsed from its own text with int64 tag values kept exact, as the slow path does. */
export function readExact(c: Cursor): unknown {
  skipWhitespace(c)
  const start = c.pos
  skipValue(c)
  return JSON.parse(quoteLargeIntegerValues(c.text.slice(start, c.pos)).text)
}

/** The entry's "key" member: the key when it can mark a span as failed, else undefined. */
function errorKeyOf(c: Cursor): string | undefined {
  if (nextKind(c) !== '"') {
    skipValue(c)
    return undefined
  }
  if (scanString(c)) {
    const decoded = JSON.parse(c.text.slice(c.keyStart - 1, c.keyEnd + 1)) as string
    return ERROR_KEYS.includes(decoded) ? decoded : undefined
  }
  for (const key of ERROR_KEYS) if (keyIs(c, key)) return key
  return undefined
}

/**
 * One tag or attribute entry, kept (as `{key, value}`) only when its key can mark the span as
 * failed. Compared in place: most of a trace's bytes are entries nobody reads at this point.
 */
function errorRelevantEntry(c: Cursor): Record<string, unknown> | undefined {
  if (nextKind(c) !== '{') {
    skipValue(c)
    return undefined
  }
  let key: string | undefined
  let valueAt = -1
  for (let more = openObject(c); more; more = nextMember(c)) {
    readKey(c)
    if (keyIs(c, 'key')) {
      key = errorKeyOf(c)
      continue
    }
    skipWhitespace(c)
    if (keyIs(c, 'value')) valueAt = c.pos
    skipValue(c)
  }
  if (key === undefined) return undefined
  const entry: Record<string, unknown> = { key }
  if (valueAt >= 0) entry.value = readValueAt(c, valueAt)
  return entry
}

/** The value at `at`, read with the same cursor (one cursor shape keeps the scanner's code fast). */
function readValueAt(c: Cursor, at: number): unknown {
  const end = c.pos
  c.pos = at
  const value = readValue(c)
  c.pos = end
  return value
}

const NO_ENTRIES: readonly Record<string, unknown>[] = Object.freeze([])

// Tags and attributes in their usual shape, with a key that cannot mark a failure, are skipped
// by one native regex match instead of a dozen scanner calls each: they are most of the bytes.
// Only escape-free strings and JSON scalars match, so anything the regex accepts is valid JSON;
// everything else goes through the scanner, which validates and decides.
const WS = '[ \\t\\n\\r]*'
const PLAIN_STRING = '"[^"\\\\\\u0000-\\u001f]*"'
const SCALAR = `(?:${PLAIN_STRING}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)`
const HARMLESS_KEY = `"(?!(?:error|otel\\.status_code|http\\.status_code|http\\.response\\.status_code)")[^"\\\\\\u0000-\\u001f]*"`
const member = (name: string, value: string) => `${WS}"${name}"${WS}:${WS}${value}${WS}`
const V1_TAG = `\\{${member('key', HARMLESS_KEY)},${member('type', PLAIN_STRING)},${member('value', SCALAR)}\\}`
const ANY_VALUE = `\\{${member('(?:stringValue|boolValue|intValue|doubleValue|bytesValue)', SCALAR)}\\}`
const OTLP_ATTRIBUTE = `\\{${member('key', HARMLESS_KEY)},${member('value', ANY_VALUE)}\\}`
// An HTTP status below 500 cannot mark a failure either, and most spans carry one.
const STATUS_KEY = '"http\\.(?:response\\.)?status_code"'
const BELOW_500 = '(?:[1-4]\\d\\d|[1-9]?\\d)'
const STATUS_VALUE = `(?:${BELOW_500}|"${BELOW_500}")`
const V1_STATUS = `\\{${member('key', STATUS_KEY)},${member('type', PLAIN_STRING)},${member('value', STATUS_VALUE)}\\}`
const STATUS_ANY_VALUE = `\\{${member('(?:stringValue|intValue|doubleValue)', STATUS_VALUE)}\\}`
const OTLP_STATUS = `\\{${member('key', STATUS_KEY)},${member('value', STATUS_ANY_VALUE)}\\}`
const HARMLESS_ENTRY = new RegExp(
  `(?:${V1_TAG}|${OTLP_ATTRIBUTE}|${V1_STATUS}|${OTLP_STATUS})`,
  'y',
)

/** Skips the entry at the cursor when it is plainly harmless; false when the scanner must look. */
function skipHarmlessEntry(c: Cursor): boolean {
  skipWhitespace(c)
  HARMLESS_ENTRY.lastIndex = c.pos
  if (!HARMLESS_ENTRY.test(c.text)) return false
  c.pos = HARMLESS_ENTRY.lastIndex
  return true
}

/**
 * Tag or attribute lists reduced to the entries that mark the span as failed, in order: the
 * readers only look for the first such entry, so a list without one reads the same as the full
 * list, and 100,000 spans do not keep 100,000 arrays alive.
 */
function errorRelevantEntries(c: Cursor): unknown {
  if (nextKind(c) !== '[') return readValue(c)
  let kept: Record<string, unknown>[] | undefined
  for (let more = openArray(c); more; more = nextItem(c)) {
    if (skipHarmlessEntry(c)) continue
    const entry = errorRelevantEntry(c)
    if (entry && marksFailure(entry)) (kept ??= []).push(entry)
  }
  return kept ?? NO_ENTRIES
}

/** Whether a v1 tag `{key, value}` or an OTLP attribute `{key, value: AnyValue}` marks a failure. */
function marksFailure(entry: Record<string, unknown>): boolean {
  const value = entry.value
  const scalar = asRecord(value) ? otlpScalar(value) : value
  return (
    errorReasonOfAttribute(entry.key, value) !== undefined ||
    errorReasonOfAttribute(entry.key, scalar) !== undefined
  )
}

export function fieldFor<R>(c: Cursor, table: FieldTable<R>): readonly [string, R | undefined] {
  const candidates = table[c.keyEnd - c.keyStart] ?? []
  for (const field of candidates) if (keyIs(c, field[0])) return field
  return decline()
}

type Field = readonly [string, FieldReader | undefined]

/**
 * Reads an object whose keys must all be in the table; any other key declines. Spans of a payload
 * write their keys in one order, so each key is first tried as the one found at that place in the
 * object before (`order`, a guess that only saves time).
 */
function leanObject(c: Cursor, table: FieldTable, order: Field[]): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  let index = 0
  for (let more = openObject(c); more; more = nextMember(c), index++) {
    const expected = order[index]
    let field: Field
    if (expected !== undefined && readKeyIf(c, expected[0])) field = expected
    else {
      readKey(c)
      field = order[index] = fieldFor(c, table)
    }
    const read = field[1]
    if (read) record[field[0]] = read(c)
    else skipValue(c)
  }
  return record
}

export function leanArray(readItem: FieldReader): FieldReader {
  return (c) => {
    if (nextKind(c) !== '[') return readValue(c)
    const items: unknown[] = []
    for (let more = openArray(c); more; more = nextItem(c)) items.push(readItem(c))
    return items
  }
}

export function leanObjectOf(fields: Fields): FieldReader {
  const table = fieldTable(fields)
  const order: Field[] = []
  return (c) => (nextKind(c) === '{' ? leanObject(c, table, order) : decline())
}

function withSourceRange(read: FieldReader): FieldReader {
  return (c) => {
    skipWhitespace(c)
    const start = c.pos
    const span = read(c) as Record<string | symbol, unknown>
    span[SOURCE_START] = c.base + start
    span[SOURCE_END] = c.base + c.pos
    return span
  }
}

const v1Reference = leanObjectOf({ refType: repeated(), traceID: repeated(), spanID: readValue })
export const leanV1Span = withSourceRange(
  leanObjectOf({
    traceID: repeated(),
    spanID: readValue,
    parentSpanID: undefined,
    flags: undefined,
    operationName: repeated(),
    references: leanArray(v1Reference),
    startTime: readValue,
    duration: readValue,
    tags: errorRelevantEntries,
    logs: undefined,
    processID: repeated(),
    process: readExact,
    warnings: readValue,
  }),
)
export const leanOtlpSpan = withSourceRange(
  leanObjectOf({
    traceId: repeated(),
    spanId: readValue,
    parentSpanId: readValue,
    traceState: undefined,
    name: repeated(),
    kind: undefined,
    startTimeUnixNano: readValue,
    endTimeUnixNano: readValue,
    attributes: errorRelevantEntries,
    droppedAttributesCount: undefined,
    events: undefined,
    droppedEventsCount: undefined,
    // Plain reads: quoting int64s only changes "value"/"intValue" members, which the readers
    // never look at inside links or status (details re-read the span's own text exactly).
    links: readValue,
    droppedLinksCount: undefined,
    status: readValue,
    flags: undefined,
  }),
)
/** OTLP `scopeSpans` entries, read whole (when their spans cannot be read as they come). */
export const leanScopeSpans = leanObjectOf({
  scope: readExact,
  spans: leanArray(leanOtlpSpan),
  schemaUrl: undefined,
})

/** Parses a span's own text (for its details), int64 values kept exact. */
export function parseSourceText(text: string): unknown {
  return JSON.parse(quoteLargeIntegerValues(text).text)
}

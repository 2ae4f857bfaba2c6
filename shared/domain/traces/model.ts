/**
 * The one internal trace model, built from Jaeger v1 JSON and OTLP / Jaeger v3 JSON.
 *
 * Times are microseconds since the Unix epoch, held as integer-valued float64 numbers. v1 payloads
 * are already in microseconds; OTLP nanosecond strings are truncated to whole microseconds at both
 * ends (start and end), so ordering between spans is preserved and no spurious skew appears.
 * Float64 keeps every microsecond exact up to 2^53 µs (the year 2255); later times lose precision
 * and the trace says so in its warnings.
 *
 * Per-span data is columnar (typed arrays indexed by span index, in input order) so a 100,000-span
 * trace is a handful of arrays rather than 100,000 objects, and survives structured clone to a worker.
 */

import type { Message } from '../../i18n/messages'
import type { SourceWindow } from './source-range'
import type { TraceWarning } from './warnings'

export const TRACE_FORMATS = [
  'jaeger-v1-envelope',
  'jaeger-v1-trace',
  'jaeger-v1-trace-array',
  'jaeger-v1-span-array',
  'otlp-json',
  'jaeger-v3-envelope',
  'otlp-ndjson',
] as const
/** A payload shape we can read traces from. */
export type TraceFormat = (typeof TRACE_FORMATS)[number]

/** Bits of `NormalizedTrace.flags`; a span may carry several. */
export const SpanFlag = {
  /** Declares a parent in this trace that is not present: shown as a root. */
  Orphan: 1,
  /** Another span in the trace has the same span ID. */
  DuplicateId: 2,
  /** Starts before its parent (clock skew, or a recording error). */
  StartsBeforeParent: 4,
  /** Ends after its (CHILD_OF) parent: clock skew or un-awaited work. */
  EndsAfterParent: 8,
  /** error=true, OTel status ERROR, or an HTTP status >= 500. */
  Error: 16,
  /** Its tree edge to the parent is FOLLOWS_FROM (not on the parent's critical path). */
  FollowsFrom: 32,
  /** Carries warnings (from the source or from normalization). */
  HasWarnings: 64,
  /** Its parent chain looped back to itself; the loop was cut here and it is shown as a root. */
  ParentCycle: 128,
  /** References spans of other traces (links); they do not affect the tree. */
  ExternalReferences: 256,
} as const
export type SpanFlagName = keyof typeof SpanFlag

export const OUTSIDE_PARENT = SpanFlag.StartsBeforeParent | SpanFlag.EndsAfterParent

export type TagType = 'string' | 'bool' | 'int64' | 'float64' | 'binary' | 'array' | 'map'

/**
 * A key/value as the UI shows it. int64 values are always decimal text so values beyond 2^53 stay
 * exact; binary values are the text the source sent (base64 in the APIs); array and map values are
 * JSON text.
 */
export interface Tag {
  key: string
  type: TagType
  value: string | number | boolean
}

export interface TraceProcess {
  serviceName: string
  /** Index into `NormalizedTrace.services`. */
  serviceIndex: number
  tags: Tag[]
}

/** The OTLP instrumentation scope a span came from; absent for v1 spans. */
export interface TraceScope {
  name: string
  version: string
  attributes: Tag[]
}

export interface NormalizedTrace {
  traceId: string
  format: TraceFormat
  spanCount: number
  /** Span IDs as the source wrote them (non-hex and odd lengths kept), legacy base64 shown as hex. */
  spanIds: string[]
  operations: string[]
  /** Per span: index into `operations`. */
  operationIndex: Int32Array
  services: string[]
  /** Per span: index into `services`. */
  serviceIndex: Int32Array
  processes: TraceProcess[]
  /** Per span: index into `processes`. */
  processIndex: Int32Array
  scopes: TraceScope[]
  /** Per span: index into `scopes`, -1 when the source has no scopes (v1). */
  scopeIndex: Int32Array
  /** Per span: absolute start, µs since the epoch, as recorded. */
  startUs: Float64Array
  /** Per span: duration in µs (never negative). */
  durationUs: Float64Array
  /** Per span: index of the parent span, -1 for roots and orphans. */
  parent: Int32Array
  /** Per span: `SpanFlag` bits. */
  flags: Uint16Array

  /** Spans without a parent in the trace (true roots, orphans, cut cycles), by start time. */
  roots: Int32Array
  /** Children of span i are `children[childOffsets[i] .. childOffsets[i + 1])`, by start time. */
  childOffsets: Int32Array
  children: Int32Array
  /** Per span: 0 for roots. */
  depth: Int32Array
  /** Span indices in waterfall order: depth-first, children by start time. */
  displayOrder: Int32Array
  /** Per span: its row in `displayOrder`. */
  displayRow: Int32Array
  /** Per span: rows it covers in `displayOrder`, itself included (collapse skips this many rows). */
  subtreeSize: Int32Array

  traceStartUs: number
  traceEndUs: number
  traceDurationUs: number

  /** Trace-level warnings, in English: the source's own and those normalization found. */
  warnings: string[]
  /** The message of each warning normalization wrote; null for the source's own. */
  warningTexts: (Message | null)[]
  /** Per-span warnings (sparse): the source's own and those normalization found. */
  spanWarnings: Map<number, TraceWarning[]>
  /** Each span's full source, read lazily by `spanDetails` (tags, logs, references). */
  sources: SpanSources
  sourceKind: 'v1' | 'otlp'
}

/**
 * Where each span's full JSON is: the parsed objects (payloads read through JSON.parse), or
 * [start, end) ranges of the payload text (the fast path, which keeps no per-span objects:
 * a 100,000-span trace then costs its text plus the columns, not a whole object graph).
 */
export type SpanSources =
  | { kind: 'objects'; spans: unknown[] }
  | { kind: 'text'; windows: SourceWindow[]; ranges: Float64Array }

export type TraceParseErrorCode =
  /** The text is not JSON (or NDJSON); `line` names the NDJSON line. */
  | 'not_json'
  /** Valid JSON, but not a trace: `detectedAs` names what it is when we recognise it. */
  | 'not_a_trace'
  /** A Jaeger error answer (v1 `errors`, v3 `error`); `message` carries Jaeger's words. */
  | 'error_response'
  /** Shaped like a trace format but structurally broken (e.g. `spans` is not an array). */
  | 'malformed_trace'

export interface TraceParseError {
  code: TraceParseErrorCode
  /** In English; `text` is the same as a catalogue message. */
  message: string
  text: Message
  /** What the payload looks like, e.g. "Jaeger v1 services list (/api/services)". */
  detectedAs?: string
  /** Where the problem is, e.g. "data[0].spans". */
  path?: string
  /** 1-based NDJSON line. */
  line?: number
}

export type TraceParseResult =
  | {
      ok: true
      format: TraceFormat
      traces: NormalizedTrace[]
      warnings: string[]
      warningTexts: (Message | null)[]
    }
  | { ok: false; error: TraceParseError }

// Turns Prometheus's `{status:"error", errorType, error}` into something a responder can act on,
// including where in the query a parse error sits so the editor can point at it.
import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'

export type PrometheusErrorKind =
  | 'bad_data'
  | 'too_many_points'
  | 'execution'
  | 'timeout'
  | 'canceled'
  | 'internal'
  | 'unavailable'
  | 'not_found'
  | 'unexpected_response'
  | 'other'

/** 1-based line and column as Prometheus reports them; offset is 0-based into the query text. */
export interface QueryPosition {
  line: number
  column: number
  offset: number | null
}

export interface PrometheusErrorDescription {
  kind: PrometheusErrorKind
  errorType: string
  /** Prometheus's own words, without the `invalid parameter "query":` wrapper. */
  detail: string
  /** What failed and what to do next, for the user, in English. */
  message: string
  /** The same as a catalogue message, worded in the user's language by the UI. */
  text: Message
  position: QueryPosition | null
}

const KNOWN_TYPES = new Set<PrometheusErrorKind>([
  'bad_data',
  'execution',
  'timeout',
  'canceled',
  'internal',
  'unavailable',
  'not_found',
  'unexpected_response',
])

// Prometheus 2.x/3.x: "1:4: parse error: ..."; some versions add an end ("1:4-1:9").
const LINE_COLUMN = /(?:^|\s)(\d+):(\d+)(?:-\d+:\d+)?: parse error/
// Prometheus 1.x and early 2.x: "parse error at char 4: ..."
const AT_CHAR = /parse error at char (\d+)/
const TOO_MANY_POINTS = /exceeded maximum resolution of [\d,]+ points per timeseries/

/** Offset of a 1-based line/column in `query`, or null when it falls outside. */
function offsetOf(query: string, line: number, column: number): number | null {
  const lines = query.split('\n')
  if (line < 1 || line > lines.length) return null
  let offset = 0
  for (let index = 0; index < line - 1; index++) offset += (lines[index]?.length ?? 0) + 1
  const lineLength = lines[line - 1]?.length ?? 0
  // Column lineLength + 1 is "end of input", a real position for "unexpected end of input".
  if (column < 1 || column > lineLength + 1) return null
  return offset + column - 1
}

function lineColumnAt(query: string, offset: number): { line: number; column: number } {
  const before = query.slice(0, offset).split('\n')
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }
}

/** Finds where a parse error points, from either message style Prometheus has used. */
export function findQueryPosition(message: string, query?: string): QueryPosition | null {
  const lineColumn = LINE_COLUMN.exec(message)
  if (lineColumn) {
    const line = Number(lineColumn[1])
    const column = Number(lineColumn[2])
    return { line, column, offset: query === undefined ? null : offsetOf(query, line, column) }
  }
  const atChar = AT_CHAR.exec(message)
  if (atChar) {
    // "char N" counts from 1, like the column above.
    const offset = Number(atChar[1]) - 1
    if (query === undefined) return { line: 1, column: offset + 1, offset }
    const clamped = Math.min(Math.max(offset, 0), query.length)
    return { ...lineColumnAt(query, clamped), offset: clamped }
  }
  return null
}

function stripParameterWrapper(error: string): string {
  return error.replace(/^invalid parameter "[^"]*":\s*/, '')
}

function parseReason(detail: string): string {
  return detail.replace(/^.*?parse error(?: at char \d+)?:\s*/, '')
}

function describeBadData(detail: string, position: QueryPosition | null): Message {
  if (position) {
    const { line, column } = position
    return msg('msgSources:prometheus.badDataAt', { line, column, reason: parseReason(detail) })
  }
  return msg('msgSources:prometheus.badData', { detail })
}

function messageFor(
  kind: PrometheusErrorKind,
  detail: string,
  position: QueryPosition | null,
): Message {
  switch (kind) {
    case 'bad_data':
      return describeBadData(detail, position)
    case 'too_many_points':
      return msg('msgSources:prometheus.tooManyPoints')
    case 'execution':
      return msg('msgSources:prometheus.execution', { detail })
    case 'timeout':
      return msg('msgSources:prometheus.timeout', { detail })
    case 'canceled':
      return msg('msgSources:prometheus.canceled', { detail })
    case 'internal':
    case 'unavailable':
      return msg('msgSources:prometheus.failed', { detail })
    case 'not_found':
      return msg('msgSources:prometheus.notFound', { detail })
    case 'unexpected_response':
      return msg('msgSources:prometheus.unexpectedResponse', { detail })
    case 'other':
      return msg('msgSources:prometheus.other', { detail })
  }
}

/** Classifies a Prometheus API error; pass the query to get an offset the editor can mark. */
export function describePrometheusError(
  errorType: string,
  error: string,
  query?: string,
): PrometheusErrorDescription {
  const detail = stripParameterWrapper(error.trim())
  let kind: PrometheusErrorKind = KNOWN_TYPES.has(errorType as PrometheusErrorKind)
    ? (errorType as PrometheusErrorKind)
    : 'other'
  if (kind === 'bad_data' && TOO_MANY_POINTS.test(detail)) kind = 'too_many_points'
  const position = kind === 'bad_data' ? findQueryPosition(detail, query) : null
  const text = messageFor(kind, detail, position)
  return { kind, errorType, detail, message: englishText(text), text, position }
}

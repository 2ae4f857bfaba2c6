// A failed query as the panel shows it: a short title for the kind of failure, the backend's
// message (what failed and what to do), and where in the query a parse error points.
import { BridgeCallError, errorMessage } from '../../bridge'
import type { QueryErrorMark } from './PromQLEditor'

export interface DescribedQueryError {
  title: string
  message: string
  mark: QueryErrorMark | null
  /** The field the error belongs to, when it is the user's input. */
  field: 'query' | 'step' | null
}

const TITLES: Record<string, string> = {
  bad_data: 'The query has an error',
  execution: 'Prometheus could not evaluate the query',
  timeout: 'The query timed out',
  canceled: 'The query was cancelled',
  cancelled: 'The query was cancelled',
  unreachable: 'Prometheus is unreachable',
  tls: 'The secure connection failed',
  not_json: 'The answer is not from Prometheus',
  http: 'The server answered with an HTTP error',
  too_large: 'The answer is too large',
  unexpected_response: 'The answer is not from Prometheus',
  internal: 'Prometheus failed',
  unavailable: 'Prometheus failed',
}

/** The failure kind the backend put in `info` (kind=… for transport, errorType=… for the API). */
function kindOf(error: BridgeCallError): string | null {
  const match = /(?:^|\s)(?:kind|errorType)=(\S+)/.exec(error.info ?? '')
  return match?.[1] ?? null
}

/** "line:column:offset" from the backend; the offset recomputed from line and column if absent. */
function markOf(error: BridgeCallError, query: string): QueryErrorMark | null {
  const position = error.fields['query.position']
  if (!position) return null
  const [line, column, offset] = position
    .split(':')
    .map((part) => (part === '' ? NaN : Number(part)))
  let at = offset ?? NaN
  if (Number.isNaN(at) && line !== undefined && column !== undefined) {
    const lines = query.split('\n').slice(0, line - 1)
    at = lines.reduce((sum, text) => sum + text.length + 1, 0) + column - 1
  }
  return Number.isFinite(at) ? { offset: Math.max(0, at), message: error.message } : null
}

export function describeQueryError(error: unknown, query: string): DescribedQueryError {
  const message = `${errorMessage(error)}.`
  if (!(error instanceof BridgeCallError)) {
    return { title: 'The query failed', message, mark: null, field: null }
  }
  const field = error.fields.step ? 'step' : error.fields.query ? 'query' : null
  const kind = kindOf(error)
  const title =
    field === 'step'
      ? 'Too many points'
      : ((kind && TITLES[kind]) ??
        (field === 'query'
          ? 'The query has an error'
          : error.code === 'not_found'
            ? 'Source not found'
            : 'The query failed'))
  return { title, message, mark: markOf(error, query), field }
}
